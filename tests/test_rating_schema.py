"""Validation of the model's answer."""

import json

import pytest

from jobtui.rating.schema import RATING_SCHEMA, InvalidAnswer, extract_json, parse_answer

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


def test_a_long_justification_keeps_two_sentences():
    text = "One is here. Two is here. Three is here. Four is here."
    assert parse_answer(json.dumps({**GOOD, "justification": text})).justification == (
        "One is here. Two is here.")


@pytest.mark.parametrize("text", [
    json.dumps(GOOD),
    "<think>\nThe job wants Python {maybe}.\n</think>\n\n" + json.dumps(GOOD),
    "```json\n" + json.dumps(GOOD, indent=2) + "\n```",
    "```\n" + json.dumps(GOOD) + "\n```",
    "Sure! Here is my rating: " + json.dumps(GOOD) + "\nHope this {helps}.",
    "<think>long reasoning</think>Here you go:\n```json\n" + json.dumps(GOOD) + "\n```\nDone.",
])
def test_the_json_object_is_taken_out_of_what_models_send(text):
    assert parse_answer(extract_json(text)).rating == 72


@pytest.mark.parametrize("text, message", [
    ("I would rate this job 80 out of 100.", "no JSON object"),
    ("", "the answer was empty"),
    ("<think>still thinking when the tokens ran out", "the answer was empty"),
    ("Here: " + json.dumps({**GOOD, "rating": 250}), "0 to 100, got 250"),  # still strict
    ("```json\n" + json.dumps({**GOOD, "seniority_fit": "x"}) + "\n```", "seniority_fit"),
])
def test_extraction_is_tolerant_but_validation_stays_strict(text, message):
    with pytest.raises(InvalidAnswer, match=message):
        parse_answer(extract_json(text))


def test_the_schema_caps_the_lists_the_ui_shows():
    assert RATING_SCHEMA["properties"]["matched_skills"]["maxItems"] == 6
    many = [f"skill {n}" for n in range(10)]
    assert len(parse_answer(json.dumps({**GOOD, "matched_skills": many})).matched_skills) == 6
