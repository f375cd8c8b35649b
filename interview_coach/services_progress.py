"""Use cases over the stored practice data: history, summaries, progress, comparisons, reports,
applications and the user's own data (export, import, forget). The CLI only renders results."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_coach.errors import InputFormatError
from interview_coach.progress.compare import Comparison, compare_attempts
from interview_coach.progress.summary import SessionSummary, summarize_session
from interview_coach.progress.totals import load_totals
from interview_coach.progress.trends import Progress, progress_over
from interview_coach.progress.views import SessionTotals

if TYPE_CHECKING:
    from interview_coach.storage import Store


def history(store: Store) -> list[SessionTotals]:
    return load_totals(store)


def session_summary(store: Store, session_id: int) -> SessionSummary:
    return summarize_session(store, session_id)


def progress(store: Store) -> Progress:
    return progress_over(load_totals(store, whole_scorecards=False))


def compare(store: Store, session_question_id: int) -> Comparison:
    return compare_attempts(store, session_question_id)


def session_report(store: Store, session_id: int, fmt: str) -> str:
    from interview_coach.reports import render
    from interview_coach.reports.content import session_content

    return render(session_content(summarize_session(store, session_id)), fmt)


def progress_report(store: Store, fmt: str) -> str:
    from interview_coach.reports import render
    from interview_coach.reports.content import progress_content

    return render(progress_content(progress(store)), fmt)


# Your data -----------------------------------------------------------------------------------
def export_data(store: Store) -> str:
    return json.dumps(store.export_all(), ensure_ascii=False, indent=1) + "\n"


def import_data(store: Store, path: Path) -> int:
    """Load an export file into an empty store; returns the rows inserted."""
    try:
        data: Any = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise InputFormatError(f"cannot read {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputFormatError(f"{path} is not a JSON export: {exc}") from exc
    return store.import_all(data)


def forget_data(store: Store) -> int:
    """Delete everything; returns how many rows there were."""
    rows = store.count_rows()
    store.forget_all()
    return rows


# Applications --------------------------------------------------------------------------------
def add_application(
    store: Store,
    company: str,
    role: str,
    *,
    stage: str = "applied",
    interview_date: date | None = None,
    notes: str = "",
) -> Any:
    from interview_coach.applications import parse_stage
    from interview_coach.storage import ApplicationStage

    if not company.strip() or not role.strip():
        raise InputFormatError("an application needs a company and a role")
    return store.add_application(
        company.strip(),
        role.strip(),
        stage=ApplicationStage(parse_stage(stage)),
        interview_date=interview_date,
        notes=notes,
    )


def update_application(
    store: Store,
    application_id: int,
    *,
    stage: str | None = None,
    interview_date: date | None = None,
    notes: str | None = None,
) -> Any:
    from interview_coach.applications import parse_stage
    from interview_coach.storage import ApplicationStage

    return store.update_application(
        application_id,
        stage=None if stage is None else ApplicationStage(parse_stage(stage)),
        interview_date=interview_date,
        notes=notes,
    )
