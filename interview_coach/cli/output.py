"""Shared CLI output helpers."""

from __future__ import annotations

from typing import NoReturn

import typer


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error to stderr and exit: never a traceback for a user's mistake."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)
