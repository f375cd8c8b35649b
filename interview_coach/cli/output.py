"""Shared CLI plumbing: one-line errors, JSON output, the user's store, writing to a file.

Heavy imports (the Store, SQLAlchemy) happen inside the helpers so `interview-coach --help` stays
fast.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer

if TYPE_CHECKING:
    from interview_coach.storage import Store

T = TypeVar("T")


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error to stderr and exit: never a traceback for a user's mistake."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def print_json(data: object, *, indent: int | None = 2) -> None:
    """Print `data` as JSON, keeping non-ASCII text as it is."""
    typer.echo(json.dumps(data, indent=indent, ensure_ascii=False))


def in_store(action: Callable[[Store], T], *also: type[Exception]) -> T:
    """Run `action` on the user's store and close it again. A CoachError (or one of the `also`
    errors) becomes a one-line error and exit code 2."""
    from interview_coach.errors import CoachError
    from interview_coach.services import open_store

    caught: tuple[type[Exception], ...] = (CoachError, *also)
    try:
        with open_store() as store:
            return action(store)
    except caught as exc:
        fail(str(exc))


def print_or_write(text: str, output: Path | None) -> bool:
    """Print `text` as it is, or write it to `output`; True when it was written to the file."""
    if output is None:
        typer.echo(text, nl=False)
        return False
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}")
    return True
