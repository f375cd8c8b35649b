"""Use cases for practice: start a session from documents, the packaged sample or the review
queue; resume one; build its runner; summarise it. The CLI and web layers only render."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_coach.errors import CoachError

if TYPE_CHECKING:
    from interview_coach.practice.feedback import Analyze
    from interview_coach.practice.runner import PracticeRunner
    from interview_coach.progress.summary import SessionSummary
    from interview_coach.questions.model import InterviewPlan
    from interview_coach.storage import Store

SAMPLE_FILES = ("job_data_analyst.md", "resume_data_analyst.md", "company_fernhill.txt")
REVIEW_FORMAT = "review"


@dataclass(frozen=True)
class SampleDocuments:
    job: Path
    resume: Path
    company: Path


@contextmanager
def sample_documents() -> Iterator[SampleDocuments]:
    """Paths of the packaged sample job description, resume and company notes."""
    from importlib import resources

    folder = resources.files("interview_coach.data").joinpath("samples")
    with ExitStack() as stack:
        paths = [stack.enter_context(resources.as_file(folder.joinpath(n))) for n in SAMPLE_FILES]
        yield SampleDocuments(*paths)


def start_practice(
    store: Store,
    job_path: str | Path,
    resume_path: str | Path,
    *,
    format_name: str = "video",
    minutes: int | None = None,
    seed: int = 0,
    company: str | None = None,
) -> int:
    """Plan an interview from the documents and start a session over it; returns its id."""
    from interview_coach.services_documents import load_job
    from interview_coach.services_plans import plan_interview

    plan = plan_interview(
        job_path, resume_path, format_name=format_name, minutes=minutes, seed=seed, company=company
    )
    job = load_job(job_path)
    return start_from_plan(store, plan, job_skills=[*job.must_have, *job.nice_to_have])


def start_sample_practice(
    store: Store, *, format_name: str = "video", minutes: int | None = None, seed: int = 0
) -> int:
    """A session over the packaged sample documents: a first practice needs no files."""
    with sample_documents() as docs:
        return start_practice(
            store,
            docs.job,
            docs.resume,
            format_name=format_name,
            minutes=minutes,
            seed=seed,
            company=str(docs.company),
        )


def start_from_plan(store: Store, plan: InterviewPlan, job_skills: Sequence[str] = ()) -> int:
    data = plan.to_dict()
    data["job_skills"] = list(dict.fromkeys(str(s) for s in job_skills))
    record = store.add_plan(data, format=plan.format, minutes=plan.minutes, seed=plan.seed)
    if not plan.questions:
        raise CoachError("The plan has no questions to practise.")
    return store.start_session(record.id, [q.to_dict() for q in plan.questions]).id


def start_review(store: Store, *, today: date, limit: int = 10) -> int | None:
    """A session over the questions due for re-practice today (SM-2 queue), or None if none is."""
    from interview_coach.practice.feedback import question_minutes
    from interview_coach.progress.review import due_questions

    questions = due_questions(store, today, limit)
    if not questions:
        return None
    minutes = sum(question_minutes(q) for q in questions)
    plan: dict[str, Any] = {
        "format": REVIEW_FORMAT,
        "format_label": "Review of weak questions",
        "minutes": round(minutes),
        "seed": 0,
        "job_title": "Review",
        "company": "",
        "questions": questions,
        "personas": [],
        "job_skills": [],
    }
    record = store.add_plan(plan, format=REVIEW_FORMAT, minutes=max(1, round(minutes)), seed=0)
    return store.start_session(record.id, questions).id


def next_review_date(store: Store, after: date) -> date | None:
    """The day the next review question falls due (None if the queue is empty)."""
    later = store.due_reviews(date.max)
    dates = [item.due_on for item in later if item.due_on > after]
    return min(dates) if dates else None


def resume_practice(store: Store, session_id: int) -> int:
    """Check that the session can continue; raises CoachError if it is unknown or finished."""
    from interview_coach.storage import SessionStatus

    record = store.get_session(session_id)
    if record.status == SessionStatus.FINISHED:
        raise CoachError(
            f"Session {session_id} is already finished; start a new one with "
            "`interview-coach practice --sample` or `--review`."
        )
    return record.id


def practice_runner(
    store: Store, session_id: int, analyze: Analyze | None = None, *, today: date | None = None
) -> PracticeRunner:
    """The runner of a session, analysing with the default pipeline unless told otherwise."""
    from interview_coach.practice.runner import PracticeRunner
    from interview_coach.services import analyze_answer

    return PracticeRunner(store, session_id, analyze or analyze_answer, today=today)


def summarize(store: Store, session_id: int) -> SessionSummary:
    """The session's scores by dimension, strongest and weakest answers, what to practise."""
    from interview_coach.progress.summary import summarize_session

    return summarize_session(store, session_id)
