"""The practice runner, its answer sources and the loop, in process over a real SQLite store."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.domain import Answer, Feedback
from interview_coach.errors import InputFormatError, InvalidAnswerError
from interview_coach.practice import (
    CurrentQuestion,
    Outcome,
    PracticeRunner,
    PracticeStateError,
    ScriptSource,
    Stage,
    TerminalSource,
    read_answers_file,
    run_session,
)
from interview_coach.practice.inputs import decoded_lines, parse_command
from interview_coach.services import analyze_answer
from interview_coach.services_practice import start_review, start_sample_practice
from interview_coach.storage import SessionStatus, Store

GOOD_STORY = (
    "Last spring at the food bank, our volunteer rota kept leaving Saturday shifts empty. My task "
    "was to fix it before the summer rush. I pulled six months of sign-ups into a spreadsheet, I "
    "wrote a SQL query that matched shifts with demand, and I called the ten most regular "
    "volunteers to agree a swap system. Within two months unfilled shifts fell from 18% to 7%, "
    "and the coordinator still uses the sheet every week."
)
PROBE = "What would you do differently next time?"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{(tmp_path / 'coach.db').as_posix()}") as opened:
        yield opened


def probing(probe: str | None) -> Callable[[Answer], Feedback]:
    """The real analysis with the follow-up probe fixed, so a test decides whether one comes."""

    def analyze(answer: Answer) -> Feedback:
        return dataclasses.replace(analyze_answer(answer), follow_up=probe)

    return analyze


def test_answer_is_committed_before_analysis_and_kept_when_analysis_fails(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    first_question = store.session_questions(session_id)[0].id
    seen: list[int] = []

    def failing(answer: Answer) -> Feedback:
        seen.append(len(store.attempts(first_question)))  # already stored when analysis starts
        raise InvalidAnswerError("cannot analyse this one")

    runner = PracticeRunner(store, session_id, failing)
    outcome = runner.submit("My answer survives a failing analysis.")
    assert seen == [1]
    assert outcome.error == "cannot analyse this one" and outcome.feedback is None
    assert store.attempts(first_question)[0].answer_text == "My answer survives a failing analysis."
    assert store.get_feedback(outcome.attempt.id) is None
    assert store.get_session(session_id).current_index == 1 and runner.index == 1


def test_empty_answer_is_refused_and_nothing_is_stored(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    runner = PracticeRunner(store, session_id, probing(None))
    with pytest.raises(InvalidAnswerError, match="empty"):
        runner.submit("  \n\t ")
    assert runner.index == 0 and store.attempts(store.session_questions(session_id)[0].id) == []


def test_retry_skip_pause_resume_and_quit(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    rows = store.session_questions(session_id)
    runner = PracticeRunner(store, session_id, probing(None))
    with pytest.raises(PracticeStateError, match="Nothing to retry"):
        runner.retry()
    first = runner.submit(GOOD_STORY)
    assert first.feedback is not None and store.get_feedback(first.attempt.id) is not None
    again = runner.retry()
    assert again.index == 0 and again.attempt == 2
    second = runner.submit(GOOD_STORY + " I would also ask for help sooner.")
    assert [a.number for a in store.attempts(rows[0].id)] == [1, 2] and second.attempt.number == 2
    runner.skip()
    assert runner.index == 2 and store.attempts(rows[1].id) == []
    runner.pause()
    assert runner.stage is Stage.PAUSED
    assert store.get_session(session_id).status == SessionStatus.PAUSED
    with pytest.raises(PracticeStateError):
        runner.submit("too late")

    resumed = PracticeRunner(store, session_id, probing(None))
    current = resumed.current()
    assert current is not None and current.index == 2 and current.total == len(rows)
    assert store.get_session(session_id).status == SessionStatus.ACTIVE
    resumed.quit()
    assert store.get_session(session_id).status == SessionStatus.FINISHED
    assert PracticeRunner(store, session_id, probing(None)).stage is Stage.FINISHED


def test_follow_up_answer_is_stored_as_an_extra_question(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    planned = len(store.session_questions(session_id))
    runner = PracticeRunner(store, session_id, probing(PROBE))
    outcome = runner.submit(GOOD_STORY)
    assert runner.stage is Stage.FOLLOW_UP
    probe = runner.current()
    assert probe is not None and probe.follow_up and probe.text == PROBE and probe.index == 0
    answered = runner.submit("I would start the swap system a month earlier.")
    assert answered.feedback is not None and runner.stage is Stage.QUESTION
    rows = store.session_questions(session_id)
    assert len(rows) == planned + 1
    extra = rows[-1]
    assert extra.question["kind"] == "follow_up" and extra.question["text"] == PROBE
    assert extra.question["follows"] == 0
    assert store.get_feedback(store.attempts(extra.id)[0].id) is not None
    assert outcome.attempt.session_question_id == rows[0].id
    # declining the next probe stores nothing, and the planned questions are unchanged
    runner.submit(GOOD_STORY)
    runner.decline_follow_up()
    assert len(store.session_questions(session_id)) == planned + 1
    reloaded = PracticeRunner(store, session_id, probing(None))
    assert reloaded.total == planned and reloaded.index == 2


def test_weak_answer_enters_the_review_queue_and_review_session_asks_it(store: Store) -> None:
    today = date(2026, 3, 2)
    session_id = start_sample_practice(store, format_name="phone")
    runner = PracticeRunner(store, session_id, probing(None), today=today)
    question = runner.current()
    assert question is not None
    outcome = runner.submit("Not sure.")
    assert outcome.feedback is not None and outcome.feedback.scorecard.overall < 4
    assert start_review(store, today=today) is None  # due tomorrow, not today
    review_id = start_review(store, today=today + timedelta(days=1))
    assert review_id is not None
    asked = [q.question["text"] for q in store.session_questions(review_id)]
    assert asked == [question.text]


def test_script_source_blocks_and_commands() -> None:
    lines = io.StringIO(
        "First answer\n\nsecond paragraph\n---\n:skip\n---\n---\nlast one"
    ).readlines()
    source = ScriptSource(lines)
    assert source.next_answer() == "First answer\n\nsecond paragraph"
    assert source.next_answer() == ":skip"
    assert source.next_answer() == ""  # an empty block is an empty answer
    assert source.next_answer() == "last one"
    assert source.next_answer() is None and source.next_answer() is None
    assert parse_command(" :Retry ") == "retry" and parse_command(":nope") == "?nope"
    assert parse_command(":follow-up") is None and parse_command(":) great") is None


def test_terminal_source_ends_answers_at_an_empty_line() -> None:
    typed = iter(["Line one\n", "line two\n", "\n", ":pause\n", "", "partial\n", ""])
    source = TerminalSource(lambda: next(typed))
    assert source.next_answer() == "Line one\nline two"
    assert source.next_answer() == ":pause"
    assert source.next_answer() is None
    assert source.next_answer() == "partial"  # Ctrl-D ends an answer too


def test_bad_bytes_warn_and_answers_file_must_be_utf8(tmp_path: Path) -> None:
    warnings: list[str] = []
    stream = io.BytesIO(b"caf\xe9 answer\n---\nfine\n")
    lines = list(decoded_lines(stream.readline, warnings.append))
    assert lines[0] == "caf\ufffd answer\n" and len(warnings) == 1 and "line 1" in warnings[0]
    bad = tmp_path / "answers.txt"
    bad.write_bytes(b"one\n---\ntwo \xff\n")
    with pytest.raises(InputFormatError, match="not UTF-8"):
        read_answers_file(bad)
    with pytest.raises(InputFormatError, match="cannot read"):
        read_answers_file(tmp_path / "missing.txt")


class RecordingView:
    def __init__(self) -> None:
        self.asked: list[CurrentQuestion] = []
        self.outcomes: list[Outcome] = []
        self.messages: list[str] = []

    def question(self, question: CurrentQuestion) -> None:
        self.asked.append(question)

    def outcome(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    def message(self, text: str, *, error: bool = False) -> None:
        self.messages.append(text)

    def help(self) -> None:
        self.messages.append("help")


def test_scripted_loop_follow_ups_commands_and_end_of_input(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    script = [
        GOOD_STORY,
        ":follow-up\nI would start earlier.",
        GOOD_STORY,  # no :follow-up mark: this answers question 2
        ":retry",
        "A better third answer.",
        "",
        ":help",
        ":what",
    ]
    view = RecordingView()
    source = ScriptSource(line + "\n" for block in script for line in (block, "---"))
    stage = run_session(runner := PracticeRunner(store, session_id, probing(PROBE)), source, view)
    assert stage is Stage.PAUSED and runner.index == 3
    positions = [(o.question.index, o.question.follow_up) for o in view.outcomes]
    assert positions == [(0, False), (0, True), (1, False), (1, False)]
    assert any("empty" in m for m in view.messages) and "help" in view.messages
    assert any("Unknown command :what" in m for m in view.messages)
    assert any("--resume-session" in m for m in view.messages)
    rows = store.session_questions(session_id)
    assert [a.number for a in store.attempts(rows[1].id)] == [1, 2]
    assert store.attempts(rows[2].id) == []  # the empty block stored nothing


def test_typed_loop_answers_or_declines_the_probe_and_times_answers(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    typed = iter(
        [f"{GOOD_STORY}\n", "\n", "\n"]  # answer, then an empty line declines the probe
        + [f"{GOOD_STORY}\n", "\n", "I would ask for help sooner.\n", "\n", ":quit\n"]
    )
    ticks = iter(float(n) for n in range(0, 1000, 30))
    view = RecordingView()
    runner = PracticeRunner(store, session_id, probing(PROBE))
    stage = run_session(runner, TerminalSource(lambda: next(typed, "")), view, lambda: next(ticks))
    assert stage is Stage.FINISHED
    kinds = [(o.question.index, o.question.follow_up) for o in view.outcomes]
    assert kinds == [(0, False), (1, False), (1, True)]
    assert all(o.elapsed_seconds == 30.0 for o in view.outcomes)
    assert [q.follow_up for q in view.asked] == [False, True, False, True, False]
    assert store.get_session(session_id).status == SessionStatus.FINISHED


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_any_text_is_stored_or_refused_never_a_crash(store: Store, text: str) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    runner = PracticeRunner(store, session_id, probing(None))
    try:
        outcome = runner.submit(text)
    except InvalidAnswerError:
        assert not text.strip()
        return
    stored = store.get_attempt(outcome.attempt.id).answer_text
    assert len(stored) == len(text)  # NUL and lone surrogates become U+FFFD one for one
    assert (outcome.feedback is None) == (outcome.error is not None)


def test_answers_saved_before_a_crash_are_analysed_on_resume(store: Store) -> None:
    session_id = start_sample_practice(store, format_name="phone")
    first = store.session_questions(session_id)[0]
    saved = store.add_attempt(first.id, GOOD_STORY)  # as if the process died right after this
    store.move_to_question(session_id, 1)
    runner = PracticeRunner(store, session_id, probing(None))
    assert store.get_feedback(saved.id) is None
    assert runner.catch_up() == 1 and runner.catch_up() == 0
    feedback = store.get_feedback(saved.id)
    assert feedback is not None and feedback.scorecard["overall"] >= 1
    current = runner.current()
    assert current is not None and current.index == 1
