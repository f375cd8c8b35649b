"""`interview-coach stories add|list|coverage`: the candidate's story bank, kept in the Store.

Stories are tagged automatically (skills, competencies, STAR parts); `--skill` and
`--competency` add tags of your own, and `stories edit` changes them later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from interview_coach.cli.output import fail, in_store, print_json

stories_app = typer.Typer(help="Keep your interview stories and see what they cover.")


def _text(text: str | None, file: Path | None) -> str:
    if file is not None:
        try:
            return file.read_text("utf-8", errors="replace")
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror}")
    return text or ""


@stories_app.command("add")
def add(
    title: Annotated[str, typer.Option("--title", "-t", help="A short title for the story.")],
    text: Annotated[str | None, typer.Option("--text", help="The story itself.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the story from a file.")] = None,
    skill: Annotated[
        list[str] | None, typer.Option("--skill", help="A skill (repeatable).")
    ] = None,
    competency: Annotated[
        list[str] | None, typer.Option("--competency", help="A competency (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the story as JSON.")] = False,
) -> None:
    """Save a story; its skills, competencies and STAR parts are tagged automatically."""
    from interview_coach.services_plans import add_story

    body = _text(text, file)
    story = in_store(
        lambda store: add_story(
            store, title, body, skills=skill or (), competencies=competency or ()
        )
    )
    if as_json:
        print_json(story.to_dict())
        return
    missing = [part for part, present in story.star.items() if not present]
    typer.echo(f"Saved story {story.id}: {story.title}")
    typer.echo(f"  skills: {', '.join(story.skills) or '-'}")
    typer.echo(f"  competencies: {', '.join(story.competencies) or '-'}")
    if missing:
        typer.echo(f"  STAR parts missing: {', '.join(missing)}")


@stories_app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="Print the stories as JSON.")] = False,
) -> None:
    """List your saved stories with their tags."""
    from interview_coach.services_plans import list_stories

    stories = in_store(list_stories)
    if as_json:
        print_json([s.to_dict() for s in stories])
        return
    if not stories:
        typer.echo("No stories yet: add one with `interview-coach stories add`.")
    for s in stories:
        typer.echo(f"{s.id}. {s.title} [{', '.join(s.competencies) or 'no competencies'}]")


@stories_app.command("coverage")
def coverage(
    job: Annotated[
        Path | None, typer.Option("--job", "-j", help="Job description: its must-haves too.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the coverage as JSON.")] = False,
) -> None:
    """Which competencies (and the job's must-have skills) your stories cover, and the gaps."""
    from interview_coach.services_plans import stories_coverage

    result = in_store(lambda store: stories_coverage(store, job))
    if as_json:
        print_json(result.to_dict())
        return
    for heading, table in (
        ("Competencies", result.competencies),
        ("Must-haves", result.must_haves),
    ):
        if not table:
            continue
        typer.echo(f"{heading}:")
        for name, titles in table.items():
            typer.echo(f"  {name}: {', '.join(titles) if titles else 'NO STORY'}")
    if result.uncovered:
        typer.echo(f"Write a story for: {', '.join(result.uncovered)}")


@stories_app.command("edit")
def edit(
    story_id: Annotated[int, typer.Argument(help="The story's number from `stories list`.")],
    title: Annotated[str | None, typer.Option("--title", "-t")] = None,
    skill: Annotated[list[str] | None, typer.Option("--skill", help="Replace the skills.")] = None,
    competency: Annotated[
        list[str] | None, typer.Option("--competency", help="Replace the competencies.")
    ] = None,
) -> None:
    """Change a story's title, skills or competencies."""
    in_store(
        lambda store: store.update_story(
            story_id, title=title, skills=skill, competencies=competency
        ),
        LookupError,
    )
    typer.echo(f"Updated story {story_id}.")


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app, name="stories")
