"""Stand-ins for the alert channels, all on 127.0.0.1 with an ephemeral port: an HTTP server
that records what ntfy or a webhook would receive, a real SMTP server (aiosmtpd), and
notifier commands (notify-send, osascript, systemctl, launchctl) put on PATH."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Posted:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class RecordingServer:
    """Answers every POST with ``status`` (200: what ntfy and webhooks answer) and keeps it."""

    status: int = 200
    posts: list[Posted] = field(default_factory=list)
    received: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> RecordingServer:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                recorder.posts.append(Posted(self.path, dict(self.headers), body))
                reply = json.dumps({"id": "x1", "event": "message"}).encode()
                self.send_response(recorder.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
                recorder.received.set()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class SMTPServer:
    """aiosmtpd's SMTP protocol on an asyncio loop in a thread; keeps each message."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.credentials = credentials  # required login, if any (AUTH PLAIN/LOGIN)
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(envelope.original_content,
                                                policy=policy.default))
        return "250 Message accepted for delivery"

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        given = (auth_data.login.decode(), auth_data.password.decode())
        return AuthResult(success=given == self.credentials, handled=False)

    def start(self) -> SMTPServer:
        from aiosmtpd.smtp import SMTP

        def protocol():
            if self.credentials is None:
                return SMTP(self, hostname="127.0.0.1")
            # Loopback test server: plain-text AUTH without TLS is acceptable here.
            return SMTP(self, hostname="127.0.0.1", authenticator=self._authenticate,
                        auth_required=True, auth_require_tls=False)

        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self.loop.create_server(
            protocol, "127.0.0.1", 0), self.loop)
        self._server = future.result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close():
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


def stand_in_command(bin_dir: Path, name: str, *, stdout: str = "", exit_code: int = 0) -> Path:
    """A command ``name`` in ``bin_dir`` that appends its arguments (one JSON list a line) to
    ``bin_dir/name.calls``, prints ``stdout`` and exits with ``exit_code``."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    calls = bin_dir / f"{name}.calls"
    script = bin_dir / name
    script.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        f"with open({str(calls)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps(sys.argv[1:]) + '\\n')\n"
        f"print({stdout!r}, end='')\nsys.exit({exit_code})\n", encoding="utf-8")
    script.chmod(0o755)
    return calls


def calls_of(calls: Path) -> list[list[str]]:
    if not calls.exists():
        return []
    return [json.loads(line) for line in calls.read_text(encoding="utf-8").splitlines()]


class FakeNotificationService:
    """A private D-Bus session bus (dbus-daemon) with a stand-in for the freedesktop
    notification service on it, written with jeepney: it keeps every Notify call."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calls: list[tuple] = []
        self.received = threading.Event()
        self.address = ""

    def start(self) -> FakeNotificationService:
        import subprocess

        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        config = self.folder / "session.conf"
        config.write_text(
            "<busconfig><type>session</type>"
            f"<listen>unix:path={self.folder / 'bus'}</listen>"
            "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
            "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>")
        self._daemon = subprocess.Popen(
            ["dbus-daemon", "--nofork", "--print-address=1", f"--config-file={config}"],
            stdout=subprocess.PIPE, text=True)
        self.address = self._daemon.stdout.readline().strip()  # printed once it listens
        self._connection = open_dbus_connection(bus=self.address)
        self._connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications"), timeout=10)
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while True:
            try:
                message = self._connection.receive()
            except Exception:  # the bus went away: the test is over
                return
            header = message.header
            if (header.message_type == MessageType.method_call
                    and header.fields.get(HeaderFields.member) == "Notify"):
                self.calls.append(message.body)
                self._connection.send(new_method_return(message, "u", (1,)))
                self.received.set()

    def stop(self) -> None:
        self._daemon.terminate()
        self._daemon.wait(10)
        self._connection.close()
