"""The user's data commands (export, forget, import) and the history/progress/compare commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from practice_history import Given, add_session, open_user_store
from typer.testing import CliRunner

from interview_coach.cli import app

runner = CliRunner()


def _fill() -> None:
    with open_user_store() as store:
        add_session(
            store,
            [
                [
                    Given("Tell me about yourself.", overall=2, problems=["length.too_short"]),
                    Given("Tell me about yourself.", overall=4, strengths=["star.result"]),
                ],
                Given("Why us? Ünïcode ✓", overall=3),
            ],
        )
        add_session(store, [Given("Tell me about yourself.", overall=5)], finish=False)
        store.add_story("Outage", "The night the site went down.")
        store.add_application("Northwind", "Support Engineer")


def _tables() -> dict[str, object]:
    with open_user_store() as store:
        return dict(store.export_all()["tables"])


def test_export_forget_import_restores_everything(tmp_path: Path) -> None:
    _fill()
    before = _tables()
    out = tmp_path / "mine.json"
    result = runner.invoke(app, ["export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text("utf-8"))["format"] == "interview-coach-export"

    result = runner.invoke(app, ["forget", "--yes"])
    assert result.exit_code == 0 and "Deleted" in result.stdout
    with open_user_store() as store:
        assert store.count_rows() == 0

    result = runner.invoke(app, ["import", str(out)])
    assert result.exit_code == 0, result.output
    assert _tables() == before
    result = runner.invoke(app, ["import", str(out)])  # not into a store that has data
    assert result.exit_code == 2 and "empty database" in result.output


def test_export_to_stdout_is_json() -> None:
    _fill()
    result = runner.invoke(app, ["export"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["tables"]["attempts"]) == 4


def test_forget_refuses_without_confirmation_on_non_interactive_stdin() -> None:
    _fill()
    result = runner.invoke(app, ["forget"], input="y\n")
    assert result.exit_code == 1 and "--yes" in result.output
    with open_user_store() as store:
        assert store.count_rows() > 0


def test_forget_asks_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import interview_coach.cli.data as data_cli

    _fill()
    monkeypatch.setattr(data_cli, "_interactive", lambda: True)
    result = runner.invoke(app, ["forget"], input="n\n")
    assert result.exit_code == 1 and "nothing deleted" in result.output
    with open_user_store() as store:
        assert store.count_rows() > 0
    result = runner.invoke(app, ["forget"], input="y\n")
    assert result.exit_code == 0 and "Delete ALL" in result.output
    with open_user_store() as store:
        assert store.count_rows() == 0


def test_import_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 2 and "not a JSON export" in result.output
    bad.write_text('{"format": "something else"}', "utf-8")
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 2 and "Not an interview-coach export" in result.output
    result = runner.invoke(app, ["import", str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and "cannot read" in result.output


def test_history_progress_and_compare_commands() -> None:
    result = runner.invoke(app, ["history"])
    assert result.exit_code == 0 and "No practice sessions yet" in result.stdout
    _fill()
    result = runner.invoke(app, ["history", "--json"])
    assert result.exit_code == 0, result.output
    sessions = json.loads(result.stdout)
    assert [(s["id"], s["overall"], s["answered"], s["attempts"]) for s in sessions] == [
        (1, 3.5, 2, 3),
        (2, 5.0, 1, 1),
    ]
    assert sessions[1]["status"] == "active"
    result = runner.invoke(app, ["history"])
    assert "overall 3.5/5" in result.stdout

    result = runner.invoke(app, ["progress", "--json"])
    assert json.loads(result.stdout)["overall"]["values"] == [3.5, 5.0]
    result = runner.invoke(app, ["progress"])
    assert result.exit_code == 0 and "structure" in result.stdout and "improving" in result.stdout

    result = runner.invoke(app, ["compare", "1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["overall"] for a in data["attempts"]] == [2, 4, 5]
    assert data["changes"][0]["gone"] == [{"code": "length.too_short", "severity": "problem"}]
    result = runner.invoke(app, ["compare", "1"])
    assert "gone: length.too_short" in result.stdout
    result = runner.invoke(app, ["summary", "1"])
    assert result.exit_code == 0 and "Practise next:" in result.stdout
    result = runner.invoke(app, ["compare", "77"])
    assert result.exit_code == 2
