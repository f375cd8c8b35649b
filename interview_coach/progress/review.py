"""SM-2 spaced re-practice of weak questions, on top of the Store's review state.

The overall score (1-5) is the SM-2 quality. A question enters the queue when an answer to it
scores below GOOD; from then on every answer moves it: a good answer (quality >= 3) lengthens the
interval (1 day, 6 days, then interval x easiness), a bad one resets it to one day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from interview_coach.progress.views import question_key

if TYPE_CHECKING:
    from interview_coach.storage import ReviewItemRecord, Store

MIN_EASINESS = 1.3
START_EASINESS = 2.5
#: Answers scoring at least this never enter the queue on their own.
GOOD = 4
#: Below this quality the repetitions start again.
PASS = 3


@dataclass(frozen=True)
class ReviewState:
    easiness: float = START_EASINESS
    interval_days: int = 0
    repetitions: int = 0


def quality_from_overall(overall: float) -> int:
    """SM-2 quality (0-5) from the 1-5 overall score."""
    if overall != overall:  # NaN
        return 0
    return max(0, min(5, round(overall)))


def next_state(state: ReviewState, quality: int) -> ReviewState:
    """One SM-2 step (pure)."""
    q = max(0, min(5, quality))
    easiness = state.easiness + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)
    easiness = round(max(MIN_EASINESS, easiness), 3)
    if q < PASS:
        return ReviewState(easiness=easiness, interval_days=1, repetitions=0)
    repetitions = state.repetitions + 1
    if repetitions == 1:
        interval = 1
    elif repetitions == 2:
        interval = 6
    else:
        interval = max(1, round(state.interval_days * easiness))
    return ReviewState(easiness=easiness, interval_days=interval, repetitions=repetitions)


def record_review(
    store: Store,
    question: Mapping[str, Any],
    overall: float,
    *,
    on: date,
    at: datetime | None = None,
) -> ReviewItemRecord | None:
    """Schedule `question` after an answer scoring `overall` on day `on`.

    Returns the new review state, or None when a question not in the queue was answered well.
    """
    key = question_key(question)
    current = store.get_review(key)
    quality = quality_from_overall(overall)
    if current is None and quality >= GOOD:
        return None
    state = (
        ReviewState()
        if current is None
        else ReviewState(current.easiness, current.interval_days, current.repetitions)
    )
    new = next_state(state, quality)
    return store.save_review(
        key,
        dict(question),
        easiness=new.easiness,
        interval_days=new.interval_days,
        repetitions=new.repetitions,
        due_on=on + timedelta(days=new.interval_days),
        reviewed_at=at,
    )


def due_questions(store: Store, on: date, limit: int | None = None) -> list[dict[str, Any]]:
    """The questions due for re-practice on `on`, most overdue first."""
    items = store.due_reviews(on)
    if limit is not None:
        items = items[: max(0, limit)]
    return [dict(item.question) for item in items]
