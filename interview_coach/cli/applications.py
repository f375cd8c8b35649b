"""`interview-coach applications add|list|update|prep`: where each application stands and a dated
preparation plan counting down to the interview."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.output import fail, in_store, print_json

if TYPE_CHECKING:
    from interview_coach.storage import ApplicationRecord

applications_app = typer.Typer(help="Track applications and plan your preparation.")

Stage = Annotated[
    str | None,
    typer.Option(
        "--stage",
        help="applied, phone_screen, interview, final, offer, declined or rejected.",
    ),
]
When = Annotated[str | None, typer.Option("--date", help="Interview date, YYYY-MM-DD.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _app_dict(record: ApplicationRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "company": record.company,
        "role": record.role,
        "stage": record.stage.value,
        "interview_date": record.interview_date.isoformat() if record.interview_date else None,
        "notes": record.notes,
    }


def _day(value: str | None) -> date | None:
    """The date given on the command line (None when not given); a bad one fails cleanly."""
    from interview_coach.applications import parse_day
    from interview_coach.errors import CoachError

    try:
        return parse_day(value) if value else None
    except CoachError as exc:
        fail(str(exc))


@applications_app.command("add")
def add(
    company: Annotated[str, typer.Argument(help="The company.")],
    role: Annotated[str, typer.Argument(help="The role.")],
    stage: Stage = None,
    when: When = None,
    notes: Annotated[str, typer.Option("--notes", help="Anything to remember.")] = "",
    as_json: AsJson = False,
) -> None:
    """Add an application."""
    from interview_coach.services_progress import add_application

    day = _day(when)
    record = in_store(
        lambda store: add_application(
            store, company, role, stage=stage or "applied", interview_date=day, notes=notes
        )
    )
    if as_json:
        print_json(_app_dict(record))
        return
    typer.echo(f"Added application {record.id}: {record.role} at {record.company}.")


@applications_app.command("list")
def list_(stage: Stage = None, as_json: AsJson = False) -> None:
    """List applications with their stage and interview date."""
    from interview_coach.applications import parse_stage
    from interview_coach.errors import CoachError
    from interview_coach.storage import ApplicationStage

    try:
        wanted = ApplicationStage(parse_stage(stage)) if stage else None
    except CoachError as exc:
        fail(str(exc))
    records = in_store(lambda store: store.list_applications(wanted))
    if as_json:
        print_json([_app_dict(r) for r in records])
        return
    if not records:
        typer.echo("No applications yet: add one with `interview-coach applications add`.")
    for r in records:
        when = f", interview {r.interview_date.isoformat()}" if r.interview_date else ""
        typer.echo(f"{r.id}. {r.role} at {r.company} [{r.stage.value}]{when}")


@applications_app.command("update")
def update(
    application_id: Annotated[int, typer.Argument(help="The number from `applications list`.")],
    stage: Stage = None,
    when: When = None,
    notes: Annotated[str | None, typer.Option("--notes", help="Replace the notes.")] = None,
) -> None:
    """Move an application on: stage, interview date, notes."""
    from interview_coach.services_progress import update_application

    day = _day(when)
    record = in_store(
        lambda store: update_application(
            store, application_id, stage=stage, interview_date=day, notes=notes
        )
    )
    typer.echo(f"Application {record.id}: {record.stage.value}.")


@applications_app.command("prep")
def prep(
    application_id: Annotated[int, typer.Argument(help="The number from `applications list`.")],
    today: Annotated[str | None, typer.Option("--today", help="Plan from this date.")] = None,
    as_json: AsJson = False,
) -> None:
    """A day-by-day preparation plan counting down to the interview."""
    from interview_coach.applications import prep_plan

    start = _day(today) or date.today()
    plan = in_store(lambda store: prep_plan(store, application_id, start))
    if as_json:
        print_json(plan.to_dict())
        return
    typer.echo(f"{plan.role} at {plan.company}: interview on {plan.interview_date.isoformat()}")
    for day in plan.days:
        left = "interview day" if day.days_left == 0 else f"{day.days_left} days to go"
        typer.echo(f"\n{day.day.isoformat()} ({left}): {day.focus}")
        for q in day.questions:
            typer.echo(f"  - question: {q}")
        for s in day.stories:
            typer.echo(f"  - story: {s}")


def register(app: typer.Typer) -> None:
    app.add_typer(applications_app, name="applications")
