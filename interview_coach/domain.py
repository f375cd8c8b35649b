"""Domain objects shared by every layer: answers, findings and scorecards.

They are frozen dataclasses so that an analysis is a pure function of its inputs and results can be
compared, hashed and serialised without surprises.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Literal, get_args

QuestionType = Literal[
    "intro",
    "behavioral",
    "motivation",
    "technical",
    "resume",
    "weakness",
    "strength",
    "situational",
    "closing",
    "culture_fit",
]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)


class Severity(StrEnum):
    """How much a finding matters; `strength` marks something the answer does well."""

    STRENGTH = "strength"
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Span:
    """A half-open character range `[start, end)` in the answer text."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class WordTiming:
    """One recognised word of a spoken answer with its start and end, in seconds."""

    word: str
    start: float
    end: float


@dataclass(frozen=True)
class Answer:
    """A candidate's answer to one question, typed or transcribed."""

    text: str
    question: str = ""
    question_type: str = "behavioral"
    role: str = ""
    skills: tuple[str, ...] = ()
    spoken: bool = False
    timings: tuple[WordTiming, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One explainable observation about an answer.

    `code` is stable (`star.missing_result`); `spans` point into the answer text; `data` carries the
    measured values behind the finding (counts, levels, probabilities) for scoring and reports.
    """

    code: str
    severity: Severity
    message: str
    suggestion: str = ""
    spans: tuple[Span, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    @property
    def dimension(self) -> str:
        return self.code.split(".", 1)[0]

    def quotes(self, text: str) -> list[str]:
        return [span.quote(text) for span in self.spans]

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        out = asdict(self)
        out["severity"] = self.severity.value
        if text is not None:
            out["quotes"] = self.quotes(text)
        return out


@dataclass(frozen=True)
class Contribution:
    """How much one finding (or measured feature) moved a score."""

    code: str
    points: float


@dataclass(frozen=True)
class DimensionScore:
    """A 1-5 score for one dimension with the findings that moved it."""

    name: str
    score: float
    contributions: tuple[Contribution, ...] = ()


@dataclass(frozen=True)
class Scorecard:
    """The derived scores of one answer, computed by a versioned rubric."""

    overall: int
    overall_raw: float
    dimensions: tuple[DimensionScore, ...]
    rubric_version: str
    contributions: tuple[Contribution, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Feedback:
    """Everything the coach says about one answer."""

    answer: Answer
    findings: tuple[Finding, ...]
    scorecard: Scorecard
    follow_up: str | None
    labels: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": asdict(self.answer),
            "findings": [f.to_dict(self.answer.text) for f in self.findings],
            "scorecard": self.scorecard.to_dict(),
            "follow_up": self.follow_up,
            "labels": self.labels,
        }
