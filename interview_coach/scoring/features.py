"""The measured features the rubric scores, read from the analyzers' findings only.

Each feature is named like a finding code (`star.result`, `red_flag.arrogance`) so that a score's
contributions say which finding moved it. A missing analyzer leaves its features at neutral values,
so the rubric degrades instead of failing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from interview_coach.analysis.base import summary_data
from interview_coach.analysis.labels import RED_FLAGS, STAR_PARTS
from interview_coach.domain import Answer, Finding

#: Every feature and the rubric dimension it belongs to (the order is the model's column order).
FEATURE_DIMENSIONS: dict[str, str] = {
    "star.applicable": "structure",
    "star.situation": "structure",
    "star.task": "structure",
    "star.action": "structure",
    "star.result": "structure",
    "specificity.some_detail": "substance",
    "specificity.concrete": "substance",
    "specificity.quantified_result": "substance",
    "specificity.details": "substance",
    "ownership.personal": "substance",
    "relevance.relevant": "relevance",
    "relevance.similarity": "relevance",
    "enthusiasm.connects_to_role": "relevance",
    "enthusiasm.passion_claim": "enthusiasm",
    "enthusiasm.passion_evidence": "enthusiasm",
    "delivery.filler_rate": "delivery",
    "delivery.hesitation_rate": "delivery",
    "length.log_words": "delivery",
    "length.too_short": "delivery",
    "length.too_long": "delivery",
    **{f"red_flag.{flag}": "professionalism" for flag in RED_FLAGS},
}
FEATURES: tuple[str, ...] = tuple(FEATURE_DIMENSIONS)
#: How each feature reads in a report ("what moved the score").
FEATURE_LABELS: dict[str, str] = {
    "star.applicable": "a story was expected",
    "star.situation": "situation",
    "star.task": "task",
    "star.action": "your actions",
    "star.result": "result",
    "specificity.some_detail": "some concrete detail",
    "specificity.concrete": "concrete detail",
    "specificity.quantified_result": "a result with a number",
    "specificity.details": "names, numbers, dates",
    "ownership.personal": "your own part",
    "relevance.relevant": "answers the question",
    "relevance.similarity": "closeness to the question",
    "enthusiasm.connects_to_role": "link to this role",
    "enthusiasm.passion_claim": "enthusiasm said",
    "enthusiasm.passion_evidence": "enthusiasm shown",
    "delivery.filler_rate": "filler words",
    "delivery.hesitation_rate": "hesitations",
    "length.log_words": "length",
    "length.too_short": "too short",
    "length.too_long": "too long",
    **{f"red_flag.{flag}": flag.replace("_", " ") for flag in RED_FLAGS},
}


def feature_label(code: str) -> str:
    """A reader's name for a feature or a cap (`cap.red_flag.arrogance` -> "capped: arrogance")."""
    if code.startswith("cap."):
        return "capped: " + feature_label(code[4:])
    return FEATURE_LABELS.get(code, code)


#: Features that can only lower a score (the fit constrains their weights to be <= 0; all others
#: are >= 0), so that every contribution reads the way an interviewer would expect.
NEGATIVE_FEATURES: frozenset[str] = frozenset(
    {
        "star.applicable",  # a story question with no story in it is worse than no story asked
        "delivery.filler_rate",
        "delivery.hesitation_rate",
        "length.too_short",
        "length.too_long",
        *(code for code in FEATURE_DIMENSIONS if code.startswith("red_flag.")),
    }
)

#: Expected answer length in words per question type (our own reading of common interview advice).
DEFAULT_LENGTH_RANGES: dict[str, tuple[int, int]] = {
    "intro": (60, 250),
    "behavioral": (90, 320),
    "situational": (60, 280),
    "motivation": (50, 220),
    "technical": (50, 260),
    "resume": (50, 240),
    "weakness": (50, 220),
    "strength": (50, 220),
    "closing": (8, 150),
    "culture_fit": (50, 220),
}
_RATE_CAP = 25.0  # fillers per 100 words beyond this are all equally bad


def _flag(value: object, default: bool = False) -> float:
    if value is None:
        return 1.0 if default else 0.0
    return 1.0 if bool(value) else 0.0


def _number(value: object, default: float = 0.0) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _soft(probability: object, decision: object) -> float:
    """An analyzer's probability for a yes/no finding when it gives one, else its decision."""
    value = _number(probability, -1.0)
    return min(1.0, value) if value >= 0.0 else _flag(decision)


def word_count(answer: Answer, findings: Sequence[Finding]) -> int:
    """Words as the length analyzer measured them (a plain whitespace count if it did not run)."""
    for dimension in ("length", "delivery"):
        words = summary_data(findings, dimension).get("words")
        if words is not None:
            return max(0, int(_number(words)))
    return len(answer.text[:200_000].split())


def extract_features(
    answer: Answer,
    findings: Sequence[Finding],
    length_ranges: Mapping[str, Sequence[int]] | None = None,
) -> dict[str, float]:
    """The rubric's feature values for one analysed answer (all finite floats)."""
    ranges = length_ranges or DEFAULT_LENGTH_RANGES
    star = summary_data(findings, "star")
    specificity = summary_data(findings, "specificity")
    ownership = summary_data(findings, "ownership")
    relevance = summary_data(findings, "relevance")
    enthusiasm = summary_data(findings, "enthusiasm")
    delivery = summary_data(findings, "delivery")
    features: dict[str, float] = {}

    applicable = bool(star.get("applicable", False))
    parts = _mapping(star.get("parts"))
    chances = _mapping(star.get("probabilities"))
    features["star.applicable"] = 1.0 if applicable else 0.0
    for part in STAR_PARTS:
        value = _soft(chances.get(part), parts.get(part)) if applicable and parts else 0.0
        features[f"star.{part}"] = value

    level = min(3.0, max(1.0, _number(specificity.get("level"), 1.0)))
    features["specificity.some_detail"] = 1.0 if level >= 2 else 0.0
    features["specificity.concrete"] = 1.0 if level >= 3 else 0.0
    features["specificity.quantified_result"] = _flag(specificity.get("quantified_result"))
    details = sum(
        max(0.0, _number(specificity.get(key)))
        for key in ("numbers", "named_entities", "timeframes")
    )
    features["specificity.details"] = math.log1p(min(details, 50.0))
    features["ownership.personal"] = _soft(
        ownership.get("probability"), ownership.get("personal_ownership")
    )
    features["relevance.relevant"] = _flag(relevance.get("relevant"), default=True)
    similarity = _number(relevance.get("similarity"), 0.0)
    features["relevance.similarity"] = min(1.0, max(0.0, similarity))
    features["enthusiasm.connects_to_role"] = _flag(enthusiasm.get("connects_to_role"))
    features["enthusiasm.passion_claim"] = _flag(enthusiasm.get("passion_claim"))
    features["enthusiasm.passion_evidence"] = _flag(enthusiasm.get("passion_evidence"))

    words = word_count(answer, findings)
    per_100 = 100.0 / max(words, 20)
    fillers = _number(delivery.get("discourse_fillers"))
    hesitations = _number(delivery.get("hesitations"))
    features["delivery.filler_rate"] = min(_RATE_CAP, max(0.0, fillers * per_100))
    features["delivery.hesitation_rate"] = min(_RATE_CAP, max(0.0, hesitations * per_100))

    low, high = ranges.get(answer.question_type, ranges.get("behavioral", (60, 300)))
    length = summary_data(findings, "length")
    if length.get("expected_min") is not None and length.get("expected_max") is not None:
        low = max(1, int(_number(length["expected_min"], low)))
        high = max(low, int(_number(length["expected_max"], high)))
    features["length.log_words"] = math.log1p(words)
    features["length.too_short"] = max(0.0, math.log(max(low, 1) / max(words, 1)))
    features["length.too_long"] = max(0.0, math.log(max(words, 1) / max(high, 1)))

    codes = {finding.code for finding in findings}
    for flag in RED_FLAGS:
        features[f"red_flag.{flag}"] = 1.0 if f"red_flag.{flag}" in codes else 0.0
    return features
