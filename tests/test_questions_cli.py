"""`interview-coach questions`: browsing and filtering the bank from the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from interview_coach.cli import app

runner = CliRunner()


def test_json_output_respects_filters_and_limit() -> None:
    result = runner.invoke(
        app,
        [
            "questions",
            "--type",
            "technical",
            "--role-family",
            "pharmacy",
            "--only-role",
            "--limit",
            "3",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] >= 8 and len(data["questions"]) == 3
    for q in data["questions"]:
        assert q["type"] == "technical" and "pharmacy" in q["role_families"]
        assert len(q["follow_ups"]) >= 2


def test_search_competency_and_difficulty() -> None:
    result = runner.invoke(
        app, ["questions", "-c", "conflict", "-d", "3", "--seniority", "lead", "--json", "-n", "0"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == len(data["questions"]) > 0
    for q in data["questions"]:
        assert "conflict" in q["competencies"] and q["difficulty"] == 3
        assert set(q["seniority"]) & {"lead", "any"}
    result = runner.invoke(app, ["questions", "--search", "forklift", "--json"])
    ids = [q["id"] for q in json.loads(result.stdout)["questions"]]
    assert ids == ["tech-logistics-006"]


def test_table_output_shows_ids_and_details() -> None:
    result = runner.invoke(app, ["questions", "--search", "tell me about yourself", "--details"])
    assert result.exit_code == 0, result.output
    assert "intro-001" in result.stdout and "Follow-ups" in result.stdout


def test_no_match_and_bad_values() -> None:
    result = runner.invoke(app, ["questions", "--search", "xylophone quasar"])
    assert result.exit_code == 0 and "No questions match" in result.stdout
    result = runner.invoke(app, ["questions", "--competency", "juggling"])
    assert result.exit_code == 2
    assert "unknown competency 'juggling'" in result.output and "teamwork" in result.output
    result = runner.invoke(app, ["questions", "--difficulty", "7"])
    assert result.exit_code != 0
