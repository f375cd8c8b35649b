"""interview-coach: an offline-first job-interview practice coach."""

from interview_coach.domain import (
    Answer,
    Contribution,
    DimensionScore,
    Feedback,
    Finding,
    Scorecard,
    Severity,
    Span,
    WordTiming,
)
from interview_coach.errors import CoachError, InputFormatError, InvalidAnswerError
from interview_coach.services import analyze_answer

__version__ = "0.1.0"
__all__ = [
    "Answer",
    "CoachError",
    "Contribution",
    "DimensionScore",
    "Feedback",
    "Finding",
    "InputFormatError",
    "InvalidAnswerError",
    "Scorecard",
    "Severity",
    "Span",
    "WordTiming",
    "analyze_answer",
    "__version__",
]
