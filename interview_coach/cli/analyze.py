"""`interview-coach analyze` and `analyze-batch`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from interview_coach.cli.output import fail, print_json

if TYPE_CHECKING:
    from interview_coach.domain import Feedback


def analyze(
    text: Annotated[
        str | None, typer.Argument(help="The answer text; omit it (or give '-') to read stdin.")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the answer from this UTF-8 file.")
    ] = None,
    question: Annotated[str, typer.Option("--question", "-q", help="The question asked.")] = "",
    question_type: Annotated[
        str,
        typer.Option(
            "--type",
            "-t",
            help="intro, behavioral, motivation, technical, resume, weakness, strength, "
            "situational, closing or culture_fit.",
        ),
    ] = "behavioral",
    role: Annotated[str, typer.Option(help="The job you are interviewing for.")] = "",
    skill: Annotated[
        list[str] | None, typer.Option("--skill", "-s", help="A key skill of the job (repeatable).")
    ] = None,
    spoken: Annotated[bool, typer.Option(help="The text is a transcript of speech.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the feedback as JSON.")] = False,
    sample: Annotated[
        bool, typer.Option("--sample", help="Analyse the packaged sample answer.")
    ] = False,
) -> None:
    """Feedback on one interview answer: STAR, specificity, ownership, red flags, delivery."""
    from interview_coach import services
    from interview_coach.domain import Answer
    from interview_coach.errors import CoachError, InputFormatError

    try:
        if sample:
            feedback = services.analyze_answer(services.sample_answer())
            _show(feedback, as_json)
            return
        if file is not None:
            try:
                raw = file.read_bytes()
            except OSError as exc:
                raise InputFormatError(f"Cannot read {file}: {exc.strerror or exc}") from exc
            body = services.decode_text(raw, str(file))
        elif text is None or text == "-":
            body = services.decode_text(sys.stdin.buffer.read(), "standard input")
        else:
            body = text
        answer = Answer(
            text=body,
            question=question,
            question_type=question_type,
            role=role,
            skills=tuple(skill or ()),
            spoken=spoken,
        )
        feedback = services.analyze_answer(answer)
    except CoachError as exc:
        fail(str(exc))
    _show(feedback, as_json)


def _show(feedback: Feedback, as_json: bool) -> None:
    if as_json:
        print_json(feedback.to_dict())
        return
    from interview_coach.cli.feedback_view import render_feedback

    render_feedback(feedback)


def analyze_batch(
    source: Annotated[Path, typer.Argument(help="JSONL input, one answer per line (LABELS.md).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the JSONL output.")],
) -> None:
    """Analyse a JSONL file of answers: one {"id", "predicted"} line each (errors as {"id", "error"})."""
    from interview_coach import services
    from interview_coach.errors import CoachError

    try:
        analysed, errors = services.analyze_batch_file(source, out)
    except CoachError as exc:
        fail(str(exc))
    message: dict[str, Any] = {"analysed": analysed, "errors": errors, "out": str(out)}
    typer.echo(json.dumps(message), err=True)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
    app.command("analyze-batch")(analyze_batch)
