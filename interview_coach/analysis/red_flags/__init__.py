"""Red flags in an answer (dimension `red_flag`): the ten flags of the evaluation guide."""

from interview_coach.analysis.red_flags.analyzer import FLAGS, RedFlagAnalyzer

__all__ = ["FLAGS", "RedFlagAnalyzer"]
