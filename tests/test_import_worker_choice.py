"""A big import parses in a worker process only while a CPU core is spare (measured from
/proc/stat's counters, here a stand-in file that ticks like a machine with one core busy or
with one idle), and stores the same values either way."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

from jobtui.scrape import parallel, spare_cpu
from jobtui.scrape.importer import ImportFileError, import_file
from jobtui.scrape.spare_cpu import SpareCore, WorkerChoice, read_ticks
from jobtui.store import searches
from tests.conftest import FIXTURES
from tests.test_import_export import store_snapshot

CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [0, 1]


class TickingStat:
    """/proc/stat as Linux writes it (its ``cpu`` total line, one line per CPU, then other
    counters), whose counters move on 10 ticks per CPU each time it is read: ``idle_cpus``
    of the CPUs spend them idle, the others busy in user time."""

    def __init__(self, idle_cpus: int) -> None:
        self.idle_cpus = idle_cpus
        self.reads = 0

    def read_text(self, encoding: str = "ascii") -> str:
        self.reads += 1
        ticks = 10 * self.reads
        lines = []
        for n, cpu in enumerate(CPUS):
            idle = ticks if n < self.idle_cpus else 0
            lines.append(f"cpu{cpu} {ticks - idle + 5000} 12 900 {idle + 70000} 40 0 7 3 0 0")
        total = " ".join(str(sum(int(line.split()[i]) for line in lines))
                         for i in range(1, 11))
        return "\n".join([f"cpu  {total}", *lines, "intr 123 0 0", "ctxt 4567",
                          "btime 1764200000", "processes 999"]) + "\n"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def stat_file(tmp_path: Path, counters: dict[int, tuple[int, int]]) -> Path:
    """A /proc/stat with (busy, idle) ticks per CPU."""
    lines = [f"cpu{cpu} {busy} 0 0 {idle} 0 0 0 0 0 0" for cpu, (busy, idle) in
             counters.items()]
    path = tmp_path / "stat"
    path.write_text("cpu  1 2 3 4 5 6 7 8 0 0\n" + "\n".join(lines) + "\nintr 1 2\n")
    return path


def test_ticks_are_summed_over_the_cpus_this_process_may_use(tmp_path):
    path = stat_file(tmp_path, {0: (100, 50), 1: (30, 20), 2: (7, 3)})
    assert read_ticks(path) == (73, 210)
    assert read_ticks(path, {1, 2}) == (23, 60)
    assert read_ticks(tmp_path / "missing") is None


@pytest.mark.skipif(len(CPUS) < 2, reason="needs two usable CPUs")
@pytest.mark.parametrize(("idle_cpus", "spare"), [(0, False), (1, True)])
def test_a_core_counts_as_spare_when_it_was_idle_over_a_window(idle_cpus, spare, monkeypatch):
    monkeypatch.setattr(spare_cpu, "PROC_STAT", TickingStat(idle_cpus))
    clock = Clock()
    meter = SpareCore(clock=clock)
    clock.now += spare_cpu.WINDOW_SECONDS / 2
    assert meter.check() is None  # the window is still open
    clock.now += spare_cpu.WINDOW_SECONDS
    assert meter.check() is spare


@pytest.mark.skipif(len(CPUS) < 2, reason="needs two usable CPUs")
def test_a_worker_sharing_one_core_with_this_process_is_dropped(monkeypatch):
    monkeypatch.setattr(spare_cpu, "PROC_STAT", TickingStat(1))
    clock = Clock()
    own = [(1.0, 0.0)]  # seconds run, seconds waited for a CPU
    choice = WorkerChoice(None, clock=clock, times=lambda: own[-1])
    clock.now += 1
    assert choice.use_worker() is True
    worker = [(2.0, 0.1)]
    choice.worker_reported(worker[-1])  # its first result: the measuring starts
    # Alone on two cores: neither waits; then another program takes a core and each
    # process waits about as long as it runs.
    for (ran, waited), still_used in (((0.9, 0.02), True), ((0.5, 0.5), False)):
        clock.now += 1
        own.append((own[-1][0] + ran, own[-1][1] + waited))
        worker.append((worker[-1][0] + ran / 2, worker[-1][1] + waited))
        choice.worker_reported(worker[-1])
        assert choice.use_worker() is still_used
    assert WorkerChoice(True).use_worker() and not WorkerChoice(False).use_worker()


@pytest.fixture
def big_jsonl(tmp_path) -> Path:
    """A JSONL file big enough for the batch path (distinct jobs, a broken line)."""
    rows = [json.loads(line) for line in (FIXTURES / "jobspy_sample.jsonl").open()]
    path = tmp_path / "big.jsonl"
    with path.open("w") as out:
        n = 0
        while out.tell() < parallel.MIN_BYTES * 1.1:
            row = rows[n % len(rows)]
            out.write(json.dumps({**row, "id": f"x-{n}",
                                  "job_url": f"{row['job_url']}-{n}"}) + "\n")
            if n == 50:
                out.write("{broken\n")
            n += 1
    return path


@pytest.fixture
def submitted(monkeypatch) -> list[int]:
    """First line numbers of the chunks handed to a worker process."""
    chunks: list[int] = []

    class Pool(parallel.ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            chunks.append(args[0])
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(parallel, "worth_it", lambda path: True)  # whatever this machine has
    return chunks


@pytest.mark.skipif(len(CPUS) < 2, reason="needs two usable CPUs")
def test_a_big_import_with_no_core_to_spare_parses_in_this_process(session, tmp_path,
                                                                   big_jsonl, submitted,
                                                                   monkeypatch):
    from jobtui.db import open_database
    from jobtui.store.users import get_or_create_user

    monkeypatch.setattr(spare_cpu, "PROC_STAT", TickingStat(0))
    results = []
    for worker in (None, True):
        db = open_database(tmp_path / f"w{worker}.db")
        report = import_file(big_jsonl, searches.imported_search(get_or_create_user("u")),
                             worker=worker)
        results.append(((report.found, report.new, report.skipped), report.problems,
                         store_snapshot()))
        db.close()
        if worker is None:
            assert submitted == []  # every chunk was parsed here
    assert submitted  # the second import's chunks went to the worker
    assert results[0] == results[1]
    assert results[0][1] == [(52, results[0][1][0][1])]


@pytest.mark.skipif(len(CPUS) < 2, reason="needs two usable CPUs")
def test_a_big_import_takes_a_worker_once_a_core_is_spare(session, big_jsonl, submitted,
                                                          monkeypatch):
    monkeypatch.setattr(spare_cpu, "PROC_STAT", TickingStat(1))
    monkeypatch.setattr(spare_cpu, "WINDOW_SECONDS", 0.0)  # decide at once
    report = import_file(big_jsonl, searches.imported_search(session.user))
    assert submitted
    assert report.skipped == 1 and report.found > report.new > 5000


def test_the_cli_can_keep_the_parsing_in_its_own_process(session, big_jsonl, submitted,
                                                         monkeypatch, capsys):
    from jobtui.cli import main

    monkeypatch.setattr(spare_cpu, "PROC_STAT", TickingStat(1))
    assert main(["import", "--parse-worker", "never", str(big_jsonl)]) == 0
    assert submitted == [] and "1 skipped" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["import", "--parse-worker", "sometimes", str(big_jsonl)])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "invalid choice: 'sometimes'" in err


def test_parsing_in_this_process_words_bad_input_as_the_worker_does(session, tmp_path):
    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    search = searches.imported_search(session.user)
    latin1 = tmp_path / "late-latin1.jsonl"
    latin1.write_bytes("\n".join(good[:3]).encode() + b"\n"
                       + '{"job_url": "https://x.com/1", "title": "Caf\xe9"}\n'.encode("latin-1"))
    collections = gc.get_threshold()
    with pytest.raises(ImportFileError, match="not UTF-8"):
        import_file(latin1, search, parallel=True, worker=False)
    assert gc.get_threshold() == collections  # collecting less often ends with the import
    deep = tmp_path / "deep.jsonl"
    ok = '{"site": "indeed", "job_url": "https://x.com/ok", "title": "Ok", "company": "C"}'
    deep.write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n" + ok + "\n{broken\n",
                    encoding="utf-8")
    report = import_file(deep, search, parallel=True, worker=False)
    assert report.new == 1
    assert [line for line, _ in report.problems] == [1, 3]
    assert report.problems[0][1] == "not a job record (JSON nested too deep)"
