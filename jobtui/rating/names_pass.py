"""The optional second pass over a resume by the user's own local model: "which people are named
in this text?" (off by default: ``[privacy] model_names = true``).

The rules in jobtui/resume find names without a model; this pass only suggests what they may
have missed, and the user accepts the suggestions in the resume preview before anything is
stored. The model reads the resume as it is in the file (it must see the names to list them),
so the pass runs only against an Ollama server on this machine, whatever ``allow_remote`` says.
"""

from __future__ import annotations

import json
import re

from jobtui.config import RatingSettings
from jobtui.errors import JobtuiError
from jobtui.rating.client import is_loopback_host, make_client
from jobtui.rating.schema import extract_json

NAMES_SCHEMA = {
    "type": "object",
    "properties": {"names": {"type": "array", "items": {"type": "string"}}},
    "required": ["names"],
}
SYSTEM = (
    "You find the names of people in a resume. List every person named in the text: the "
    "candidate, managers, colleagues, referees, people quoted. Write each name exactly as it "
    "appears. Do not list companies, schools, places, products, programming languages or job "
    'titles. Answer only with JSON like {"names": ["Jane Roe"]}.'
)
MAX_CHARS = 12_000  # about three pages; a longer file is cut (the rules still cover all of it)
TIMEOUT = 120.0  # seconds for the whole answer (not streamed): a CPU-only model is slow


class NamesPassError(JobtuiError):
    """The model could not be asked (one line for the user)."""


def suggest_names(raw_text: str, redacted_text: str, rating: RatingSettings) -> list[str]:
    """Names the model finds in ``raw_text`` that are still readable in ``redacted_text``
    (what the rules missed), in the order found, without duplicates. Raises NamesPassError."""
    import httpx
    import ollama

    if not is_loopback_host(rating.host):
        raise NamesPassError(f"the names check needs Ollama on this machine; {rating.host} is "
                             "not local, and the check sends the unredacted resume")
    client = make_client(rating, timeout=TIMEOUT)
    try:
        response = client.chat(
            model=rating.model,
            messages=[{"role": "system", "content": SYSTEM},
                      {"role": "user", "content": raw_text[:MAX_CHARS]}],
            format=NAMES_SCHEMA,
            options={"temperature": 0, "seed": 0},
            keep_alive=rating.keep_alive,
            stream=False,
        )
    except (ConnectionError, httpx.HTTPError) as exc:
        raise NamesPassError(f"Ollama is not reachable at {rating.host} ({exc})") from exc
    except ollama.ResponseError as exc:
        raise NamesPassError(f"Ollama answered with an error: {exc.error}") from exc
    return missed_names(_names_in(response.message.content or ""), redacted_text)


def _names_in(content: str):
    """The "names" list of the answer; models that think, fence or chat around the JSON are
    read too (the same extraction as a rating's answer)."""
    try:
        answer = json.loads(extract_json(content))
    except ValueError as exc:
        raise NamesPassError("the model's answer was not the JSON asked for") from exc
    if not isinstance(answer, dict):
        raise NamesPassError("the model's answer was not the JSON asked for")
    return answer.get("names", [])


def missed_names(names, redacted_text: str) -> list[str]:
    """The plausible names (1-5 words, letters) that still appear in ``redacted_text``."""
    found: dict[str, None] = {}
    for name in names if isinstance(names, list) else []:
        if not isinstance(name, str):
            continue
        name = " ".join(name.split())
        if not (2 <= len(name) <= 60 and 1 <= len(name.split()) <= 5) or re.search(r"[\d<>@]",
                                                                                    name):
            continue
        if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", redacted_text,
                     re.IGNORECASE):
            found[name] = None
    return list(found)
