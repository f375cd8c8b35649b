"""Settings: environment over TOML over defaults, nothing created on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.config import default_home, load_settings, sqlite_url
from interview_coach.errors import InputFormatError


def test_home_from_environment_sets_default_database(tmp_path: Path) -> None:
    settings = load_settings({"INTERVIEW_COACH_HOME": str(tmp_path / "coach")})
    assert settings.home == tmp_path / "coach"
    assert settings.database_url == f"sqlite:///{(tmp_path / 'coach' / 'coach.db').as_posix()}"
    assert settings.config_file is None
    assert settings.model_dir is None
    assert not (tmp_path / "coach").exists(), "loading settings must not create the directory"


def test_default_home_per_platform() -> None:
    env = {"HOME": "/home/ada"}
    assert default_home(env, "linux") == Path("/home/ada/.local/share/interview-coach")
    assert default_home({**env, "XDG_DATA_HOME": "/data"}, "linux") == Path("/data/interview-coach")
    assert default_home(env, "darwin") == Path(
        "/home/ada/Library/Application Support/interview-coach"
    )
    assert default_home({**env, "LOCALAPPDATA": "/apps"}, "win32") == Path("/apps/interview-coach")


def test_without_home_variable_uses_platform_directory() -> None:
    settings = load_settings({"HOME": "/home/ada"}, platform="linux")
    assert settings.home == Path("/home/ada/.local/share/interview-coach")
    assert settings.database_url.endswith("/home/ada/.local/share/interview-coach/coach.db")


def test_database_url_variable_overrides_default(tmp_path: Path) -> None:
    url = "postgresql+psycopg://coach@localhost/coach"
    settings = load_settings(
        {"INTERVIEW_COACH_HOME": str(tmp_path), "INTERVIEW_COACH_DATABASE_URL": url}
    )
    assert settings.database_url == url


def test_blank_variable_counts_as_unset(tmp_path: Path) -> None:
    settings = load_settings(
        {"INTERVIEW_COACH_HOME": str(tmp_path), "INTERVIEW_COACH_DATABASE_URL": "  "}
    )
    assert settings.database_url == sqlite_url(tmp_path / "coach.db")


def test_toml_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        'database_url = "sqlite:////srv/coach.db"\nmodel_dir = "~/models"\n', encoding="utf-8"
    )
    env = {"INTERVIEW_COACH_HOME": str(tmp_path), "HOME": "/home/ada"}
    settings = load_settings(env)
    assert settings.config_file == tmp_path / "config.toml"
    assert settings.database_url == "sqlite:////srv/coach.db"
    assert settings.model_dir == Path.home() / "models"

    env["INTERVIEW_COACH_DATABASE_URL"] = "sqlite:////elsewhere.db"
    env["INTERVIEW_COACH_MODEL_DIR"] = str(tmp_path / "m")
    settings = load_settings(env)
    assert settings.database_url == "sqlite:////elsewhere.db"
    assert settings.model_dir == tmp_path / "m"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("database_url = ", "Cannot read settings file"),
        ('colour = "blue"\n', "Unknown setting(s) colour"),
        ("database_url = 3\n", "must be a non-empty string"),
    ],
)
def test_bad_toml_file_gives_actionable_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "config.toml").write_text(content, encoding="utf-8")
    with pytest.raises(InputFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings({"INTERVIEW_COACH_HOME": str(tmp_path)})


def test_process_environment_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    assert load_settings().home == tmp_path


def test_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings({"INTERVIEW_COACH_HOME": "coach-home"})
    assert settings.home == tmp_path / "coach-home"
    assert settings.home.is_absolute()
