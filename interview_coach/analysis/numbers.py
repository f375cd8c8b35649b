"""Numbers in an answer, and whether each one states an outcome or only sets the scene.

"All 40 orders arrived by 5 pm" states an outcome; "40 orders were due", "a team of 4" and "5 years ago"
set the scene. The cues are general English, judged in the number's own clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from interview_coach.analysis.base import Context
from interview_coach.domain import Span

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
PERCENT = re.compile(r"%|\bper ?cent\b")  # matched on lowered text
MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|quid|grand)\b", re.I)
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


def lower_keeping_offsets(text: str) -> str:
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
    cues = [m.start() for m in _OUTCOME.finditer(lower_keeping_offsets(context.text))]
    for sentence in context.sentences:
        first = bisect.bisect_left(cues, sentence.start)
        has_outcome = first < len(cues) and cues[first] < sentence.end
        lowered = lower_keeping_offsets(sentence.text)
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
                    and not PERCENT.search(token)
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
