"""What the session and progress reports say, built once and rendered as Markdown, HTML or JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from interview_coach.progress.history import AttemptView
from interview_coach.progress.summary import SessionSummary
from interview_coach.progress.trends import Progress

#: Findings shown per answer in a report (problems first).
FINDINGS_PER_ANSWER = 4
_RANK = {"problem": 0, "warning": 1, "strength": 2, "info": 3}


def quotes_of(finding: Mapping[str, Any], text: str) -> list[str]:
    """The candidate's words a finding points at (stored quotes, else cut from the spans)."""
    stored = finding.get("quotes")
    if isinstance(stored, list):
        return [str(q) for q in stored if str(q).strip()]
    out = []
    for span in finding.get("spans") or ():
        if isinstance(span, Mapping):
            start, end = span.get("start"), span.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                out.append(text[start:end])
    return out


def answer_findings(attempt: AttemptView) -> list[dict[str, Any]]:
    """The findings worth showing for one answer: problems, warnings, then strengths."""
    shown = [
        f
        for f in attempt.findings
        if f.get("severity") in ("problem", "warning", "strength")
        and not str(f.get("code", "")).endswith(".summary")
    ]
    shown.sort(key=lambda f: _RANK.get(str(f.get("severity")), 9))
    return [
        {
            "code": str(f.get("code") or ""),
            "severity": str(f.get("severity") or ""),
            "message": str(f.get("message") or ""),
            "suggestion": str(f.get("suggestion") or ""),
            "quotes": quotes_of(f, attempt.answer_text)[:2],
        }
        for f in shown[:FINDINGS_PER_ANSWER]
    ]


def session_content(summary: SessionSummary) -> dict[str, Any]:
    """Everything a session report shows, as JSON-able data."""
    session = summary.session
    answers = []
    for attempt in session.latest:
        answers.append(
            {
                "position": attempt.position + 1,
                "session_question_id": attempt.session_question_id,
                "question": attempt.question_text,
                "answer": attempt.answer_text,
                "attempt": attempt.number,
                "overall": attempt.overall,
                "dimensions": dict(attempt.dimensions),
                "findings": answer_findings(attempt),
            }
        )
    data = summary.to_dict()
    data["kind"] = "session"
    data["answers"] = answers
    return data


def progress_content(progress: Progress) -> dict[str, Any]:
    data = progress.to_dict()
    data["kind"] = "progress"
    data["session_count"] = len(progress.sessions)
    data["labels"] = list(progress.labels)
    return data
