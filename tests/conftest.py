"""Shared fixtures: the real offline encoder, loaded once per test session, and an empty store on
SQLite and (when CI provides one) PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_coach.analysis.encoder import MiniLMEncoder, default_encoder
from interview_coach.storage import Store

POSTGRES_VARIABLE = "INTERVIEW_COACH_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def encoder() -> MiniLMEncoder:
    return default_encoder()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real user directory."""
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("INTERVIEW_COACH_MODEL_DIR", raising=False)


def reset_postgres(url: str) -> None:
    """Drop every table, type and sequence: the PostgreSQL database is shared by the tests."""
    from sqlalchemy import text

    from interview_coach.storage.engine import make_engine

    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file in tmp_path, or the CI PostgreSQL database, wiped."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'home' / 'coach.db').as_posix()}"
        return
    url = os.environ.get(POSTGRES_VARIABLE)
    if not url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_VARIABLE} (see .ci/postgres.sh)")
    reset_postgres(url)
    yield url
    reset_postgres(url)


@pytest.fixture
def any_store(database_url: str) -> Iterator[Store]:
    """An empty, migrated store on each database `database_url` gives."""
    with Store.open(database_url) as opened:
        yield opened
