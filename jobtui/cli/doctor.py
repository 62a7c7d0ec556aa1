"""``jobtui doctor``: is this installation usable, and if not, why."""

from __future__ import annotations

import argparse
import importlib.util

from jobtui.cli.common import settings_from_args
from jobtui.errors import JobtuiError


def register(subparsers) -> None:
    p = subparsers.add_parser("doctor", help="check settings, database, Ollama, tokenizer, "
                              "PII detection")
    p.set_defaults(func=run)


def installed_spacy_model(name: str) -> bool:
    return bool(name) and importlib.util.find_spec(name) is not None


def run(args: argparse.Namespace) -> int:
    from jobtui.db import LATEST_VERSION, open_database, schema_version
    from jobtui.db.errors import storage_problems as db_storage
    from jobtui.rating.client import is_loopback_host, probe
    from jobtui.resume.tokens import count_tokens

    problems: list[str] = []
    settings = settings_from_args(args)
    exists = "" if settings.config_path.is_file() else " (not created yet; defaults in use)"
    print(f"config:     {settings.config_path}{exists}")

    try:
        db = open_database(settings.db_path)
        print(f"database:   {settings.db_path} (schema {schema_version(db)}/{LATEST_VERSION})")
        db.close()
    except JobtuiError as exc:
        print(f"database:   {exc}")
        problems.append(str(exc))
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
