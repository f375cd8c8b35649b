"""Specificity: how concrete an answer is, and whether it states an outcome with a number.

Concrete details are found with general cues (numbers, amounts, time frames, names of tools and
places, acronyms); a *quantified result* is a number in a sentence that reports a change or an
outcome ("cut it from three days to one", "up 20%"), not a number that only sets the scene ("a team
of 4", "5 years ago"). A small logistic model over these cues (weights in `models/content.json`)
turns them into the 1-3 level and the quantified-result decision; without it, plain rules decide.
"""

from __future__ import annotations

import math
import re

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models
from interview_coach.analysis.numbers import (
    MONEY,
    PERCENT,
    NumberMention,
    lower_keeping_offsets,
    number_mentions,
)
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

MODEL_FILE = "content.json"

_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+(?:[A-Z][a-z]+)*\b")
_ACRONYM = re.compile(r"\b(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+[A-Z][a-z]+[A-Za-z]*|\w+\.js)\b")
_TIMEFRAME = re.compile(
    r"\b(?:last|this|next|that|every|each|within|after|over|in)\s+(?:year|month|week|quarter|"
    r"summer|winter|spring|autumn|term|semester|sprint|morning|evening|night)\b|\b(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|recently)\b|\b(?:19|20)\d\d\b",
)
_GENERIC = re.compile(
    r"\b(?:always|things?|stuff|everything|something|whatever|various|many|lots of|a lot|"
    r"hard[- ]?working|team player|people person|perfectionist|detail[- ]orien\w+|"
    r"fast learner|passionate|motivated|reliable|go the extra mile|think outside the box|"
    r"in general|generally|usually|normally|would|try to|i'd|i would)\b",
)
_PAST_I = re.compile(
    r"\bI\s+(?:\w+ed|built|made|ran|set|wrote|led|took|found|got|did|went|"
    r"spoke|told|put|sat|met|brought|bought|taught|began|chose|drew)\b"
)
_NOT_PROPER = frozenset(
    "I I'm I've I'd I'll OK Okay Yes No So And But Then Also Honestly Um Uh".lower().split()
)


def features(
    answer: Answer, context: Context, mentions: list[NumberMention] | None = None
) -> dict[str, float]:
    """Hand features shared by the analyzer and `scripts/train_content.py`."""
    text = context.text
    lowered = lower_keeping_offsets(text)
    words = max(1, len(context.tokens))
    mentions = number_mentions(context) if mentions is None else mentions
    proper = [
        m for m in _PROPER.finditer(text) if m.group().lower() not in _NOT_PROPER and m.start() > 0
    ]
    acronyms = _ACRONYM.findall(text)
    outcome = sum(1 for m in mentions if m.outcome)
    late = 0.6 * len(text)  # results are usually told last
    late_numbers = sum(1 for m in mentions if m.span.start >= late)
    return {
        "log_words": math.log1p(words),
        "numbers": float(len(mentions)),
        "numbers_rate": 100.0 * len(mentions) / words,
        "outcome_numbers": float(outcome),
        "has_outcome_number": float(outcome > 0),
        "late_numbers": float(min(late_numbers, 5)),
        "late_outcome": float(sum(1 for m in mentions if m.outcome and m.span.start >= late)),
        "local_outcome": float(min(sum(1 for m in mentions if m.local), 5)),
        "percent": float(len(PERCENT.findall(lowered))),
        "money": float(len(MONEY.findall(text))),
        "proper_rate": 100.0 * len(proper) / words,
        "acronyms": float(min(len(acronyms), 10)),
        "timeframes": float(min(len(_TIMEFRAME.findall(lowered)), 10)),
        "generic_rate": 100.0 * len(_GENERIC.findall(lowered)) / words,
        "past_i": float(min(len(_PAST_I.findall(text)), 15)),
        "spoken": float(answer.spoken),
    }


def _load() -> dict[str, LinearModel]:
    try:
        models = load_models(MODEL_FILE)
    except (ModelUnavailableError, OSError, ValueError, KeyError):
        return {}
    wanted = ("quantified_result", "specificity_ge2", "specificity_ge3")
    return {k: models[k] for k in wanted if k in models}


class SpecificityAnalyzer:
    """Level 1-3 of concreteness and whether an outcome is stated with a number."""

    name = "specificity"

    def __init__(self, models: dict[str, LinearModel] | None = None) -> None:
        self._models = _load() if models is None else models

    def _decide(self, key: str, feats: dict[str, float], fallback: bool) -> bool:
        model = self._models.get(key)
        return model.decide(feats) if model is not None else fallback

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        mentions = number_mentions(context)
        feats = features(answer, context, mentions)
        text = context.text
        quantified = bool(context.tokens) and self._decide(
            "quantified_result", feats, feats["outcome_numbers"] > 0
        )
        concrete_score = feats["numbers"] + feats["acronyms"] + feats["timeframes"]
        concrete_score += feats["proper_rate"] * feats["log_words"] / 10
        level = 1
        if context.tokens and self._decide("specificity_ge2", feats, concrete_score >= 2):
            level = 2
            if self._decide("specificity_ge3", feats, concrete_score >= 5):
                level = 3
        detail_spans = _detail_spans(text, mentions)
        findings = [
            summary(
                "specificity",
                f"Specificity level {level} of 3.",
                level=level,
                quantified_result=quantified,
                numbers=int(feats["numbers"]),
                outcome_numbers=int(feats["outcome_numbers"]),
                named_entities=len(detail_spans) - len(mentions),
                timeframes=int(feats["timeframes"]),
            )
        ]
        findings.extend(_level_findings(level, detail_spans))
        findings.extend(_quantified_findings(answer, quantified, mentions, feats))
        return findings


def _detail_spans(text: str, mentions: list[NumberMention]) -> list[Span]:
    spans = [m.span for m in mentions]
    spans.extend(Span(m.start(), m.end()) for m in _ACRONYM.finditer(text))
    spans.extend(Span(m.start(), m.end()) for m in _TIMEFRAME.finditer(lower_keeping_offsets(text)))
    for match in _PROPER.finditer(text):
        if match.group().lower() not in _NOT_PROPER:
            spans.append(Span(match.start(), match.end()))
    unique = sorted(set(spans), key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in unique:  # drop spans nested in an earlier one
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _level_findings(level: int, spans: list[Span]) -> list[Finding]:
    if level == 1:
        return [
            Finding(
                "specificity.vague",
                Severity.WARNING,
                "The answer stays general: no names, numbers or time frames anchor it.",
                "Add concrete details: where and when it happened, the tools or people involved, "
                "and how big the problem or the result was.",
            )
        ]
    if level == 3 and spans:
        return [
            Finding(
                "specificity.concrete",
                Severity.STRENGTH,
                "Concrete details (names, numbers, time frames) make the answer believable.",
                "Keep this level of detail; it is what interviewers remember.",
                spans=tuple(spans[:12]),
            )
        ]
    return []


def _quantified_findings(
    answer: Answer, quantified: bool, mentions: list[NumberMention], feats: dict[str, float]
) -> list[Finding]:
    if quantified:
        best = [m.span for m in mentions if m.outcome] or [m.span for m in mentions]
        return [
            Finding(
                "specificity.quantified",
                Severity.STRENGTH,
                "The result is stated with a number.",
                "Good: a measured outcome is the strongest evidence of impact.",
                spans=tuple(best[:4]),
            )
        ]
    story = answer.question_type in {"behavioral", "situational", "strength", "intro", "resume"}
    if story and feats["log_words"] > math.log1p(25):
        return [
            Finding(
                "specificity.unquantified_result",
                Severity.INFO,
                "The outcome is not measured: the answer gives no number for what changed.",
                "Can you put a number on it? For example: 'which cut the time from [number] to "
                "[number]' or 'which [number] customers used'.",
            )
        ]
    return []
