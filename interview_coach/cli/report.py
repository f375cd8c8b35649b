"""`interview-coach report SESSION|progress --format md|html|json -o FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from interview_coach.cli.output import fail, in_store, print_or_write


def report(
    target: Annotated[str, typer.Argument(help="A session number, or `progress`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, html or json.")] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of printing.")
    ] = None,
) -> None:
    """A session report, or a progress report over all sessions."""
    from interview_coach.reports import FORMATS
    from interview_coach.services_progress import progress_report, session_report

    fmt = fmt.strip().lower().removeprefix(".")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    wanted = target.strip()
    if wanted.lower() == "progress":
        text = in_store(lambda store: progress_report(store, fmt))
    elif wanted.isdigit():
        text = in_store(lambda store: session_report(store, int(wanted), fmt))
    else:
        fail(f"{target!r} is neither a session number nor `progress`")
    if print_or_write(text, output):
        typer.echo(f"Wrote {output}")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
