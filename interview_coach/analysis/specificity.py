"""Specificity: how concrete an answer is, and whether it states an outcome with a number.

Concrete details are found with general cues (numbers, amounts, time frames, names of tools and
places, acronyms); a *quantified result* is a number in a sentence that reports a change or an
outcome ("cut it from three days to one", "up 20%"), not a number that only sets the scene ("a team
of 4", "5 years ago"). A small logistic model over these cues (weights in `models/content.json`)
turns them into the 1-3 level and the quantified-result decision; without it, plain rules decide.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

MODEL_FILE = "content.json"

_SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen half third quarter"
)
_NUMBER = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?"
    r"|\b\d[\d,.]*(?:\s?(?:%|percent|per cent|k\b|m\b|x\b))?"
    rf"|\b(?:{'|'.join(_SMALL.split())})(?:[- ](?:{'|'.join(_SMALL.split())}))*\b"
    r"(?:\s?(?:%|percent|per cent))?"
    r"|\b(?:twice|halved|doubled|tripled|quadrupled)\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"%|\bper ?cent\b")  # matched on lowered text
_MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|quid|grand)\b", re.I)
_TIME_UNIT = re.compile(
    r"^\s*(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"quarters?|shifts?|sprints?)\b",
    re.IGNORECASE,
)
#: Numbers that only set the scene: experience, age, team size, ago.
_SCENE_AFTER = re.compile(
    r"^\s*(?:years?|months?)\s+(?:ago|old|of (?:experience|age)|experience|in\b)|^\s*(?:years?|yrs)"
    r"\b(?!\s+(?:to|down|up|from))",
    re.IGNORECASE,
)
_SCENE_BEFORE = re.compile(
    r"(?:team of|one of|group of|aged|age of|for about|for around|for|since|in|at|year|level|"
    r"grade|key stage|route|version|v|mode|step)\s*$",
    re.IGNORECASE,
)
#: Words that report a change or an outcome in the same sentence as a number.
_OUTCOME = re.compile(
    r"\b(?:cut|cutting|reduc\w*|increas\w*|improv\w*|grew|grow\w*|rais\w*|saved?|saving\w*|"
    r"drop\w*|fell|fall\w*|went (?:from|up|down)|go(?:es|ne)? (?:from|up|down)|gone|down to|"
    r"up to|up from|down from|lift\w*|halved|doubled|tripled|boost\w*|shrank|shrunk|lower\w*|"
    r"higher|faster|slower|fewer|less|more than|achiev\w*|hit|reached|won|beat|came (?:first|"
    r"second|third|fourth|fifth|\d)|ranked|top|record|instead of|compared (?:to|with)|"
    r"by the end|within|converted|conversion|retention|released|recovered|resolved|closed|"
    r"completed|delivered|finished|passed|scored|rating|result\w*|outcome|now|only|missed|lost|"
    r"short of|under|over budget|generated|brought in|sold|signed|renewed|adoption|rate|per|"
    r"a (?:second|minute|day|week|month)|on time|handled|got|gave us|since)\b",
)
#: Outcome cues that must sit in the number's own clause: completion and arrival verbs, ranks,
#: "from X to Y", "all N", "N out of M", "zero ...", budget and schedule results.
_CLAUSE_OUTCOME = re.compile(
    r"\b(?:arriv\w*|shipped|launched|went live|cleared|processed|served|answered|fixed|caught|"
    r"finish\w*|complet\w*|deliver\w*|pass\w*|won|hit|reach\w*|clos\w*|resolv\w*|ranked|placed|"
    r"came in|by the end|all (?:of )?(?:the |our |my )?(?:\d|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten)|every one|out of|zero|none|no more|not (?:a )?single|"
    r"not one|(?:did ?n[o']t|never) (?:have|get|see|lose|miss)\w* (?:another|a single|any)|"
    r"(?:under|over|within) (?:budget|target)|ahead of|on time|from\b[^,;.]{1,40}?\bto)\b",
)
#: Setup cues: a number in the same clause after one of these is the task, not the outcome.
_CLAUSE_SETUP = re.compile(
    r"\b(?:due|needed|needs?|had to|have to|has to|was asked|were asked|asked (?:me )?to|supposed to|"
    r"target(?:ed)? (?:of|was)|goal (?:of|was)|aim(?:ed)? (?:to|for)|plann?ed|expected|scheduled|"
    r"at the start|originally|to (?:do|get through|process|pack|fill)|left to|waiting|backlog of|"
    r"i'm|i am)\b",
)
#: "40 orders were due", "two more were booked": the number's subject is the task.
_SETUP_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:were|was|is|are|had been)\s+(?:due|needed|expected|scheduled|"
    r"planned|booked|ordered|waiting|outstanding|left)\b"
)
#: Where one clause ends and the next begins inside a sentence.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014]|\s-\s|\b(?:and|but|which|while|because|so|when|whereas|although)\b"
)
#: A rank told with an ordinal ("came fourth", "finished 2nd").
_RANK = re.compile(
    r"\b(?:came|finished|placed|ranked|rated)\s+(?:in\s+)?(?:the\s+)?((?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|top)\b|\d+(?:st|nd|rd|th)\b)",
    re.IGNORECASE,
)
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


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (a few characters change length when lowered)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


@dataclass(frozen=True)
class NumberMention:
    span: Span
    outcome: bool  # in a sentence that reports a change or an outcome, and not scene-setting
    local: bool = False  # an outcome cue sits in the number's own clause


def _bounds(breaks: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Where the clause around `start:end` begins and ends (at most 100 characters each side)."""
    index = bisect.bisect_right(ends, start)
    head = ends[index - 1] if index else 0
    later = bisect.bisect_left(breaks, end)
    return max(head, start - 100), min(
        breaks[later] if later < len(breaks) else end + 100, end + 100
    )


def _within(hits: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether one of the (start, end) matches, sorted by start, lies inside low:high."""
    index = bisect.bisect_left(hits, (low, -1))
    return any(end <= high for _, end in hits[index : index + 8] if _ <= high)


def number_mentions(context: Context) -> list[NumberMention]:
    """Every number in the answer, marked when it states an outcome.

    A number is an outcome when its own clause has an outcome cue and no setup cue before it
    ("all 40 orders arrived", not "40 orders were due"), or when its sentence reports a change.
    Cue matches are found once per sentence and looked up per clause, so long texts stay linear.
    """
    out: list[NumberMention] = []
    cues = [m.start() for m in _OUTCOME.finditer(_lower(context.text))]
    for sentence in context.sentences:
        first = bisect.bisect_left(cues, sentence.start)
        has_outcome = first < len(cues) and cues[first] < sentence.end
        lowered = _lower(sentence.text)
        cut = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(lowered)]
        breaks, ends = [c[0] for c in cut], [c[1] for c in cut]
        wins = [(m.start(), m.end()) for m in _CLAUSE_OUTCOME.finditer(lowered)]
        setups = [(m.start(), m.end()) for m in _CLAUSE_SETUP.finditer(lowered)]
        ranks = {(m.start(1), m.end(1)) for m in _RANK.finditer(sentence.text)}
        found = {(m.start(), m.end()) for m in _NUMBER.finditer(sentence.text)}
        starts = {a for a, _ in found}
        found |= {r for r in ranks if r[0] not in starts}
        for begin, end in sorted(found):
            token = lowered[begin:end]
            after = sentence.text[end : end + 30]
            scene = (
                token == "one"
                or bool(_SCENE_AFTER.match(after))
                or (
                    bool(_SCENE_BEFORE.search(sentence.text[max(0, begin - 14) : begin]))
                    and not _PERCENT.search(token)
                )
            )
            low, high = _bounds(breaks, ends, begin, end)
            setup = _within(setups, low, begin) or bool(_SETUP_AFTER.match(lowered, end, high))
            local = (begin, end) in ranks or _within(wins, low, high)
            local = local and not setup and not scene
            outcome = local or (has_outcome and not scene and not setup)
            start = sentence.start + begin
            out.append(NumberMention(Span(start, start + end - begin), outcome, local))
    return out


def features(
    answer: Answer, context: Context, mentions: list[NumberMention] | None = None
) -> dict[str, float]:
    """Hand features shared by the analyzer and `scripts/train_content.py`."""
    text = context.text
    lowered = _lower(text)
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
        "percent": float(len(_PERCENT.findall(lowered))),
        "money": float(len(_MONEY.findall(text))),
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
    spans.extend(Span(m.start(), m.end()) for m in _TIMEFRAME.finditer(_lower(text)))
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
