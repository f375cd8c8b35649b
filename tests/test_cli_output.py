"""The shared CLI helpers: errors become one line and exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from interview_coach.cli.output import in_store, print_json, print_or_write
from interview_coach.errors import InputFormatError
from interview_coach.storage import Store


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)


def test_in_store_returns_the_result_and_turns_coach_errors_into_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert in_store(lambda store: store.count_rows()) == 0

    def broken(store: Store) -> None:
        raise InputFormatError("the file is not a plan")

    with pytest.raises(typer.Exit) as raised:
        in_store(broken)
    assert raised.value.exit_code == 2
    assert capsys.readouterr().err == "Error: the file is not a plan\n"


def test_in_store_catches_only_the_extra_errors_it_is_given() -> None:
    def missing(store: Store) -> None:
        raise LookupError("no such story")

    with pytest.raises(typer.Exit):
        in_store(missing, LookupError)
    with pytest.raises(LookupError):
        in_store(missing)


def test_print_or_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert print_or_write("é\n", None) is False
    assert capsys.readouterr().out == "é\n"
    target = tmp_path / "out.md"
    assert print_or_write("é\n", target) is True
    assert target.read_text("utf-8") == "é\n"
    with pytest.raises(typer.Exit):
        print_or_write("x", tmp_path)  # a directory
    assert capsys.readouterr().err.startswith(f"Error: cannot write {tmp_path}")


def test_print_json_keeps_non_ascii(capsys: pytest.CaptureFixture[str]) -> None:
    print_json({"name": "Zoë"}, indent=None)
    assert capsys.readouterr().out == '{"name": "Zoë"}\n'
