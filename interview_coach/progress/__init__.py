"""Progress over stored practice: session summaries, trends, attempt comparison, SM-2 review."""

from interview_coach.progress.compare import Comparison, compare_attempts
from interview_coach.progress.history import load_sessions
from interview_coach.progress.review import due_questions, next_state, record_review
from interview_coach.progress.summary import SessionSummary, summarize_session
from interview_coach.progress.trends import Progress, Trend, progress_over
from interview_coach.progress.views import AttemptView, SessionView, question_key

__all__ = [
    "AttemptView",
    "Comparison",
    "Progress",
    "SessionSummary",
    "SessionView",
    "Trend",
    "compare_attempts",
    "due_questions",
    "load_sessions",
    "next_state",
    "progress_over",
    "question_key",
    "record_review",
    "summarize_session",
]
