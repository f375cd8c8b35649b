"""Compare the attempts at the same question: how the scores moved and which findings went away
or appeared between one attempt and the next (retries in a session and later sessions alike)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interview_coach.progress.history import load_sessions
from interview_coach.progress.views import AttemptView

if TYPE_CHECKING:
    from interview_coach.storage import Store


@dataclass(frozen=True)
class Change:
    """What changed from attempt `before` to attempt `after` (ids)."""

    before: int
    after: int
    overall_delta: int | None
    dimension_deltas: dict[str, float]
    gone: tuple[tuple[str, str], ...]  # (code, severity) present before, absent after
    appeared: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "overall_delta": self.overall_delta,
            "dimension_deltas": dict(self.dimension_deltas),
            "gone": [{"code": c, "severity": s} for c, s in self.gone],
            "appeared": [{"code": c, "severity": s} for c, s in self.appeared],
        }


@dataclass(frozen=True)
class Comparison:
    question: str
    attempts: tuple[AttemptView, ...]  # oldest first
    changes: tuple[Change, ...]  # consecutive pairs
    overall: Change | None  # first attempt against the last

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "attempts": [
                {
                    "attempt_id": a.attempt_id,
                    "session_id": a.session_id,
                    "number": a.number,
                    "created_at": a.created_at.isoformat(),
                    "overall": a.overall,
                    "dimensions": dict(a.dimensions),
                }
                for a in self.attempts
            ],
            "changes": [c.to_dict() for c in self.changes],
            "first_to_last": self.overall.to_dict() if self.overall else None,
        }


def _codes(attempt: AttemptView) -> dict[str, str]:
    out: dict[str, str] = {}
    for finding in attempt.findings:
        code = str(finding.get("code") or "")
        if code and not code.endswith(".summary"):
            out.setdefault(code, str(finding.get("severity") or ""))
    return out


def change(before: AttemptView, after: AttemptView) -> Change:
    """The difference between two attempts (pure)."""
    old, new = _codes(before), _codes(after)
    delta = (
        after.overall - before.overall
        if after.overall is not None and before.overall is not None
        else None
    )
    dims = {
        name: round(after.dimensions[name] - before.dimensions[name], 2)
        for name in before.dimensions
        if name in after.dimensions
    }
    return Change(
        before=before.attempt_id,
        after=after.attempt_id,
        overall_delta=delta,
        dimension_deltas=dims,
        gone=tuple(sorted((c, s) for c, s in old.items() if c not in new)),
        appeared=tuple(sorted((c, s) for c, s in new.items() if c not in old)),
    )


def compare_attempts(store: Store, session_question_id: int) -> Comparison:
    """Every attempt at the question asked as `session_question_id`, in any session."""
    from interview_coach.errors import RecordNotFoundError

    everything = [a for s in load_sessions(store, with_findings=True) for a in s.attempts]
    asked = [a for a in everything if a.session_question_id == session_question_id]
    if not asked:
        raise RecordNotFoundError(
            f"No answered question with id {session_question_id}: see `interview-coach history`."
        )
    key = asked[0].question_key
    same = sorted(
        (a for a in everything if a.question_key == key), key=lambda a: (a.created_at, a.attempt_id)
    )
    return compare_views(asked[0].question_text, same)


def compare_views(question: str, attempts: list[AttemptView]) -> Comparison:
    pairs = tuple(change(a, b) for a, b in zip(attempts, attempts[1:], strict=False))
    return Comparison(
        question=question,
        attempts=tuple(attempts),
        changes=pairs,
        overall=change(attempts[0], attempts[-1]) if len(attempts) > 1 else None,
    )
