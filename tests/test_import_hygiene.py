"""The core runs headless: nothing outside jobtui.tui imports Textual, and start-up stays light."""

import json
import subprocess
import sys

CHECK_NON_UI = """
import importlib, json, pkgutil, sys
import jobtui
names = [m.name for m in pkgutil.walk_packages(jobtui.__path__, "jobtui.")
         if not m.name.startswith(("jobtui.tui", "jobtui.__main__"))]
for name in names:
    importlib.import_module(name)
textual = [m for m in sys.modules if m.startswith("textual")]
print(json.dumps({"modules": names, "textual": textual}))
"""

CHECK_STARTUP = """
import json, sys
from jobtui.cli import build_parser
build_parser()
heavy = ("pandas", "jobspy", "presidio_analyzer", "spacy", "tiktoken", "textual", "ollama")
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})))
"""


def run_python(code: str):
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_core_module_imports_textual():
    report = run_python(CHECK_NON_UI)
    assert "jobtui.db.models" in report["modules"]
    assert report["textual"] == []


def test_cli_startup_imports_no_heavy_library():
    assert run_python(CHECK_STARTUP) == []


CHECK_APP_STARTUP = """
import asyncio, json, sys
from jobtui.config import load_settings
from jobtui.session import open_session
from jobtui.tui import app as app_module
from jobtui.tui.app import JobtuiApp

# The deferred start must not fire during this check however slow the machine is.
app_module.WORKER_START_DELAY = 3600

async def main():
    session = open_session(load_settings(user="t"))
    app = JobtuiApp(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.background is None  # the worker thread starts a moment later
        assert len(app.screen.query_one("#jobs").columns) > 0
        heavy = ("pandas", "jobspy", "presidio_analyzer", "spacy", "tiktoken")
        print(json.dumps(sorted({m.split(".")[0] for m in sys.modules
                                 if m.split(".")[0] in heavy})))

asyncio.run(main())
"""


def test_app_first_frame_imports_no_heavy_library():
    # The background worker (scraping, rating) starts after the first frame, on its own thread.
    assert run_python(CHECK_APP_STARTUP) == []


def test_import_contracts_hold():
    """The layer and TUI-facade contracts in pyproject.toml ([tool.importlinter]) are kept."""
    import shutil
    from pathlib import Path

    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is in the test extra: pip install -e '.[test]'"
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, timeout=300,
                            cwd=root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
