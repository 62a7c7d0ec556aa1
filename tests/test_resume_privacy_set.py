"""The privacy test set through the real `jobtui resume add` path, with no spaCy model.

Every person of tests/privacy_people.py is written as TXT, DOCX (one with a text box) and PDF
(one with two columns); after `resume add` none of their personal strings may be anywhere in
the database file or its WAL (nor in what the command printed), and every fact must be in the
stored text.
"""

from __future__ import annotations

import pytest

from jobtui.cli import main
from jobtui.config import load_settings
from tests.privacy_docs import write
from tests.privacy_people import PEOPLE
from tests.privacy_scan import database_text, leaked, stored_resumes

CASES = [pytest.param(person, fmt, id=f"{person.key}-{fmt}")
         for person in PEOPLE for fmt in ("txt", "docx", "pdf")]


def test_the_set_is_broad_enough():
    assert len({p.key for p in PEOPLE}) >= 10
    assert any(p.textbox for p in PEOPLE) and any(p.sidebar for p in PEOPLE)


def test_a_leak_is_a_whole_word_in_any_spaced_script():
    haystack = "Analytics, μηχανικούς, Олега, 我和王伟, anna_k"
    assert leaked(["Ana", "Νίκο", "Олег", "王伟", "anna"], haystack) == ["王伟", "anna"]


def test_arabic_punctuation_ends_a_word():
    assert leaked(["علي", "سارة"], "قال علي، وسارة؛ ثم") == ["علي"]


@pytest.mark.parametrize(("person", "fmt"), CASES)
def test_resume_add_stores_no_personal_string(person, fmt, tmp_path, isolated_home, capsys,
                                              network_guard):
    config = isolated_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[privacy]\nspacy_model = "jobtui_model_not_installed"\n')
    folder = tmp_path / "docs"
    folder.mkdir()
    path = write(person, fmt, folder)

    assert main(["resume", "add", str(path)]) == 0
    printed = capsys.readouterr().out
    db_path = load_settings().db_path
    assert leaked(person.must_not_appear, database_text(db_path)) == []
    assert leaked(person.must_not_appear, printed) == []
    (content,) = stored_resumes(db_path)
    assert [fact for fact in person.must_survive if fact not in content] == []
    assert network_guard == []
