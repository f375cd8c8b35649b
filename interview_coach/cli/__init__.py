"""The `interview-coach` command line: thin commands over `interview_coach.services`.

Modules register their commands; heavy imports (models, rich rendering) happen inside commands so that
`interview-coach --help` stays fast.
"""

from __future__ import annotations

from importlib import import_module

import typer

app = typer.Typer(
    name="interview-coach",
    help="Offline interview practice coach: explainable feedback on your interview answers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

#: Command modules, each with `register(app)`.
COMMAND_MODULES = (
    "analyze",
    "documents",
    "questions",
    "plan",
    "practice",
    "stories",
    "history",
    "progress",
    "report",
    "after",
    "applications",
    "data",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = import_module(f"interview_coach.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"interview_coach.cli.{name}":
                raise
            continue
        module.register(app)


_register_all()


def main() -> None:
    app()
