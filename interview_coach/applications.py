"""Applications and their preparation plan: a dated countdown to the interview day saying which
questions and stories to practise on which day, built from the stored plan, the weak questions
(review queue and low-scoring answers) and the story bank."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from interview_coach.errors import InputFormatError
from interview_coach.storage.records import ApplicationStage

if TYPE_CHECKING:
    from interview_coach.storage import ApplicationRecord, Store

STAGES: tuple[str, ...] = tuple(stage.value for stage in ApplicationStage)
#: The plan covers at most this many days before the interview.
MAX_DAYS = 14
QUESTIONS_PER_DAY = 3
#: A latest answer below this overall score makes its question a weak one.
WEAK_SCORE = 3


def parse_stage(value: str) -> str:
    """A stage name from user input ("Phone screen", "phone-screen" ...)."""
    stage = value.strip().lower().replace("-", "_").replace(" ", "_")
    if stage not in STAGES:
        raise InputFormatError(f"Unknown stage {value!r}; use one of: {', '.join(STAGES)}.")
    return stage


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputFormatError(f"{value!r} is not a date; write it as YYYY-MM-DD.") from exc


@dataclass(frozen=True)
class PrepDay:
    day: date
    days_left: int
    focus: str
    questions: tuple[str, ...]
    stories: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "days_left": self.days_left,
            "focus": self.focus,
            "questions": list(self.questions),
            "stories": list(self.stories),
        }


@dataclass(frozen=True)
class PrepPlan:
    company: str
    role: str
    interview_date: date
    days: tuple[PrepDay, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "role": self.role,
            "interview_date": self.interview_date.isoformat(),
            "days": [d.to_dict() for d in self.days],
        }


def build_prep_plan(
    application: ApplicationRecord,
    today: date,
    *,
    weak_questions: Sequence[str],
    plan_questions: Sequence[str],
    stories: Sequence[str],
) -> PrepPlan:
    """The day-by-day countdown (pure): weak questions first, then the plan's, in rotation."""
    interview = application.interview_date
    if interview is None:
        raise InputFormatError(
            f"Application {application.id} has no interview date: set one with "
            f"`interview-coach applications update {application.id} --date YYYY-MM-DD`."
        )
    if interview < today:
        raise InputFormatError(f"The interview date {interview.isoformat()} has passed.")
    pool = list(dict.fromkeys(q for q in [*weak_questions, *plan_questions] if q.strip()))
    start = max(today, interview - timedelta(days=MAX_DAYS))
    practice_days = (interview - start).days
    days: list[PrepDay] = []
    for i in range(practice_days):
        day = start + timedelta(days=i)
        left = (interview - day).days
        if left == 1:
            focus = "Dress rehearsal: answer the questions in order, timed, out loud."
        elif i == 0 and weak_questions:
            focus = "Start with your weakest questions."
        else:
            focus = "Practise these questions and retell one story."
        picked = (
            tuple(
                pool[(i * QUESTIONS_PER_DAY + k) % len(pool)]
                for k in range(min(QUESTIONS_PER_DAY, len(pool)))
            )
            if pool
            else ()
        )
        story = (stories[i % len(stories)],) if stories else ()
        days.append(PrepDay(day, left, focus, picked, story))
    days.append(
        PrepDay(
            interview,
            0,
            "Interview day: skim your stories and the questions you will ask; nothing new.",
            (),
            tuple(stories[:3]),
        )
    )
    return PrepPlan(application.company, application.role, interview, tuple(days))


def weak_questions(store: Store, today: date, limit: int = 10) -> list[str]:
    """Questions due in the review queue, then questions whose latest answer scored low."""
    from interview_coach.progress.history import load_sessions
    from interview_coach.progress.review import due_questions

    texts = [str(q.get("text") or "") for q in due_questions(store, today)]
    latest: dict[str, tuple[int, str]] = {}
    for session in load_sessions(store):
        for attempt in session.scored:
            latest[attempt.question_key] = (attempt.overall or 0, attempt.question_text)
    texts += [text for score, text in sorted(latest.values()) if score < WEAK_SCORE]
    return list(dict.fromkeys(t for t in texts if t.strip()))[:limit]


def prep_plan(store: Store, application_id: int, today: date) -> PrepPlan:
    """The preparation plan of a stored application, counting down from `today`."""
    from interview_coach.progress.history import latest_plan

    application = next((a for a in store.list_applications() if a.id == application_id), None)
    if application is None:
        raise InputFormatError(f"No application with id {application_id}: see `applications list`.")
    plan = latest_plan(store, application.job_id) or {}
    questions = [
        str(q.get("text") or "") for q in plan.get("questions") or () if isinstance(q, dict)
    ]
    stories = [s.title for s in store.list_stories()]
    return build_prep_plan(
        application,
        today,
        weak_questions=weak_questions(store, today),
        plan_questions=questions,
        stories=stories,
    )
