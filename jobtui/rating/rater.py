"""Rating one job with the local Ollama model: structured output, validation and retries.

Failures come in three kinds:
- ``OllamaUnavailable`` / ``ModelMissing`` / ``RemoteHostRefused``: nothing can be rated now;
  the caller pauses rating and shows the message.
- ``RatingFailure``: this job could not be rated (broken answer twice, server errors or
  timeouts after retries); the caller stores it as failed and goes on with the next job.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jobtui.config import RatingSettings
from jobtui.errors import JobtuiError
from jobtui.rating.capabilities import ModelInfo, answer_budget, model_info, think_value
from jobtui.rating.client import is_loopback_host, make_client
from jobtui.rating.schema import (
    RATING_SCHEMA,
    InvalidAnswer,
    RatingAnswer,
    extract_json,
    parse_answer,
)
from jobtui.rating.stream import StreamedAnswer

log = logging.getLogger(__name__)

SEED = 42  # a fixed seed: the same job and resume get the same answer
RETRY_DELAYS = (1.0, 4.0, 10.0)  # seconds between attempts after a 5xx or a broken connection
TIMEOUT_ATTEMPTS = 2  # a timeout is retried once: a model still loading gets a second chance
ANSWER_ATTEMPTS = 2  # a broken or out-of-range answer is asked for once more


class OllamaUnavailable(JobtuiError):
    """The Ollama server cannot be reached: rating pauses until it can."""


class ModelMissing(JobtuiError):
    """The configured model is not installed on the server."""


class RemoteHostRefused(JobtuiError):
    """The Ollama host is another machine and ``rating.allow_remote`` is off."""


class RatingFailure(Exception):
    """This job could not be rated; ``str(exc)`` says why. ``transient`` marks server trouble
    (5xx, timeouts) as opposed to a bad answer."""

    def __init__(self, message: str, *, transient: bool = False, attempts: int = 1) -> None:
        super().__init__(message)
        self.transient = transient
        self.attempts = attempts


class _Silent(Exception):
    """No token for ``rating.timeout`` seconds; ``chunks`` says how many came before."""

    def __init__(self, chunks: int) -> None:
        super().__init__(chunks)
        self.chunks = chunks


@dataclass(frozen=True)
class RaterResult:
    answer: RatingAnswer
    prompt_tokens: int | None
    completion_tokens: int | None
    total_ms: float | None
    load_ms: float | None
    prompt_eval_ms: float | None
    eval_ms: float | None
    attempts: int


def check_host_allowed(settings: RatingSettings, warn: Callable[[str], None] = log.warning) -> None:
    """Refuse a non-loopback host unless ``allow_remote`` is set; warn when it is."""
    if is_loopback_host(settings.host):
        return
    if not settings.allow_remote:
        raise RemoteHostRefused(
            f"{settings.host} is not this machine: your redacted resume would leave it; "
            "set rating.allow_remote = true in the config file to allow this"
        )
    warn(f"rating with {settings.host}: your redacted resume is sent to that machine")


def _ms(nanoseconds: int | None) -> float | None:
    return None if nanoseconds is None else nanoseconds / 1e6


class Rater:
    """Sends one (system, user) prompt pair to Ollama and returns a validated answer."""

    def __init__(
        self,
        settings: RatingSettings,
        *,
        model: str | None = None,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        warn: Callable[[str], None] = log.warning,
    ) -> None:
        check_host_allowed(settings, warn)
        self.settings = settings
        self.host = settings.host
        self.model = model or settings.model
        self.retry_delays = tuple(retry_delays)
        self._client = make_client(settings)

    def close(self) -> None:
        self._client.close()

    def installed(self) -> list:
        """The server's models as ``/api/tags`` lists them (name, size, details); raises
        ``OllamaUnavailable`` when it does not answer."""
        import httpx
        import ollama

        try:
            return [m for m in self._client.list().models if m.model]
        except (ConnectionError, httpx.TransportError):
            raise OllamaUnavailable(f"Ollama is not reachable at {self.host}") from None
        except ollama.ResponseError as exc:
            raise OllamaUnavailable(
                f"Ollama at {self.host} answered HTTP {exc.status_code}: {exc.error}"
            ) from None

    def server_models(self) -> list[str]:
        """The names of the models the server has; raises ``OllamaUnavailable``."""
        return sorted(m.model for m in self.installed())

    def check_ready(self) -> ModelInfo:
        """Raise ``OllamaUnavailable`` or ``ModelMissing`` unless the model can answer;
        return what it can do."""
        models = self.server_models()
        wanted = self.model if ":" in self.model else f"{self.model}:latest"
        if self.model not in models and wanted not in models:
            raise self._missing(models)
        return self.model_info()

    def _missing(self, models: list[str] | None = None) -> ModelMissing:
        if models is None:
            try:
                models = self.server_models()
            except OllamaUnavailable:
                models = []
        has = ", ".join(models) if models else "no models"
        return ModelMissing(
            f"model {self.model} missing: run: ollama pull {self.model} (server has: {has})"
        )

    def model_info(self) -> ModelInfo:
        """The model's capabilities from ``/api/show`` (cached per model); a server that does
        not describe the model gets a plain non-thinking model."""
        import httpx
        import ollama

        try:
            return model_info(self._client, self.host, self.model)
        except (ConnectionError, httpx.TransportError):
            raise OllamaUnavailable(f"Ollama is not reachable at {self.host}") from None
        except ollama.ResponseError as exc:
            if exc.status_code == 404:
                raise self._missing() from None
            log.warning("Ollama did not describe %s (HTTP %s); rating without its capabilities",
                        self.model, exc.status_code)
            return ModelInfo(self.model)

    def _chat(self, system: str, user: str, num_ctx: int,
              stop: threading.Event | None = None) -> StreamedAnswer:
        """One streamed answer. httpx's read timeout applies to each read, so
        ``rating.timeout`` is the longest silence allowed, not the longest answer."""
        import httpx

        info = self.model_info()
        if info.context_length:
            num_ctx = min(num_ctx, info.context_length)
        request: dict = dict(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            format=RATING_SCHEMA,
            options={
                "temperature": self.settings.temperature,
                "seed": SEED,
                "num_ctx": num_ctx,
                "num_predict": answer_budget(self.settings, info),
            },
            keep_alive=self.settings.keep_alive,
            stream=True,
        )
        think = think_value(info, self.settings.think)
        if think is not None:
            request["think"] = think
        answer = StreamedAnswer()
        try:
            for part in self._client.chat(**request):
                if stop is not None and stop.is_set():
                    raise RatingFailure("stopped while the answer was coming in", transient=True)
                answer.add(part)
        except httpx.TimeoutException as exc:
            raise _Silent(answer.chunks) from exc
        if answer.done_reason is None:
            raise httpx.RemoteProtocolError("the answer ended before Ollama said it was done")
        return answer

    def _chat_with_retries(self, system: str, user: str, num_ctx: int,
                           stop: threading.Event | None):
        """One answer from the server, retrying 5xx and timeouts with growing pauses."""
        import httpx
        import ollama

        delays = list(self.retry_delays)
        attempt = timeouts = 0
        while True:
            attempt += 1
            try:
                return self._chat(system, user, num_ctx, stop)
            except (ConnectionError, httpx.ConnectError):
                raise OllamaUnavailable(f"Ollama is not reachable at {self.host}") from None
            except ollama.ResponseError as exc:
                if exc.status_code == 404 and "not found" in str(exc.error).lower():
                    raise self._missing() from None
                if 0 <= exc.status_code < 500 and exc.status_code != 429:  # -1: error mid-stream
                    raise RatingFailure(
                        f"Ollama refused the request (HTTP {exc.status_code}: {exc.error})"
                    ) from None
                problem = f"Ollama answered HTTP {exc.status_code}: {exc.error}"
            except _Silent as exc:
                problem = (f"Ollama gave no answer within {self.settings.timeout:g} s"
                           if not exc.chunks else
                           f"Ollama stopped answering: no token for {self.settings.timeout:g} s "
                           f"after {exc.chunks} tokens")
                timeouts += 1
                if timeouts >= TIMEOUT_ATTEMPTS:
                    delays = []
            except httpx.TransportError as exc:
                problem = f"the connection to Ollama broke ({type(exc).__name__})"
            if not delays:
                raise RatingFailure(
                    f"{problem} (after {attempt} attempts)", transient=True, attempts=attempt
                )
            delay = delays.pop(0)
            log.info("%s; retrying in %.1f s", problem, delay)
            if stop is not None and stop.wait(delay):
                raise RatingFailure("stopped while waiting to retry", transient=True)
            if stop is None:
                time.sleep(delay)

    def rate(self, system: str, user: str, num_ctx: int,
             stop: threading.Event | None = None) -> RaterResult:
        """Ask for a rating; a broken answer is asked for once more before ``RatingFailure``.
        An answer cut off by the token limit fails at once: the same request is cut again."""
        problem = ""
        for attempt in range(1, ANSWER_ATTEMPTS + 1):
            response = self._chat_with_retries(system, user, num_ctx, stop)
            if response.done_reason == "length":
                raise RatingFailure(response.cut_off_message(), attempts=attempt)
            try:
                answer = parse_answer(extract_json(response.content))
            except InvalidAnswer as exc:
                problem = str(exc)
                log.info("invalid answer from %s (attempt %d): %s", self.model, attempt, problem)
                continue
            return RaterResult(
                answer=answer,
                prompt_tokens=response.prompt_eval_count,
                completion_tokens=response.eval_count,
                total_ms=_ms(response.total_duration),
                load_ms=_ms(response.load_duration),
                prompt_eval_ms=_ms(response.prompt_eval_duration),
                eval_ms=_ms(response.eval_duration),
                attempts=attempt,
            )
        raise RatingFailure(f"{problem} (after {ANSWER_ATTEMPTS} answers)",
                            attempts=ANSWER_ATTEMPTS)
