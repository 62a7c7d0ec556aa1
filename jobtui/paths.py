"""Every file location jobtui uses, in one place (XDG via platformdirs).

``JOBTUI_HOME`` puts all of them under one folder: tests use it to stay isolated,
and a user can use it for a portable install.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "jobtui"


@dataclass(frozen=True)
class Locations:
    config_dir: Path
    data_dir: Path
    state_dir: Path
    cache_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def default_db(self) -> Path:
        return self.data_dir / "jobtui.db"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "jobtui.log"


def expand_user(path: str | Path) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded. When that user has no home folder
    it is left as typed, as a shell does, so the caller reports "no such file" instead of
    failing with RuntimeError."""
    path = Path(path)
    try:
        return path.expanduser()
    except RuntimeError:
        return path


def locations() -> Locations:
    """Where config, data, logs and cache live on this machine."""
    home = os.environ.get("JOBTUI_HOME")
    if home:
        root = expand_user(home)
        return Locations(root / "config", root / "data", root / "state", root / "cache")
    import platformdirs

    return Locations(
        Path(platformdirs.user_config_dir(APP_NAME)),
        Path(platformdirs.user_data_dir(APP_NAME)),
        Path(platformdirs.user_state_dir(APP_NAME)),
        Path(platformdirs.user_cache_dir(APP_NAME)),
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path
