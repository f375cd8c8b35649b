"""Query parts both history loaders share: the sessions with their plan, and scorecard paths.

SQLAlchemy and the tables are imported inside the functions, so importing `progress` (and the CLI)
stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interview_coach.progress.views import MAX_DIMENSIONS

if TYPE_CHECKING:
    from sqlalchemy import Select


def sessions_query(*plan_columns: Any) -> Select[Any]:
    """Each session's id, plan id, status, start and finish, then `plan_columns`; oldest first."""
    from sqlalchemy import select

    from interview_coach.storage.tables import Plan, PracticeSession

    return (
        select(
            PracticeSession.id,
            PracticeSession.plan_id,
            PracticeSession.status,
            PracticeSession.started_at,
            PracticeSession.finished_at,
            *plan_columns,
        )
        .join(Plan, Plan.id == PracticeSession.plan_id)
        .order_by(PracticeSession.id)
    )


def dimension_path_columns(scorecard: Any) -> list[Any]:
    """name0, score0, name1, ... of the first MAX_DIMENSIONS dimensions of a JSON scorecard,
    read by the database's JSON path functions (NULL where a scorecard has fewer)."""
    columns: list[Any] = []
    for i in range(MAX_DIMENSIONS):
        columns.append(scorecard[("dimensions", i, "name")].as_string().label(f"name{i}"))
        columns.append(scorecard[("dimensions", i, "score")].as_float().label(f"score{i}"))
    return columns


def status_text(status: Any) -> str:
    """A session status as stored (an enum member or its plain value) as text."""
    return str(getattr(status, "value", status))
