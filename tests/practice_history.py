"""Test helper: fill a Store with practice sessions through the Store API (not a test module)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from interview_coach.storage import SessionStatus, Store

DIMS = ("structure", "substance", "relevance", "enthusiasm", "delivery", "professionalism")


@dataclass
class Given:
    """One answer to store: its question, text, scores (None: not analysed) and finding codes."""

    question: str
    text: str = "An answer."
    overall: int | None = 3
    dims: dict[str, float] = field(default_factory=dict)
    problems: Sequence[str] = ()
    strengths: Sequence[str] = ()
    source: str = ""


def scorecard(overall: int, dims: dict[str, float]) -> dict[str, Any]:
    scores = {d: float(overall) for d in DIMS} | dims
    return {
        "overall": overall,
        "overall_raw": float(overall),
        "dimensions": [{"name": d, "score": s, "contributions": []} for d, s in scores.items()],
        "rubric_version": "test",
        "contributions": [],
    }


def finding(code: str, severity: str, suggestion: str = "") -> dict[str, Any]:
    return {
        "code": code,
        "severity": severity,
        "message": f"{code} message",
        "suggestion": suggestion,
        "spans": [],
        "data": {},
    }


def question(text: str, source: str = "") -> dict[str, Any]:
    return {"text": text, "type": "behavioral", "kind": "bank", "source": source or text[:20]}


def add_session(
    store: Store,
    answers: Sequence[Given | Sequence[Given]],
    *,
    title: str = "Data Analyst",
    company: str = "Acme",
    unanswered: int = 0,
    finish: bool = True,
) -> int:
    """A session whose questions get the given answers (a sequence of them: retries, in order)."""
    groups = [[a] if isinstance(a, Given) else list(a) for a in answers]
    asked = [question(g[0].question, g[0].source) for g in groups]
    asked += [question(f"Unanswered question {i}") for i in range(unanswered)]
    plan = store.add_plan(
        {"job_title": title, "company": company, "questions": asked},
        format="phone",
        minutes=30,
        seed=0,
    )
    session = store.start_session(plan.id, asked)
    rows = store.session_questions(session.id)
    for row, group in zip(rows, groups, strict=False):
        for given in group:
            attempt = store.add_attempt(row.id, given.text)
            if given.overall is None:
                continue
            findings = [finding(c, "problem", f"Fix {c}.") for c in given.problems]
            findings += [finding(c, "strength") for c in given.strengths]
            findings.append(finding("star.summary", "info"))
            store.save_feedback(
                attempt.id, findings, scorecard(given.overall, given.dims), {}, "test"
            )
    if finish:
        store.set_session_status(session.id, SessionStatus.FINISHED)
    return session.id


def open_user_store() -> Store:
    """The store the CLI uses (INTERVIEW_COACH_HOME points at a temp dir in tests)."""
    from interview_coach.config import load_settings

    return Store.open(load_settings().database_url)
