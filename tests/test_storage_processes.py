"""The Store across processes: a crash after saving an answer, and two writers at once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any

from interview_coach.storage import Store

ATTEMPTS_PER_WRITER = 25
CRASH_EXIT_CODE = 3


def one_question(url: str) -> int:
    """A fresh store with one plan, one session and one question; returns the question id."""
    with Store.open(url) as store:
        plan = store.add_plan({}, format="behavioral", minutes=10, seed=1)
        session = store.start_session(plan.id, [{"text": "Tell me about a hard week."}])
        return store.session_questions(session.id)[0].id


def save_then_crash(url: str, question_id: int) -> None:
    """Child process: commit an answer, then die before any analysis could run."""
    store = Store.open(url)
    store.add_attempt(question_id, "We cut the backlog from 300 to 40 tickets.")
    os._exit(CRASH_EXIT_CODE)


def write_attempts(url: str, question_id: int, writer: str, start: Any) -> None:
    """Child process: open the store, wait for the other writer, then add attempts one by one."""
    with Store.open(url) as store:
        start.wait(60)
        for index in range(ATTEMPTS_PER_WRITER):
            store.add_attempt(question_id, f"{writer} answer {index}")


def run(target: Callable[..., None], *args: object) -> multiprocessing.process.BaseProcess:
    process = multiprocessing.get_context("spawn").Process(target=target, args=args)
    process.start()
    return process


def test_attempt_survives_crash_between_save_and_analysis(database_url: str) -> None:
    question_id = one_question(database_url)
    child = run(save_then_crash, database_url, question_id)
    child.join(60)
    assert child.exitcode == CRASH_EXIT_CODE
    with Store.open(database_url) as store:
        (attempt,) = store.attempts(question_id)
        assert attempt.answer_text == "We cut the backlog from 300 to 40 tickets."
        assert store.get_feedback(attempt.id) is None
        assert [a.id for a in store.attempts_needing_feedback("r1")] == [attempt.id]
        store.save_feedback(attempt.id, [], {"overall": 3}, {}, "r1")
        assert store.attempts_needing_feedback("r1") == []


def test_two_processes_writing_at_once_lose_nothing(database_url: str) -> None:
    question_id = one_question(database_url)
    start = multiprocessing.get_context("spawn").Barrier(2)
    writers = [
        run(write_attempts, database_url, question_id, name, start) for name in ("left", "right")
    ]
    for writer in writers:
        writer.join(120)
    assert [writer.exitcode for writer in writers] == [0, 0]
    with Store.open(database_url) as store:
        attempts = store.attempts(question_id)
    assert [a.number for a in attempts] == list(range(1, 2 * ATTEMPTS_PER_WRITER + 1))
    expected = {
        f"{name} answer {i}" for name in ("left", "right") for i in range(ATTEMPTS_PER_WRITER)
    }
    assert {a.answer_text for a in attempts} == expected
