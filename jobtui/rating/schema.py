"""The answer the model must give (a JSON schema for Ollama's ``format``) and its validation."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SENIORITY_FITS = ("under", "match", "over", "unclear")

MAX_SENTENCES = 2
MAX_LIST_ITEMS = 6  # what the detail pane shows; a longer list only costs decode time
MAX_ITEM_CHARS = 80

_LIST = {"type": "array", "items": {"type": "string"}, "maxItems": MAX_LIST_ITEMS}

# Sent as Ollama's ``format``: the server constrains decoding to this shape.
RATING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "rating": {"type": "integer", "minimum": 0, "maximum": 100},
        "justification": {"type": "string"},
        "matched_skills": _LIST,
        "missing_skills": _LIST,
        "seniority_fit": {"type": "string", "enum": list(SENIORITY_FITS)},
        "deal_breakers": _LIST,
    },
    "required": [
        "rating", "justification", "matched_skills", "missing_skills", "seniority_fit",
        "deal_breakers",
    ],
}

class InvalidAnswer(ValueError):
    """The model's answer is not valid JSON or breaks the schema (the message says how)."""


@dataclass(frozen=True)
class RatingAnswer:
    """A validated answer: what the rating row and the UI show."""

    rating: int
    justification: str
    matched_skills: list[str] = field(default_factory=list)
    missing_skills: list[str] = field(default_factory=list)
    seniority_fit: str = "unclear"
    deal_breakers: list[str] = field(default_factory=list)

    def relevant_data(self) -> dict[str, Any]:
        """Everything except rating and justification (stored as the rating's JSON column)."""
        data = asdict(self)
        del data["rating"], data["justification"]
        return data


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences (good enough for a model's short justification)."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def _string_list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidAnswer(f"'{key}' must be a list of strings")
    cleaned: list[str] = []
    for item in value:
        item = " ".join(item.split())[:MAX_ITEM_CHARS]
        if item and item not in cleaned:
            cleaned.append(item)
    return cleaned[:MAX_LIST_ITEMS]


_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n(.*?)```", re.DOTALL)


def extract_json(text: str) -> str:
    """The JSON object inside what models really send: without ``<think>`` blocks, out of a
    code fence, without a sentence before or after it. Anything else is returned unchanged
    for ``parse_answer`` to report."""
    text = _THINK_BLOCK.sub("", text).strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    if text.startswith("{"):
        return text
    decoder = json.JSONDecoder()
    for start in (i for i, c in enumerate(text) if c == "{"):
        try:
            data, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict):
            return text[start:end]
    return text


def parse_answer(text: str) -> RatingAnswer:
    """Parse and check the model's reply; raise ``InvalidAnswer`` saying what is wrong."""
    if not text.strip():
        raise InvalidAnswer("the answer was empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if "{" not in text:
            raise InvalidAnswer("answer has no JSON object (the model may not support "
                                "structured output; `jobtui models` compares the installed "
                                "ones)") from None
        raise InvalidAnswer(f"answer is not valid JSON ({exc.msg}, char {exc.pos})") from None
    if not isinstance(data, dict):
        raise InvalidAnswer("answer is not a JSON object")
    rating = data.get("rating")
    if isinstance(rating, float) and rating.is_integer():
        rating = int(rating)
    if not isinstance(rating, int) or isinstance(rating, bool):
        raise InvalidAnswer(f"'rating' must be a whole number, got {rating!r}")
    if not 0 <= rating <= 100:
        raise InvalidAnswer(f"'rating' must be 0 to 100, got {rating}")
    justification = data.get("justification")
    if not isinstance(justification, str) or not justification.strip():
        raise InvalidAnswer("'justification' is missing or empty")
    justification = " ".join(justification.split())
    parts = sentences(justification)
    if len(parts) > MAX_SENTENCES:  # keep the first ones rather than waste the answer
        justification = " ".join(parts[:MAX_SENTENCES])
    seniority = data.get("seniority_fit", "unclear")
    if seniority not in SENIORITY_FITS:
        raise InvalidAnswer(
            f"'seniority_fit' must be one of {', '.join(SENIORITY_FITS)}, got {seniority!r}"
        )
    return RatingAnswer(
        rating=rating,
        justification=justification,
        matched_skills=_string_list(data, "matched_skills"),
        missing_skills=_string_list(data, "missing_skills"),
        seniority_fit=seniority,
        deal_breakers=_string_list(data, "deal_breakers"),
    )
