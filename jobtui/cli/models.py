"""``jobtui models``: the installed models, a short timed trial of each on labelled pairs
that ship with jobtui, and which one to use."""

from __future__ import annotations

import argparse
import json

from jobtui.cli.common import settings_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "models", help="show the installed Ollama models and try each on labelled jobs")
    p.add_argument("--model", action="append", metavar="M",
                   help="only this model (repeat for more; default: every installed model)")
    p.add_argument("--no-trial", action="store_true",
                   help="only list the models, do not rate the trial jobs")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _size(size: int | None) -> str:
    return f"{size / 1e9:.1f} GB" if size else "-"


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _yes(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "NO")


def table(trials) -> list[str]:
    """The models as aligned text rows."""
    header = ("model", "size", "quant", "context", "capabilities", "s/job", "prompt t/s",
              "answer t/s", "out tok", "valid", "in band", "fits>non", "repeat")
    rows = [header]
    for t in trials:
        rows.append((
            t.model, _size(t.size_bytes), t.quantization or "-",
            f"{t.context_length:,}" if t.context_length else "-",
            ",".join(c for c in t.capabilities if c != "completion") or "-",
            _num(t.seconds_per_job), _num(t.prompt_tokens_per_s, 0),
            _num(t.answer_tokens_per_s, 1), _num(t.answer_tokens, 0),
            f"{t.valid}/{t.answers}" if t.tried else "-",
            f"{t.in_band}/{t.labelled}" if t.tried else "-", _yes(t.ranks_fits_first),
            _yes(t.repeatable),
        ))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [str(c).ljust(w) if i < 5 else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return lines


def run(args: argparse.Namespace) -> int:
    from jobtui.cli.rate import progress_printer
    from jobtui.cli.signals import stop_on_signals
    from jobtui.rating.rater import Rater
    from jobtui.rating.trial import describe_models, recommendation_line, run_trial

    settings = settings_from_args(args).rating
    rater = Rater(settings)
    try:
        trials = describe_models(rater, args.model)
    finally:
        rater.close()
    runnable = [t for t in trials if not t.skipped]
    if not args.no_trial and runnable:
        printer = progress_printer()
        per_model = 9  # the eight pairs and the first one again
        try:
            with stop_on_signals() as stop:
                for n, trial in enumerate(runnable):
                    run_trial(settings, trial, emit=printer, stop=stop,
                              step=(n * per_model, len(runnable) * per_model))
                    if stop.is_set():
                        break
        finally:
            printer.finish()
    line = recommendation_line(trials) if not args.no_trial else ""
    if args.json:
        print(json.dumps({"models": [t.to_dict() for t in trials], "recommendation": line},
                         indent=2))
        return 2 if args.model and not runnable else 0
    for row in table(trials):
        print(row)
    for t in trials:
        if t.skipped:
            print(f"{t.model}: {t.skipped}")
        for failure in t.failure_summary():
            print(f"{t.model}: {failure}")
    if line:
        print(line)
    return 2 if args.model and not runnable else 0  # every model asked for is unusable
