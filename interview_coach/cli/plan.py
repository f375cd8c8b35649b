"""`interview-coach plan`: a practice interview for a job, a resume and a format.

Thin: the plan is built by `services_plans.plan_interview`; this module only renders it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.output import fail, in_store, print_json

if TYPE_CHECKING:
    from interview_coach.domain import Finding
    from interview_coach.questions.model import InterviewPlan


def plan(
    job: Annotated[Path, typer.Option("--job", "-j", help="The job description file.")],
    resume: Annotated[Path, typer.Option("--resume", "-r", help="Your resume file.")],
    company: Annotated[
        str | None,
        typer.Option("--company", "-c", help="Company notes: a text file, or the text itself."),
    ] = None,
    format_name: Annotated[
        str,
        typer.Option("--format", "-f", help="phone, video, in_person, panel or group."),
    ] = "video",
    minutes: Annotated[
        int | None, typer.Option("--minutes", "-m", min=5, max=240, help="Interview length.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same plan.")] = 0,
    with_stories: Annotated[
        bool, typer.Option("--stories", help="Match your saved stories to the questions.")
    ] = False,
    my_questions: Annotated[
        Path | None,
        typer.Option("--my-questions", help="A file with the questions you plan to ask: judged."),
    ] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a printable plan.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
) -> None:
    """Plan a realistic interview: tailored questions in asking order, time, interviewers."""
    from interview_coach.errors import CoachError
    from interview_coach.services_plans import list_stories, plan_interview

    stories = in_store(list_stories) if with_stories else []
    try:
        built = plan_interview(
            job,
            resume,
            format_name=format_name,
            minutes=minutes,
            seed=seed,
            company=company,
            stories=stories,
        )
        judged = _judge(my_questions, job) if my_questions is not None else []
    except CoachError as exc:
        fail(str(exc))
    if as_json:
        data = built.to_dict()
        if my_questions is not None:
            data["my_questions"] = [
                {"code": f.code, "severity": str(f.severity), "message": f.message,
                 "suggestion": f.suggestion, "data": f.data}
                for f in judged
            ]  # fmt: skip
        print_json(data)
    elif markdown:
        from interview_coach.services_plans import plan_markdown

        typer.echo(plan_markdown(built), nl=False)
    else:
        _render(built)
    for finding in judged if not as_json else []:
        if finding.code != "asking.summary":
            typer.echo(f"[{finding.severity}] {finding.message} {finding.suggestion}")


def _judge(path: Path, job: Path) -> list[Finding]:
    from interview_coach.services_plans import judge_candidate_questions

    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror}")
    return judge_candidate_questions(text, job)


def _render(built: InterviewPlan) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(emoji=False)
    title = escape(built.job_title or "the role")
    console.print(f"[bold]{escape(built.format_label)}[/bold] for {title}, {built.minutes} min")
    names = {p.id: p.name for p in built.personas}
    table = Table(show_lines=False)
    table.add_column("#", justify="right")
    table.add_column("type")
    table.add_column("min", justify="right")
    if len(built.personas) > 1:
        table.add_column("asked by")
    table.add_column("question", ratio=3)
    for number, q in enumerate(built.questions, 1):
        row = [str(number), q.type, f"{q.minutes:g}"]
        if len(built.personas) > 1:
            row.append(escape(names.get(q.persona, "")))
        table.add_row(*row, escape(q.text))
    console.print(table)
    console.print("[bold]Questions to ask them[/bold]")
    for item in built.to_ask:
        console.print(f"  - {escape(item)}")
    console.print("[bold]Preparation checklist[/bold]")
    for item in built.checklist:
        console.print(f"  [ ] {escape(item)}")
    for note in built.notes:
        console.print(f"[yellow]Note:[/yellow] {escape(note)}")


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)
