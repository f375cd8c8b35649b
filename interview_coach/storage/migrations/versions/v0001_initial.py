"""Initial schema: documents, plans, practice sessions, attempts, feedback, stories, applications
and the review queue.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written out in full (not imported from `tables.py`) so that it never changes when the ORM does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

SESSION_STATUSES = ("active", "paused", "finished")
APPLICATION_STAGES = (
    "applied",
    "phone_screen",
    "interview",
    "final",
    "offer",
    "declined",
    "rejected",
)
TABLES = (
    "jobs",
    "resumes",
    "review_items",
    "stories",
    "applications",
    "company_notes",
    "plans",
    "sessions",
    "session_questions",
    "attempts",
    "feedback",
)


def _utc(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _json(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.JSON(none_as_null=True), nullable=nullable)


def _id(table: str) -> tuple[sa.Column[object], sa.PrimaryKeyConstraint]:
    return sa.Column("id", sa.Integer(), nullable=False), sa.PrimaryKeyConstraint(
        "id", name=op.f(f"pk_{table}")
    )


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def _create(
    table: str, *items: sa.Column[object] | sa.Constraint, index: tuple[str, ...] = ()
) -> None:
    id_column, primary_key = _id(table)
    op.create_table(table, id_column, *items, _utc("created_at"), _utc("updated_at"), primary_key)
    for column in index:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _unique(table: str, *columns: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def upgrade() -> None:
    _create(
        "jobs",
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _json("parsed", nullable=True),
        sa.Column("source_name", sa.String(500), nullable=True),
        index=("company",),
    )
    _create(
        "resumes",
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _json("parsed", nullable=True),
    )
    _create(
        "review_items",
        sa.Column("question_key", sa.String(200), nullable=False),
        _json("question"),
        sa.Column("easiness", sa.Float(), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("repetitions", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        _utc("last_reviewed_at", nullable=True),
        _unique("review_items", "question_key"),
        index=("due_on",),
    )
    _create(
        "stories",
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _json("skills"),
        _json("competencies"),
        _json("star"),
    )
    _create(
        "applications",
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("role", sa.String(300), nullable=False),
        sa.Column("stage", _enum(APPLICATION_STAGES, "application_stage"), nullable=False),
        sa.Column("interview_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=True),
        _fk("applications", "job_id", "jobs", "SET NULL"),
        index=("company", "interview_date", "job_id", "stage"),
    )
    _create(
        "company_notes",
        sa.Column("company", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=True),
        _fk("company_notes", "job_id", "jobs", "SET NULL"),
        index=("company", "job_id"),
    )
    _create(
        "plans",
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("resume_id", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        _json("plan"),
        _fk("plans", "job_id", "jobs", "SET NULL"),
        _fk("plans", "resume_id", "resumes", "SET NULL"),
        index=("job_id", "resume_id"),
    )
    _create(
        "sessions",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("status", _enum(SESSION_STATUSES, "session_status"), nullable=False),
        sa.Column("current_index", sa.Integer(), nullable=False),
        _utc("started_at"),
        _utc("finished_at", nullable=True),
        _fk("sessions", "plan_id", "plans", "CASCADE"),
        index=("plan_id", "status"),
    )
    _create(
        "session_questions",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _json("question"),
        _fk("session_questions", "session_id", "sessions", "CASCADE"),
        _unique("session_questions", "session_id", "position"),
        index=("session_id",),
    )
    _create(
        "attempts",
        sa.Column("session_question_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("spoken", sa.Boolean(), nullable=False),
        _json("word_timings", nullable=True),
        _fk("attempts", "session_question_id", "session_questions", "CASCADE"),
        _unique("attempts", "session_question_id", "number"),
        index=("session_question_id",),
    )
    _create(
        "feedback",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        _json("findings"),
        _json("scorecard"),
        _json("labels"),
        sa.Column("rubric_version", sa.String(40), nullable=False),
        _fk("feedback", "attempt_id", "attempts", "CASCADE"),
        _unique("feedback", "attempt_id"),
        index=("rubric_version",),
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
