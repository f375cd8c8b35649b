"""`interview-coach questions`: browse and filter the packaged question bank."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.output import fail, print_json

if TYPE_CHECKING:
    from interview_coach.questions.bank import BankQuestion


def _check(value: str | None, allowed: tuple[str, ...], option: str) -> None:
    if value is not None and value not in allowed:
        fail(f"unknown {option} '{value}'; choose one of: {', '.join(allowed)}")


def questions(
    type_: Annotated[
        str | None, typer.Option("--type", "-t", help="Question type, e.g. behavioral.")
    ] = None,
    competency: Annotated[
        str | None, typer.Option("--competency", "-c", help="Competency, e.g. conflict.")
    ] = None,
    role_family: Annotated[
        str | None,
        typer.Option("--role-family", "-r", help="Role family, e.g. nursing (general included)."),
    ] = None,
    seniority: Annotated[
        str | None, typer.Option("--seniority", help="entry, mid, senior or lead.")
    ] = None,
    difficulty: Annotated[
        int | None, typer.Option("--difficulty", "-d", min=1, max=3, help="1 (easy) to 3 (hard).")
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", "-s", help="Words that must all appear.")
    ] = None,
    only_role: Annotated[
        bool,
        typer.Option("--only-role", help="With --role-family: leave out general questions."),
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show at most this many (0: all).")
    ] = 20,
    details: Annotated[
        bool, typer.Option("--details", help="Also show what is looked for, follow-ups, mistakes.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the questions as JSON.")] = False,
) -> None:
    """Browse the question bank: filter by type, competency, role family, seniority, difficulty."""
    from interview_coach.domain import QUESTION_TYPES
    from interview_coach.errors import CoachError
    from interview_coach.questions.bank import COMPETENCIES, ROLE_FAMILIES, SENIORITIES, load_bank

    _check(type_, QUESTION_TYPES, "type")
    _check(competency, COMPETENCIES, "competency")
    _check(role_family, ROLE_FAMILIES, "role family")
    _check(seniority, SENIORITIES, "seniority")
    try:
        bank = load_bank()
    except CoachError as exc:
        fail(str(exc))
    found = bank.filter(
        type=type_,
        competency=competency,
        role_family=role_family,
        seniority=seniority,
        difficulty=difficulty,
        search=search,
        include_general=not only_role,
    )
    shown = found[:limit] if limit else found
    if as_json:
        payload = {"total": len(found), "questions": [q.to_dict() for q in shown]}
        print_json(payload)
        return
    _render(shown, len(found), details)


def _render(shown: list[BankQuestion], total: int, details: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if not shown:
        console.print("No questions match these filters.")
        return
    table = Table(title=f"{len(shown)} of {total} questions", show_lines=details)
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("type")
    table.add_column("lvl", justify="center")
    table.add_column("question", ratio=3)
    table.add_column("competencies", ratio=1, max_width=24)
    for q in shown:
        text = escape(q.text)
        if details:
            parts = [text, "[bold]Looks for:[/bold] " + escape("; ".join(q.looks_for))]
            parts.append("[bold]Follow-ups:[/bold] " + escape(" / ".join(q.follow_ups)))
            parts.append("[bold]Mistakes:[/bold] " + escape("; ".join(q.mistakes)))
            if q.skills:
                parts.append("[bold]Skills:[/bold] " + escape(", ".join(q.skills)))
            text = "\n".join(parts)
        table.add_row(q.id, q.type, str(q.difficulty), text, ", ".join(q.competencies))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("questions")(questions)
