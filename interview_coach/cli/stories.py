"""`interview-coach stories add|list|coverage`: the candidate's story bank, kept in the Store.

Stories are tagged automatically (skills, competencies, STAR parts); `--skill` and
`--competency` add tags of your own, and `stories edit` changes them later.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from interview_coach.cli.output import fail

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
    from interview_coach.errors import CoachError
    from interview_coach.services_plans import add_story, open_store

    try:
        with open_store() as store:
            story = add_story(
                store, title, _text(text, file), skills=skill or (), competencies=competency or ()
            )
    except CoachError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(story.to_dict(), indent=2, ensure_ascii=False))
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
    from interview_coach.errors import CoachError
    from interview_coach.services_plans import list_stories, open_store

    try:
        with open_store() as store:
            stories = list_stories(store)
    except CoachError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps([s.to_dict() for s in stories], indent=2, ensure_ascii=False))
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
    from interview_coach.errors import CoachError
    from interview_coach.ingest.errors import DocumentError
    from interview_coach.services_plans import open_store, stories_coverage

    try:
        with open_store() as store:
            result = stories_coverage(store, job)
    except (CoachError, DocumentError) as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
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
    from interview_coach.errors import CoachError
    from interview_coach.services_plans import open_store

    try:
        with open_store() as store:
            store.update_story(story_id, title=title, skills=skill, competencies=competency)
    except (CoachError, LookupError) as exc:
        fail(str(exc))
    typer.echo(f"Updated story {story_id}.")


def register(app: typer.Typer) -> None:
    app.add_typer(stories_app, name="stories")
