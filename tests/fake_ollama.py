"""A fake Ollama server on 127.0.0.1 for tests: the real ``ollama`` client talks to it.

It speaks /api/tags, /api/version, /api/show and /api/chat (streamed or not, with a
``format`` JSON schema), answers deterministically and can be switched into failure modes.
Models named like the ones people run (qwen3, deepseek-r1, gpt-oss, ...) behave as Ollama
documents them: see ``tests/fake_ollama_models.py``. ``speed`` makes it answer at CPU speeds.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fake_ollama_models import (
    TOKEN_CHARS,
    ModelProfile,
    Speed,
    pieces,
    profile_for,
    reasoning,
    render_answer,
    think_request_error,
    thinking_budget,
)

MODES = ("ok", "http500", "broken_json", "out_of_range", "slow", "missing_model", "stall")
STALL_AFTER = 3  # tokens a stalled stream sends before it goes quiet


# How a model reads people in running text: a capitalised run after a word that introduces one.
PEOPLE = re.compile(r"(?:^|\b(?:with|to|by|and)|[—:])[ \t]+((?:[A-Z][\w'’-]+[ \t]){1,2}"
                    r"[A-Z][\w'’-]+)", re.MULTILINE)


def default_answer(request: dict[str, Any]) -> dict[str, Any]:
    """A schema-shaped rating derived from a hash of the last user message (deterministic);
    for the names question (a ``format`` with ``names``) the people it reads in the text."""
    messages = request.get("messages") or []
    text = messages[-1]["content"] if messages else ""
    schema = request.get("format")
    if isinstance(schema, dict) and "names" in (schema.get("properties") or {}):
        return {"names": [m.group(1) for m in PEOPLE.finditer(text)]}
    digest = int(hashlib.sha256(text.encode()).hexdigest(), 16)
    return {
        "rating": digest % 101,
        "justification": "The resume shows Python and PostgreSQL work that matches the job. "
        "The job asks for more years of Kubernetes than the resume shows.",
        "matched_skills": ["Python", "PostgreSQL"],
        "missing_skills": ["Kubernetes"],
        "seniority_fit": "match",
        "deal_breakers": [],
    }


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up waiting
            super().handle_error(request, client_address)


@dataclass
class Received:
    method: str
    path: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class FakeOllama:
    models: list[str] = field(default_factory=lambda: ["llama3.1:8b", "qwen2.5:7b"])
    mode: str = "ok"
    fail_times: int | None = None  # fail this many chat calls, then answer normally
    delay: float = 2.0  # seconds, for mode "slow" (and the most a "stall" waits)
    answer: Callable[[dict[str, Any]], dict[str, Any]] = default_answer
    requests: list[Received] = field(default_factory=list)
    profiles: dict[str, ModelProfile] = field(default_factory=dict)  # by full model name
    speed: Speed | None = None  # None: answer at once with fixed durations
    port: int = 0
    _release: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_mode(self, mode: str, fail_times: int | None = None) -> None:
        assert mode in MODES, mode
        self.mode, self.fail_times = mode, fail_times

    def chat_requests(self) -> list[dict[str, Any]]:
        return [r.json() for r in self.requests if r.path == "/api/chat"]

    def all_bodies(self) -> bytes:
        return b"\n".join(r.body for r in self.requests)

    def start(self) -> FakeOllama:
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    @property
    def released(self) -> threading.Event:
        """Set when the server stops: slow and stalled answers end then."""
        return self._release

    def stop(self) -> None:
        self._release.set()  # a stalled stream ends now
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _current_mode(self) -> str:
        with self._lock:
            if self.mode == "ok":
                return "ok"
            if self.fail_times is None:
                return self.mode
            if self.fail_times > 0:
                self.fail_times -= 1
                return self.mode
            return "ok"


def _handler_for(fake: FakeOllama) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle plus the client's
        # delayed ACK adds ~40 ms to every answer (the server must answer instantly).
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, payload: Any, content_type="application/json") -> None:
            body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _read_body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def do_GET(self) -> None:
            fake.requests.append(Received("GET", self.path, b""))
            if self.path == "/api/tags":
                self._send(200, {"models": [
                    _model_entry(m, profile_for(m, fake.profiles)) for m in fake.models]})
            elif self.path == "/api/version":
                self._send(200, {"version": "0.12.0-fake"})
            else:
                self._send(404, {"error": "not found"})

        def do_HEAD(self) -> None:
            self._send(200, b"")

        def do_POST(self) -> None:
            body = self._read_body()
            fake.requests.append(Received("POST", self.path, body))
            try:
                request = json.loads(body or b"{}")
            except json.JSONDecodeError:
                self._send(400, {"error": "invalid JSON body"})
                return
            if self.path == "/api/show":
                self._show(request)
            elif self.path == "/api/chat":
                self._chat(request)
            else:
                self._send(404, {"error": "not found"})

        def _known(self, model: str) -> bool:
            wanted = model if ":" in model else f"{model}:latest"
            return model in fake.models or wanted in fake.models

        def _show(self, request: dict[str, Any]) -> None:
            model = request.get("model") or request.get("name") or ""
            if not self._known(model):
                self._send(404, {"error": f"model '{model}' not found"})
                return
            profile = profile_for(model, fake.profiles)
            self._send(200, {
                "modelfile": "", "parameters": "", "template": "{{ .Prompt }}",
                "details": _details(profile),
                "model_info": {"general.architecture": profile.family,
                               f"{profile.family}.context_length": profile.context_length},
                "capabilities": list(profile.capabilities),
            })

        def _chat(self, request: dict[str, Any]) -> None:
            model = request.get("model", "")
            mode = fake._current_mode()
            if mode == "missing_model" or not self._known(model):
                self._send(404, {"error": f"model '{model}' not found, try pulling it first"})
                return
            if mode == "http500":
                self._send(500, {"error": "llama runner process has terminated"})
                return
            profile = profile_for(model, fake.profiles)
            think = request.get("think")
            refused = think_request_error(profile, model, think)
            if refused:
                self._send(400, {"error": refused})
                return
            if mode == "slow":
                fake.released.wait(fake.delay)  # ends early when the server stops
            if mode == "broken_json":
                content = '{"rating": 87, "justification": "Strong fit because'
            elif mode == "out_of_range":
                content = render_answer(profile, {**fake.answer(request), "rating": 250})
            else:
                content = render_answer(profile, fake.answer(request))
            thinking_tokens, separate = thinking_budget(profile, think)
            thinking = reasoning(thinking_tokens)
            if thinking and not separate:  # qwen3-style: the reasoning is part of the content
                content, thinking = f"<think>\n{thinking}\n</think>\n\n{content}", ""
            tokens = [("thinking", p) for p in pieces(thinking)]
            tokens += [("content", p) for p in pieces(content)]
            limit = (request.get("options") or {}).get("num_predict")
            done_reason = "stop"
            if isinstance(limit, int) and 0 < limit < len(tokens):
                tokens, done_reason = tokens[:limit], "length"
            prompt_tokens, evaluated = self._prompt_tokens(model, request["messages"])
            done = {
                "model": model, "created_at": "2026-11-26T12:00:00Z", "done": True,
                "done_reason": done_reason, "total_duration": 1_200_000_000,
                "load_duration": 1_000_000, "prompt_eval_count": evaluated,
                "prompt_eval_duration": 400_000_000, "eval_count": len(tokens),
                "eval_duration": 700_000_000,
            }
            if fake.speed is not None:
                done.update(_durations(fake.speed, evaluated, len(tokens)))
                _pause(fake.speed, evaluated / fake.speed.prefill_tps)
            if request.get("stream", True):
                self._stream(model, tokens, done, stall=mode == "stall")
            else:
                if fake.speed is not None:
                    _pause(fake.speed, len(tokens) / fake.speed.decode_tps)
                message = {"role": "assistant",
                           "content": "".join(p for k, p in tokens if k == "content")}
                said = "".join(p for k, p in tokens if k == "thinking")
                if said:
                    message["thinking"] = said
                self._send(200, {**done, "message": message})

        def _prompt_tokens(self, model: str, messages: list[dict[str, Any]]) -> tuple[int, int]:
            """(prompt tokens, tokens evaluated): with ``speed`` set, a system prompt equal to
            the previous request's is served from Ollama's prompt cache."""
            counts = [len(m.get("content", "")) // TOKEN_CHARS for m in messages]
            total = sum(counts)
            if fake.speed is None or not messages or messages[0].get("role") != "system":
                return total, total
            cache = fake.speed.cached_prefix
            hit = cache.get(model) == messages[0]["content"]
            cache[model] = messages[0]["content"]
            return total, total - counts[0] if hit else total

        def _stream(self, model: str, tokens: list[tuple[str, str]], done: dict[str, Any],
                    stall: bool = False) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            step = 0.0 if fake.speed is None else fake.speed.time_scale / fake.speed.decode_tps
            for n, (kind, text) in enumerate(tokens):
                if stall and n == STALL_AFTER:
                    fake._release.wait(fake.delay)  # goes quiet: no token, no end
                    return
                message = {"role": "assistant", "content": text if kind == "content" else ""}
                if kind == "thinking":
                    message["thinking"] = text
                self._chunk({"model": model, "created_at": done["created_at"], "done": False,
                             "message": message})
                if step:
                    time.sleep(step)
            self._chunk({**done, "message": {"role": "assistant", "content": ""}})
            self.wfile.write(b"0\r\n\r\n")

        def _chunk(self, payload: dict[str, Any]) -> None:
            line = (json.dumps(payload) + "\n").encode()
            self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
            self.wfile.flush()

    return Handler


def _details(profile: ModelProfile) -> dict[str, Any]:
    return {"format": "gguf", "family": profile.family, "families": [profile.family],
            "parameter_size": profile.parameter_size,
            "quantization_level": profile.quantization}


def _model_entry(name: str, profile: ModelProfile) -> dict[str, Any]:
    return {
        "name": name, "model": name, "modified_at": "2026-11-01T00:00:00Z",
        "size": profile.size, "digest": hashlib.sha256(name.encode()).hexdigest(),
        "details": _details(profile),
    }


def _durations(speed: Speed, evaluated: int, generated: int) -> dict[str, int]:
    """Ollama's reported durations (nanoseconds) at the configured CPU-like speeds."""
    prompt_ns = int(evaluated / speed.prefill_tps * 1e9)
    eval_ns = int(generated / speed.decode_tps * 1e9)
    return {"prompt_eval_duration": prompt_ns, "eval_duration": eval_ns,
            "load_duration": 1_000_000, "total_duration": prompt_ns + eval_ns + 1_000_000}


def _pause(speed: Speed, seconds: float) -> None:
    if seconds * speed.time_scale > 0:
        time.sleep(seconds * speed.time_scale)  # stands in for the model's work
