"""A path starting with the home folder of a user who does not exist ("~nobody-here/cv.pdf")
is taken literally, as a shell does: one line ("no such file"), never a RuntimeError."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtui.cli import main
from jobtui.paths import expand_user
from jobtui.tui.app import JobtuiApp
from tests.tui_demo import settle

UNKNOWN = "~jobtui-no-such-user-7f3a"


def test_expand_user_keeps_an_unknown_users_path():
    assert expand_user(f"{UNKNOWN}/cv.pdf") == Path(f"{UNKNOWN}/cv.pdf")
    assert expand_user("~/cv.pdf") == Path.home() / "cv.pdf"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["resume", "add", f"{UNKNOWN}/cv.txt"], "no such file"),
        (["import", f"{UNKNOWN}/jobs.csv"], "no such file"),
        (["--config", f"{UNKNOWN}/config.toml", "jobs"], "config file not found"),
    ],
)
def test_cli_reports_one_line(args, message, capsys):
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert UNKNOWN in err and message in err and "unexpected error" not in err


async def test_resume_screen_reports_it(session):
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        app.screen.query_one("#resume-path").value = f"{UNKNOWN}/cv.pdf"
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert type(app.screen).__name__ == "ResumeScreen"
        assert "no such file" in str(app.screen.query_one("#resume-error").render())
