"""Store methods for practice: plans, sessions, their questions, attempts, feedback and the
review queue.

An attempt is committed on its own, before any analysis; `save_feedback` adds the derived data
later (and again whenever the rubric changes), so a crash in between never loses an answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select

from interview_coach.storage.core import StoreCore, storable_text, to_record
from interview_coach.storage.records import (
    AttemptRecord,
    FeedbackRecord,
    PlanRecord,
    ReviewItemRecord,
    SessionQuestionRecord,
    SessionRecord,
    SessionStatus,
)
from interview_coach.storage.tables import (
    Attempt,
    Feedback,
    Plan,
    PracticeSession,
    ReviewItem,
    SessionQuestion,
    utc_now,
)


class PracticeStore(StoreCore):
    # Plans and sessions -----------------------------------------------------------------------
    def add_plan(
        self,
        plan: dict[str, Any],
        *,
        format: str,
        minutes: int,
        seed: int,
        job_id: int | None = None,
        resume_id: int | None = None,
    ) -> PlanRecord:
        row = Plan(
            plan=plan, format=format, minutes=minutes, seed=seed, job_id=job_id, resume_id=resume_id
        )
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(PlanRecord, row)

    def get_plan(self, plan_id: int) -> PlanRecord:
        with self._transaction() as session:
            return to_record(PlanRecord, self._get(session, Plan, plan_id))

    def start_session(self, plan_id: int, questions: Sequence[dict[str, Any]]) -> SessionRecord:
        """A new active session over `questions` (each stored whole, in order from 0)."""
        with self._transaction() as session:
            self._get(session, Plan, plan_id)
            row = PracticeSession(plan_id=plan_id, status=SessionStatus.ACTIVE, current_index=0)
            session.add(row)
            session.flush()
            for position, question in enumerate(questions):
                session.add(
                    SessionQuestion(session_id=row.id, position=position, question=question)
                )
            session.flush()
            return to_record(SessionRecord, row)

    def get_session(self, session_id: int) -> SessionRecord:
        with self._transaction() as session:
            return to_record(SessionRecord, self._get(session, PracticeSession, session_id))

    def list_sessions(self, status: SessionStatus | None = None) -> list[SessionRecord]:
        query = select(PracticeSession).order_by(PracticeSession.id)
        if status is not None:
            query = query.where(PracticeSession.status == SessionStatus(status))
        with self._transaction() as session:
            return [to_record(SessionRecord, row) for row in session.scalars(query)]

    def session_questions(self, session_id: int) -> list[SessionQuestionRecord]:
        query = (
            select(SessionQuestion)
            .where(SessionQuestion.session_id == session_id)
            .order_by(SessionQuestion.position)
        )
        with self._transaction() as session:
            return [to_record(SessionQuestionRecord, row) for row in session.scalars(query)]

    def add_session_question(
        self, session_id: int, question: dict[str, Any], answer_text: str
    ) -> tuple[SessionQuestionRecord, AttemptRecord]:
        """Append an unplanned question (a follow-up probe) after the session's last one, with
        its first attempt, in one transaction: the answer is committed before any analysis."""
        with self._transaction() as session:
            # The row lock (PostgreSQL; SQLite already holds the write lock) serialises positions.
            self._get(session, PracticeSession, session_id, lock=True)
            last = session.scalar(
                select(func.max(SessionQuestion.position)).where(
                    SessionQuestion.session_id == session_id
                )
            )
            row = SessionQuestion(
                session_id=session_id,
                position=(-1 if last is None else last) + 1,
                question=question,
            )
            session.add(row)
            session.flush()
            attempt = Attempt(
                session_question_id=row.id, number=1, answer_text=storable_text(answer_text)
            )
            session.add(attempt)
            session.flush()
            return to_record(SessionQuestionRecord, row), to_record(AttemptRecord, attempt)

    def set_session_status(self, session_id: int, status: SessionStatus) -> SessionRecord:
        """Pause, resume or finish a session; finishing stamps `finished_at`."""
        status = SessionStatus(status)
        with self._transaction() as session:
            row = self._get(session, PracticeSession, session_id)
            row.status = status
            row.finished_at = utc_now() if status is SessionStatus.FINISHED else None
            session.flush()
            return to_record(SessionRecord, row)

    def move_to_question(self, session_id: int, index: int) -> SessionRecord:
        """Remember which question the candidate is on, so a session can be resumed."""
        if index < 0:
            raise ValueError(f"question index must be >= 0, got {index}")
        with self._transaction() as session:
            row = self._get(session, PracticeSession, session_id)
            row.current_index = index
            session.flush()
            return to_record(SessionRecord, row)

    # Attempts and feedback --------------------------------------------------------------------
    def add_attempt(
        self,
        session_question_id: int,
        answer_text: str,
        *,
        spoken: bool = False,
        word_timings: Sequence[dict[str, Any]] | None = None,
    ) -> AttemptRecord:
        """Commit an answer now (numbered 1, 2, ... per question); analysis comes later."""
        with self._transaction() as session:
            # The row lock (PostgreSQL; SQLite already holds the write lock) serialises numbering.
            self._get(session, SessionQuestion, session_question_id, lock=True)
            last = session.scalar(
                select(func.max(Attempt.number)).where(
                    Attempt.session_question_id == session_question_id
                )
            )
            row = Attempt(
                session_question_id=session_question_id,
                number=(last or 0) + 1,
                answer_text=storable_text(answer_text),
                spoken=spoken,
                word_timings=None if word_timings is None else [dict(w) for w in word_timings],
            )
            session.add(row)
            session.flush()
            return to_record(AttemptRecord, row)

    def get_attempt(self, attempt_id: int) -> AttemptRecord:
        with self._transaction() as session:
            return to_record(AttemptRecord, self._get(session, Attempt, attempt_id))

    def attempts(self, session_question_id: int) -> list[AttemptRecord]:
        query = (
            select(Attempt)
            .where(Attempt.session_question_id == session_question_id)
            .order_by(Attempt.number)
        )
        with self._transaction() as session:
            return [to_record(AttemptRecord, row) for row in session.scalars(query)]

    def save_feedback(
        self,
        attempt_id: int,
        findings: list[dict[str, Any]],
        scorecard: dict[str, Any],
        labels: dict[str, Any],
        rubric_version: str,
    ) -> FeedbackRecord:
        """Store (or replace) the derived feedback of an attempt."""
        with self._transaction() as session:
            self._get(session, Attempt, attempt_id)
            row = session.scalar(select(Feedback).where(Feedback.attempt_id == attempt_id))
            if row is None:
                row = Feedback(attempt_id=attempt_id)
                session.add(row)
            row.findings = findings
            row.scorecard = scorecard
            row.labels = labels
            row.rubric_version = rubric_version
            session.flush()
            return to_record(FeedbackRecord, row)

    def get_feedback(self, attempt_id: int) -> FeedbackRecord | None:
        """The feedback of an attempt, or None if it has not been analysed yet."""
        with self._transaction() as session:
            row = session.scalar(select(Feedback).where(Feedback.attempt_id == attempt_id))
            return None if row is None else to_record(FeedbackRecord, row)

    def unanalysed_attempts(
        self, session_id: int
    ) -> list[tuple[SessionQuestionRecord, AttemptRecord]]:
        """The session's attempts that have no feedback yet, with their questions, in question
        order then attempt order (one query, for catching up after a crash)."""
        query = (
            select(SessionQuestion, Attempt)
            .join(Attempt, Attempt.session_question_id == SessionQuestion.id)
            .outerjoin(Feedback, Feedback.attempt_id == Attempt.id)
            .where(SessionQuestion.session_id == session_id, Feedback.id.is_(None))
            .order_by(SessionQuestion.position, Attempt.number)
        )
        with self._transaction() as session:
            return [
                (to_record(SessionQuestionRecord, question), to_record(AttemptRecord, attempt))
                for question, attempt in session.execute(query)
            ]

    def attempts_needing_feedback(self, rubric_version: str) -> list[AttemptRecord]:
        """Attempts never analysed, or analysed with another rubric version, oldest first."""
        query = (
            select(Attempt)
            .outerjoin(Feedback, Feedback.attempt_id == Attempt.id)
            .where(or_(Feedback.id.is_(None), Feedback.rubric_version != rubric_version))
            .order_by(Attempt.id)
        )
        with self._transaction() as session:
            return [to_record(AttemptRecord, row) for row in session.scalars(query)]

    # Review queue (SM-2 state; the scheduling rule itself lives with its callers) ------------
    def save_review(
        self,
        question_key: str,
        question: dict[str, Any],
        *,
        easiness: float,
        interval_days: int,
        repetitions: int,
        due_on: date,
        reviewed_at: datetime | None = None,
    ) -> ReviewItemRecord:
        """Insert or update the review state of the question known as `question_key`."""
        with self._transaction() as session:
            query = select(ReviewItem).where(ReviewItem.question_key == question_key)
            row = session.scalar(query.with_for_update())
            if row is None:
                row = ReviewItem(question_key=question_key)
                session.add(row)
            row.question = question
            row.easiness = easiness
            row.interval_days = interval_days
            row.repetitions = repetitions
            row.due_on = due_on
            if reviewed_at is not None:
                row.last_reviewed_at = reviewed_at
            session.flush()
            return to_record(ReviewItemRecord, row)

    def get_review(self, question_key: str) -> ReviewItemRecord | None:
        with self._transaction() as session:
            row = session.scalar(select(ReviewItem).where(ReviewItem.question_key == question_key))
            return None if row is None else to_record(ReviewItemRecord, row)

    def due_reviews(self, on: date) -> list[ReviewItemRecord]:
        """Questions due on or before `on`, most overdue first."""
        query = (
            select(ReviewItem)
            .where(ReviewItem.due_on <= on)
            .order_by(ReviewItem.due_on, ReviewItem.id)
        )
        with self._transaction() as session:
            return [to_record(ReviewItemRecord, row) for row in session.scalars(query)]
