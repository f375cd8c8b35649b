"""Practice sessions: the runner (a state machine over the store), answer sources and the loop."""

from interview_coach.practice.inputs import (
    BlockSource,
    ScriptSource,
    TerminalSource,
    read_answers_file,
)
from interview_coach.practice.loop import AnswerSource, PracticeView, run_session
from interview_coach.practice.runner import (
    CurrentQuestion,
    Outcome,
    PracticeRunner,
    PracticeStateError,
    Stage,
)

__all__ = [
    "AnswerSource",
    "BlockSource",
    "CurrentQuestion",
    "Outcome",
    "PracticeRunner",
    "PracticeStateError",
    "PracticeView",
    "ScriptSource",
    "Stage",
    "TerminalSource",
    "read_answers_file",
    "run_session",
]
