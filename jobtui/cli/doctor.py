"""``jobtui doctor``: is this installation usable, and if not, why."""

from __future__ import annotations

import argparse
import importlib.util
import json

from jobtui.cli.common import settings_from_args
from jobtui.errors import JobtuiError


def register(subparsers) -> None:
    p = subparsers.add_parser("doctor", help="check settings, database, Ollama, tokenizer, "
                              "PII detection")
    p.set_defaults(func=run)


def installed_spacy_model(name: str) -> bool:
    return bool(name) and importlib.util.find_spec(name) is not None


def _active_resume_text(user_name: str) -> str | None:
    from jobtui.db.models import User
    from jobtui.store.resumes import active_resume

    user = User.get_or_none(User.name == user_name)
    resume = active_resume(user) if user is not None else None
    return resume.content if resume is not None else None


def _model_lines(rating, resume_text: str | None) -> list[str]:
    """What the model can do, what jobtui sends it, and the context window it uses."""
    from jobtui.rating.capabilities import answer_budget, think_value
    from jobtui.rating.prompts import num_ctx_for, system_prompt
    from jobtui.rating.rater import Rater
    from jobtui.resume.tokens import count_tokens

    rater = Rater(rating)
    try:
        info = rater.model_info()
    except JobtuiError as exc:
        return [f"            {exc}"]
    finally:
        rater.close()
    think = think_value(info, rating.think)
    sent = "not sent (the model cannot think)" if think is None else json.dumps(think)
    if info.levels_only and rating.think == "off":
        sent += " (this model cannot switch thinking off)"
    length = f"{info.context_length:,}" if info.context_length else "unknown"
    budget = answer_budget(rating, info)
    lines = [
        f"            {info.family or 'unknown family'}, {info.parameter_size or '?'}, "
        f"{info.quantization or '?'}; capabilities: {', '.join(info.capabilities) or 'none'}",
        f"context:    model context length {length}",
        f"think:      rating.think = {rating.think}: think {sent}; num_predict {budget}",
    ]
    if rating.num_ctx:
        lines.append(f"num_ctx:    {rating.num_ctx:,} (rating.num_ctx)")
    elif resume_text is not None:
        ctx = num_ctx_for(count_tokens(system_prompt(resume_text)), rating.job_tokens, budget)
        lines.append(f"num_ctx:    {ctx:,} for your active resume (sized from it and the "
                     "token budgets; rating.num_ctx overrides)")
    else:
        lines.append("num_ctx:    sized from your resume once you add one (rating.num_ctx "
                     "overrides)")
    if info.context_length and (rating.num_ctx or 0) > info.context_length:
        lines.append(f"warning:    rating.num_ctx is above the model's context length "
                     f"({length}); Ollama will use at most that")
    return lines


def run(args: argparse.Namespace) -> int:
    from jobtui.db import LATEST_VERSION, open_database, schema_version
    from jobtui.db.engine import engine_description, is_server_url, redact_url
    from jobtui.db.errors import storage_problems as db_storage
    from jobtui.rating.capabilities import concurrency_warning
    from jobtui.rating.client import is_loopback_host, probe
    from jobtui.resume.tokens import count_tokens

    problems: list[str] = []
    settings = settings_from_args(args)
    exists = "" if settings.config_path.is_file() else " (not created yet; defaults in use)"
    print(f"config:     {settings.config_path}{exists}")

    resume_text = None
    try:
        db = open_database(settings.db_path)
        print(f"database:   {redact_url(str(settings.db_path))} "
              f"(schema {schema_version(db)}/{LATEST_VERSION})")
        print(f"engine:     {engine_description(db)}")
        resume_text = _active_resume_text(settings.user)
        db.close()
    except JobtuiError as exc:
        print(f"database:   {exc}")
        problems.append(str(exc))
    if is_server_url(settings.db_path):  # no local file: the server keeps the data
        storage, storage_problems = "on the PostgreSQL server (no local database file)", []
    else:
        storage, storage_problems = db_storage(settings.db_path)
    print(f"storage:    {storage}")
    for problem in storage_problems:
        print(f"            {problem}")
    problems += storage_problems

    rating = settings.rating
    status = probe(rating)
    if status.reachable:
        listed = ", ".join(status.models) or "none"
        print(f"ollama:     {rating.host} answers (version {status.version}); models: {listed}")
        if not status.has_model(rating.model):
            problems.append(f"model {rating.model} is not installed; run: ollama pull "
                            f"{rating.model}")
    else:
        print(f"ollama:     {status.message}")
        problems.append(f"{status.message}; start it with `ollama serve` or set OLLAMA_HOST")
    if not is_loopback_host(rating.host):
        note = "allowed" if rating.allow_remote else "refused until rating.allow_remote = true"
        print(f"            {rating.host} is not this machine: your redacted resume would "
              f"leave it ({note})")
    print(f"model:      {rating.model}")
    if status.reachable and status.has_model(rating.model):
        for line in _model_lines(rating, resume_text):
            print(line)
    warning = concurrency_warning(rating.concurrency)
    if warning:
        print(f"warning:    {warning}")

    try:
        count_tokens("tokenizer check")
        print("tokenizer:  cl100k_base loaded from the package (offline)")
    except JobtuiError as exc:
        print(f"tokenizer:  {exc}")
        problems.append(str(exc))

    model = settings.privacy.spacy_model
    if installed_spacy_model(model):
        print(f"pii:        spaCy model {model} installed (names and places detected)")
    else:
        print(f"pii:        spaCy model {model} not installed; using the blank pipeline plus "
              "jobtui's recognizers (install it for better name detection)")

    if problems:
        print(f"not usable: {problems[0]}")
        return 1
    print("ok: ready to use")
    return 0
