"""Plain frozen records the Store returns: callers never see ORM objects or sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class SessionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"


class ApplicationStage(StrEnum):
    APPLIED = "applied"
    PHONE_SCREEN = "phone_screen"
    INTERVIEW = "interview"
    FINAL = "final"
    OFFER = "offer"
    DECLINED = "declined"
    REJECTED = "rejected"


@dataclass(frozen=True)
class JobRecord:
    id: int
    title: str
    company: str
    text: str
    parsed: dict[str, Any] | None
    source_name: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ResumeRecord:
    id: int
    name: str
    text: str
    parsed: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CompanyNoteRecord:
    id: int
    company: str
    text: str
    job_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PlanRecord:
    id: int
    job_id: int | None
    resume_id: int | None
    format: str
    minutes: int
    seed: int
    plan: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SessionRecord:
    id: int
    plan_id: int
    status: SessionStatus
    current_index: int
    started_at: datetime
    finished_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SessionQuestionRecord:
    id: int
    session_id: int
    position: int
    question: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AttemptRecord:
    """An answer as given. It exists before (and without) its feedback."""

    id: int
    session_question_id: int
    number: int
    answer_text: str
    spoken: bool
    word_timings: list[dict[str, Any]] | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class FeedbackRecord:
    """Derived data for one attempt; recomputed when the rubric changes."""

    id: int
    attempt_id: int
    findings: list[dict[str, Any]]
    scorecard: dict[str, Any]
    labels: dict[str, Any]
    rubric_version: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoryRecord:
    id: int
    title: str
    text: str
    skills: list[str]
    competencies: list[str]
    star: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ApplicationRecord:
    id: int
    company: str
    role: str
    stage: ApplicationStage
    interview_date: date | None
    notes: str
    job_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ReviewItemRecord:
    """SM-2 state of one question in the review queue, keyed by a caller-chosen stable key."""

    id: int
    question_key: str
    question: dict[str, Any]
    easiness: float
    interval_days: int
    repetitions: int
    due_on: date
    last_reviewed_at: datetime | None
    created_at: datetime
    updated_at: datetime
