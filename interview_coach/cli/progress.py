"""`interview-coach progress` (each dimension's trend) and `interview-coach compare` (attempts at
the same question)."""

from __future__ import annotations

from typing import Annotated

import typer

from interview_coach.cli.output import in_store, print_json


def progress(
    as_json: Annotated[bool, typer.Option("--json", help="Print the trends as JSON.")] = False,
) -> None:
    """Each dimension's score over your sessions, as a chart in the terminal."""
    from interview_coach.services_progress import progress as load_progress

    result = in_store(load_progress)
    if as_json:
        print_json(result.to_dict(), indent=None)
        return
    if not result.sessions:
        typer.echo("No scored sessions yet: start one with `interview-coach practice --sample`.")
        return
    from rich.console import Console

    from interview_coach.reports.charts import terminal_trend_table

    rows = [(t.name, t.values, t.direction) for t in (result.overall, *result.dimensions)]
    console = Console()
    console.print(terminal_trend_table(rows))
    console.print(f"{len(result.sessions)} scored sessions; the chart shows the last 40.")


def compare(
    question_id: Annotated[
        int, typer.Argument(help="A question id (session_question_id in `summary --json`).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Compare every attempt at a question: score changes, findings gone and new."""
    from interview_coach.services_progress import compare as load_comparison

    result = in_store(lambda store: load_comparison(store, question_id))
    if as_json:
        print_json(result.to_dict())
        return
    typer.echo(f"Question: {result.question}")
    for a in result.attempts:
        score = f"{a.overall}/5" if a.overall is not None else "not scored"
        typer.echo(
            f"  {a.created_at:%Y-%m-%d %H:%M} session {a.session_id} try {a.number}: {score}"
        )
    for c in result.changes:
        delta = "" if c.overall_delta is None else f" overall {c.overall_delta:+d}"
        typer.echo(f"Attempt {c.before} -> {c.after}:{delta}")
        moved = ", ".join(f"{k} {v:+.1f}" for k, v in c.dimension_deltas.items() if v)
        if moved:
            typer.echo(f"  scores: {moved}")
        if c.gone:
            typer.echo(f"  gone: {', '.join(code for code, _ in c.gone)}")
        if c.appeared:
            typer.echo(f"  new: {', '.join(code for code, _ in c.appeared)}")
    if len(result.attempts) < 2:
        typer.echo("Only one attempt so far: answer it again to see what changed.")


def register(app: typer.Typer) -> None:
    app.command("progress")(progress)
    app.command("compare")(compare)
