"""The end-of-session summary: per-dimension scores, strongest and weakest answers, and what to
practise next (the weakest dimensions, the most frequent problems, the questions to retry)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interview_coach.progress.history import load_sessions
from interview_coach.progress.views import AttemptView, SessionView

if TYPE_CHECKING:
    from interview_coach.storage import Store

#: A dimension below this mean (1-5) is worth practising.
WEAK_DIMENSION = 3.5
#: An answer below this overall score goes on the retry list.
WEAK_ANSWER = 3

DIMENSION_TIPS: dict[str, str] = {
    "structure": "Tell each story in order: the situation, your task, what you did, the result.",
    "substance": "Give concrete detail: names of tools, sizes, numbers and the outcome you measured.",
    "relevance": "Answer the question asked and tie it back to the role in the last sentence.",
    "enthusiasm": "Say what draws you to this work and show it with something you have done.",
    "delivery": "Cut filler words and hedges; pause instead, and keep answers to about two minutes.",
    "professionalism": "Keep a positive tone about past employers and colleagues.",
}
_PROBLEM_SEVERITIES = {"warning", "problem"}


@dataclass(frozen=True)
class AnswerNote:
    """One answer singled out in a summary."""

    session_question_id: int
    position: int
    question: str
    overall: int
    attempts: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "session_question_id": self.session_question_id,
            "position": self.position,
            "question": self.question,
            "overall": self.overall,
            "attempts": self.attempts,
        }


@dataclass(frozen=True)
class SessionSummary:
    session: SessionView
    overall: float | None
    dimensions: dict[str, float]
    strongest: tuple[AnswerNote, ...]
    weakest: tuple[AnswerNote, ...]
    practise_next: tuple[str, ...]
    frequent_findings: tuple[tuple[str, int], ...]
    unanswered: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session.to_dict(),
            "overall": self.overall,
            "dimensions": dict(self.dimensions),
            "strongest": [a.to_dict() for a in self.strongest],
            "weakest": [a.to_dict() for a in self.weakest],
            "practise_next": list(self.practise_next),
            "frequent_findings": [{"code": c, "count": n} for c, n in self.frequent_findings],
            "unanswered": self.unanswered,
        }


def summarize_session(store: Store, session_id: int, *, top: int = 3) -> SessionSummary:
    """Summarise one stored session; raises RecordNotFoundError for an unknown id."""
    views = load_sessions(store, [session_id], with_findings=True)
    if not views:
        store.get_session(session_id)  # raises the Store's "not found" error
    return summarize_view(views[0], top=top)


def summarize_view(view: SessionView, *, top: int = 3) -> SessionSummary:
    """The summary of an already loaded session (pure)."""
    scored = view.scored
    tries = Counter(a.session_question_id for a in view.attempts)
    notes = [_note(a, tries[a.session_question_id]) for a in scored]
    best_first = sorted(notes, key=lambda n: (-n.overall, n.position))
    strongest = tuple(n for n in best_first if n.overall >= WEAK_ANSWER)[:top]
    chosen = {n.session_question_id for n in strongest}
    weakest = tuple(
        n
        for n in sorted(notes, key=lambda n: (n.overall, n.position))
        if n.session_question_id not in chosen
    )[:top]
    dims = view.dimension_means()
    frequent = _frequent_problems(scored)
    return SessionSummary(
        session=view,
        overall=view.overall,
        dimensions=dims,
        strongest=strongest,
        weakest=weakest,
        practise_next=tuple(_practise_next(dims, frequent, weakest, scored)),
        frequent_findings=tuple((code, n) for code, n, _, _ in frequent),
        unanswered=max(0, view.question_count - len(view.latest)),
    )


def _note(attempt: AttemptView, attempts: int) -> AnswerNote:
    return AnswerNote(
        session_question_id=attempt.session_question_id,
        position=attempt.position,
        question=attempt.question_text,
        overall=attempt.overall or 0,
        attempts=attempts,
    )


def _frequent_problems(attempts: tuple[AttemptView, ...]) -> list[tuple[str, int, str, str]]:
    """(code, answers it appeared in, its message, its suggestion) for warnings and problems, most
    frequent first; summary findings are measurements, not problems, and are left out."""
    counts: Counter[str] = Counter()
    suggestion: dict[str, str] = {}
    message: dict[str, str] = {}
    for attempt in attempts:
        seen: set[str] = set()
        for finding in attempt.findings:
            code = str(finding.get("code") or "")
            if finding.get("severity") not in _PROBLEM_SEVERITIES or not code or code in seen:
                continue
            if code.endswith(".summary"):
                continue
            seen.add(code)
            counts[code] += 1
            suggestion.setdefault(code, str(finding.get("suggestion") or "").strip())
            message.setdefault(code, str(finding.get("message") or code).strip().rstrip("."))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(code, n, message[code], suggestion[code]) for code, n in ranked]


def _practise_next(
    dims: dict[str, float],
    frequent: list[tuple[str, int, str, str]],
    weakest: tuple[AnswerNote, ...],
    scored: tuple[AttemptView, ...],
) -> list[str]:
    advice: list[str] = []
    for name, score in sorted(dims.items(), key=lambda item: item[1]):
        if score < WEAK_DIMENSION and name in DIMENSION_TIPS and len(advice) < 2:
            advice.append(f"{name.capitalize()} ({score:.1f}/5): {DIMENSION_TIPS[name]}")
    for _code, count, message, tip in frequent[:2]:
        if count >= 2 or len(scored) <= 2:
            times = f"{count} answers" if count > 1 else "1 answer"
            advice.append(f"{message} ({times})" + (f": {tip}" if tip else "."))
    for note in weakest:
        if note.overall < WEAK_ANSWER:
            advice.append(f"Retry question {note.position + 1} ({note.overall}/5): {note.question}")
    if not advice and scored:
        advice.append("Solid session: practise the same questions again in a few days.")
    if not scored:
        advice.append("Answer at least one question to get a summary.")
    return advice
