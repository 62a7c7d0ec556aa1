"""Settings: built-in defaults < config.toml < environment < command-line flags.

Every problem with a setting is reported as one ``ConfigError`` line naming the
file, the key and what was expected.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jobtui.errors import JobtuiError
from jobtui.paths import ensure_private_dir, expand_user, locations


class ConfigError(JobtuiError, ValueError):
    """A setting is missing, unknown or of the wrong type (one line, user-facing)."""


@dataclass
class ScrapingSettings:
    """How and when the job boards are searched."""

    interval_hours: float = 3.0
    """Hours between two runs of a saved search (a search can override it)."""
    boards: list[str] = field(default_factory=lambda: ["indeed", "linkedin"])
    """Boards a new search uses when none are given."""
    proxies: list[str] = field(default_factory=list)
    """Proxies handed to JobSpy, e.g. "user:pass@host:port"."""
    results_wanted: int = 20
    """Results per board and search term when a search does not say."""
    country: str = "usa"
    """Country for Indeed and Glassdoor when a search does not say."""
    source_urls: list[str] = field(default_factory=list)
    """Base URLs replacing a company page's or feed's own, e.g. "greenhouse=https://mirror"."""


@dataclass
class PrivacySettings:
    """What is removed from the resume before it is stored or sent to a model."""

    spacy_model: str = "en_core_web_lg"
    """spaCy pipeline used for names and places if installed; a blank pipeline otherwise."""
    entities: list[str] = field(
        default_factory=lambda: [
            "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "ADDRESS", "POSTAL_CODE",
            "DATE_OF_BIRTH", "PROFILE_URL", "CREDIT_CARD", "US_SSN", "IBAN_CODE",
            "IP_ADDRESS", "US_PASSPORT", "US_DRIVER_LICENSE", "CUSTOM", "NATIONAL_ID",
            "PASSPORT", "MESSENGER",
        ]
    )
    """Entity types to remove."""
    full_name: str = ""
    """Your name as you write it; always removed (the resume header is detected too)."""
    redact_terms: list[str] = field(default_factory=list)
    """Extra words or phrases that must never leave your machine."""
    model_names: bool = False
    """Also ask your local model for people's names in the resume preview (suggestions to
    accept; only with an Ollama server on this machine)."""


@dataclass
class RatingSettings:
    """The local language model that rates jobs."""

    host: str = "http://127.0.0.1:11434"
    """Ollama server address (OLLAMA_HOST overrides it)."""
    model: str = "llama3.1:8b"
    """Ollama model tag (JOBTUI_MODEL overrides it)."""
    temperature: float = 0.1
    resume_tokens: int = 1000
    """Token budget for the redacted resume."""
    job_tokens: int = 1200
    """Token budget for a job description in the prompt."""
    concurrency: int = 1
    """Ratings sent to Ollama at once (Ollama serves one at a time by default)."""
    timeout: float = 180.0
    """Seconds without a new token before an answer is given up (an idle timeout)."""
    answer_tokens: int = 300
    """Most tokens the model may write for one answer (Ollama's num_predict)."""
    think: str = "off"
    """Reasoning for models that can think: "off", "low" or "on"."""
    think_tokens: int = 1024
    """Extra tokens a thinking model may spend reasoning when rating.think is not "off"."""
    num_ctx: int = 0
    """Context window sent to Ollama; 0 sizes it from the resume and the budgets."""
    max_attempts: int = 3
    """Attempts before a failed rating stops coming back to the queue."""
    keep_alive: str = "30m"
    """How long Ollama keeps the model loaded between jobs."""
    allow_remote: bool = False
    """Allow a non-loopback Ollama host (your redacted resume leaves this machine)."""
    claim_seconds: float = 120.0
    """Shared PostgreSQL store: how long a dead worker's claimed jobs wait before others
    take them over (a live worker renews its claims)."""
    min_prerank: float | None = None
    """Jobs whose pre-rank (0-100) is below this are rated only on request (off: None)."""


@dataclass
class UISettings:
    """The full-screen app."""

    theme: str = "textual-dark"
    notify_rating: int = 80
    """A new job rated at or above this is a strong match: a notification and an alert."""
    page_size: int = 200
    """Rows the jobs table loads at a time."""


@dataclass
class AlertSettings:
    """Alerts for strong matches (rated at least ui.notify_rating) and the e-mailed digest.
    Only a job's title, company, rating and link are ever sent."""

    desktop: bool = True
    """Desktop notification (notify-send or D-Bus on Linux, osascript on macOS)."""
    coalesce_minutes: float = 10.0
    """Strong matches within this many minutes become one alert (0: one per worker cycle)."""
    ntfy_url: str = ""
    """ntfy topic to push to, e.g. "https://ntfy.sh/a-secret-topic" (empty: off)."""
    ntfy_token: str = ""
    """Access token for a protected ntfy topic."""
    webhook_url: str = ""
    """URL that receives a JSON POST per alert (empty: off)."""
    email_to: str = ""
    """Where the scheduled digest goes (empty: no e-mail)."""
    email_from: str = ""
    email_every_hours: float = 24.0
    """Hours between two e-mailed digests (0: never)."""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    """starttls, ssl or none."""
    smtp_user: str = ""
    smtp_password: str = ""
    """JOBTUI_SMTP_PASSWORD overrides it."""


@dataclass
class Settings:
    scraping: ScrapingSettings = field(default_factory=ScrapingSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    rating: RatingSettings = field(default_factory=RatingSettings)
    ui: UISettings = field(default_factory=UISettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    # Where things were resolved from; not part of the TOML file.
    config_path: Path = field(default=Path("config.toml"), metadata={"file": False})
    db_path: Path | str = field(default=Path("jobtui.db"), metadata={"file": False})
    user: str = field(default="", metadata={"file": False})


SECTIONS = ("scraping", "privacy", "rating", "ui", "alerts")
THINK_MODES = ("off", "low", "on")


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list of " + _type_name(typing.get_args(tp)[0]) + "s"
    return {int: "a whole number", float: "a number", bool: "true or false", str: "text"}.get(
        tp, str(tp)
    )


def _coerce(value: Any, tp: Any) -> Any:
    """Return ``value`` as type ``tp`` or raise TypeError."""
    origin = typing.get_origin(tp)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise TypeError
        return [_coerce(v, item_tp) for v in value]
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _coerce(value, next(a for a in typing.get_args(tp) if a is not type(None)))
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise TypeError
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
            return value  # SQLite stores at most 64-bit integers
        raise TypeError
    if tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(
                value):  # TOML allows inf and nan; no setting means either
            return float(value)
        raise TypeError
    if tp is str:
        if isinstance(value, str):
            return value
        raise TypeError
    raise TypeError


def _apply_section(section_obj: Any, values: dict[str, Any], where: str, section: str) -> None:
    hints = typing.get_type_hints(type(section_obj))
    known = {f.name for f in dataclasses.fields(section_obj)}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                f"{where}: unknown key '{section}.{key}' (known: {', '.join(sorted(known))})"
            )
        try:
            setattr(section_obj, key, _coerce(value, hints[key]))
        except TypeError:
            raise ConfigError(
                f"{where}: '{section}.{key}' must be {_type_name(hints[key])}, got {value!r}"
            ) from None


def apply_mapping(settings: Settings, data: dict[str, Any], where: str) -> None:
    """Overlay a parsed TOML mapping onto ``settings``, validating every key."""
    for section, values in data.items():
        if section not in SECTIONS:
            raise ConfigError(
                f"{where}: unknown section '[{section}]' (known: {', '.join(SECTIONS)})"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: '{section}' must be a table like [{section}]")
        _apply_section(getattr(settings, section), values, where, section)
    validate(settings, where)


_SOURCE_URL = re.compile(r"^[a-z_]+\s*=\s*https?://\S+$")


def validate(settings: Settings, where: str) -> None:
    """Range checks that types alone do not catch."""
    checks = [
        (settings.scraping.interval_hours > 0, "scraping.interval_hours", "more than 0"),
        (1 <= settings.scraping.results_wanted <= 1000, "scraping.results_wanted", "1 to 1000"),
        (0 <= settings.rating.temperature <= 2, "rating.temperature", "between 0 and 2"),
        (settings.rating.resume_tokens >= 100, "rating.resume_tokens", "at least 100"),
        (settings.rating.job_tokens >= 100, "rating.job_tokens", "at least 100"),
        (1 <= settings.rating.concurrency <= 16, "rating.concurrency", "1 to 16"),
        (settings.rating.timeout > 0, "rating.timeout", "more than 0"),
        (settings.rating.max_attempts >= 1, "rating.max_attempts", "at least 1"),
        (settings.rating.claim_seconds >= 1, "rating.claim_seconds", "at least 1"),
        (settings.rating.min_prerank is None or 0 <= settings.rating.min_prerank <= 100,
         "rating.min_prerank", "0 to 100"),
        (settings.rating.answer_tokens >= 100, "rating.answer_tokens", "at least 100"),
        (settings.rating.think in THINK_MODES, "rating.think", '"off", "low" or "on"'),
        (settings.rating.think_tokens >= 0, "rating.think_tokens", "0 or more"),
        (settings.rating.num_ctx == 0 or settings.rating.num_ctx >= 1024, "rating.num_ctx",
         "0 (automatic) or at least 1024"),
        (0 <= settings.ui.notify_rating <= 100, "ui.notify_rating", "0 to 100"),
        (settings.ui.page_size >= 10, "ui.page_size", "at least 10"),
        (_is_module_name(settings.privacy.spacy_model), "privacy.spacy_model",
         "the name of an installed spaCy package such as en_core_web_lg, not a path"),
        *_alert_checks(settings.alerts),
    ]
    bad_url = next((u for u in settings.scraping.source_urls
                    if not _SOURCE_URL.match(u.strip())), None)
    if bad_url is not None:
        raise ConfigError(f"{where}: 'scraping.source_urls' entry {bad_url!r} must look like "
                          "\"greenhouse=https://host[:port][/path]\"")
    for section in SECTIONS:  # inf/nan pass every range check, then break timers and dates
        values = getattr(settings, section)
        for f in dataclasses.fields(values):
            value = getattr(values, f.name)
            if isinstance(value, float) and not math.isfinite(value):
                raise ConfigError(f"{where}: '{section}.{f.name}' must be a finite number, "
                                  f"got {value}")
    for ok, key, expected in checks:
        if not ok:
            raise ConfigError(f"{where}: '{key}' must be {expected}")


def _is_module_name(name: str) -> bool:
    return all(part.isidentifier() for part in name.split("."))


def _is_web_url(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname) and (
            parts.port is None or parts.port > 0)
    except ValueError:
        return False


def _alert_checks(a: AlertSettings) -> list[tuple[bool, str, str]]:
    url = "an http(s) URL or empty"
    return [
        (a.coalesce_minutes >= 0, "alerts.coalesce_minutes", "0 or more"),
        (not a.ntfy_url or (_is_web_url(a.ntfy_url) and "/" in a.ntfy_url.split("://")[1]
                            and not a.ntfy_url.endswith("/")),
         "alerts.ntfy_url", "a topic URL like https://ntfy.sh/TOPIC, or empty"),
        (not a.webhook_url or _is_web_url(a.webhook_url), "alerts.webhook_url", url),
        (a.email_every_hours >= 0, "alerts.email_every_hours", "0 or more"),
        (not a.email_to or "@" in a.email_to, "alerts.email_to", "an e-mail address or empty"),
        (not a.email_to or bool(a.smtp_host), "alerts.smtp_host",
         "set when alerts.email_to is (your mail server)"),
        (1 <= a.smtp_port <= 65535, "alerts.smtp_port", "1 to 65535"),
        (a.smtp_security in ("starttls", "ssl", "none"), "alerts.smtp_security",
         "starttls, ssl or none"),
    ]


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser() or "me"
    except (KeyError, OSError):
        return "me"


def load_settings(
    config: str | Path | None = None,
    db: str | Path | None = None,
    user: str | None = None,
    env: dict[str, str] | None = None,
) -> Settings:
    """Resolve settings: defaults < TOML file < environment < the given flags."""
    env = os.environ if env is None else env
    where_env = "environment"
    loc = locations()
    settings = Settings()
    config_path = expand_user(config or env.get("JOBTUI_CONFIG") or loc.config_file)
    settings.config_path = config_path
    try:
        is_file, exists = config_path.is_file(), config_path.exists()
    except OSError as exc:  # e.g. a config folder this user may not enter
        raise ConfigError(f"{config_path}: cannot be read ({exc.strerror or exc}); check the "
                          "permissions of its folder") from None
    if is_file:
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config_path}: not valid TOML ({exc})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config_path}: cannot be read ({exc})") from None
        apply_mapping(settings, data, str(config_path))
    elif exists:  # a folder where the file should be: never ignore it silently
        raise ConfigError(f"{config_path}: not a file (the settings file must be a TOML file)")
    elif config is not None or env.get("JOBTUI_CONFIG"):
        raise ConfigError(f"{config_path}: config file not found")
    if env.get("OLLAMA_HOST"):
        settings.rating.host = normalize_host(env["OLLAMA_HOST"])
    if env.get("JOBTUI_MODEL"):
        settings.rating.model = env["JOBTUI_MODEL"]
    validate(settings, where_env)
    settings.rating.host = normalize_host(settings.rating.host)
    db_name = db or env.get("JOBTUI_DB") or loc.default_db
    # A postgresql:// URL names a shared server; anything else is a SQLite file.
    settings.db_path = db_name if str(db_name).startswith(("postgresql://", "postgres://")) \
        else expand_user(db_name)
    settings.user = user or _default_user()
    return settings


def normalize_host(host: str) -> str:
    """Turn OLLAMA_HOST forms ("0.0.0.0", "host:port", "http://h") into a URL with a port.
    Raises ConfigError for a host that is not a URL (a bad port, an unclosed bracket)."""
    from urllib.parse import urlsplit

    host = host.strip()
    if "://" not in host:
        host = "http://" + host
    try:
        parts = urlsplit(host)
        explicit_port = parts.port
    except ValueError as exc:  # "host:abc", "host:99999", "[::1"
        raise ConfigError(f"Ollama host {host!r} is not a valid URL ({exc})") from None
    hostname = parts.hostname or "127.0.0.1"
    if hostname == "0.0.0.0":
        hostname = "127.0.0.1"
    port = explicit_port or (443 if parts.scheme == "https" else 11434)
    if ":" in hostname:
        hostname = f"[{hostname}]"
    return f"{parts.scheme}://{hostname}:{port}{parts.path.rstrip('/')}"


def settings_to_mapping(settings: Settings) -> dict[str, dict[str, Any]]:
    """The TOML-file view of ``settings`` (sections only)."""
    # TOML has no null: an unset optional setting (e.g. rating.min_prerank) is left out.
    return {name: {k: v for k, v in dataclasses.asdict(getattr(settings, name)).items()
                   if v is not None} for name in SECTIONS}


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings' sections to the config file (owner-only)."""
    import tomli_w

    path = Path(path or settings.config_path)
    ensure_private_dir(path.parent)
    data = settings_to_mapping(settings)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path
