"""Persistence: SQLAlchemy tables, Alembic migrations and the `Store` facade."""

from interview_coach.errors import RecordNotFoundError, StorageError
from interview_coach.storage.records import (
    ApplicationRecord,
    ApplicationStage,
    AttemptRecord,
    CompanyNoteRecord,
    FeedbackRecord,
    JobRecord,
    PlanRecord,
    ResumeRecord,
    ReviewItemRecord,
    SessionQuestionRecord,
    SessionRecord,
    SessionStatus,
    StoryRecord,
)
from interview_coach.storage.store import Store

__all__ = [
    "ApplicationRecord",
    "ApplicationStage",
    "AttemptRecord",
    "CompanyNoteRecord",
    "FeedbackRecord",
    "JobRecord",
    "PlanRecord",
    "RecordNotFoundError",
    "ResumeRecord",
    "ReviewItemRecord",
    "SessionQuestionRecord",
    "SessionRecord",
    "SessionStatus",
    "StorageError",
    "Store",
    "StoryRecord",
]
