"""Applications: stages, the dated preparation plan, and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from practice_history import Given, add_session, open_user_store
from typer.testing import CliRunner

from interview_coach.applications import build_prep_plan, parse_day, parse_stage, prep_plan
from interview_coach.cli import app
from interview_coach.errors import InputFormatError
from interview_coach.progress.review import record_review
from interview_coach.storage import ApplicationRecord, ApplicationStage

runner = CliRunner()
TODAY = date(2026, 5, 4)


def _application(interview: date | None) -> ApplicationRecord:
    now = datetime(2026, 5, 1, tzinfo=UTC)
    return ApplicationRecord(
        1,
        "Northwind",
        "Support Engineer",
        ApplicationStage.INTERVIEW,
        interview,
        "",
        None,
        now,
        now,
    )


def test_parse_stage_and_day() -> None:
    assert parse_stage("Phone screen") == "phone_screen"
    assert parse_stage("final") == "final"
    with pytest.raises(InputFormatError):
        parse_stage("ghosted")
    assert parse_day("2026-05-04") == TODAY
    with pytest.raises(InputFormatError):
        parse_day("next tuesday")


def test_plan_counts_down_to_the_interview() -> None:
    plan = build_prep_plan(
        _application(TODAY + timedelta(days=4)),
        TODAY,
        weak_questions=["Weak A"],
        plan_questions=["P1", "P2", "Weak A", "P3"],
        stories=["Outage story", "Budget story"],
    )
    assert [d.day for d in plan.days] == [TODAY + timedelta(days=i) for i in range(5)]
    assert [d.days_left for d in plan.days] == [4, 3, 2, 1, 0]
    assert plan.days[0].questions == ("Weak A", "P1", "P2")  # weak first, no duplicates
    assert plan.days[1].questions == ("P3", "Weak A", "P1")
    assert [d.stories for d in plan.days[:2]] == [("Outage story",), ("Budget story",)]
    assert "Dress rehearsal" in plan.days[3].focus
    assert plan.days[4].questions == () and "Interview day" in plan.days[4].focus
    assert plan.to_dict()["days"][0]["date"] == "2026-05-04"


def test_plan_limits_and_errors() -> None:
    far = build_prep_plan(
        _application(TODAY + timedelta(days=40)),
        TODAY,
        weak_questions=[],
        plan_questions=[],
        stories=[],
    )
    assert len(far.days) == 15 and far.days[0].days_left == 14
    assert far.days[0].questions == () and far.days[0].stories == ()
    same_day = build_prep_plan(
        _application(TODAY), TODAY, weak_questions=[], plan_questions=["Q"], stories=[]
    )
    assert [d.days_left for d in same_day.days] == [0]
    with pytest.raises(InputFormatError, match="no interview date"):
        build_prep_plan(_application(None), TODAY, weak_questions=[], plan_questions=[], stories=[])
    with pytest.raises(InputFormatError, match="has passed"):
        build_prep_plan(
            _application(TODAY - timedelta(days=1)),
            TODAY,
            weak_questions=[],
            plan_questions=[],
            stories=[],
        )


def test_prep_plan_from_the_store() -> None:
    with open_user_store() as store:
        add_session(
            store,
            [
                Given("Weak stored question", overall=1, source="w1"),
                Given("Strong stored question", overall=5, source="s1"),
            ],
        )
        record_review(store, {"text": "Due review question"}, 2, on=TODAY - timedelta(days=3))
        store.add_story("Migration story", "We moved the database.")
        app_record = store.add_application(
            "Acme", "Data Analyst", interview_date=TODAY + timedelta(days=2)
        )
        plan = prep_plan(store, app_record.id, TODAY)
    first = plan.days[0].questions
    assert first[:2] == ("Due review question", "Weak stored question")
    assert "Strong stored question" in first  # from the stored plan, after the weak ones
    assert plan.days[0].stories == ("Migration story",)
    with open_user_store() as store, pytest.raises(InputFormatError):
        prep_plan(store, 99, TODAY)


def test_applications_cli() -> None:
    result = runner.invoke(
        app,
        [
            "applications",
            "add",
            "Northwind",
            "Support Engineer",
            "--stage",
            "phone screen",
            "--date",
            "2026-05-08",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stage"] == "phone_screen"
    result = runner.invoke(app, ["applications", "update", "1", "--stage", "final"])
    assert result.exit_code == 0 and "final" in result.stdout
    result = runner.invoke(app, ["applications", "list", "--json"])
    assert json.loads(result.stdout)[0]["stage"] == "final"
    result = runner.invoke(app, ["applications", "list", "--stage", "offer"])
    assert "No applications yet" in result.stdout
    result = runner.invoke(app, ["applications", "prep", "1", "--today", "2026-05-06"])
    assert result.exit_code == 0, result.output
    assert "2026-05-08 (interview day)" in result.stdout
    assert "2026-05-07 (1 days to go)" in result.stdout
    result = runner.invoke(app, ["applications", "add", "X", "Y", "--stage", "ghosted"])
    assert result.exit_code == 2 and "Unknown stage" in result.output
