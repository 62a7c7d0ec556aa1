"""Pushes through ntfy (ntfy.sh or a self-hosted server) and a generic JSON webhook."""

from __future__ import annotations

from typing import Any

from jobtui.alerts.message import Alert, AlertError, clean

TIMEOUT = 10.0  # seconds per request
ACTIONS = 3  # ntfy shows at most three action buttons


def _post(url: str, payload: dict[str, Any], what: str,
          headers: dict[str, str] | None = None) -> None:
    import httpx

    try:
        response = httpx.post(url, json=payload, headers=headers, timeout=TIMEOUT,
                              follow_redirects=False)
    except httpx.HTTPError as exc:
        raise AlertError(f"{what}: {url} did not answer ({type(exc).__name__}: "
                         f"{clean(str(exc), 160)})") from None
    if response.status_code >= 400:
        raise AlertError(f"{what}: {url} answered {response.status_code} "
                         f"{clean(response.text, 160)}")


def split_topic_url(url: str) -> tuple[str, str]:
    """"https://ntfy.sh/jobs" -> ("https://ntfy.sh/", "jobs"): ntfy takes JSON at its root."""
    root, _, topic = url.rstrip("/").rpartition("/")
    return root + "/", topic


class NtfyNotifier:
    """Publishes an alert to an ntfy topic as JSON (UTF-8 titles survive, unlike headers)."""

    name = "ntfy"

    def __init__(self, topic_url: str, token: str = "") -> None:
        self.root, self.topic = split_topic_url(topic_url)
        self.token = token

    def send(self, alert: Alert) -> None:
        """Publish ``alert``; raises AlertError when the server refuses or does not answer."""
        payload: dict[str, Any] = {
            "topic": self.topic,
            "title": alert.title,
            "message": alert.text(with_links=False),
            "tags": ["briefcase"],
            "priority": 4 if alert.best.rating >= 90 else 3,
        }
        if alert.best.url.startswith(("http://", "https://")):
            payload["click"] = alert.best.url
        payload["actions"] = [
            {"action": "view", "label": clean(f"{i.rating} {i.company or i.title}", 40),
             "url": i.url}
            for i in alert.items[:ACTIONS] if i.url.startswith(("http://", "https://"))
        ]
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        _post(self.root, payload, "ntfy", headers)


class WebhookNotifier:
    """POSTs ``{"event", "title", "text", "count", "matches": [{title, company, rating,
    url}]}``; ``text`` makes it readable by Slack/Mattermost-style incoming webhooks."""

    name = "webhook"

    def __init__(self, url: str) -> None:
        self.url = url

    def send(self, alert: Alert) -> None:
        """POST ``alert``; raises AlertError on a refusal or no answer."""
        _post(self.url, {
            "event": "strong_matches",
            "title": alert.title,
            "text": f"{alert.title}\n{alert.text()}",
            "count": len(alert.items),
            "matches": [item.as_dict() for item in alert.items],
        }, "webhook")
