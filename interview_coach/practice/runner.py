"""The practice session as a small state machine, independent of any terminal or web page.

    runner = PracticeRunner(store, session_id, analyze)
    runner.current(); runner.submit(text)  # or retry(), skip(), pause(), quit() ...

Every answer is committed to the store before it is analysed, and the session's position is saved
with it, so a crash loses nothing and `PracticeRunner` on the same session resumes at the next
question. A follow-up probe, when the analysis has one, is offered as an optional extra question:
its answer is stored as a question of its own (kind `follow_up`) after the planned ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from interview_coach.domain import Feedback
from interview_coach.errors import CoachError, InvalidAnswerError
from interview_coach.practice.feedback import (
    Analyze,
    analyse_and_save,
    catch_up,
    question_minutes,
    question_type,
)
from interview_coach.progress.review import record_review
from interview_coach.storage import SessionStatus

if TYPE_CHECKING:
    from interview_coach.storage import AttemptRecord, Store

EMPTY_ANSWER = "The answer is empty: type or paste what you would say, or :skip."
#: The `kind` of a session question added for a follow-up probe (after the planned ones).
FOLLOW_UP_KIND = "follow_up"


class Stage(StrEnum):
    QUESTION = "question"  # a planned question waits for its answer
    FOLLOW_UP = "follow_up"  # the interviewer's probe on the last answer waits (optional)
    PAUSED = "paused"
    FINISHED = "finished"


ACTIVE_STAGES = (Stage.QUESTION, Stage.FOLLOW_UP)


class PracticeStateError(CoachError):
    """An action that makes no sense in the session's present stage (e.g. retry before any answer)."""


@dataclass(frozen=True)
class CurrentQuestion:
    """What the candidate is asked now. `index` counts planned questions from 0."""

    index: int
    total: int
    text: str
    type: str
    minutes: float
    asked_by: str
    attempt: int  # the number the next attempt at this question will get
    follow_up: bool = False

    @property
    def suggested_seconds(self) -> int:
        return max(0, round(self.minutes * 60))


@dataclass(frozen=True)
class Outcome:
    """The result of one submitted answer: it is always stored; feedback or an error follows."""

    question: CurrentQuestion
    attempt: AttemptRecord
    feedback: Feedback | None
    error: str | None
    elapsed_seconds: float | None = None


class PracticeRunner:
    def __init__(
        self, store: Store, session_id: int, analyze: Analyze, *, today: date | None = None
    ) -> None:
        self._store = store
        self._analyze = analyze
        self._today = today or date.today()
        self.session_id = session_id
        record = store.get_session(session_id)
        self._plan: dict[str, Any] = store.get_plan(record.plan_id).plan
        self._questions = [
            q
            for q in store.session_questions(session_id)
            if q.question.get("kind") != FOLLOW_UP_KIND
        ]
        self._index = min(record.current_index, len(self._questions))
        self._last: int | None = None  # index of the last planned question answered here
        self._probe: str | None = None
        self.stage = Stage.QUESTION
        if record.status == SessionStatus.FINISHED:
            self.stage = Stage.FINISHED
        elif self._index >= len(self._questions):
            self._finish()
        elif record.status == SessionStatus.PAUSED:
            store.set_session_status(session_id, SessionStatus.ACTIVE)

    # What is asked -----------------------------------------------------------------------------
    @property
    def plan(self) -> dict[str, Any]:
        return self._plan

    @property
    def total(self) -> int:
        return len(self._questions)

    @property
    def index(self) -> int:
        return self._index

    def current(self) -> CurrentQuestion | None:
        if self.stage is Stage.FOLLOW_UP and self._probe is not None and self._last is not None:
            base = self._describe(self._last)
            return CurrentQuestion(
                index=base.index,
                total=base.total,
                text=self._probe,
                type=base.type,
                minutes=min(2.0, base.minutes),
                asked_by=base.asked_by,
                attempt=1,
                follow_up=True,
            )
        if self.stage is Stage.QUESTION:
            return self._describe(self._index)
        return None

    def _describe(self, index: int) -> CurrentQuestion:
        row = self._questions[index]
        q = row.question
        return CurrentQuestion(
            index=index,
            total=self.total,
            text=str(q.get("text") or ""),
            type=question_type(q),
            minutes=question_minutes(q),
            asked_by=self._persona(str(q.get("persona") or "")),
            attempt=len(self._store.attempts(row.id)) + 1,
        )

    def _persona(self, persona_id: str) -> str:
        for persona in self._plan.get("personas") or ():
            if isinstance(persona, dict) and persona.get("id") == persona_id:
                return f"{persona.get('name', '')}, {persona.get('role', '')}".strip(", ")
        return ""

    # Actions -----------------------------------------------------------------------------------
    def submit(self, text: str, elapsed_seconds: float | None = None) -> Outcome:
        """Commit the answer, then analyse it. Whitespace alone is refused and not stored."""
        question = self.current()
        if question is None:
            raise PracticeStateError(
                f"The session is {self.stage}: there is no question to answer."
            )
        if not text.strip():
            raise InvalidAnswerError(EMPTY_ANSWER)
        if question.follow_up:
            return self._submit_follow_up(question, text, elapsed_seconds)
        row = self._questions[self._index]
        attempt = self._store.add_attempt(row.id, text)  # committed before any analysis
        self._last = self._index
        self._index += 1
        self._store.move_to_question(self.session_id, self._index)
        feedback, error = self._feedback(attempt, row.question)
        if feedback is not None:
            self._schedule(row.question, feedback)
        self._probe = feedback.follow_up if feedback is not None else None
        if self._probe:
            self.stage = Stage.FOLLOW_UP
        else:
            self._after_answer()
        return Outcome(question, attempt, feedback, error, elapsed_seconds)

    def _submit_follow_up(
        self, question: CurrentQuestion, text: str, elapsed_seconds: float | None
    ) -> Outcome:
        assert self._last is not None
        parent = self._questions[self._last]
        extra = {
            "text": question.text,
            "type": question.type,
            "kind": FOLLOW_UP_KIND,
            "follows": parent.position,
            "minutes": question.minutes,
            "persona": parent.question.get("persona", ""),
            "skills": list(parent.question.get("skills") or ()),
        }
        # the probe and its answer are committed together, before any analysis
        row, attempt = self._store.add_session_question(self.session_id, extra, text)
        self._probe = None
        feedback, error = self._feedback(attempt, row.question)
        self._after_answer()
        return Outcome(question, attempt, feedback, error, elapsed_seconds)

    def decline_follow_up(self) -> None:
        if self.stage is Stage.FOLLOW_UP:
            self._probe = None
            self._after_answer()

    def skip(self) -> None:
        """Leave the question unanswered (or the follow-up unasked) and go on."""
        if self.stage is Stage.FOLLOW_UP:
            self.decline_follow_up()
            return
        self._require_active()
        self._index += 1
        self._store.move_to_question(self.session_id, self._index)
        self._after_answer()

    def retry(self) -> CurrentQuestion:
        """Ask the last answered question again: a new attempt, the earlier ones are kept."""
        self._require_active()
        if self._last is None:
            raise PracticeStateError("Nothing to retry yet: answer a question first.")
        self._probe = None
        self._index = self._last
        self._store.move_to_question(self.session_id, self._index)
        self.stage = Stage.QUESTION
        return self._describe(self._index)

    def pause(self) -> None:
        self._require_active()
        self._probe = None
        self._store.set_session_status(self.session_id, SessionStatus.PAUSED)
        self.stage = Stage.PAUSED

    def quit(self) -> None:
        """End the session now; questions not reached stay unanswered."""
        self._require_active()
        self._finish()

    # Internals ---------------------------------------------------------------------------------
    def _require_active(self) -> None:
        if self.stage not in ACTIVE_STAGES:
            raise PracticeStateError(f"The session is {self.stage}.")

    def _after_answer(self) -> None:
        if self._index >= len(self._questions):
            self._finish()
        else:
            self.stage = Stage.QUESTION

    def _finish(self) -> None:
        self._probe = None
        self._store.set_session_status(self.session_id, SessionStatus.FINISHED)
        self.stage = Stage.FINISHED

    def _feedback(
        self, attempt: AttemptRecord, question: dict[str, Any]
    ) -> tuple[Feedback | None, str | None]:
        return analyse_and_save(self._store, self._analyze, attempt, question, self._plan)

    def catch_up(self) -> int:
        """Analyse answers stored but never analysed (the process died in between)."""
        return catch_up(self._store, self.session_id, self._analyze, self._plan)

    def _schedule(self, question: dict[str, Any], feedback: Feedback) -> None:
        """Put a weak answer's question in the SM-2 review queue (or move it along there)."""
        record_review(self._store, question, feedback.scorecard.overall, on=self._today)
