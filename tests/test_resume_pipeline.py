"""prepare_resume: the one call the CLI and the TUI make."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from jobtui.config import PrivacySettings
from jobtui.resume.pipeline import PreparedResume, ResumeError, prepare_resume
from jobtui.resume.tokens import count_tokens
from tests.conftest import FIXTURES

PRIVACY = PrivacySettings(spacy_model="jobtui_no_such_model")


def test_prepared_resume_fields():
    path = FIXTURES / "resumes" / "alex_morgan.txt"
    prepared = prepare_resume(path, PRIVACY, 1000)
    assert isinstance(prepared, PreparedResume)
    with pytest.raises(dataclasses.FrozenInstanceError):
        prepared.text = "x"  # type: ignore[misc]
    assert prepared.tokens_after == count_tokens(prepared.text) <= 1000
    assert prepared.tokens_before >= prepared.tokens_after
    assert prepared.content_hash == hashlib.sha256(prepared.text.encode()).hexdigest()
    assert prepared.counts["PERSON"] >= 1 and prepared.counts["REFERENCES"] == 1
    assert all(isinstance(v, int) for v in prepared.counts.values())
    assert prepared.source_path == path
    assert prepared.file_url.endswith("<PERSON>_<PERSON>.txt")
    for start, end, kind in prepared.spans:
        assert prepared.text[start:end] == f"<{kind}>"
    assert {kind for *_, kind in prepared.spans} >= {"PERSON", "EMAIL", "PHONE"}


def test_budget_trims_and_same_input_same_hash():
    path = FIXTURES / "resumes" / "alex_morgan.pdf"
    small = prepare_resume(path, PRIVACY, 120)
    assert small.tokens_after <= 120 < small.tokens_before
    assert small.content_hash == prepare_resume(path, PRIVACY, 120).content_hash
    assert small.content_hash != prepare_resume(path, PRIVACY, 1000).content_hash


def test_extra_terms_reach_text_and_path(tmp_path):
    cv = tmp_path / "globex_cv.txt"
    cv.write_text("SKILLS\nPython at Globex\n")
    prepared = prepare_resume(cv, PRIVACY, 500, extra_terms=["Globex"])
    assert prepared.text == "SKILLS\nPython at <REDACTED>"
    assert "globex" not in prepared.file_url.lower()


def test_nothing_left_is_an_error(tmp_path):
    cv = tmp_path / "contact.txt"
    cv.write_text("jo@example.com\n(415) 555-0134\n")
    with pytest.raises(ResumeError, match="nothing is left"):
        prepare_resume(cv, PRIVACY, 500)


def test_bad_budget_is_an_error(tmp_path):
    with pytest.raises(ResumeError, match="token budget"):
        prepare_resume(FIXTURES / "resumes" / "alex_morgan.txt", PRIVACY, 0)


def test_importing_the_pipeline_and_store_stays_light():
    """The TUI imports these at start-up; Presidio, spaCy and tiktoken load on first use."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "import jobtui.resume.pipeline, jobtui.resume.trim\n"
        "import jobtui.store.resumes, jobtui.cli.resume\n"
        "heavy = ('presidio_analyzer', 'spacy', 'tiktoken', 'pypdf', 'docx', 'tldextract')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
