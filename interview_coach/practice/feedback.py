"""Analyse a stored attempt and keep its feedback: used for each new answer, and on resume for
answers saved just before a crash (committed, never analysed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from interview_coach.domain import QUESTION_TYPES, Answer, Feedback
from interview_coach.errors import CoachError

if TYPE_CHECKING:
    from interview_coach.storage import AttemptRecord, Store

Analyze = Callable[[Answer], Feedback]
#: Skills passed with an answer: those the question names, then the job's (the labelled answers
#: carry 3 to 6; each one costs an encoder pass in the analysis).
MAX_SKILLS = 5


def answer_for(attempt: AttemptRecord, question: dict[str, Any], plan: dict[str, Any]) -> Answer:
    """The Answer to analyse: the stored text with the question, its type, role and skills."""
    return Answer(
        text=attempt.answer_text,
        question=str(question.get("text") or ""),
        question_type=question_type(question),
        role=str(plan.get("job_title") or ""),
        skills=_skills(question, plan),
    )


def analyse_and_save(
    store: Store,
    analyze: Analyze,
    attempt: AttemptRecord,
    question: dict[str, Any],
    plan: dict[str, Any],
) -> tuple[Feedback | None, str | None]:
    """(feedback, None) once saved, or (None, message) when the analysis refuses the answer;
    the answer itself is already safe in the store either way."""
    answer = answer_for(attempt, question, plan)
    try:
        feedback = analyze(answer)
    except CoachError as exc:
        return None, str(exc)
    store.save_feedback(
        attempt.id,
        [f.to_dict(answer.text) for f in feedback.findings],
        feedback.scorecard.to_dict(),
        dict(feedback.labels),
        feedback.scorecard.rubric_version,
    )
    return feedback, None


def catch_up(store: Store, session_id: int, analyze: Analyze, plan: dict[str, Any]) -> int:
    """Analyse the session's attempts that have no feedback yet; returns how many now have it."""
    done = 0
    for row, attempt in store.unanalysed_attempts(session_id):
        feedback, _ = analyse_and_save(store, analyze, attempt, row.question, plan)
        done += feedback is not None
    return done


def question_type(question: dict[str, Any]) -> str:
    value = str(question.get("type") or "behavioral")
    return value if value in QUESTION_TYPES else "behavioral"


def question_minutes(question: dict[str, Any]) -> float:
    """The minutes planned for a question (3 when the plan gives none or a senseless value)."""
    value = question.get("minutes")
    return float(value) if isinstance(value, int | float) and 0 < value < 600 else 3.0


def _skills(question: dict[str, Any], plan: dict[str, Any]) -> tuple[str, ...]:
    named = [str(s) for s in question.get("skills") or () if str(s).strip()]
    named += [str(s) for s in plan.get("job_skills") or () if str(s) not in named]
    return tuple(named[:MAX_SKILLS])
