"""Each dimension's trend over sessions: the series of session means and its direction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from interview_coach.progress.views import DIMENSIONS

#: A least-squares slope (score points per session) beyond this counts as a change.
STEADY_SLOPE = 0.05
#: The direction is judged over the last this many scored sessions.
RECENT = 10


class ScoredSession(Protocol):
    """What a trend needs of a session: a SessionView or the lighter SessionTotals."""

    @property
    def id(self) -> int: ...

    @property
    def started_at(self) -> datetime: ...

    @property
    def overall(self) -> float | None: ...  # None when no answer has a score

    def dimension_means(self) -> dict[str, float]: ...


@dataclass(frozen=True)
class Trend:
    name: str
    values: tuple[float | None, ...]  # one per session, None where the session has no score
    slope: float
    direction: str  # improving | steady | declining | not enough data
    first: float | None
    last: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "values": list(self.values),
            "slope": self.slope,
            "direction": self.direction,
            "first": self.first,
            "last": self.last,
        }


@dataclass(frozen=True)
class Progress:
    sessions: tuple[ScoredSession, ...]  # scored sessions, oldest first
    overall: Trend
    dimensions: tuple[Trend, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(f"#{s.id}" for s in self.sessions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sessions": [
                {"id": s.id, "started_at": s.started_at.isoformat()} for s in self.sessions
            ],
            "overall": self.overall.to_dict(),
            "dimensions": [t.to_dict() for t in self.dimensions],
        }


def slope(values: Sequence[float]) -> float:
    """The least-squares slope of `values` against 0, 1, 2, ... (0 for fewer than two)."""
    n = len(values)
    if n < 2:
        return 0.0
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den


def make_trend(name: str, values: Sequence[float | None]) -> Trend:
    known = [v for v in values if v is not None]
    recent = known[-RECENT:]
    s = round(slope(recent), 3)
    if len(recent) < 2:
        direction = "not enough data"
    elif s > STEADY_SLOPE:
        direction = "improving"
    elif s < -STEADY_SLOPE:
        direction = "declining"
    else:
        direction = "steady"
    return Trend(
        name=name,
        values=tuple(values),
        slope=s,
        direction=direction,
        first=known[0] if known else None,
        last=known[-1] if known else None,
    )


def progress_over(sessions: Sequence[ScoredSession]) -> Progress:
    """Trends over the sessions that have at least one scored answer."""
    scored = tuple(s for s in sessions if s.overall is not None)
    means = [s.dimension_means() for s in scored]
    names = [d for d in DIMENSIONS if any(d in m for m in means)]
    names += sorted({d for m in means for d in m} - set(names))
    return Progress(
        sessions=scored,
        overall=make_trend("overall", [s.overall for s in scored]),
        dimensions=tuple(make_trend(name, [m.get(name) for m in means]) for name in names),
    )
