from datetime import date

from jobtui.tui import text


def test_clean_removes_escapes_and_controls_but_keeps_rtl_and_emoji():
    raw = "\x1b[31mRed\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 a\x00b\x07c \u202eevil"
    assert text.clean(raw) == "Red link abc evil"
    assert text.clean("مهندس برمجيات 👩‍💻 שלום") == "مهندس برمجيات 👩‍💻 שלום"


def test_one_line_collapses_and_cuts():
    assert text.one_line("a\n\n b\tc", 100) == "a b c"
    cut = text.one_line("x" * 10_000, 50)
    assert len(cut) == 50 and cut.endswith("…")


def test_literal_never_parses_markup():
    shown = text.literal("[bold red]x[/] [link=https://evil]click[/link] [@click=app.quit]q[/]")
    assert shown.plain == "[bold red]x[/] [link=https://evil]click[/link] [@click=app.quit]q[/]"
    assert not shown.spans


def test_salary_rating_and_dates():
    assert text.salary(120000, 150000, "USD", "yearly") == "$120k–150k/yr"
    assert text.salary(None, 90000, "EUR", None) == "€90k"
    assert text.salary(70, 85, "usd", "hourly") == "$70–85/hr"
    assert text.salary(None, None) == ""
    assert text.rating_style(91) == "bold green" and text.rating_style(10) == "red"
    assert text.rating_text(None).plain == "–"
    assert text.posted(date(2026, 11, 2)) == "2026-11-02"


def test_markdown_source_is_bounded_and_never_empty():
    assert "No description" in text.markdown_source(None)
    assert len(text.markdown_source("y" * 100_000)) <= text.DESCRIPTION_CHARS
