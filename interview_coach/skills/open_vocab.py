"""Skills the taxonomy does not know, read from list-like lines.

Postings and resumes name many tools and methods no fixed list can hold ("Methods: demand
forecasting, safety stock planning", "Cvent · Eventbrite"). The labelling rules keep such a skill
under a short name, usually the very words of the list item, so an item of a list that the
taxonomy does not cover is a candidate skill. Rules on the item's shape decide whether it names a
product (an uncommon capitalised word) or a method (a noun phrase ending in a word such as
"planning" or "therapy") rather than a place, a benefit or a working style. A learned model was
tried first; the labelled data held too few such items to train one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from interview_coach.analysis.encoder import load_vocabulary
from interview_coach.skills.soft import find_soft_skills

_LABEL = re.compile(r"^([A-Za-z][A-Za-z /&'’-]{1,30}):\s+(?=\S)")
_BULLET = re.compile(r"^(?:[-*+•▪◦●○■□►▸▶‣⁃∙·✓✔➢➤❖→⇒»–—]|\d{1,2}[.)])\s*")
_SPLIT = re.compile(r"\s*(?:[,;|·•▪]|\s/\s|\s{3,})\s*")
_JOINER = re.compile(r"\s+(?:and|or|&|and/or)\s+", re.I)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]?")
_BRACKETED = re.compile(r"[(\[][^)\]]*(?:[)\]]|$)")
_LEAD = re.compile(
    r"^(?:(?:strong|solid|advanced|basic|working|proven|good|excellent|deep|hands-on|"
    r"demonstrated|some|prior|practical|familiarity|expert|expertise|proficient|"
    r"proficiency|knowledge|experience|understanding|background|skills?|fluency|fluent|"
    r"comfort|comfortable|ability|exposure)\s+)+(?:(?:with|in|of|using|on|to|at)\s+)?",
    re.I,
)
_TRAIL = re.compile(
    r"\s+(?:experience|skills?|knowledge|a plus|is a plus|preferred|required|"
    r"preferably|desired|helpful|a bonus|nice to have|basics|exposure)\.?$",
    re.I,
)
_VERSION = re.compile(r"\s+v?\d+(?:\.\d+)*\+?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.'’/-]*")
MAX_WORDS = 5
MAX_CHARS = 48


@dataclass(frozen=True)
class Candidate:
    """A list item that may name a skill; offsets point into the text it was read from."""

    text: str
    start: int
    end: int


def _clean(item: str) -> str:
    item = _PAREN.sub("", item).strip(" \t.:-–—*\"'")
    item = _LEAD.sub("", item)
    item = _TRAIL.sub("", item)
    item = _VERSION.sub("", item)
    return item.strip(" \t.:-–—*\"'")


def _pieces(body: str, listy: bool) -> list[tuple[str, int]]:
    """The items of a line with their offsets in `body`."""
    out: list[tuple[str, int]] = []
    position = 0
    for part in _SPLIT.split(body):
        found = body.find(part, position)
        offset = found if found >= 0 else position
        position = offset + len(part)
        subparts = _JOINER.split(part) if listy else [part]
        cursor = offset
        for sub in subparts:
            sub_offset = body.find(sub, cursor)
            sub_offset = sub_offset if sub_offset >= 0 else cursor
            cursor = sub_offset + len(sub)
            out.append((sub, sub_offset))
    return out


def line_candidates(
    line: str, line_start: int, covered: Sequence[tuple[int, int]] = ()
) -> list[Candidate]:
    """Candidate items of one line (a list line, a labelled line or a short bullet)."""
    stripped = line.strip()
    if not stripped:
        return []
    lead = len(line) - len(line.lstrip())
    bullet_match = _BULLET.match(stripped)
    bullet = bullet_match is not None
    body_offset = lead + (bullet_match.end() if bullet_match else 0)
    body = stripped[bullet_match.end() :] if bullet_match else stripped
    label = _LABEL.match(body)
    labelled = label is not None and len(label.group(1).split()) <= 3
    if label and labelled:
        body_offset += label.end()
        body = body[label.end() :]
    # Parts listed in parentheses fold into their owner: blank them out, offsets unchanged.
    body = _BRACKETED.sub(lambda m: " " * len(m.group(0)), body)
    rough = _SPLIT.split(body.strip())
    listy = len(rough) >= 3 or (labelled and len(rough) >= 2)
    line_words = len(_WORD.findall(body))
    pair = len(rough) == 2 and line_words <= 2 * MAX_WORDS
    if not (listy or labelled or pair or (bullet and line_words <= MAX_WORDS)):
        return []
    out: list[Candidate] = []
    pieces = _pieces(body, listy or pair)
    for piece, offset in pieces:
        text = _clean(piece)
        words = _WORD.findall(text)
        if not words or len(words) > MAX_WORDS or len(text) > MAX_CHARS or not text[0].isalpha():
            if pair:
                return []  # "Python, and more": two items only count when both are skills
            continue
        start = line_start + body_offset + offset + max(0, piece.find(text[:8]))
        candidate = Candidate(text, start, start + len(text))
        if _overlaps(candidate, covered):
            continue  # a taxonomy skill: listed already
        if looks_like_skill(candidate):
            out.append(candidate)
        elif pair and not listy and not labelled:
            return []
    return out


_FUNCTION_WORDS = frozenset(
    "and or but with by the a an every you your not to for of in on at our we is are be plus "
    "who that this these those as if from into per via than then including incl such like".split()
)
_NOT_SKILL_WORDS = re.compile(
    r"\b(?:salary|pay|bonus|equity|medical|dental|vision|pension|insurance|pto|holidays?|"
    r"full-time|part-time|remote|hybrid|on-?site|shifts?|weekends?|degree|diploma|bachelor'?s?|"
    r"master'?s|years?|months?|record|board|department|university|college|school|inc|llc|ltd|"
    r"paid|allowance|stipend|reimbursement|discount|tuition|continuing|"
    r"company|team|roles?|people|clients?|customers?|patients?)\b",
    re.I,
)
# Head words of methods and practices: what a multi-word skill name ends with.
_METHOD_HEAD = re.compile(
    r"(?:ing|tion|sion|ment|ysis|yses|ance|ence|ogy|ics|apy|ure|acy|ship)$|^(?:design|"
    r"control|care|support|review|repair|entry|audit|law|writing|theory)$",
    re.I,
)
_PHRASE_LINK = re.compile(r"\s(?:under|with|to|for|at|from|on|when|while|like)\s", re.I)
_TITLE_END = re.compile(r"(?:ist|ian|er|or)s?$", re.I)


@cache
def _verb_forms() -> frozenset[str]:
    """Verb forms the matcher knows from skill names ("troubleshoot" of Troubleshooting)."""
    from interview_coach.skills.extract import default_matcher

    index = default_matcher().verbs
    return frozenset(index.verbs) | frozenset(index.singles)


@cache
def _common_words() -> frozenset[str]:
    """Whole words of the BERT vocabulary: the common English words (and common names)."""
    return frozenset(t for t in load_vocabulary() if t.isalpha())


def looks_like_skill(candidate: Candidate) -> bool:
    """A named product (an uncommon capitalised word or name) or a method noun phrase."""
    text = candidate.text
    words = text.split()
    if words[0].lower() in _FUNCTION_WORDS or re.search(r"[^\w\s.+#&/'’-]|\d", text):
        return False
    if _NOT_SKILL_WORDS.search(text) or find_soft_skills(text) or _PHRASE_LINK.search(text):
        return False
    if len(words) == 1:
        word = words[0]
        return (
            word[0].isupper()
            and word.lower() not in _common_words()
            and not _TITLE_END.search(word)
            and not word.lower().endswith(("ing", "ed"))
            and word.lower() not in _verb_forms()  # "Troubleshoot", "Maintain"
            and not word.isupper()  # "TX", "IMC": acronyms the taxonomy does not know stay out
        )
    if all(w[0].isupper() for w in words):  # a product name: "Calyx Point", not "Orchard Lane"
        return any(w.lower() not in _common_words() for w in words)
    return bool(_METHOD_HEAD.search(words[-1])) and not any(w.isupper() for w in words[1:])


def candidates(text: str, covered: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """List items of `text` not overlapping any `covered` span (the taxonomy's mentions)."""
    out: list[Candidate] = []
    seen: set[str] = set()
    offset = 0
    for line in text.split("\n"):
        for candidate in line_candidates(line, offset, covered):
            key = candidate.text.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append(candidate)
        offset += len(line) + 1
    return out


def _overlaps(candidate: Candidate, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < candidate.end and candidate.start < end for start, end in spans)


def open_skills(text: str) -> list[str]:
    """Skill names read from the list items of `text` that no taxonomy entry covers."""
    from interview_coach.skills.extract import default_matcher

    text = text[:200_000]
    covered = [(m.start, m.end) for m in default_matcher().find(text)]
    return [candidate.text for candidate in candidates(text, covered)]  # already one per name
