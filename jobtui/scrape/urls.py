"""Canonical job URLs: the same posting reached through different tracking links is one job."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a visitor arrived, not which job it is.
TRACKING_PARAMS = frozenset({
    "refid", "trackingid", "from", "fbclid", "gclid", "msclkid", "dclid", "yclid", "mc_cid",
    "mc_eid", "ref", "referer", "referrer", "src", "trk", "trkinfo", "tk", "advn", "vjs",
    "sjdu", "rsltid", "_ga", "_gl", "lipi", "midtoken", "midsig", "eid", "otptoken",
    "cmp", "campaign", "position", "pagenum", "alid", "sid", "ved", "spa",
})
TRACKING_PREFIXES = ("utm_", "trk_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    """Not an absolute http(s) URL."""


def _is_tracking(name: str) -> bool:
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, tracking parameters
    removed and the rest sorted; raises InvalidURL for anything but http(s)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"not a valid URL: {text[:80]!r} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise InvalidURL(f"not an http(s) URL: {text[:80]!r}")
    host = parts.hostname.lower().rstrip(".")  # user:password@ never belongs to a job's identity
    if ":" in host:
        host = f"[{host}]"
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = ""
    if parts.query:
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if not _is_tracking(k)]
        query = urlencode(sorted(pairs), doseq=False)
    return urlunsplit((scheme, host, path, query, ""))
