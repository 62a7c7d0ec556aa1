"""The optional second pass: the user's local model lists people's names (through the real
``ollama`` client against tests/fake_ollama.py), and the resume preview offers the names the
rules missed for the user to accept."""

from __future__ import annotations

import pytest

from jobtui.config import RatingSettings
from jobtui.rating.names_pass import NamesPassError, missed_names, suggest_names
from jobtui.tui.app import JobtuiApp
from tests.test_tui_resume import wait_for
from tests.tui_demo import settle

RAW = ("Jane Roe\nPython developer.\n- Mentoring two interns with Sana Malik from BI.\n"
       "- Worked closely with Dawit on the upgrade.\n")
REDACTED = ("<PERSON>\nPython developer.\n- Mentoring two interns with Sana Malik from BI.\n"
            "- Worked closely with Dawit on the upgrade.\n")


def test_the_model_is_asked_and_only_missed_names_come_back(fake_ollama):
    rating = RatingSettings(host=fake_ollama.host)
    assert suggest_names(RAW, REDACTED, rating) == ["Sana Malik"]
    (request,) = fake_ollama.chat_requests()
    assert "names" in request["format"]["properties"] and request["model"] == rating.model
    assert request["messages"][-1]["content"] == RAW  # the file's text, on this machine only


def test_a_remote_host_is_refused_before_anything_is_sent(fake_ollama):
    with pytest.raises(NamesPassError, match="not local"):
        suggest_names(RAW, REDACTED, RatingSettings(host="http://203.0.113.7:11434"))
    assert fake_ollama.chat_requests() == []


def test_an_unreachable_or_failing_model_is_one_line(fake_ollama):
    fake_ollama.set_mode("http500")
    with pytest.raises(NamesPassError, match="error"):
        suggest_names(RAW, REDACTED, RatingSettings(host=fake_ollama.host))
    fake_ollama.set_mode("broken_json")
    with pytest.raises(NamesPassError, match="JSON"):
        suggest_names(RAW, REDACTED, RatingSettings(host=fake_ollama.host))


def test_junk_and_already_removed_names_are_dropped():
    names = ["Sana Malik", "Jane Roe", "Python 3", "<PERSON>", "x", 42, "Sana  Malik", "Dawit"]
    assert missed_names(names, REDACTED) == ["Sana Malik", "Dawit"]
    assert missed_names({"not": "a list"}, REDACTED) == []


async def test_preview_offers_the_models_names_and_removes_them_on_accept(session, fake_ollama,
                                                                          tmp_path):
    session.settings.privacy.model_names = True
    session.settings.rating.host = fake_ollama.host
    resume = tmp_path / "resume.txt"
    resume.write_text("Jane Roe\njane@example.com\n\nEXPERIENCE\n"
                      "- Weekly code reviews for the BI team,\n  Oghenekaro Ikpeba leading them.\n")
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        app.screen.query_one("#resume-path").value = str(resume)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: app.screen.suggested == ["Oghenekaro Ikpeba"])
        shown = str(app.screen.query_one("#resume-suggestions").render())
        assert "Oghenekaro Ikpeba" in shown and "ctrl+n" in shown
        assert "Oghenekaro Ikpeba" in app.screen.prepared.text  # nothing removed until accepted

        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: app.screen.prepared is not None
                       and "Oghenekaro Ikpeba" not in app.screen.prepared.text)
        assert "<REDACTED>" in app.screen.prepared.text
        assert "Oghenekaro Ikpeba" not in str(app.screen.query_one("#resume-preview").render())


async def test_the_names_pass_is_off_by_default(session, fake_ollama, tmp_path):
    session.settings.rating.host = fake_ollama.host
    resume = tmp_path / "resume.txt"
    resume.write_text("Jane Roe\n\nEXPERIENCE\n- Worked with Sana Malik.\n")
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        app.screen.query_one("#resume-path").value = str(resume)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: app.screen.prepared is not None)
        await settle(pilot)
        assert fake_ollama.chat_requests() == []
        assert str(app.screen.query_one("#resume-suggestions").render()) == ""


def test_the_setting_is_read_from_the_config_file(isolated_home):
    from jobtui.config import load_settings
    from jobtui.paths import locations

    assert load_settings().privacy.model_names is False
    config = locations().config_file
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[privacy]\nmodel_names = true\n")
    assert load_settings().privacy.model_names is True
