"""What a model can do, from Ollama's ``/api/show`` (asked once per model), and what follows
from it: the ``think`` value to send and the token budget of one answer."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jobtui.config import RatingSettings


@dataclass(frozen=True)
class ModelInfo:
    """One installed model as ``/api/show`` describes it."""

    name: str
    family: str = ""
    capabilities: tuple[str, ...] = ()
    context_length: int | None = None
    parameter_size: str = ""
    quantization: str = ""

    @property
    def thinks(self) -> bool:
        return "thinking" in self.capabilities

    @property
    def levels_only(self) -> bool:
        """gpt-oss cannot switch reasoning off: it takes only "low", "medium" or "high"."""
        return self.family.replace("-", "") == "gptoss" or self.name.startswith("gpt-oss")


def think_value(info: ModelInfo, mode: str) -> bool | str | None:
    """The ``think`` to send for ``rating.think`` = ``mode``; None sends nothing (a model
    without the capability refuses ``think``)."""
    if not info.thinks:
        return None
    if info.levels_only:
        return "medium" if mode == "on" else "low"
    return mode != "off"


def answer_budget(settings: RatingSettings, info: ModelInfo) -> int:
    """``num_predict``: the answer's tokens, plus the reasoning's own when the model thinks."""
    thinking = think_value(info, settings.think) not in (None, False)
    return settings.answer_tokens + (settings.think_tokens if thinking else 0)


def context_length(model_info: Mapping[str, Any] | None) -> int | None:
    """The model's trained context length (``<architecture>.context_length``)."""
    for key, value in (model_info or {}).items():
        if key.endswith(".context_length") and isinstance(value, int):
            return value
    return None


_cache: dict[tuple[str, str], ModelInfo] = {}
_lock = threading.Lock()


def model_info(client: Any, host: str, model: str) -> ModelInfo:
    """``/api/show`` for ``model``, cached per host and model for the life of the process.
    Raises what the ``ollama`` client raises (``ResponseError``, ``ConnectionError``)."""
    key = (host, model)
    with _lock:
        if key in _cache:
            return _cache[key]
    shown = client.show(model)
    details = shown.details
    info = ModelInfo(
        name=model,
        family=(details.family if details else None) or "",
        capabilities=tuple(shown.capabilities or ()),
        context_length=context_length(shown.modelinfo),
        parameter_size=(details.parameter_size if details else None) or "",
        quantization=(details.quantization_level if details else None) or "",
    )
    with _lock:
        _cache[key] = info
    return info


def forget_models() -> None:
    """Drop the cache (a model was pulled again, or a test starts afresh)."""
    with _lock:
        _cache.clear()


def concurrency_warning(concurrency: int, env: Mapping[str, str] | None = None) -> str:
    """A sentence when ``rating.concurrency`` exceeds what Ollama serves in parallel, else ""."""
    env = os.environ if env is None else env
    raw = env.get("OLLAMA_NUM_PARALLEL", "").strip()
    served = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    if concurrency <= served:
        return ""
    source = f"OLLAMA_NUM_PARALLEL={raw}" if raw.isdigit() else "OLLAMA_NUM_PARALLEL is not set"
    return (f"rating.concurrency is {concurrency} but Ollama serves {served} request(s) at a "
            f"time ({source}): the others wait in its queue; start Ollama with "
            f"OLLAMA_NUM_PARALLEL={concurrency} or lower rating.concurrency")
