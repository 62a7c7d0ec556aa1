"""The Ollama client for the configured host, and a quick health probe."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from jobtui.config import RatingSettings

CONNECT_TIMEOUT = 10.0  # seconds to open a connection to the Ollama host


def make_client(settings: RatingSettings, timeout: float | None = None):
    """A real ``ollama.Client`` for ``settings.host``. httpx's read timeout is per read, so
    for a streamed answer ``settings.timeout`` is an idle timeout between tokens."""
    import httpx
    import ollama

    idle = timeout or settings.timeout
    return ollama.Client(host=settings.host,
                         timeout=httpx.Timeout(idle, connect=min(idle, CONNECT_TIMEOUT)))


def is_loopback_host(host_url: str) -> bool:
    """True when ``host_url`` points at this machine (the resume never leaves it)."""
    hostname = urlsplit(host_url).hostname or ""
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        try:
            return all(
                ipaddress.ip_address(info[4][0]).is_loopback
                for info in socket.getaddrinfo(hostname, None)
            )
        except (OSError, ValueError):
            return False


@dataclass
class OllamaStatus:
    reachable: bool
    version: str = ""
    models: list[str] = field(default_factory=list)
    message: str = ""

    def has_model(self, model: str) -> bool:
        wanted = model if ":" in model else f"{model}:latest"
        return any(m == model or m == wanted for m in self.models)


def probe(settings: RatingSettings, timeout: float = 3.0) -> OllamaStatus:
    """Ask the Ollama server for its version and models, without raising."""
    import httpx
    import ollama

    client = make_client(settings, timeout=timeout)
    try:
        models = sorted(m.model for m in client.list().models if m.model)
        # The ollama package has no version call; /api/version is part of the same API.
        version = httpx.get(f"{settings.host}/api/version", timeout=timeout).json().get(
            "version", ""
        )
    except (ConnectionError, httpx.HTTPError):
        return OllamaStatus(False, message=f"Ollama is not reachable at {settings.host}")
    except ollama.ResponseError as exc:
        return OllamaStatus(
            False, message=f"Ollama at {settings.host} answered with an error: {exc.error}"
        )
    except ValueError:
        return OllamaStatus(False, message=f"{settings.host} does not answer like Ollama")
    return OllamaStatus(True, version=version, models=models)
