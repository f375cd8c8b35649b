"""Length: the answer's word count and speaking time against the range its question type expects.

Ranges live in `data/length.yaml`. Too short usually means a missing example or result; far too long
means the listener loses the thread, so the rambling finding points at where the answer passes the
upper limit.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from interview_coach.analysis.base import Context, summary
from interview_coach.domain import Answer, Finding, Severity, Span

_FALLBACK = (80, 300)


def _load() -> dict[str, Any]:
    raw = resources.files("interview_coach.data").joinpath("length.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    return data if isinstance(data, dict) else {}


def _bounds(entry: object) -> tuple[int, int]:
    if isinstance(entry, dict):
        low, high = int(entry.get("min", _FALLBACK[0])), int(entry.get("max", _FALLBACK[1]))
        if 0 <= low < high:
            return low, high
    return _FALLBACK


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{round(seconds)} s"


class LengthAnalyzer:
    """Flags answers that are too short or that ramble for their question type."""

    name = "length"

    def __init__(self) -> None:
        data = _load()
        self.wpm = float(data.get("words_per_minute") or 140)
        self.default = _bounds(data.get("default"))
        ranges = data.get("ranges") or {}
        self.ranges = {str(k): _bounds(v) for k, v in ranges.items()}

    def expected(self, question_type: str) -> tuple[int, int]:
        return self.ranges.get(question_type, self.default)

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        words = len(context.tokens)
        seconds = round(words * 60.0 / self.wpm, 1)
        low, high = self.expected(answer.question_type)
        out = [
            summary(
                "length",
                f"{words} words, about {_minutes(seconds)} spoken "
                f"(expected {low}-{high} words for a {answer.question_type} question).",
                words=words,
                seconds_estimate=seconds,
                expected_min=low,
                expected_max=high,
            )
        ]
        if words < low:
            out.append(self._too_short(words, low, context))
        elif words > high:
            out.append(self._rambling(words, high, seconds, context))
        return out

    def _too_short(self, words: int, low: int, context: Context) -> Finding:
        ratio = words / low
        severity = Severity.PROBLEM if ratio < 0.4 else Severity.WARNING
        if ratio >= 0.75:
            severity = Severity.INFO
        if words == 0:
            message = "There is no answer to analyse."
        else:
            message = f"At {words} words the answer is short; aim for at least {low}."
        return Finding(
            "length.too_short",
            severity,
            message,
            "Give one concrete example: the situation in a sentence, what you did step by step, "
            "and how it turned out (with a number if you have one).",
            (Span(context.tokens[0].start, context.tokens[-1].end),) if context.tokens else (),
            {"words": words, "expected_min": low, "ratio": round(ratio, 2)},
        )

    def _rambling(self, words: int, high: int, seconds: float, context: Context) -> Finding:
        ratio = words / high
        severity = Severity.PROBLEM if ratio > 1.6 else Severity.WARNING
        if ratio <= 1.2:
            severity = Severity.INFO
        past = context.tokens[high]  # the first word beyond the limit
        return Finding(
            "length.rambling",
            severity,
            f"At {words} words (about {_minutes(seconds)}) the answer runs past the {high} words "
            "a listener follows comfortably.",
            "Cut the background to one sentence, drop side stories, and stop once you have given "
            "the result and what it shows about you.",
            (Span(past.start, context.tokens[-1].end),),
            {"words": words, "expected_max": high, "ratio": round(ratio, 2)},
        )
