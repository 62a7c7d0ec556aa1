"""A board's error message as one short line for the user ("cannot reach www.linkedin.com:
name lookup failed ..."); the store keeps the message's kind, which sets the back-off."""

from __future__ import annotations

import re

_RESOLVE = re.compile(r"Failed to resolve '([^']+)'|NameResolutionError|getaddrinfo failed|"
                      r"Could not resolve host")
_HOST = re.compile(r"host='([^']+)'|resolve host: ([^\s]+?)\.?(?:\s|$)|https?://([^/\s:]+)")
_CURL_TAIL = re.compile(r"\s*See https://curl\.se/\S+ first for more details\.?")
MAX_ERROR = 160


def short_error(message: str) -> str:
    """A board's error as one short line ("cannot reach www.linkedin.com: ...")."""
    text = _CURL_TAIL.sub("", " ".join(str(message).split()))
    host = _HOST.search(text)
    where = next((g for g in host.groups() if g), "the board") if host else "the board"
    if _RESOLVE.search(text):
        return f"cannot reach {where}: name lookup failed (offline or DNS blocked?)"
    if "timed out" in text.lower() or "timeout" in text.lower():
        return f"{where} did not answer in time"
    if "Max retries exceeded" in text or "Connection refused" in text or (
            "ConnectionError" in text):
        return f"cannot connect to {where}"
    if "ProxyError" in text or ("proxy" in text.lower() and "error" in text.lower()):
        return f"the proxy failed for {where}"
    text = re.sub(r"^Failed to perform, curl: \(\d+\) ", "", text)
    return text if len(text) <= MAX_ERROR else text[:MAX_ERROR - 1] + "…"
