"""Canonical job URLs: the same posting reached through different tracking links is one job."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

# Click identifiers of ad and mail networks: tracking on every host.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "msclkid", "dclid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
# Parameters known to be tracking on one board only (by registered domain): elsewhere the
# same names ("position", "src", "sid", "ref"...) may identify the posting, so they stay.
HOST_TRACKING_PARAMS = {
    "linkedin.com": frozenset({
        "refid", "trackingid", "position", "pagenum", "trk", "trkinfo", "lipi", "midtoken",
        "midsig", "eid", "otptoken", "ebp", "originalsubdomain", "alternatechannel",
    }),
    "indeed.com": frozenset({
        "from", "tk", "advn", "vjs", "sjdu", "xkcb", "xpse", "xfps", "camk", "jsa", "bb",
        "alid", "cmp", "campaign", "ref", "src",
    }),
    "glassdoor.com": frozenset({"pos", "ao", "s", "guid", "src", "t", "vt", "cs", "cb",
                                "jrtk", "ea", "uido", "ctt"}),
    "ziprecruiter.com": frozenset({"lvk", "tsid", "zrclid", "source", "ref"}),
    "google.com": frozenset({"ved", "rsltid", "sa", "ei", "usg", "spa", "sca_esv"}),
    # Applicant-tracking systems' source tags (gh_jid, Greenhouse's job id, stays).
    "greenhouse.io": frozenset({"gh_src"}),
    "lever.co": frozenset({"lever-source", "lever-origin"}),
}
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SEPARATORS = re.compile(r"[&;]")
# scheme://host[/path][?query][#fragment] with a plain host (no port, user or IPv6;
# underscores pass, as urlsplit lets them).
_PLAIN = re.compile(r"(?i)(https?)://([a-z0-9_.-]+)(/[^?#]*)?(?:\?([^#]*))?(?:#.*)?")


class InvalidURL(ValueError):
    """Not an absolute http(s) URL."""
_BY_NAME = {domain.split(".")[0]: names for domain, names in HOST_TRACKING_PARAMS.items()}


@lru_cache(maxsize=1024)  # a file's jobs come from a few hosts
def _host_params(host: str) -> frozenset[str]:
    """The board-specific tracking parameters for ``host`` (any subdomain, any country
    domain such as ``de.indeed.com`` or ``www.glassdoor.co.uk``)."""
    labels = host.split(".")
    # The registered name: "indeed" in de.indeed.com, "glassdoor" in www.glassdoor.co.uk.
    second_level = len(labels) >= 3 and labels[-2] in ("co", "com") and len(labels[-1]) == 2
    name = labels[-3] if second_level else labels[-2] if len(labels) >= 2 else ""
    return _BY_NAME.get(name, frozenset())


def _is_tracking(name: str, host_params: frozenset[str]) -> bool:
    key = name.lower()
    return key in TRACKING_PARAMS or key in host_params or key.startswith(TRACKING_PREFIXES)


def _query(query: str | None, host: str) -> str:
    """The query without tracking parameters, the rest sorted and left as encoded."""
    if not query:
        return ""
    host_params = _host_params(host)
    if "&" not in query and ";" not in query:  # one parameter: the common case
        return "" if _is_tracking(query.partition("=")[0], host_params) else query
    pairs = [p for p in _SEPARATORS.split(query)
             if p and not _is_tracking(p.partition("=")[0], host_params)]
    return "&".join(sorted(pairs))


def _path(path: str | None) -> str:
    if not path:
        return "/"
    return path.rstrip("/") or "/" if len(path) > 1 else path


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, tracking parameters
    (everywhere, and those known for that board's host) removed and the rest sorted;
    raises InvalidURL for anything but http(s)."""
    text = url.strip()
    plain = _PLAIN.fullmatch(text)
    if plain:  # the common case, without urllib's general parser
        scheme, host, path, query = plain.groups()
        host = host.lower().rstrip(".")
        if not host:
            raise InvalidURL(f"not an http(s) URL: {text[:80]!r}")
        query = _query(query, host)
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
    query = _query(parts.query, parts.hostname.lower().rstrip("."))
    return urlunsplit((scheme, host, _path(parts.path), query, ""))
