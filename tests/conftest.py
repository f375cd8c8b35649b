"""Shared fixtures: the real offline encoder, loaded once per test session."""

from __future__ import annotations

import pytest

from interview_coach.analysis.encoder import MiniLMEncoder, default_encoder


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
