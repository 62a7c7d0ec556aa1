"""The model trial behind ``jobtui models``: what each installed model is, and how it rates a
small labelled set of synthetic resume/job pairs shipped with the package."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import resources
from types import SimpleNamespace
from typing import Any

from jobtui.config import RatingSettings
from jobtui.events import Event, Progress
from jobtui.rating.capabilities import ModelInfo, answer_budget
from jobtui.rating.prompts import num_ctx_for, system_prompt, user_prompt
from jobtui.rating.rater import Rater, RaterResult, RatingFailure
from jobtui.resume.tokens import count_tokens

FIELDS = ("title", "company", "location", "is_remote", "job_type", "description",
          "min_amount", "max_amount", "currency", "interval")


@dataclass(frozen=True)
class TrialPair:
    id: str
    label: str  # "fit" | "partial" | "nonfit"
    band: tuple[int, int]
    system: str
    user: str


def trial_pairs(job_tokens: int = 1200) -> list[TrialPair]:
    """The labelled pairs from ``jobtui/assets/trial_pairs.json``, as prompts."""
    text = resources.files("jobtui.assets").joinpath("trial_pairs.json").read_text("utf-8")
    data = json.loads(text)
    pairs = []
    for item in data["pairs"]:
        job = SimpleNamespace(**{name: item["job"].get(name) for name in FIELDS})
        pairs.append(TrialPair(
            item["id"], item["label"], tuple(item["band"]),
            system_prompt(data["resumes"][item["resume"]]), user_prompt(job, job_tokens)))
    return pairs


@dataclass
class ModelTrial:
    """One model: what Ollama says about it and, after the trial, how it did."""

    model: str
    size_bytes: int | None = None
    family: str = ""
    parameter_size: str = ""
    quantization: str = ""
    capabilities: list[str] = field(default_factory=list)
    context_length: int | None = None
    tried: bool = False
    skipped: str = ""  # why no trial ran (not a chat model, Ollama error)
    answers: int = 0
    labelled: int = 0  # trial pairs with an expected band
    valid: int = 0
    in_band: int = 0
    seconds_per_job: float | None = None
    prompt_tokens_per_s: float | None = None
    answer_tokens_per_s: float | None = None
    answer_tokens: float | None = None  # mean output tokens per answer
    ranks_fits_first: bool | None = None
    repeatable: bool | None = None
    ratings: dict[str, int | None] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Every answer valid, fits above non-fits, the same pair twice rated the same."""
        return bool(self.tried and self.answers and self.valid == self.answers
                    and self.ranks_fits_first and self.repeatable)

    def failure_summary(self) -> list[str]:
        """Each distinct reason a trial answer failed, with how often."""
        reasons: dict[str, int] = {}
        for failure in self.failures:
            reason = failure.split(": ", 1)[-1]
            reasons[reason] = reasons.get(reason, 0) + 1
        return [f"{n} of {self.answers} answers failed: {r}" for r, n in reasons.items()]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


def recommend(trials: list[ModelTrial]) -> ModelTrial | None:
    """The fastest model that passed, if any."""
    passed = [t for t in trials if t.passed]
    return min(passed, key=lambda t: t.seconds_per_job or 0.0) if passed else None


def recommendation_line(trials: list[ModelTrial]) -> str:
    """One sentence naming the model to use."""
    best = recommend(trials)
    if best is not None:
        return (f"recommended: {best.model} (the fastest that passed: "
                f"{best.seconds_per_job:.1f} s/job); set rating.model = \"{best.model}\"")
    if not any(t.tried for t in trials):
        return "no model was tried: pull a chat model, e.g. ollama pull llama3.1:8b"
    return ("no model passed (valid answers, fits above non-fits, the same rating twice): "
            "try a larger model, e.g. ollama pull qwen3:8b")


def trial_line(trial: ModelTrial) -> str:
    """One line on how a model did (the settings screen shows it)."""
    if trial.skipped:
        return f"{trial.model}: {trial.skipped}"
    if not trial.tried:
        return f"{trial.model}: not tried"
    verdict = "passed" if trial.passed else "did not pass"
    speed = (f"{trial.seconds_per_job:.1f} s/job" if trial.seconds_per_job is not None
             else "no valid answer")
    return (f"{trial.model} {verdict}: {speed}; {trial.valid}/{trial.answers} valid, "
            f"{trial.in_band}/{trial.labelled} in the expected band; fits above non-fits: "
            f"{_word(trial.ranks_fits_first)}; same rating twice: {_word(trial.repeatable)}")


def _word(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def try_model(settings: RatingSettings, *, emit: Callable[[Event], None] = lambda e: None,
              stop: threading.Event | None = None) -> ModelTrial:
    """Describe and try ``settings.model`` alone (the settings screen's "Try model")."""
    rater = Rater(settings)
    try:
        [trial] = describe_models(rater, [settings.model])
    finally:
        rater.close()
    if not trial.skipped:
        run_trial(settings, trial, emit=emit, stop=stop, step=(0, len(trial_pairs()) + 1))
    return trial


def describe_models(rater: Rater, models: list[str] | None = None) -> list[ModelTrial]:
    """Each installed model (or just ``models``) with size, quantization, capabilities and
    context length. Raises ``OllamaUnavailable`` when the server does not answer."""
    import ollama

    listed = {m.model: m for m in rater.installed()}
    wanted = models or sorted(listed)
    trials = []
    for name in wanted:
        entry = listed.get(name) or listed.get(f"{name}:latest")
        trial = ModelTrial(name, size_bytes=entry.size if entry else None)
        if entry is None:
            trial.skipped = f"not installed: run: ollama pull {name}"
            trials.append(trial)
            continue
        probe = Rater(rater.settings, model=name, retry_delays=rater.retry_delays)
        try:
            info = probe.model_info()
        except ollama.ResponseError as exc:
            info, trial.skipped = ModelInfo(name), f"Ollama could not describe it: {exc.error}"
        finally:
            probe.close()
        trial.family, trial.parameter_size = info.family, info.parameter_size
        trial.quantization, trial.context_length = info.quantization, info.context_length
        trial.capabilities = list(info.capabilities)
        if info.capabilities and "completion" not in info.capabilities:
            trial.skipped = "not a chat model"
        trials.append(trial)
    return trials


def run_trial(settings: RatingSettings, trial: ModelTrial, *,
              emit: Callable[[Event], None] = lambda e: None,
              stop: threading.Event | None = None, step: tuple[int, int] = (0, 0),
              retry_delays: tuple[float, ...] = (1.0,)) -> ModelTrial:
    """Rate every trial pair with ``trial.model`` (and the first pair once more), filling in
    speed, validity, ranking and repeatability. ``step`` is (answers done, answers in all)
    across every model, for the progress bar."""
    pairs = trial_pairs(settings.job_tokens)
    rater = Rater(settings, model=trial.model, retry_delays=retry_delays)
    done, total = step
    results: list[RaterResult] = []
    walls: list[float] = []
    try:
        budget = answer_budget(settings, rater.model_info())
        for pair in [*pairs, pairs[0]]:
            if stop is not None and stop.is_set():
                break
            num_ctx = settings.num_ctx or num_ctx_for(count_tokens(pair.system),
                                                      settings.job_tokens, budget)
            clock = time.perf_counter()
            try:
                result = rater.rate(pair.system, pair.user, num_ctx, stop)
            except RatingFailure as exc:
                trial.failures.append(f"{pair.id}: {exc}")
                result = None
            walls.append(time.perf_counter() - clock)
            trial.answers += 1
            key = pair.id if len(trial.ratings) < len(pairs) else f"{pair.id} (again)"
            trial.ratings[key] = result.answer.rating if result else None
            if result is not None:
                results.append(result)
                trial.valid += 1
            done += 1
            emit(Progress(f"trying {trial.model} · {pair.id}", done, total))
    finally:
        rater.close()
    trial.tried, trial.labelled = bool(trial.answers), len(pairs)
    _score(trial, pairs, results, walls)
    return trial


def _score(trial: ModelTrial, pairs: list[TrialPair], results: list[RaterResult],
           walls: list[float]) -> None:
    by_id = {p.id: p for p in pairs}
    ratings = {k: v for k, v in trial.ratings.items() if v is not None}
    trial.in_band = sum(1 for k, v in ratings.items()
                        if k in by_id and by_id[k].band[0] <= v <= by_id[k].band[1])
    fits = [ratings[p.id] for p in pairs if p.label == "fit" and p.id in ratings]
    nonfits = [ratings[p.id] for p in pairs if p.label == "nonfit" and p.id in ratings]
    if fits and nonfits:
        trial.ranks_fits_first = min(fits) > max(nonfits)
    first, again = pairs[0].id, f"{pairs[0].id} (again)"
    if first in trial.ratings and again in trial.ratings:
        trial.repeatable = (trial.ratings[first] is not None
                            and trial.ratings[first] == trial.ratings[again])
    totals = [r.total_ms for r in results if r.total_ms]
    # Ollama's own durations: what the model took, without our or the network's share.
    seconds = sum(totals) / 1000 if len(totals) == len(results) and totals else sum(walls)
    trial.seconds_per_job = seconds / trial.answers if results else None
    trial.prompt_tokens_per_s = _rate(results, "prompt_tokens", "prompt_eval_ms")
    trial.answer_tokens_per_s = _rate(results, "completion_tokens", "eval_ms")
    outs = [r.completion_tokens for r in results if r.completion_tokens]
    trial.answer_tokens = sum(outs) / len(outs) if outs else None


def _rate(results: list[RaterResult], count: str, ms: str) -> float | None:
    tokens = sum(getattr(r, count) or 0 for r in results)
    elapsed = sum(getattr(r, ms) or 0 for r in results)
    return tokens / elapsed * 1000 if tokens and elapsed else None
