"""How the models people run behave, as Ollama documents it, for ``tests/fake_ollama.py``.

- ``/api/show`` lists ``capabilities`` (``"thinking"`` for reasoning models) and the context
  length under ``model_info["<family>.context_length"]``.
- ``/api/chat`` takes ``think``: ``true``/``false`` for qwen3 or deepseek-r1, the levels
  ``"low"``/``"medium"``/``"high"`` for gpt-oss, which cannot switch thinking off and ignores
  ``false``. With ``think`` set the reasoning comes in ``message.thinking``; qwen3-style models
  sent no ``think`` write it into the content between ``<think>`` tags. A model without the
  capability answers HTTP 400 to ``think``.
- Thinking tokens count against ``num_predict``: when they use it up the answer is empty and
  ``done_reason`` is ``"length"``.
- Some models ignore ``format`` (ollama/ollama #8063, #11691, #12470): they fence the JSON in a
  code block, wrap it in a sentence, or answer in prose.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

TOKEN_CHARS = 4  # the stand-in's tokenizer: four characters per token


@dataclass(frozen=True)
class ModelProfile:
    """One model's metadata and habits."""

    family: str = "llama"
    capabilities: tuple[str, ...] = ("completion", "tools")
    context_length: int = 131072
    parameter_size: str = "8.0B"
    quantization: str = "Q4_K_M"
    size: int = 4_900_000_000
    thinks: str = "no"  # "no" | "switchable" (qwen3, deepseek-r1) | "levels" (gpt-oss)
    thinking_tokens: int = 0  # reasoning written before the answer at the default level
    output: str = "schema"  # "schema", or "fenced" | "chatty" | "prose": ignores format


PROFILES: dict[str, ModelProfile] = {
    "qwen3": ModelProfile(family="qwen3", capabilities=("completion", "tools", "thinking"),
                          context_length=40960, thinks="switchable", thinking_tokens=700),
    "deepseek-r1": ModelProfile(family="qwen3", capabilities=("completion", "thinking"),
                                context_length=131072, thinks="switchable",
                                thinking_tokens=900, quantization="Q4_K_M"),
    "gpt-oss": ModelProfile(family="gptoss", capabilities=("completion", "tools", "thinking"),
                            parameter_size="20.9B", quantization="MXFP4", size=13_800_000_000,
                            thinks="levels", thinking_tokens=600),
    "fenced": ModelProfile(family="gemma3", context_length=32768, parameter_size="4.3B",
                           size=3_300_000_000, output="fenced"),
    "chatty": ModelProfile(family="phi3", context_length=131072, parameter_size="3.8B",
                           size=2_200_000_000, output="chatty"),
    "prose": ModelProfile(family="llama", parameter_size="1.2B", size=800_000_000,
                          output="prose"),
}
PLAIN = ModelProfile()
LEVELS = {"low": 0.25, "medium": 1.0, "high": 2.0}


def profile_for(model: str, overrides: dict[str, ModelProfile]) -> ModelProfile:
    """A model's profile: an explicit override, else by the name before the tag."""
    if model in overrides:
        return overrides[model]
    return PROFILES.get(model.split(":")[0], PLAIN)


def think_request_error(profile: ModelProfile, model: str, think: Any) -> str | None:
    """Ollama refuses ``think`` for a model without the thinking capability."""
    if think not in (None, False) and profile.thinks == "no":
        return f'"{model}" does not support thinking'
    return None


def thinking_budget(profile: ModelProfile, think: Any) -> tuple[int, bool]:
    """(reasoning tokens, whether they go to the ``thinking`` field rather than the content)."""
    if profile.thinks == "no":
        return 0, False
    if profile.thinks == "levels":  # gpt-oss: always reasons; false is ignored
        level = think if isinstance(think, str) and think in LEVELS else "medium"
        return int(profile.thinking_tokens * LEVELS[level]), True
    if think is False:
        return 0, False
    if think is None:  # no think sent: the reasoning lands in the content, tagged
        return profile.thinking_tokens, False
    return profile.thinking_tokens, True


def reasoning(tokens: int) -> str:
    """Plausible reasoning text of ``tokens`` stand-in tokens."""
    base = "Let me compare the resume with the job requirements one by one. "
    text = base * (tokens * TOKEN_CHARS // len(base) + 1)
    return text[:tokens * TOKEN_CHARS]


def render_answer(profile: ModelProfile, answer: dict[str, Any]) -> str:
    """The answer as this model writes it."""
    if profile.output == "fenced":
        return "```json\n" + json.dumps(answer, indent=2) + "\n```"
    if profile.output == "chatty":
        return ("Sure! Here is my assessment of the fit: " + json.dumps(answer)
                + "\nLet me know if you want more detail.")
    if profile.output == "prose":
        return (f"I would rate this job {answer['rating']} out of 100. "
                + answer["justification"])
    return json.dumps(answer)


def pieces(text: str) -> list[str]:
    """The text cut into stand-in tokens."""
    return [text[i:i + TOKEN_CHARS] for i in range(0, len(text), TOKEN_CHARS)]


# -- an answer that follows the prompt, for trials and benchmarks ---------------------------------

SKILLS = (
    "python", "django", "flask", "fastapi", "postgresql", "mysql", "kubernetes", "docker",
    "aws", "gcp", "terraform", "react", "typescript", "javascript", "java", "spring", "go",
    "rust", "kafka", "spark", "airflow", "redis", "graphql", "sql", "excel", "tableau",
    "nursing", "phlebotomy", "welding", "forklift", "accounting", "sales", "figma",
    "photoshop", "pytorch", "tensorflow", "linux", "c++", "swift", "kotlin",
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
DEFAULT_LIST_ITEMS = 10  # how many items a model lists when the schema does not cap it


def _skills_in(text: str) -> list[str]:
    words = set(re.findall(r"[a-z+#]+", text.lower()))
    return [s for s in SKILLS if s in words]


def _sentence_limit(system: str) -> int:
    match = re.search(r"justification: at most (\w+) sentences", system)
    return _WORDS.get(match.group(1), 3) if match else 3


def _list_limit(schema: Any, key: str) -> int:
    try:
        return int(schema["properties"][key]["maxItems"])
    except (KeyError, TypeError, ValueError):
        return DEFAULT_LIST_ITEMS


def skill_answer(request: dict[str, Any]) -> dict[str, Any]:
    """A model that reads the prompt: the rating is the share of the job's skills the resume
    shows, and it writes as much as the prompt and schema allow (as models tend to)."""
    messages = request.get("messages") or []
    system = next((m["content"] for m in messages if m["role"] == "system"), "")
    job = messages[-1]["content"] if messages else ""
    wanted, have = _skills_in(job), set(_skills_in(system))
    matched = [s for s in wanted if s in have]
    missing = [s for s in wanted if s not in have]
    rating = round(100 * len(matched) / len(wanted)) if wanted else 10
    evidence = [
        f"The resume shows {', '.join(matched) or 'none'} of the skills the job lists.",
        f"It does not show {', '.join(missing) or 'any gap'} from the requirements.",
        "The seniority asked for is close to the experience the resume describes.",
        "The location and the type of work do not rule the candidate out.",
    ]
    schema = request.get("format")
    filler = [f"related skill {n}" for n in range(DEFAULT_LIST_ITEMS)]
    return {
        "rating": rating,
        "justification": " ".join(evidence[:_sentence_limit(system)]),
        "matched_skills": (matched + filler)[:_list_limit(schema, "matched_skills")],
        "missing_skills": (missing + filler)[:_list_limit(schema, "missing_skills")],
        "seniority_fit": "match",
        "deal_breakers": [],
    }


@dataclass
class Speed:
    """CPU-like speeds: Ollama's reported durations follow them; the wall time is scaled by
    ``time_scale`` so a benchmark can run a CPU's minutes in seconds."""

    prefill_tps: float
    decode_tps: float
    time_scale: float = 1.0
    cached_prefix: dict[str, str] = field(default_factory=dict)  # model -> last system prompt
