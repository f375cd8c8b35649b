"""`interview-coach report SESSION|progress --format md|html|json -o FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from interview_coach.cli.output import fail


def report(
    target: Annotated[str, typer.Argument(help="A session number, or `progress`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of printing.")
    ] = None,
) -> None:
    """A session report, or a progress report over all sessions."""
    from interview_coach.errors import CoachError
    from interview_coach.reports import FORMATS
    from interview_coach.services_progress import open_store, progress_report, session_report

    fmt = fmt.strip().lower().removeprefix(".")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if target.strip().lower() != "progress" and not target.strip().isdigit():
        fail(f"{target!r} is neither a session number nor `progress`")
    try:
        with open_store() as store:
            if target.strip().lower() == "progress":
                text = progress_report(store, fmt)
            else:
                text = session_report(store, int(target), fmt)
    except CoachError as exc:
        fail(str(exc))
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}")
    typer.echo(f"Wrote {output}")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
