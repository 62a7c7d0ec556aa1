"""Killing a big import (kill -9, or the SIGTERM of `timeout` and systemd) leaves no worker
process behind; SIGTERM stops it like Ctrl-C, with a line and no traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobtui.scrape.parallel import MIN_BYTES
from tests.conftest import FIXTURES

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory) -> Path:
    """A JSONL file big enough for the parallel import (distinct jobs)."""
    rows = [json.loads(line) for line in (FIXTURES / "jobspy_sample.jsonl").open()]
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    with path.open("w") as out:
        n = 0
        while out.tell() < MIN_BYTES * 1.5:
            row = rows[n % len(rows)]
            out.write(json.dumps({**row, "id": f"x-{n}",
                                  "job_url": f"{row['job_url']}-{n}"}) + "\n")
            n += 1
    return path


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and alive(int(entry.name)):
                found.add(int(entry.name))
    return found


def wait_until(condition, seconds: float = 120.0) -> None:
    """Poll for a state change (bounded, so a regression fails instead of hanging)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def start_import(path: Path, tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobtui", "--db", str(tmp_path / "jobs.db"), "import",
         "--parse-worker", "always",
         str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()

    def workers_started() -> bool:  # spawn workers run "multiprocessing.spawn"
        assert proc.poll() is None, proc.communicate()
        workers.update(c for c in children(proc.pid)
                       if b"multiprocessing" in Path(f"/proc/{c}/cmdline").read_bytes())
        return bool(workers)

    wait_until(workers_started)
    return proc, children(proc.pid)


def test_kill_9_of_an_import_ends_its_worker_processes(big_jsonl, tmp_path):
    proc, kids = start_import(big_jsonl, tmp_path)
    proc.kill()
    proc.wait()
    wait_until(lambda: not any(alive(k) for k in kids))


def test_sigterm_stops_an_import_like_ctrl_c(big_jsonl, tmp_path):
    proc, kids = start_import(big_jsonl, tmp_path)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143
    assert err.strip().splitlines()[-1] == "jobtui: stopped (SIGTERM)"
    assert "Traceback" not in err
    wait_until(lambda: not any(alive(k) for k in kids))
