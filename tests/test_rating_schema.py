"""Validation of the model's answer."""

import json

import pytest

from jobtui.rating.schema import RATING_SCHEMA, InvalidAnswer, parse_answer

GOOD = {
    "rating": 72, "justification": "Python matches. Django matches.",
    "matched_skills": ["Python", "Django", "Python"], "missing_skills": ["Go"],
    "seniority_fit": "match", "deal_breakers": [],
}


def test_schema_requires_every_field_and_bounds_the_rating():
    assert set(RATING_SCHEMA["required"]) == set(GOOD)
    assert RATING_SCHEMA["properties"]["rating"] == {"type": "integer", "minimum": 0,
                                                     "maximum": 100}


def test_a_good_answer_parses_and_deduplicates_lists():
    answer = parse_answer(json.dumps(GOOD))
    assert answer.rating == 72
    assert answer.matched_skills == ["Python", "Django"]
    assert answer.relevant_data() == {"matched_skills": ["Python", "Django"],
                                      "missing_skills": ["Go"], "seniority_fit": "match",
                                      "deal_breakers": []}


def test_a_whole_float_rating_is_accepted():
    assert parse_answer(json.dumps({**GOOD, "rating": 80.0})).rating == 80


@pytest.mark.parametrize("text, message", [
    ('{"rating": 87, "justification": "Strong fit because', "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({**GOOD, "rating": 250}), "0 to 100, got 250"),
    (json.dumps({**GOOD, "rating": -1}), "0 to 100"),
    (json.dumps({**GOOD, "rating": "high"}), "whole number"),
    (json.dumps({**GOOD, "rating": True}), "whole number"),
    (json.dumps({**GOOD, "rating": 70.5}), "whole number"),
    (json.dumps({**GOOD, "justification": " "}), "justification"),
    (json.dumps({**GOOD, "matched_skills": "Python"}), "matched_skills"),
    (json.dumps({**GOOD, "seniority_fit": "senior"}), "seniority_fit"),
])
def test_broken_answers_say_what_is_wrong(text, message):
    with pytest.raises(InvalidAnswer, match=message):
        parse_answer(text)


def test_a_long_justification_keeps_three_sentences():
    text = "One is here. Two is here. Three is here. Four is here."
    assert parse_answer(json.dumps({**GOOD, "justification": text})).justification == (
        "One is here. Two is here. Three is here.")
