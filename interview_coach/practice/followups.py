"""Store a follow-up probe the candidate chose to answer: a session question of kind `follow_up`
placed after the planned ones, with its first attempt, in one transaction.

The Store has no method for adding a question to a running session, so this writes the two rows
through the Store's engine with the storage tables (as `progress.history` reads through them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interview_coach.storage import AttemptRecord, SessionQuestionRecord, Store

FOLLOW_UP_KIND = "follow_up"


def add_follow_up_question(
    store: Store, session_id: int, question: dict[str, Any], answer_text: str
) -> tuple[SessionQuestionRecord, AttemptRecord]:
    """Commit the follow-up question and its answer together (before any analysis)."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from interview_coach.storage import AttemptRecord, SessionQuestionRecord
    from interview_coach.storage.core import RecordNotFoundError, storable_text, to_record
    from interview_coach.storage.tables import Attempt, PracticeSession, SessionQuestion

    with Session(store.engine, expire_on_commit=False) as session, session.begin():
        if session.get(PracticeSession, session_id, with_for_update=True) is None:
            raise RecordNotFoundError(f"No session with id {session_id} in the database.")
        last = session.scalar(
            select(func.max(SessionQuestion.position)).where(
                SessionQuestion.session_id == session_id
            )
        )
        row = SessionQuestion(
            session_id=session_id, position=(-1 if last is None else last) + 1, question=question
        )
        session.add(row)
        session.flush()
        attempt = Attempt(
            session_question_id=row.id, number=1, answer_text=storable_text(answer_text)
        )
        session.add(attempt)
        session.flush()
        return to_record(SessionQuestionRecord, row), to_record(AttemptRecord, attempt)
