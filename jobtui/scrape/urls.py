"""Canonical job URLs: the same posting reached through different tracking links is one job."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# Query parameters that say how a visitor arrived, not which job it is.
TRACKING_PARAMS = frozenset({
    "refid", "trackingid", "from", "fbclid", "gclid", "msclkid", "dclid", "yclid", "mc_cid",
    "mc_eid", "ref", "referer", "referrer", "src", "trk", "trkinfo", "tk", "advn", "vjs",
    "sjdu", "rsltid", "_ga", "_gl", "lipi", "midtoken", "midsig", "eid", "otptoken",
    "cmp", "campaign", "position", "pagenum", "alid", "sid", "ved", "spa",
    "gh_src", "lever-source", "lever-origin",  # ATS source tags (gh_jid, the job id, stays)
})
TRACKING_PREFIXES = ("utm_", "trk_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# scheme://host[/path][?query][#fragment] with a plain host (no port, user or IPv6).
_PLAIN = re.compile(r"(?i)(https?)://([a-z0-9.-]+)(/[^?#]*)?(?:\?([^#]*))?(?:#.*)?")


class InvalidURL(ValueError):
    """Not an absolute http(s) URL."""


def _is_tracking(name: str) -> bool:
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _query(query: str | None) -> str:
    """The query without tracking parameters, the rest sorted and left as encoded."""
    if not query:
        return ""
    pairs = [p for p in re.split(r"[&;]", query)
             if p and not _is_tracking(p.partition("=")[0])]
    return "&".join(sorted(pairs))


def _path(path: str | None) -> str:
    if not path:
        return "/"
    return path.rstrip("/") or "/" if len(path) > 1 else path


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, tracking parameters
    removed and the rest sorted; raises InvalidURL for anything but http(s)."""
    text = url.strip()
    plain = _PLAIN.fullmatch(text)
    if plain:  # the common case, without urllib's general parser
        scheme, host, path, query = plain.groups()
        host = host.lower().rstrip(".")
        if not host:
            raise InvalidURL(f"not an http(s) URL: {text[:80]!r}")
        query = _query(query)
        return f"{scheme.lower()}://{host}{_path(path)}{'?' + query if query else ''}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"not a valid URL: {text[:80]!r} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise InvalidURL(f"not an http(s) URL: {text[:80]!r}")
    host = parts.hostname.lower().rstrip(".")  # user:password@ is never part of a job's identity
    if ":" in host:
        host = f"[{host}]"
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, _path(parts.path), _query(parts.query), ""))
