"""Plain frozen records of the practice history and the pure helpers that build them.

`progress.history` (attempt by attempt) and `progress.totals` (aggregated by the database) load
these; nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

#: The rubric's dimensions, in the order reports show them.
DIMENSIONS: tuple[str, ...] = (
    "structure",
    "substance",
    "relevance",
    "enthusiasm",
    "delivery",
    "professionalism",
)
#: Dimensions read per scorecard on the fast path (the rubric has six).
MAX_DIMENSIONS = 8
_SPACES = re.compile(r"\s+")


def question_key(question: Mapping[str, Any]) -> str:
    """A stable key for "the same question" across sessions: its bank id, else its text."""
    for name in ("key", "id"):
        value = question.get(name)
        if isinstance(value, str | int) and str(value).strip():
            return f"{name}:{value}"
    source = question.get("source")
    if question.get("kind", "bank") == "bank" and isinstance(source, str) and source.strip():
        return f"bank:{source.strip()}"
    text = _SPACES.sub(" ", str(question.get("text") or "")).strip().lower()
    return "text:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class AttemptView:
    """One attempt with where it was asked and what it scored (None before analysis)."""

    session_id: int
    session_question_id: int
    position: int
    question: dict[str, Any]
    attempt_id: int
    number: int
    answer_text: str
    created_at: datetime
    overall: int | None
    dimensions: dict[str, float]
    findings: tuple[dict[str, Any], ...] = field(default=(), compare=False)

    @property
    def question_text(self) -> str:
        return str(self.question.get("text") or "")

    @property
    def question_key(self) -> str:
        return question_key(self.question)

    @property
    def finding_codes(self) -> frozenset[str]:
        return frozenset(str(f.get("code")) for f in self.findings if f.get("code"))


@dataclass(frozen=True)
class SessionView:
    """A session with the scores of its latest attempt at each question."""

    id: int
    plan_id: int
    status: str
    started_at: datetime
    finished_at: datetime | None
    title: str
    question_count: int
    attempts: tuple[AttemptView, ...]

    @property
    def latest(self) -> tuple[AttemptView, ...]:
        """The last attempt at each question that has been answered, in question order."""
        last: dict[int, AttemptView] = {}
        for attempt in self.attempts:
            last[attempt.session_question_id] = attempt
        return tuple(sorted(last.values(), key=lambda a: a.position))

    @property
    def scored(self) -> tuple[AttemptView, ...]:
        return tuple(a for a in self.latest if a.overall is not None)

    @property
    def overall(self) -> float | None:
        values = [a.overall for a in self.scored if a.overall is not None]
        return round(sum(values) / len(values), 2) if values else None

    def dimension_means(self) -> dict[str, float]:
        return mean_dimensions(self.scored)

    def totals(self) -> SessionTotals:
        """The session's counts and means, as `load_totals` computes them in the database."""
        return SessionTotals(
            id=self.id,
            plan_id=self.plan_id,
            status=self.status,
            started_at=self.started_at,
            finished_at=self.finished_at,
            title=self.title,
            question_count=self.question_count,
            answered=len(self.latest),
            attempt_count=len(self.attempts),
            scored_count=len(self.scored),
            overall=self.overall,
            dimensions=self.dimension_means(),
        )

    def to_dict(self) -> dict[str, Any]:
        return self.totals().to_dict()


@dataclass(frozen=True)
class SessionTotals:
    """A session's counts and mean scores (over the latest attempt at each question, as in
    SessionView) without its attempts: what `history` prints and `progress` charts."""

    id: int
    plan_id: int
    status: str
    started_at: datetime
    finished_at: datetime | None
    title: str
    question_count: int
    answered: int  # questions with at least one attempt
    attempt_count: int
    scored_count: int  # answered questions whose latest attempt has a score
    overall: float | None
    dimensions: dict[str, float]

    def dimension_means(self) -> dict[str, float]:
        return dict(self.dimensions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "questions": self.question_count,
            "answered": self.answered,
            "attempts": self.attempt_count,
            "overall": self.overall,
            "dimensions": self.dimension_means(),
        }


def mean_dimensions(attempts: Sequence[AttemptView]) -> dict[str, float]:
    """Each dimension's mean over `attempts` (dimensions no attempt has are left out)."""
    sums: dict[str, list[float]] = {}
    for attempt in attempts:
        for name, score in attempt.dimensions.items():
            sums.setdefault(name, []).append(score)
    ordered = [d for d in DIMENSIONS if d in sums] + sorted(set(sums) - set(DIMENSIONS))
    return {name: round(sum(sums[name]) / len(sums[name]), 2) for name in ordered}


def parse_scorecard(scorecard: Any) -> tuple[int | None, dict[str, float]]:
    """(overall, {dimension: score}) from a stored scorecard; tolerant of partial data."""
    if not isinstance(scorecard, Mapping):
        return None, {}
    overall = scorecard.get("overall")
    dims: dict[str, float] = {}
    for item in scorecard.get("dimensions") or ():
        if isinstance(item, Mapping) and isinstance(item.get("score"), int | float):
            dims[str(item.get("name"))] = float(item["score"])
    return (int(overall) if isinstance(overall, int | float) else None), dims


def plan_title(plan: Mapping[str, Any] | None) -> str:
    if not isinstance(plan, Mapping):
        return "Practice"
    title = str(plan.get("job_title") or "").strip() or "Practice"
    company = str(plan.get("company") or "").strip()
    return f"{title} at {company}" if company else title
