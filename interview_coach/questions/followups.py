"""The follow-up probe: the one question a real interviewer would ask next.

The probe is chosen from the findings by priority (a dodged question first, then a missing story,
then the weakest part of the story) and phrased from a few variants picked by a stable hash of the
answer text, so the same answer always gets the same question. A strong answer gets no probe.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from interview_coach.analysis.base import summary_data
from interview_coach.domain import Answer, Finding

STORY_TYPES = frozenset({"behavioral", "situational"})
#: Flags a real interviewer would probe; the others (swearing, oversharing) are better left alone.
_FLAG_PROBES: tuple[tuple[str, str], ...] = (
    ("red_flag.blame_shifting", "own_part"),
    ("red_flag.negative_about_employer", "fair_view"),
    ("red_flag.money_focus", "beyond_pay"),
    ("red_flag.low_enthusiasm", "beyond_pay"),
    ("red_flag.cliche", "real_weakness"),
    ("red_flag.arrogance", "learned_from_others"),
)

#: Phrasings per probe; a key "probe:question_type" holds variants for that question type.
PHRASINGS: dict[str, tuple[str, ...]] = {
    "reask": (
        "Let me bring you back to the question: {question}",
        "I'd like to hear your answer to the question itself: {question}",
        "Coming back to what I asked: {question}",
    ),
    "no_questions": (
        "No problem. Is there anything about the team or the first few months you'd like to know?",
        "That's fine. Before we finish, is there anything you'd want to know about how we work?",
    ),
    "example": (
        "Can you give me a specific example?",
        "Could you walk me through one particular time that happened?",
        "Can you think of a concrete case and take me through it?",
    ),
    "example:technical": (
        "Can you walk me through a time you actually did that, step by step?",
        "Could you give me a concrete example from a project where you used that?",
    ),
    "example:motivation": (
        "What specifically about this role caught your attention?",
        "Can you point to a moment that made you want to do this kind of work?",
    ),
    "example:intro": (
        "Which piece of that experience are you proudest of, and why?",
        "Can you pick one thing you did there and tell me a bit more about it?",
    ),
    "example:weakness": (
        "Can you tell me about a time that weakness affected your work, and what you did about it?",
        "When did that last show up at work, and how did you handle it?",
    ),
    "example:strength": (
        "Can you tell me about a time that strength made a real difference?",
        "Where did that strength help you most recently? Walk me through it.",
    ),
    "situation": (
        "Can you set the scene: where were you and what was going on?",
        "Before we go on, what was the situation? Where were you working at the time?",
        "Give me a bit of background first: what was happening when this came up?",
    ),
    "personal": (
        "What did you personally do?",
        "What was your own part in that, as opposed to the team's?",
        "If I asked your teammates, which part of that would they say was yours?",
    ),
    "result": (
        "What was the outcome?",
        "How did it turn out in the end?",
        "What changed as a result of what you did?",
    ),
    "result:situational": (
        "And how do you think that would play out?",
        "What outcome would you be aiming for, and how would you know you got there?",
    ),
    "number": (
        "Can you put a number on that?",
        "How much of a difference did it make, roughly, in numbers?",
        "Do you know how big the improvement was: time saved, money, customers?",
    ),
    "connect": (
        "How does that connect to this role?",
        "What makes this particular job the right next step for you?",
    ),
    "own_part": (
        "Looking back, what would you do differently yourself?",
        "What part of that outcome do you think was yours?",
    ),
    "fair_view": (
        "How do you think your manager there would describe you?",
        "What did you learn from working in that environment?",
    ),
    "beyond_pay": (
        "Beyond the practical side, what interests you about the work itself?",
        "What would make this job one you'd look forward to on a Monday morning?",
    ),
    "real_weakness": (
        "Can you give me an example of when that actually caused a problem for you?",
        "What is something you are actively working to improve right now?",
    ),
    "learned_from_others": (
        "Tell me about something a colleague taught you.",
        "When was the last time someone changed your mind at work?",
    ),
}
_MAX_QUESTION_WORDS = 25
_FIRST_QUESTION = re.compile(r"[^?]*\?")


def _stable_index(text: str, probe: str, count: int) -> int:
    digest = hashlib.sha256(f"{probe}\x00{text}".encode("utf-8", "replace")).digest()
    return int.from_bytes(digest[:4], "big") % count


def _brief_question(question: str) -> str:
    """The question's first sentence, cut to a length that can be repeated aloud."""
    text = " ".join(question.split())
    match = _FIRST_QUESTION.search(text)
    text = match.group().strip() if match else text
    words = text.split()
    if len(words) > _MAX_QUESTION_WORDS:
        text = " ".join(words[:_MAX_QUESTION_WORDS]).rstrip(",;:") + "..."
    return text


def phrase(probe: str, answer: Answer) -> str:
    """One phrasing of a probe, picked deterministically from the answer text."""
    options = PHRASINGS.get(f"{probe}:{answer.question_type}") or PHRASINGS[probe]
    chosen = options[_stable_index(answer.text, probe, len(options))]
    if "{question}" in chosen:
        chosen = chosen.format(question=_brief_question(answer.question))
    return chosen


def choose_probe(answer: Answer, findings: Sequence[Finding]) -> str | None:
    """The name of the probe to ask (a key of PHRASINGS without the type), or None."""
    codes = {f.code for f in findings}
    qtype = answer.question_type
    if not answer.text.strip():
        return "reask" if answer.question.strip() else None
    off = "red_flag.off_topic" in codes or "relevance.off_question" in codes
    if off or summary_data(findings, "relevance").get("relevant") is False:
        return "reask" if answer.question.strip() else "example"
    if qtype == "closing":
        return "no_questions" if "red_flag.no_questions" in codes else None
    for code, probe in _FLAG_PROBES:
        if code in codes:
            return probe
    star = summary_data(findings, "star")
    parts = star.get("parts") if isinstance(star.get("parts"), Mapping) else {}
    specificity = summary_data(findings, "specificity")
    level = specificity.get("level")
    vague = "specificity.vague" in codes or level == 1
    if star.get("applicable") and parts:
        if not parts.get("action") and not parts.get("situation"):
            return "example"
        if not parts.get("result"):
            return "result"
        owned = summary_data(findings, "ownership").get("personal_ownership")
        if owned is False or "ownership.we_only" in codes:
            return "personal"
        if not parts.get("situation"):
            return "situation"
        if specificity.get("quantified_result") is False and qtype != "situational":
            return "number"
        return None
    if vague:
        return "example"
    if (
        qtype == "motivation"
        and summary_data(findings, "enthusiasm").get("connects_to_role") is False
    ):
        return "connect"
    return None


def choose_follow_up(answer: Answer, findings: Sequence[Finding]) -> str | None:
    """The follow-up question for this answer, or None when the answer needs no probe."""
    probe = choose_probe(answer, findings)
    return None if probe is None else phrase(probe, answer)
