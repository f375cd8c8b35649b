"""Settings: where the user's data lives and which database holds it.

Precedence, highest first: environment variables (prefix `INTERVIEW_COACH_`), the optional TOML file
`<home>/config.toml`, built-in defaults. Nothing is read or created at import time: call
`load_settings()` where the settings are needed and pass the result down.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview_coach.errors import InputFormatError

ENV_PREFIX = "INTERVIEW_COACH_"
APP_DIR_NAME = "interview-coach"
CONFIG_FILE_NAME = "config.toml"
DATABASE_FILE_NAME = "coach.db"
# Keys the TOML file may set; the home directory itself can only be moved by the environment.
TOML_KEYS = ("database_url", "model_dir")


@dataclass(frozen=True)
class Settings:
    """Resolved settings. `config_file` is the TOML file that was read, if any."""

    home: Path
    database_url: str
    model_dir: Path | None = None
    config_file: Path | None = None


def default_home(env: Mapping[str, str], platform: str = sys.platform) -> Path:
    """The platform's per-user data directory for the app (no extra dependency needed)."""
    user_home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "darwin":
        return user_home / "Library" / "Application Support" / APP_DIR_NAME
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(user_home / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    base = env.get("XDG_DATA_HOME") or str(user_home / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file (absolute path, forward slashes on every platform)."""
    return f"sqlite:///{path.absolute().as_posix()}"


def load_settings(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> Settings:
    """Build the settings from `env` (default: the process environment) and `<home>/config.toml`."""
    env = os.environ if env is None else env
    home_value = _env(env, "HOME")
    home = Path(home_value).expanduser().absolute() if home_value else default_home(env, platform)
    config_file: Path | None = home / CONFIG_FILE_NAME
    if config_file is not None and not config_file.is_file():
        config_file = None
    file_values = _read_toml(config_file) if config_file is not None else {}

    database_url = _env(env, "DATABASE_URL") or file_values.get("database_url")
    model_dir = _env(env, "MODEL_DIR") or file_values.get("model_dir")
    return Settings(
        home=home,
        database_url=database_url or sqlite_url(home / DATABASE_FILE_NAME),
        model_dir=Path(model_dir).expanduser() if model_dir else None,
        config_file=config_file,
    )


def _env(env: Mapping[str, str], key: str) -> str | None:
    """An `INTERVIEW_COACH_<key>` value; an empty or blank value counts as unset."""
    value = env.get(ENV_PREFIX + key, "").strip()
    return value or None


def _read_toml(path: Path) -> dict[str, str]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputFormatError(f"Cannot read settings file {path}: {error}") from error
    unknown = sorted(set(data) - set(TOML_KEYS))
    if unknown:
        raise InputFormatError(
            f"Unknown setting(s) {', '.join(unknown)} in {path}; "
            f"allowed keys are: {', '.join(TOML_KEYS)}."
        )
    values: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise InputFormatError(f"Setting {key!r} in {path} must be a non-empty string.")
        values[key] = value.strip()
    return values
