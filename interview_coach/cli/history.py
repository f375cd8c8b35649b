"""`interview-coach history`: past sessions with their scores; `summary SESSION` for one."""

from __future__ import annotations

from typing import Annotated

import typer

from interview_coach.cli.output import in_store, print_json


def history(
    as_json: Annotated[bool, typer.Option("--json", help="Print the sessions as JSON.")] = False,
) -> None:
    """List practice sessions, oldest first, with their overall and dimension scores."""
    from interview_coach.services_progress import history as load_history

    sessions = in_store(load_history)
    if as_json:
        print_json([s.to_dict() for s in sessions])
        return
    if not sessions:
        typer.echo("No practice sessions yet: start one with `interview-coach practice --sample`.")
        return
    for s in sessions:
        overall = f"{s.overall:.1f}/5" if s.overall is not None else "not scored"
        dims = ", ".join(f"{k} {v:.1f}" for k, v in s.dimension_means().items())
        typer.echo(
            f"{s.id}. {s.started_at:%Y-%m-%d %H:%M} {s.title} [{s.status}] "
            f"{s.answered}/{s.question_count} answered, overall {overall}"
            + (f" ({dims})" if dims else "")
        )


def summary(
    session_id: Annotated[int, typer.Argument(help="The session's number from `history`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """A session's summary: scores by dimension, strongest and weakest answers, what next."""
    from interview_coach.services_progress import session_summary

    result = in_store(lambda store: session_summary(store, session_id))
    if as_json:
        print_json(result.to_dict())
        return
    overall = f"{result.overall:.1f}/5" if result.overall is not None else "not scored"
    typer.echo(f"Session {session_id}: {result.session.title}, overall {overall}")
    for name, score in result.dimensions.items():
        typer.echo(f"  {name:<16} {score:.1f}")
    for heading, notes in (("Strongest", result.strongest), ("Weakest", result.weakest)):
        for note in notes:
            typer.echo(f"{heading}: Q{note.position + 1} ({note.overall}/5) {note.question}")
    typer.echo("Practise next:")
    for item in result.practise_next:
        typer.echo(f"  - {item}")


def register(app: typer.Typer) -> None:
    app.command("history")(history)
    app.command("summary")(summary)
