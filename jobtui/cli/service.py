"""``jobtui service install|uninstall|status``: ``jobtui run`` as a systemd user unit
(Linux) or a launchd agent (macOS)."""

from __future__ import annotations

import argparse
import shlex

from jobtui.cli.common import settings_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "service", help="run `jobtui run` in the background at login (systemd or launchd)")
    p.add_argument("action", choices=("install", "uninstall", "status"))
    p.add_argument("--kind", choices=("systemd", "launchd"),
                   help="default: launchd on macOS, systemd elsewhere")
    p.add_argument("--no-start", action="store_true",
                   help="install: only write the file; do not enable or start it")
    p.set_defaults(func=run)


def _control(service, action: str) -> bool:
    """Run the control commands; print each failure and what to run by hand."""
    from jobtui.service import run_control

    for argv in service.control(action):
        ok, output = run_control(argv)
        if not ok:
            print(f"could not run `{shlex.join(argv)}`: {output or 'failed'}")
            return False
    return True


def run(args: argparse.Namespace) -> int:
    from jobtui.service import (
        ServiceError,
        default_kind,
        run_control,
        service_for,
        write_service,
    )

    service = service_for(args.kind or default_kind())
    if args.action == "install":
        settings = settings_from_args(args)
        path = write_service(service, settings)
        print(f"wrote {path}")
        if args.no_start:
            print("start it with: " + " && ".join(shlex.join(a) for a in service.control("start")))
        elif _control(service, "start"):
            print("started; it runs `jobtui run` now and at every login")
        else:
            print("start it by hand with: "
                  + " && ".join(shlex.join(a) for a in service.control("start")))
        print(f"its log: {service.log_hint}  (and the jobtui log: jobtui doctor says where)")
        return 0
    if args.action == "uninstall":
        if not service.path.exists():
            raise ServiceError(f"no jobtui service installed ({service.path} does not exist)")
        _control(service, "stop")
        try:
            service.path.unlink()
        except OSError as exc:
            raise ServiceError(f"cannot remove {service.path}: {exc.strerror or exc}") from None
        if service.kind == "systemd":  # forget the removed unit; harmless if this fails
            run_control(["systemctl", "--user", "daemon-reload"])
        print(f"removed {service.path}")
        return 0
    if not service.path.exists():
        print(f"not installed ({service.path} does not exist); run: jobtui service install")
        return 1
    print(f"installed: {service.path}")
    ok, output = run_control(service.control("status")[0])
    state = "running" if ok else "not running"
    print(f"state: {state}" + (f" ({output})" if output and service.kind == "systemd" else ""))
    print(f"its log: {service.log_hint}")
    return 0 if ok else 3
