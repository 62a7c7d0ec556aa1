"""Resume speed (opt-in): `pytest -m bench -s tests/bench_resume.py`.

Targets from the issues: the Presidio engine with the blank pipeline loads in under 3 s (measured
in a fresh process, imports included), and a 2-page resume is redacted and trimmed in under 1 s
once the engine is loaded. The international rules (issue 11: name gazetteer, national IDs,
contact blocks) must keep the load within 1.5 s and a 2-page redaction within 300 ms where they
were 1.2 s and 60-80 ms: each is measured against the engine without them ("before") in the
same run, and the ratio is what is checked (the machine is shared; absolute figures are noisy).
A long CV (a publication list, dense with names) must cost per kB about what a 2-page one does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.conftest import FIXTURES

LOAD = """
import json, sys, time
start = time.perf_counter()
from jobtui.config import PrivacySettings
from jobtui.resume import international, names
from jobtui.resume.redact import analyzer
if sys.argv[1] == "before":  # the engine as it was before issue 11's rules
    international.international_recognizers = lambda: []
    names.gazetteer = lambda: None
analyzer(PrivacySettings(spacy_model="jobtui_no_such_model"))
print(json.dumps(time.perf_counter() - start))
"""
# What issue 11 allows on top of the engine before it: 1.2 s -> 1.5 s, 70 ms -> 300 ms.
LOAD_RATIO = 1.5 / 1.2
REDACT_RATIO = 300 / 70
# Per kB, twice the text may cost at most this much more (linear is 1, quadratic 2), and a long
# CV dense with names at most this many times a 2-page resume.
LINEAR_RATIO = 1.4
LONG_RATIO = 3.0


def two_page_resume(tmp_path):
    """The fixture resume grown to about two pages (~900 words) with more jobs."""
    base = (FIXTURES / "resumes" / "alex_morgan.txt").read_text()
    head, refs = base.split("REFERENCES")
    jobs = []
    for year in range(1995, 2015, 2):
        jobs.append(
            f"\nSoftware Engineer, Company {year}, Houston TX ({year} - {year + 2})\n"
            "- Built and operated Python services on PostgreSQL and Redis for 2M users.\n"
            "- Migrated deployments from virtual machines to Docker and Kubernetes.\n"
            "- Wrote design documents, reviewed code and mentored two junior engineers.\n"
            "- Reduced cloud spend by 30% by right-sizing AWS instances and caching.\n"
            "- Contact at the time: ops-lead@example.org, (713) 555-0142.\n"
        )
    text = head + "\nEARLIER EXPERIENCE" + "".join(jobs) + "\nREFERENCES" + refs
    path = tmp_path / "two_pages.txt"
    path.write_text(text)
    return path, len(text.split())


def _load_seconds(which: str, home) -> float:
    env = {**os.environ, "JOBTUI_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", LOAD, which], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.bench
def test_engine_load_under_3s(tmp_path):
    cold = _load_seconds("after", tmp_path)  # the first run ever builds the name cache
    # Interleaved, best of three each: the load on a shared machine shifts from run to run.
    runs = [(_load_seconds("before", tmp_path), _load_seconds("after", tmp_path))
            for _ in range(3)]
    before, after = min(r[0] for r in runs), min(r[1] for r in runs)
    print(f"\nengine load (fresh process, blank pipeline, imports included): before issue 11 "
          f"{before:.2f} s, now {after:.2f} s (x{after / before:.2f}); first run ever, "
          f"building the name cache: {cold:.2f} s")
    assert after / before < LOAD_RATIO


@pytest.mark.bench
def test_two_page_resume_under_1s(tmp_path, monkeypatch):
    from jobtui.config import PrivacySettings
    from jobtui.resume import contact, people
    from jobtui.resume.pipeline import prepare_resume
    from jobtui.resume.redact import analyzer
    from jobtui.resume.tokens import count_tokens

    privacy = PrivacySettings(spacy_model="jobtui_no_such_model")
    analyzer(privacy)
    count_tokens("warm up the tokenizer")
    path, words = two_page_resume(tmp_path)

    def best_of_5() -> tuple[float, float, object]:
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            prepared = prepare_resume(path, privacy, 500)
            timings.append(time.perf_counter() - start)
        return min(timings), max(timings), prepared

    with monkeypatch.context() as before:  # without issue 11's text rules
        before.setattr(people, "person_spans", lambda text: [])
        before.setattr(contact, "contact_block_spans", lambda text, end: [])
        before.setattr(contact, "street_spans", lambda text: [])
        base, _, _ = best_of_5()
    best, worst, prepared = best_of_5()
    print(f"\n2-page resume ({words} words, {prepared.tokens_before} -> "
          f"{prepared.tokens_after} tokens): best {best * 1000:.0f} ms, "
          f"worst {worst * 1000:.0f} ms; without issue 11's rules best {base * 1000:.0f} ms "
          f"(x{best / base:.2f})")
    assert prepared.tokens_after <= 500
    assert worst < 1.0
    assert best / base < REDACT_RATIO


def long_cv(lines: int) -> str:
    """An academic CV: a header and ``lines`` publications with co-authors named in full and
    colleagues named in prose, the shape that makes a resume run to many pages."""
    given = ["Anna", "Jonas", "Maria", "Tomasz", "Elif", "Kenji", "Chiara", "Pieter"]
    family = ["Kowalski", "Schmidt", "Rossi", "Yılmaz", "Tanaka", "de Vries", "Nowak", "Costa"]
    body = []
    for i in range(lines):
        authors = ", ".join(f"{given[(i + k) % 8]} {family[(i * 3 + k) % 8]}" for k in range(4))
        body.append(f"{authors} and Alex Morgan ({1990 + i % 30}). Paper {i} on Kafka and "
                    f"Grafana, with {given[i % 8]}, {given[(i + 1) % 8]} and "
                    f"{given[(i + 2) % 8]}. Journal of Systems {i % 40}, Acme GmbH, Berlin.")
    return "Alex Morgan\nalex@example.org\n\nPUBLICATIONS\n" + "\n".join(body) + "\n"


@pytest.mark.bench
def test_long_cv_costs_per_page_what_a_short_one_does(tmp_path):
    from jobtui.config import PrivacySettings
    from jobtui.resume.redact import analyzer, redact

    privacy = PrivacySettings(spacy_model="jobtui_no_such_model")
    analyzer(privacy)

    def ms_per_kb(text: str) -> float:
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            redact(text, privacy)
            timings.append(time.perf_counter() - start)
        return min(timings) * 1000 / (len(text) / 1000)

    path, _ = two_page_resume(tmp_path)
    short, long = long_cv(150), long_cv(300)
    page, once, twice = ms_per_kb(path.read_text()), ms_per_kb(short), ms_per_kb(long)
    print(f"\nlong CV: {len(short) // 1000} kB at {once:.0f} ms/kB, {len(long) // 1000} kB at "
          f"{twice:.0f} ms/kB (x{twice / once:.2f} per kB for twice the text); the 2-page resume "
          f"{page:.0f} ms/kB (x{twice / page:.2f})")
    assert twice / once < LINEAR_RATIO
    assert twice / page < LONG_RATIO
