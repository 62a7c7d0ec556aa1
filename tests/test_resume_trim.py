"""Token budgets: tidy first, then cut at line boundaries (never mid-word)."""

from __future__ import annotations

import re

import pytest

from jobtui.resume.tokens import count_tokens
from jobtui.resume.trim import tidy, trim_to_budget


def test_tidy_collapses_whitespace_and_drops_boilerplate():
    text = (
        "  Jane   Doe \t\n\n\nPage 1 of 2\n• Built   things\n-----\n\u00a0\n"
        "References available upon request\nCurriculum Vitae\n3\nPage 1 of 2\n"
        "Built   things  again\n"
    )
    assert tidy(text) == "Jane Doe\n- Built things\nBuilt things again"


def test_repeated_page_headers_are_dropped_but_repeated_content_stays():
    text = ("<PERSON> - Resume\nEngineer\n- Python\n2019\n3\n<PERSON> - Resume\nEngineer\n"
            "- Python\n2 / 3")
    assert tidy(text) == "<PERSON> - Resume\nEngineer\n- Python\n2019\nEngineer\n- Python"


def test_under_budget_is_only_tidied():
    assert trim_to_budget("SKILLS\n\nPython  and Go\n", 100) == "SKILLS\nPython and Go"


def _resume(jobs: int) -> str:
    lines = ["<PERSON>", "<EMAIL> | mobile <PHONE>", "SUMMARY", "Backend engineer who ships."]
    lines.append("EXPERIENCE")
    for i in range(jobs):
        lines.append(f"Engineer {i}, Company{i}, Austin TX (20{i:02d} - 20{i + 1:02d})")
        lines.append(f"- Built service number {i} with Python, Django and PostgreSQL; "
                     "improved latency and reliability for many customers.")
    lines += ["INTERESTS", "Chess, hiking, photography and long walks."]
    return "\n".join(lines)


@pytest.mark.parametrize("budget", [100, 150, 333, 500])
def test_cut_fits_budget_at_line_boundaries(budget):
    text = _resume(40)
    out = trim_to_budget(text, budget)
    assert count_tokens(out) <= budget
    assert count_tokens(out) > budget * 0.8
    original_lines = set(tidy(text).split("\n"))
    assert all(line in original_lines for line in out.split("\n"))
    assert out.startswith("SUMMARY")  # placeholder-only lines go first
    assert "INTERESTS" not in out  # low-value section dropped before content


def test_one_huge_line_is_cut_at_a_word_boundary():
    words = [f"word{i}" for i in range(3000)]
    out = trim_to_budget(" ".join(words), 200)
    assert count_tokens(out) <= 200
    assert out.split(" ") == words[: len(out.split(" "))]
    assert re.fullmatch(r"(word\d+ )*word\d+", out)


def test_no_trailing_heading_without_body():
    text = "SUMMARY\n" + "- " + "alpha beta gamma delta " * 30 + "\nSKILLS\n" + "x " * 500
    out = trim_to_budget(text, 150)
    assert not out.endswith("SKILLS")
    assert count_tokens(out) <= 150
