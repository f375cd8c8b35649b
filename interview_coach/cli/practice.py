"""`interview-coach practice`: a practice interview in the terminal, from a pipe or a script.

Thin: sessions are started by `services_practice`, run by `practice.loop.run_session` over a
`PracticeRunner`; this module picks the answer source and renders with rich.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.output import fail

if TYPE_CHECKING:
    from rich.console import Console

    from interview_coach.practice import AnswerSource, CurrentQuestion, Outcome
    from interview_coach.storage import Store

HELP = (
    "Type your answer; an empty line (or Ctrl-D) ends it. Commands, alone on a line: "
    ":retry (answer the last question again), :skip, :pause (resume later), :quit, :help."
)


def practice(
    job: Annotated[Path | None, typer.Option("--job", "-j", help="The job description.")] = None,
    resume: Annotated[Path | None, typer.Option("--resume", "-r", help="Your resume.")] = None,
    company: Annotated[
        str | None, typer.Option("--company", "-c", help="Company notes: a file or the text.")
    ] = None,
    format_name: Annotated[
        str, typer.Option("--format", "-f", help="phone, video, in_person, panel or group.")
    ] = "video",
    minutes: Annotated[
        int | None, typer.Option("--minutes", "-m", min=5, max=240, help="Interview length.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same questions.")] = 0,
    sample: Annotated[
        bool, typer.Option("--sample", help="Practise with the packaged sample job and resume.")
    ] = False,
    resume_session: Annotated[
        int | None, typer.Option("--resume-session", help="Continue a paused session by id.")
    ] = None,
    review: Annotated[
        bool, typer.Option("--review", help="Re-practise the weak questions due today.")
    ] = False,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="Answers from a file, separated by lines holding only ---; a block that starts "
            "with :follow-up answers the interviewer's probe. Piped input works the same way.",
        ),
    ] = None,
) -> None:
    """Practise an interview: questions one by one, feedback after each answer, a summary."""
    from interview_coach.errors import CoachError
    from interview_coach.services import open_store

    modes = [job is not None or resume is not None, sample, resume_session is not None, review]
    if sum(modes) != 1:
        fail("give --job and --resume, or one of --sample, --resume-session ID, --review")
    if (job is None) != (resume is None):
        fail("--job and --resume go together: give both files")
    console = _console()
    try:
        source = _source(answers, console)
        with open_store() as store:
            session_id = _session(
                store,
                job,
                resume,
                company,
                format_name,
                minutes,
                seed,
                sample,
                resume_session,
                review,
            )
            if session_id is None:
                return
            _run(store, session_id, source, console)
    except CoachError as exc:
        fail(str(exc))


def _session(
    store: Store,
    job: Path | None,
    resume: Path | None,
    company: str | None,
    format_name: str,
    minutes: int | None,
    seed: int,
    sample: bool,
    resume_session: int | None,
    review: bool,
) -> int | None:
    from datetime import date

    from interview_coach import services_practice as use

    if resume_session is not None:
        return use.resume_practice(store, resume_session)
    if review:
        today = date.today()
        found = use.start_review(store, today=today)
        if found is None:
            later = use.next_review_date(store, today)
            when = f"; the next one is due on {later:%Y-%m-%d}" if later else ""
            typer.echo(f"No question is due for review today{when}.")
        return found
    if sample:
        return use.start_sample_practice(store, format_name=format_name, minutes=minutes, seed=seed)
    assert job is not None and resume is not None
    return use.start_practice(
        store, job, resume, format_name=format_name, minutes=minutes, seed=seed, company=company
    )


def _source(answers: Path | None, console: Console) -> AnswerSource:
    from interview_coach.practice import ScriptSource, TerminalSource, read_answers_file
    from interview_coach.practice.inputs import BlockSource, decoded_lines

    if answers is not None:
        return BlockSource(read_answers_file(answers))
    if sys.stdin.isatty():
        return TerminalSource(sys.stdin.readline)

    def warn(message: str) -> None:
        console.print(f"Warning: {message}", style="yellow", markup=False)

    return ScriptSource(decoded_lines(sys.stdin.buffer.readline, warn))


def _run(store: Store, session_id: int, source: AnswerSource, console: Console) -> None:
    from interview_coach.practice import Stage, run_session
    from interview_coach.practice.loop import resume_hint
    from interview_coach.services_practice import practice_runner

    runner = practice_runner(store, session_id)
    caught_up = runner.catch_up()
    if caught_up:
        console.print(
            f"Analysed {caught_up} answer(s) saved before the interruption.", markup=False
        )
    plan = runner.plan
    title = plan.get("job_title") or "the role"
    at = f" at {plan['company']}" if plan.get("company") else ""
    console.print(
        f"Session {session_id}: {plan.get('format_label', 'Practice')} for {title}{at}, "
        f"{runner.total} questions.",
        style="bold",
        markup=False,
    )
    for persona in plan.get("personas") or ():
        if isinstance(persona, dict) and len(plan.get("personas") or ()) > 1:
            who = f"{persona.get('name', '')}, {persona.get('role', '')}"
            console.print(f"  Interviewer: {who}", markup=False)
    if source.interactive:
        console.print(HELP, style="dim", markup=False)
    try:
        stage = run_session(runner, source, RichView(console, source.interactive))
    except KeyboardInterrupt:
        if runner.stage in (Stage.QUESTION, Stage.FOLLOW_UP):
            runner.pause()
        hint = f"\nSession {session_id} is paused. {resume_hint(session_id)}"
        console.print(hint, markup=False, soft_wrap=True)
        return
    if stage is Stage.FINISHED:
        _summary(store, session_id, console)


class RichView:
    """Renders the practice with rich; the timer shows the suggested and the elapsed time."""

    def __init__(self, console: Console, interactive: bool) -> None:
        self.console = console
        self.interactive = interactive

    def question(self, question: CurrentQuestion) -> None:
        from rich.text import Text

        if question.follow_up:
            head = f"Follow-up to question {question.index + 1} (optional"
            head += ", empty line to skip)" if self.interactive else ")"
        else:
            head = f"Question {question.index + 1}/{question.total} - {question.type}"
            if question.attempt > 1:
                head += f", attempt {question.attempt}"
        head += f" - about {_clock(question.suggested_seconds)}"
        if question.asked_by:
            head += f" - asked by {question.asked_by}"
        self.console.print()
        self.console.print(Text(head, style="bold cyan"))
        self.console.print(Text(question.text, style="bold"))
        if self.interactive:
            self.console.print(Text("> ", style="dim"), end="")

    def outcome(self, outcome: Outcome) -> None:
        from interview_coach.cli.feedback_view import render_feedback

        note = f"Saved as attempt {outcome.attempt.number}"
        if outcome.elapsed_seconds is not None:
            suggested = outcome.question.suggested_seconds
            note += f"; answered in {_clock(outcome.elapsed_seconds)} of {_clock(suggested)}"
            if suggested and outcome.elapsed_seconds > suggested * 1.25:
                note += " (over time: aim for the suggested length)"
        self.console.print(note + ".", style="dim", markup=False)
        if outcome.error is not None:
            self.message(
                f"{outcome.error} Your answer is kept; :retry to answer again.", error=True
            )
        elif outcome.feedback is not None:
            feedback = outcome.feedback
            if outcome.question.follow_up:  # no probe on a probe: the session moves on
                feedback = dataclasses.replace(feedback, follow_up=None)
            render_feedback(feedback, self.console)

    def message(self, text: str, *, error: bool = False) -> None:
        style = "bold red" if error else "yellow"
        self.console.print(text, style=style, markup=False, soft_wrap=True)

    def help(self) -> None:
        self.console.print(HELP, markup=False)


def _clock(seconds: float) -> str:
    whole = max(0, int(round(seconds)))
    return f"{whole // 60}:{whole % 60:02d}"


def _summary(store: Store, session_id: int, console: Console) -> None:
    from rich.table import Table

    from interview_coach.services_practice import summarize

    summary = summarize(store, session_id)
    overall = f"{summary.overall:.1f}/5" if summary.overall is not None else "not scored"
    console.print()
    console.print(f"Session {session_id} summary: overall {overall}", style="bold", markup=False)
    if summary.dimensions:
        table = Table("Dimension", "Mean", expand=False)
        for name, score in summary.dimensions.items():
            table.add_row(name, f"{score:.1f}")
        console.print(table)
    for label, notes in (("Strongest", summary.strongest), ("Weakest", summary.weakest)):
        for note in notes:
            console.print(
                f"{label}: question {note.position + 1} ({note.overall}/5) {note.question}",
                markup=False,
            )
    if summary.unanswered:
        console.print(f"Unanswered questions: {summary.unanswered}", markup=False)
    for advice in summary.practise_next:
        console.print(f"Practise next: {advice}", markup=False)


def _console() -> Console:
    from rich.console import Console

    return Console(emoji=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("practice")(practice)
