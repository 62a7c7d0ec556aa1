"""Saving settings changed in the app into ``config.toml`` without rewriting it: only the
changed keys are set, the user's comments, order and other keys stay as they were."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from jobtui.config import SECTIONS, ConfigError, Settings
from jobtui.paths import ensure_private_dir


def save_changes(path: Path, changes: dict[str, dict[str, Any]]) -> Path:
    """Set ``changes`` ({section: {key: value}}) in the TOML file at ``path`` (created if
    missing, owner-only), keeping everything else in the file byte for byte."""
    import tomlkit
    from tomlkit.exceptions import ParseError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(text)
    except ParseError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix it before saving") from None
    for section, values in changes.items():
        if not values:
            continue
        table = document.get(section)
        if table is None:
            table = tomlkit.table()
            document[section] = table
        elif not isinstance(table, dict):
            raise ConfigError(f"{path}: [{section}] is not a table; fix it before saving")
        for key, value in values.items():
            table[key] = value
    ensure_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomlkit.dumps(document), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)  # atomic: a crash leaves the old file or the new one, never half
    return path


def changed_settings(before: Settings, after: Settings) -> dict[str, dict[str, Any]]:
    """{section: {key: value}} for every setting whose value differs between the two."""
    changes: dict[str, dict[str, Any]] = {}
    for section in SECTIONS:
        old, new = getattr(before, section), getattr(after, section)
        changes[section] = {f.name: getattr(new, f.name) for f in dataclasses.fields(new)
                            if getattr(new, f.name) != getattr(old, f.name)}
    return changes
