"""Desktop notifications: ``notify-send`` or the freedesktop D-Bus service on Linux,
``osascript`` on macOS."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys

from jobtui.alerts.message import Alert, AlertError, clean

TIMEOUT = 10.0  # seconds for a notifier command or a D-Bus reply
EXPIRE_MS = 15_000  # how long a notification stays up (freedesktop servers may ignore it)


class DesktopNotifier:
    """Sends an alert as a desktop notification on this machine (nothing leaves it)."""

    name = "desktop"

    def __init__(self, platform: str | None = None) -> None:
        self.platform = platform or sys.platform

    def send(self, alert: Alert) -> None:
        """Show ``alert``; raises AlertError when no notifier works here."""
        body = alert.text()
        if self.platform == "darwin":
            return self._osascript(alert.title, body)
        notify_send = shutil.which("notify-send")
        if notify_send:
            return self._notify_send(notify_send, alert.title, body)
        return self._dbus(alert.title, body)

    def _run(self, argv: list[str], what: str) -> None:
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AlertError(f"desktop: {what} failed ({exc})") from None
        if done.returncode != 0:
            detail = clean(done.stderr or done.stdout, 200) or f"exit status {done.returncode}"
            raise AlertError(f"desktop: {what} failed: {detail}")

    def _notify_send(self, command: str, title: str, body: str) -> None:
        # Freedesktop servers may read the body as markup: escape it so a title stays text.
        self._run([command, "--app-name=jobtui", f"--expire-time={EXPIRE_MS}", "--", title,
                   html.escape(body, quote=False)], "notify-send")

    def _osascript(self, title: str, body: str) -> None:
        osascript = shutil.which("osascript")
        if not osascript:
            raise AlertError("desktop: osascript not found")
        # Texts are passed as arguments, never spliced into the script.
        script = ["on run argv", "display notification (item 2 of argv) with title "
                  "(item 1 of argv)", "end run"]
        argv = [osascript]
        for line in script:
            argv += ["-e", line]
        self._run(argv + [title, body], "osascript")

    def _dbus(self, title: str, body: str) -> None:
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            raise AlertError("desktop: no notifier found (install notify-send: "
                             "libnotify-bin on Debian/Ubuntu, libnotify on Fedora)") from None
        address = DBusAddress("/org/freedesktop/Notifications",
                              bus_name="org.freedesktop.Notifications",
                              interface="org.freedesktop.Notifications")
        message = new_method_call(address, "Notify", "susssasa{sv}i", (
            "jobtui", 0, "", title, html.escape(body, quote=False), [], {}, EXPIRE_MS))
        try:
            with open_dbus_connection(bus="SESSION") as connection:
                connection.send_and_get_reply(message, timeout=TIMEOUT)
        except Exception as exc:  # no session bus (a server, a service without a display)
            raise AlertError(f"desktop: no notification service on the session bus "
                             f"({type(exc).__name__}: {clean(str(exc), 160)}); install "
                             "notify-send or turn alerts.desktop off") from None
