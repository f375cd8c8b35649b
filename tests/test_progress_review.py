"""SM-2 scheduling of weak questions on a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from interview_coach.progress.history import question_key
from interview_coach.progress.review import (
    MIN_EASINESS,
    ReviewState,
    due_questions,
    next_state,
    quality_from_overall,
    record_review,
)
from interview_coach.storage import Store

DAY = date(2026, 3, 2)
QUESTION = {
    "text": "Tell me about a time you missed a deadline.",
    "source": "beh-3",
    "kind": "bank",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{(tmp_path / 'coach.db').as_posix()}") as opened:
        yield opened


def test_intervals_grow_for_good_answers() -> None:
    state = ReviewState()
    intervals = []
    for _ in range(5):
        state = next_state(state, 4)
        intervals.append(state.interval_days)
    assert intervals[:2] == [1, 6]
    assert all(b > a for a, b in zip(intervals, intervals[1:], strict=False))
    assert state.repetitions == 5
    assert state.easiness == pytest.approx(2.5)  # quality 4 keeps the easiness


def test_bad_answer_resets_the_interval_and_lowers_easiness() -> None:
    state = ReviewState(easiness=2.5, interval_days=15, repetitions=3)
    after = next_state(state, 2)
    assert (after.interval_days, after.repetitions) == (1, 0)
    assert after.easiness < 2.5
    for _ in range(20):
        after = next_state(after, 0)
    assert after.easiness == MIN_EASINESS
    assert next_state(after, 5).easiness > MIN_EASINESS


def test_quality_from_overall() -> None:
    assert [quality_from_overall(v) for v in (1, 2.6, 5, 9, -3)] == [1, 3, 5, 5, 0]
    assert quality_from_overall(float("nan")) == 0


def test_weak_question_enters_queue_and_comes_back(store: Store) -> None:
    assert record_review(store, {"text": "Strong one"}, 5, on=DAY) is None
    assert store.get_review(question_key({"text": "Strong one"})) is None

    item = record_review(store, QUESTION, 2, on=DAY)
    assert item is not None and item.due_on == DAY + timedelta(days=1)
    assert due_questions(store, DAY) == []
    assert due_questions(store, DAY + timedelta(days=1)) == [QUESTION]

    # Good answers push it further out each time; a bad one brings it back tomorrow.
    day, gaps = DAY + timedelta(days=1), []
    for _ in range(3):
        item = record_review(store, QUESTION, 5, on=day)
        assert item is not None
        gaps.append((item.due_on - day).days)
        day = item.due_on
    assert gaps[0] < gaps[1] < gaps[2]
    item = record_review(store, QUESTION, 1, on=day)
    assert item is not None and item.due_on == day + timedelta(days=1)
    assert item.repetitions == 0
    assert due_questions(store, day + timedelta(days=1), limit=0) == []
