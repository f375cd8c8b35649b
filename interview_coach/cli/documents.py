"""CLI: `extract job|resume FILE`, `match RESUME JOB`, `rank`. Thin: logic is in services_documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from interview_coach.cli.output import fail, print_json

extract_app = typer.Typer(help="Read a job description or a resume and print its fields.")


def _print_fields(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_header=False)
    for key, value in data.items():
        if key == "roles":
            value = "; ".join(f"{r['title']} ({r['months']} months)" for r in value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        table.add_row(key, escape(str(value)))
    Console(emoji=False).print(table)


def _extract(read: Callable[[Path], dict[str, Any]], file: Path, as_json: bool) -> None:
    """Print the fields `read` finds in `file`; an unreadable file is a one-line error."""
    from interview_coach.ingest.errors import DocumentError

    try:
        data = read(file)
    except DocumentError as exc:
        fail(str(exc))
    print_json(data) if as_json else _print_fields(data)


@extract_app.command("job")
def extract_job(
    file: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Title, company, seniority, must-have/nice-to-have/soft skills, years of a job posting."""
    from interview_coach.services_documents import extract_job as run

    _extract(run, file, as_json)


@extract_app.command("resume")
def extract_resume(
    file: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Name, e-mail, phone, links, skills, titles, roles and years of experience of a resume."""
    from interview_coach.services_documents import extract_resume as run

    _extract(run, file, as_json)


def match(
    resume: Path,
    job: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Which job skills the resume shows (with the line that proves it), lists, or misses."""
    from interview_coach.ingest.errors import DocumentError
    from interview_coach.services_documents import match as run

    try:
        coverage = run(resume, job)
    except DocumentError as exc:
        fail(str(exc))
    if as_json:
        print_json(coverage.to_dict())
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    colours = {"shown": "green", "listed": "yellow", "missing": "red"}
    table = Table(title=f"{coverage.candidate or resume.name} vs {coverage.job_title or job.name}")
    for column in ("skill", "importance", "status", "evidence / talking point"):
        table.add_column(column)
    for item in coverage.skills:
        detail = item.evidence if item.status == "shown" else item.talking_point
        status = f"[{colours[item.status]}]{item.status}[/]"
        table.add_row(escape(item.skill), item.importance.replace("_", "-"), status, escape(detail))
    console = Console(emoji=False)
    console.print(table)
    console.print(f"match {coverage.percent:.0f}%  ({coverage.method})")


def rank(
    resume: Annotated[
        Path | None, typer.Option(help="Rank the jobs in --jobs for this resume.")
    ] = None,
    jobs: Annotated[Path | None, typer.Option(help="Folder of job descriptions.")] = None,
    job: Annotated[
        Path | None, typer.Option(help="Rank the resumes in --resumes for this job.")
    ] = None,
    resumes: Annotated[Path | None, typer.Option(help="Folder of resumes.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Rank a folder of jobs for one resume (--resume --jobs) or resumes for one job (--job --resumes)."""
    from interview_coach.ingest.errors import DocumentError
    from interview_coach.services_documents import rank_jobs_for_resume, rank_resumes_for_job

    try:
        if resume is not None and jobs is not None:
            result = rank_jobs_for_resume(resume, jobs)
        elif job is not None and resumes is not None:
            result = rank_resumes_for_job(resumes, job)
        else:
            fail("give --resume with --jobs, or --job with --resumes")
    except DocumentError as exc:
        fail(str(exc))
    if as_json:
        print_json({"ranked": [vars(r) for r in result.ranked], "skipped": result.skipped})
        return
    for position, item in enumerate(result.ranked, 1):
        typer.echo(f"{position:>3}. {item.percent:5.1f}%  {item.name}  {'; '.join(item.reasons)}")
    for message in result.skipped:
        typer.echo(f"skipped: {message}", err=True)


def register(app: typer.Typer) -> None:
    """Add the `extract` sub-app and the `match` and `rank` commands to the main app."""
    app.add_typer(extract_app, name="extract")
    app.command("match")(match)
    app.command("rank")(rank)


def build_app() -> typer.Typer:
    """A stand-alone app with just these commands (used by the tests)."""
    app = typer.Typer(no_args_is_help=True)
    register(app)
    return app
