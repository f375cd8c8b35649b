"""The plan's nouns: a question placed in a plan, an interviewer persona and the whole plan.

All are frozen so that a built plan cannot drift; `to_dict` gives the JSON of `plan --json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from interview_coach.skills.extract import extract_skills

#: The realistic asking order of question types (closing holds the candidate's own questions).
TYPE_ORDER: tuple[str, ...] = (
    "intro",
    "motivation",
    "resume",
    "behavioral",
    "situational",
    "technical",
    "culture_fit",
    "strength",
    "weakness",
    "closing",
)


@dataclass(frozen=True)
class PlannedQuestion:
    """One question of a plan.

    `source` is the bank id, or the resume, job or company-notes line the question draws on;
    `quotes` are the exact strings the text puts in quotation marks (each is in that document).
    `kind` says how the question was made: bank, deep_dive, skill, gap, company or role.
    """

    text: str
    type: str
    competencies: tuple[str, ...]
    minutes: float
    source: str
    kind: str = "bank"
    skills: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    looks_for: tuple[str, ...] = ()
    persona: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "type": self.type,
            "competencies": list(self.competencies),
            "minutes": self.minutes,
            "source": self.source,
            "kind": self.kind,
            "skills": list(self.skills),
            "quotes": list(self.quotes),
            "follow_ups": list(self.follow_ups),
            "looks_for": list(self.looks_for),
            "persona": self.persona,
        }


@dataclass(frozen=True)
class Persona:
    """A panel interviewer: what they ask about and how they speak."""

    id: str
    name: str
    role: str
    focus: tuple[str, ...]
    style: str  # formal | casual
    talk: str  # brief | chatty
    opener: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "focus": list(self.focus),
            "style": self.style,
            "talk": self.talk,
            "opener": self.opener,
        }


@dataclass(frozen=True)
class InterviewPlan:
    """A whole practice interview for one job, resume and format, in asking order."""

    format: str
    format_label: str
    minutes: int
    seed: int
    job_title: str
    company: str
    role_families: tuple[str, ...]
    questions: tuple[PlannedQuestion, ...]
    personas: tuple[Persona, ...] = ()
    checklist: tuple[str, ...] = ()
    to_ask: tuple[str, ...] = ()
    group_exercise: str = ""
    notes: tuple[str, ...] = ()
    story_matches: tuple[dict[str, Any], ...] = field(default=())

    @property
    def planned_minutes(self) -> float:
        return round(sum(q.minutes for q in self.questions), 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "format_label": self.format_label,
            "minutes": self.minutes,
            "planned_minutes": self.planned_minutes,
            "seed": self.seed,
            "job_title": self.job_title,
            "company": self.company,
            "role_families": list(self.role_families),
            "questions": [q.to_dict() for q in self.questions],
            "personas": [p.to_dict() for p in self.personas],
            "checklist": list(self.checklist),
            "to_ask": list(self.to_ask),
            "group_exercise": self.group_exercise,
            "notes": list(self.notes),
            "story_matches": [dict(m) for m in self.story_matches],
        }


@lru_cache(maxsize=4096)
def named_skills(text: str) -> tuple[str, ...]:
    """Lower-cased taxonomy skills a question text names (cached: bank texts repeat)."""
    return tuple(s.lower() for s in extract_skills(text))


def asked_skills(question: PlannedQuestion) -> set[str]:
    """Skills the question itself names, outside the resume text it quotes (quoted resume text
    names only skills the resume has)."""
    text = question.text
    if question.kind in ("deep_dive", "skill"):
        for quote in question.quotes:
            text = text.replace(quote, " ")
    return set(named_skills(text))


def plan_problems(plan: InterviewPlan, resume_text: str, allowed: set[str]) -> list[str]:
    """What breaks the plan's promises: a repeated question, a quote that is not in the resume
    (or notes), a skill outside `allowed` (lower-cased job and resume skills)."""
    problems: list[str] = []
    seen: set[str] = set()
    flat = " ".join(resume_text.split()).casefold()
    for number, q in enumerate(plan.questions, 1):
        key = " ".join(q.text.casefold().split())
        if key in seen:
            problems.append(f"question {number} repeats an earlier one")
        seen.add(key)
        if q.kind in ("deep_dive", "skill"):
            for quote in q.quotes:
                if " ".join(quote.split()).casefold() not in flat:
                    problems.append(f"question {number} quotes text not in the resume: {quote!r}")
        outside = sorted(asked_skills(q) - allowed)
        if outside:
            problems.append(f"question {number} names skills outside job and resume: {outside}")
    return problems
