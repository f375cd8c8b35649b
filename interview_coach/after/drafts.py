"""Drafts written only from the facts the user gives: where a fact is missing the draft holds a
`[placeholder]` to fill in, never a guess. The wording is ours and deliberately plain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class InterviewFacts:
    """What the user told us about the interview (empty means unknown)."""

    job: str = ""
    company: str = ""
    interviewers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    candidate: str = ""
    interview_day: str = ""  # as the user wrote it: "Tuesday", "12 May"


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    placeholders: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return f"Subject: {self.subject}\n\n{self.body}"

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "body": self.body, "placeholders": list(self.placeholders)}


def _clean(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(v.split()) for v in values if v and v.strip())


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


class _Filler:
    """Fills facts in and remembers which placeholders were needed."""

    def __init__(self) -> None:
        self.missing: list[str] = []

    def __call__(self, value: str, placeholder: str) -> str:
        value = " ".join(value.split())
        if value:
            return value
        token = f"[{placeholder}]"
        if token not in self.missing:
            self.missing.append(token)
        return token


def _greeting(fill: _Filler, interviewers: tuple[str, ...]) -> str:
    return f"Dear {_join(interviewers) if interviewers else fill('', 'Interviewer name')},"


def thank_you_draft(facts: InterviewFacts) -> Draft:
    """A short thank-you note for after an interview."""
    fill = _Filler()
    people = _clean(facts.interviewers)
    topics = _clean(facts.topics)
    greeting = _greeting(fill, people)
    job = fill(facts.job, "Job title")
    company = fill(facts.company, "Company")
    when = f" on {' '.join(facts.interview_day.split())}" if facts.interview_day.strip() else ""
    you = "all of you" if len(people) > 1 else "you"
    if topics:
        talk = f"I especially enjoyed our conversation about {_join(topics)}."
    else:
        talk = f"I especially enjoyed our conversation about {fill('', 'a topic you discussed')}."
    body = "\n\n".join(
        [
            greeting,
            f"Thank you for taking the time to meet me{when} about the {job} role at {company}. "
            f"{talk}",
            f"Our discussion confirmed my interest in the role and in joining {company}. "
            f"If {you} would find any further information useful, I would be glad to provide it.",
            "Thank you again for your time, and I look forward to hearing from you.",
            f"Kind regards,\n{fill(facts.candidate, 'Your name')}",
        ]
    )
    subject = f"Thank you: {job} interview"
    return Draft(subject=subject, body=body, placeholders=tuple(fill.missing))


def decline_draft(facts: InterviewFacts, *, offer: bool = False) -> Draft:
    """A polite decline (of an offer, or of going further) that keeps the door open."""
    fill = _Filler()
    people = _clean(facts.interviewers)
    topics = _clean(facts.topics)
    greeting = _greeting(fill, people)
    job = fill(facts.job, "Job title")
    company = fill(facts.company, "Company")
    what = "the offer for" if offer else "the next steps for"
    liked = (
        f"I valued learning about {_join(topics)}, and it was a difficult decision."
        if topics
        else "It was a difficult decision."
    )
    body = "\n\n".join(
        [
            greeting,
            f"Thank you for the time you spent with me and for considering me for the {job} role "
            f"at {company}. After careful thought, I have decided to decline {what} this role. "
            f"{liked}",
            f"I have a great deal of respect for {company} and would be glad to stay in touch. "
            "I hope our paths cross again, and I would welcome hearing about future roles "
            "where I could be a good fit.",
            "Thank you again, and best wishes.",
            f"Kind regards,\n{fill(facts.candidate, 'Your name')}",
        ]
    )
    return Draft(subject=f"{job} role: thank you", body=body, placeholders=tuple(fill.missing))
