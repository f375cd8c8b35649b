"""Your data: `interview-coach export` (everything as JSON), `interview-coach import FILE` and
`interview-coach forget` (delete everything, after confirmation)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from interview_coach.cli.output import fail, in_store, print_or_write


def _interactive() -> bool:
    return sys.stdin.isatty()


def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
) -> None:
    """Export everything the coach keeps about you as JSON (importable again)."""
    from interview_coach.services_progress import export_data

    if print_or_write(in_store(export_data), output):
        typer.echo(f"Exported to {output}", err=True)


def import_(file: Annotated[Path, typer.Argument(help="A file made by `export`.")]) -> None:
    """Import an export into an empty store (run `forget` first to replace your data)."""
    from interview_coach.services_progress import import_data

    rows = in_store(lambda store: import_data(store, file))
    typer.echo(f"Imported {rows} rows from {file}.")


def forget(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete ALL your data: sessions, answers, scores, stories, applications, documents."""
    from interview_coach.services_progress import forget_data

    if not yes:
        if not _interactive():
            fail("forget deletes all your data; pass --yes to confirm when not at a terminal", 1)
        if not typer.confirm("Delete ALL your interview-coach data? This cannot be undone"):
            fail("nothing deleted", 1)
    rows = in_store(forget_data)
    typer.echo(f"Deleted {rows} rows. Your data is gone.")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
    app.command("forget")(forget)
