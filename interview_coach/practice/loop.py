"""The practice conversation: ask, read an answer or a command, act on the runner, show the
result. Terminal-free: the caller passes a source of answers and a view that renders."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from interview_coach.errors import InvalidAnswerError
from interview_coach.practice.inputs import follow_up_body, parse_command
from interview_coach.practice.runner import (
    ACTIVE_STAGES,
    CurrentQuestion,
    Outcome,
    PracticeRunner,
    PracticeStateError,
    Stage,
)


class AnswerSource(Protocol):
    interactive: bool

    def next_answer(self) -> str | None: ...


class PracticeView(Protocol):
    def question(self, question: CurrentQuestion) -> None: ...

    def outcome(self, outcome: Outcome) -> None: ...

    def message(self, text: str, *, error: bool = False) -> None: ...

    def help(self) -> None: ...


def resume_hint(session_id: int) -> str:
    return f"Continue it with: interview-coach practice --resume-session {session_id}"


def run_session(
    runner: PracticeRunner,
    source: AnswerSource,
    view: PracticeView,
    clock: Callable[[], float] = time.monotonic,
) -> Stage:
    """Run until the session is finished or paused (also when the input ends); returns the stage."""
    carry: str | None = None  # a scripted block that was not an answer to the follow-up
    while runner.stage in ACTIVE_STAGES:
        question = runner.current()
        if question is None:  # pragma: no cover - ACTIVE_STAGES always have a question
            break
        scripted_probe = question.follow_up and not source.interactive
        if not scripted_probe:
            view.question(question)
        started = clock()
        text = carry if carry is not None else source.next_answer()
        carry = None
        if text is None:
            _input_ended(runner, view, question)
            continue
        command = parse_command(text)
        if command is not None:
            _command(runner, view, command)
            continue
        if not question.follow_up and follow_up_body(text) is not None:
            view.message("No follow-up question is waiting: that :follow-up block was ignored.")
            continue
        if question.follow_up:
            body = follow_up_body(text) if scripted_probe else text
            if body is None or not body.strip():
                runner.decline_follow_up()
                carry = text if scripted_probe and body is None else None
                continue
            if scripted_probe:
                view.question(question)
            text = body
        elapsed = clock() - started if source.interactive else None
        try:
            outcome = runner.submit(text, elapsed)
        except InvalidAnswerError as exc:
            view.message(str(exc), error=True)
            if not source.interactive:  # a script goes on, so that its answers stay in step
                view.message(f"Question {question.index + 1} skipped: nothing was stored.")
                runner.skip()
            continue
        view.outcome(outcome)
    return runner.stage


def _input_ended(runner: PracticeRunner, view: PracticeView, question: CurrentQuestion) -> None:
    if question.follow_up:
        runner.decline_follow_up()
        return
    runner.pause()
    view.message(
        f"The input ended before question {question.index + 1} of {question.total}: "
        f"session {runner.session_id} is paused. {resume_hint(runner.session_id)}"
    )


def _command(runner: PracticeRunner, view: PracticeView, command: str) -> None:
    if command == "help":
        view.help()
    elif command == "skip":
        runner.skip()
        view.message("Skipped.")
    elif command == "retry":
        try:
            runner.retry()
        except PracticeStateError as exc:
            view.message(str(exc), error=True)
    elif command == "pause":
        runner.pause()
        view.message(f"Session {runner.session_id} is paused. {resume_hint(runner.session_id)}")
    elif command == "quit":
        runner.quit()
        view.message(f"Session {runner.session_id} is finished.")
    else:
        view.message(f"Unknown command :{command[1:]}; type :help for the commands.", error=True)
