"""Make the README's screenshots from the demo data:

    .venv/bin/python tests/make_screenshots.py

Runs the app headless on the demo database (frozen date), saves SVGs with
``App.save_screenshot`` and converts them to PNG with ``rsvg-convert`` (Debian/Ubuntu:
``apt-get install librsvg2-bin``) into screenshots/.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "screenshots"


async def shoot(name: str, size: tuple[int, int], steps) -> Path:
    from jobtui.tui.app import JobtuiApp
    from tests.tui_demo import demo_session, settle

    demo = demo_session()
    demo.session.settings.config_path = Path("~/.config/jobtui/config.toml")
    app = JobtuiApp(demo.session, demo=True, clock=lambda: demo.now)
    try:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await steps(pilot, demo)
            await settle(pilot)
            for widget in app.screen.query("Input, TextArea"):
                widget.cursor_blink = False
            await pilot.pause()
            svg = Path(app.save_screenshot(f"{name}.svg", str(OUT)))
    finally:
        demo.close()
    png = svg.with_suffix(".png")
    subprocess.run(["rsvg-convert", "--zoom", "1", str(svg), "-o", str(png)], check=True)
    svg.unlink()
    return png


async def nothing(pilot, demo) -> None:
    return None


async def job_detail(pilot, demo) -> None:
    await pilot.press("j", "j", "j")  # a job with a rating, skills and a full description
    from tests.tui_demo import settle

    await settle(pilot)
    await pilot.press("tab")


async def resume_preview(pilot, demo) -> None:
    from tests.tui_demo import settle

    await pilot.press("u")
    await settle(pilot)
    pilot.app.screen.query_one("#resume-path").value = str(demo.sample_resume)
    await pilot.press("ctrl+r")
    for _ in range(600):  # Presidio's first load takes a few seconds
        if pilot.app.screen.prepared is not None:
            break
        await pilot.pause(0.1)
    pilot.app.screen.query_one("#resume-path").value = "~/Documents/resume.txt"
    pilot.app.screen.query_one("#store").disabled = False


async def settings(pilot, demo) -> None:
    await pilot.press("comma")


async def main() -> None:
    if shutil.which("rsvg-convert") is None:
        sys.exit("rsvg-convert is missing: apt-get install librsvg2-bin")
    os.environ["TZ"] = "UTC"
    time.tzset()
    # A throwaway home: no user settings, and no Ollama (the settings screen says so).
    os.environ["JOBTUI_HOME"] = tempfile.mkdtemp(prefix="jobtui-shots-")
    os.environ["OLLAMA_HOST"] = "127.0.0.1:9"
    OUT.mkdir(exist_ok=True)
    for name, size, steps in (
        ("main", (140, 40), nothing),
        ("main-80x24", (80, 24), nothing),
        ("job-detail", (140, 44), job_detail),
        ("resume-preview", (120, 44), resume_preview),
        ("settings", (110, 36), settings),
    ):
        print(await shoot(name, size, steps))


if __name__ == "__main__":
    asyncio.run(main())
