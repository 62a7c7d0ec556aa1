"""A fake Ollama server on 127.0.0.1 for tests: the real ``ollama`` client talks to it.

It speaks /api/tags, /api/version, /api/show and /api/chat (streamed or not, with a
``format`` JSON schema), answers deterministically and can be switched into failure modes.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = ("ok", "http500", "broken_json", "out_of_range", "slow", "missing_model")


def default_answer(request: dict[str, Any]) -> dict[str, Any]:
    """A schema-shaped rating derived from a hash of the last user message (deterministic)."""
    messages = request.get("messages") or []
    text = messages[-1]["content"] if messages else ""
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
    delay: float = 2.0  # seconds, for mode "slow"
    released: threading.Event = field(default_factory=threading.Event)  # ends slow answers
    answer: Callable[[dict[str, Any]], dict[str, Any]] = default_answer
    requests: list[Received] = field(default_factory=list)
    port: int = 0
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

    def stop(self) -> None:
        self.released.set()
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
                self._send(200, {"models": [_model_entry(m) for m in fake.models]})
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
            self._send(200, {
                "modelfile": "", "parameters": "", "template": "{{ .Prompt }}",
                "details": {"family": "llama", "parameter_size": "8.0B",
                            "quantization_level": "Q4_K_M", "format": "gguf"},
                "model_info": {"llama.context_length": 131072},
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
            if mode == "slow":
                fake.released.wait(fake.delay)
            if mode == "broken_json":
                content = '{"rating": 87, "justification": "Strong fit because'
            elif mode == "out_of_range":
                content = json.dumps({**fake.answer(request), "rating": 250})
            else:
                content = json.dumps(fake.answer(request))
            prompt_tokens = sum(len(m.get("content", "")) // 4 for m in request["messages"])
            done = {
                "model": model, "created_at": "2026-11-26T12:00:00Z", "done": True,
                "done_reason": "stop", "total_duration": 1_200_000_000,
                "load_duration": 1_000_000, "prompt_eval_count": prompt_tokens,
                "prompt_eval_duration": 400_000_000, "eval_count": len(content) // 4,
                "eval_duration": 700_000_000,
            }
            if request.get("stream", True):
                self._stream(model, content, done)
            else:
                self._send(200, {**done, "message": {"role": "assistant", "content": content}})

        def _stream(self, model: str, content: str, done: dict[str, Any]) -> None:
            pieces = [content[i:i + 16] for i in range(0, len(content), 16)]
            lines = [
                json.dumps({"model": model, "created_at": done["created_at"], "done": False,
                            "message": {"role": "assistant", "content": p}})
                for p in pieces
            ]
            lines.append(json.dumps({**done, "message": {"role": "assistant", "content": ""}}))
            body = ("\n".join(lines) + "\n").encode()
            self._send(200, body, content_type="application/x-ndjson")

    return Handler


def _model_entry(name: str) -> dict[str, Any]:
    return {
        "name": name, "model": name, "modified_at": "2026-11-01T00:00:00Z", "size": 4_900_000_000,
        "digest": hashlib.sha256(name.encode()).hexdigest(),
        "details": {"format": "gguf", "family": "llama", "parameter_size": "8.0B",
                    "quantization_level": "Q4_K_M"},
    }
