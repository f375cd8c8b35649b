"""Questions made for one job and one resume: deep-dives that quote the candidate's own roles and
bullets, questions on the job's must-have skills, honest-gap questions for must-haves the resume
lacks, and why-company questions that quote the user's company notes.

Grounding: every quoted string is copied from the document it names, never reworded, so a reader
can find it there. Nothing is said about the candidate or company that the documents do not say.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from interview_coach.ingest.job import JobDescription
from interview_coach.ingest.resume import Resume
from interview_coach.questions.model import PlannedQuestion
from interview_coach.skills.coverage import LISTED, MISSING, SHOWN, Coverage
from interview_coach.skills.taxonomy import load_taxonomy

MAX_NOTES_CHARS = 20_000
_NUMBER = re.compile(r"\d")
#: An employer name clean enough to quote (parsing leftovers such as "( , 10" are not).
_CLEAN_NAME = re.compile(r"^\w[\w&.,'’ -]{0,80}[\w.]$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r"[;,:]\s+|\s+(?:and|which|while)\s+")


@dataclass(frozen=True)
class _Signals:
    titles: tuple[tuple[str, re.Pattern[str]], ...]
    categories: dict[str, str]
    soft: dict[str, str]


@lru_cache(maxsize=1)
def _signals() -> _Signals:
    """Title patterns, category and soft-skill tables from `data/role_signals.yaml`."""
    text = resources.files("interview_coach.data").joinpath("role_signals.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return _Signals(
        titles=tuple((str(f), re.compile(str(p), re.I)) for f, p in data["title_families"]),
        categories={str(k): str(v) for k, v in data["category_families"].items()},
        soft={str(k): str(v) for k, v in data["soft_competencies"].items()},
    )


BASE_COMPETENCIES = ("problem_solving", "adaptability", "teamwork", "failure", "conflict")


def role_families(job: JobDescription) -> tuple[str, ...]:
    """The job's one or two most likely role families: title words count three, skills one."""
    scores: dict[str, float] = {}
    for family, pattern in _signals().titles:
        if pattern.search(job.title):
            scores[family] = scores.get(family, 0.0) + 3.0
    by_name = load_taxonomy().by_name()
    for skill in (*job.must_have, *job.nice_to_have):
        entry = by_name.get(skill.lower())
        linked = _signals().categories.get(entry.category) if entry else None
        if linked:
            scores[linked] = scores.get(linked, 0.0) + 1.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return ()
    best = ranked[0][1]
    return tuple(f for f, s in ranked[:2] if s >= best * 0.6)


def competencies_for(job: JobDescription) -> tuple[str, ...]:
    soft = _signals().soft
    wanted = [soft[s] for s in job.soft_skills if s in soft]
    return tuple(dict.fromkeys((*wanted, *BASE_COMPETENCIES)))


def quotable(line: str, max_words: int = 24) -> str:
    """A verbatim piece of `line` short enough to quote: the whole line, or its first clause."""
    text = line.strip().rstrip(".;")
    if len(text.split()) <= max_words:
        return text
    for match in _CLAUSE.finditer(text):
        head = text[: match.start()].strip()
        if 6 <= len(head.split()) <= max_words:
            return head
    words = text.split()
    return " ".join(words[:max_words]) if " ".join(words) == text else text[:160].strip()


def _bullet_score(bullet: str, skills: set[str], rng: random.Random) -> float:
    words = len(bullet.split())
    score = 2.0 if _NUMBER.search(bullet) else 0.0
    score += sum(1.5 for s in skills if s in bullet.lower())
    score += 1.0 if 6 <= words <= 30 else 0.0
    return score + rng.random()


_DEEP_DIVE = (
    'You wrote "{quote}"{at}. Walk me through how you did that, step by step.',
    'Your resume says "{quote}"{at}. What was your own part in it, and what would you change now?',
    'Tell me more about "{quote}"{at}: what was the situation, and how did you know it worked?',
)
_ROLE_DIVE = (
    'You were "{title}"{at}. What did a normal week look like, and what are you proudest of there?',
    'Why did you move on from your time as "{title}"{at}, and what did it teach you?',
)


def deep_dives(
    resume: Resume, job: JobDescription, rng: random.Random, limit: int = 4
) -> list[PlannedQuestion]:
    """Questions quoting the candidate's own bullets (best evidence first) and role titles."""
    skills = {s.lower() for s in (*job.must_have, *job.nice_to_have)}
    found: list[tuple[float, PlannedQuestion]] = []
    for role in resume.roles[:4]:
        name = role.employer.strip()
        ok = bool(_CLEAN_NAME.match(name)) and (not role.header or name in role.header)
        at = f' at "{name}"' if ok else ""
        employer = (name,) if ok else ()
        for bullet in role.bullets:
            quote = quotable(bullet)
            if len(quote.split()) < 4:
                continue
            text = rng.choice(_DEEP_DIVE).format(quote=quote, at=at)
            question = PlannedQuestion(
                text, "resume", ("ownership", "problem_solving"), 0.0, bullet,
                kind="deep_dive", quotes=(quote, *employer),
            )  # fmt: skip
            found.append((_bullet_score(bullet, skills, rng), question))
        if role.title and not role.bullets and (not role.header or role.title in role.header):
            text = rng.choice(_ROLE_DIVE).format(title=role.title, at=at)
            question = PlannedQuestion(
                text, "resume", ("self_awareness",), 0.0, role.header or role.title,
                kind="deep_dive", quotes=(role.title, *employer),
            )  # fmt: skip
            found.append((1.0 + rng.random(), question))
    found.sort(key=lambda pair: -pair[0])
    return [q for _, q in found[:limit]]


def skill_questions(coverage: Coverage, rng: random.Random) -> list[PlannedQuestion]:
    """One question per must-have skill the resume shows or lists, in the job's order."""
    out: list[PlannedQuestion] = []
    for item in coverage.skills:
        if item.importance != "must_have" or item.status == MISSING:
            continue
        skill = item.skill
        if item.status == SHOWN and item.evidence:
            quote = quotable(item.evidence)
            text = (
                f'This role relies on {skill}. You wrote "{quote}". Tell me about one hard '
                f"problem you solved with {skill} there and how you went about it."
            )
            out.append(
                PlannedQuestion(
                    text,
                    "technical",
                    ("technical_depth", "problem_solving"),
                    0.0,
                    item.evidence,
                    kind="skill",
                    skills=(skill,),
                    quotes=(quote,),
                )  # fmt: skip
            )
        elif item.status in (SHOWN, LISTED):
            text = rng.choice(
                (
                    f"Your resume lists {skill}, and this job needs it every day. Give me a "
                    "concrete example of using it and what came of it.",
                    f"How have you used {skill} in practice? Pick one piece of work and take me "
                    "through it.",
                )
            )
            out.append(
                PlannedQuestion(
                    text,
                    "technical",
                    ("technical_depth",),
                    0.0,
                    f"job must-have: {skill}",
                    kind="skill",
                    skills=(skill,),
                )  # fmt: skip
            )
    return out


def gap_questions(coverage: Coverage) -> list[PlannedQuestion]:
    """Honest-gap questions for the must-haves the resume does not show or list."""
    out: list[PlannedQuestion] = []
    for item in coverage.by_status(MISSING):
        if item.importance != "must_have":
            continue
        text = (
            f"The job asks for {item.skill}, and I don't see it on your resume. What is the "
            "closest thing you have done, and how would you get up to speed in your first months?"
        )
        out.append(
            PlannedQuestion(
                text,
                "situational",
                ("learning", "self_awareness"),
                0.0,
                f"job must-have: {item.skill}",
                kind="gap",
                skills=(item.skill,),
                looks_for=("Owns the gap honestly", "A concrete plan to learn it"),
            )  # fmt: skip
        )
    return out


def note_facts(notes: str, limit: int = 8) -> list[str]:
    """Quotable sentences from the company notes: statements of 5 to 35 words, not questions."""
    facts: list[str] = []
    for piece in _SENTENCE_END.split(notes[:MAX_NOTES_CHARS]):
        sentence = piece.strip().lstrip("-*• ").strip()
        if sentence.endswith("?") or not 5 <= len(sentence.split()) <= 35:
            continue
        if not re.search(r"[A-Za-z]{3}", sentence) or sentence in facts:
            continue
        facts.append(sentence.rstrip("."))
        if len(facts) >= limit:
            break
    return facts


def company_questions(job: JobDescription, notes: str, rng: random.Random) -> list[PlannedQuestion]:
    """Why-this-company and why-this-role questions; company facts only from the user's notes."""
    company = job.company.strip() or "this company"
    title = job.title.strip()
    role = f"this {title} role" if title else "this role"
    out: list[PlannedQuestion] = []
    facts = note_facts(notes)
    rng.shuffle(facts)
    for fact in facts[:2]:
        text = (
            f'Your notes on {company} say "{fact}". Why does that matter to you, and how would '
            "it shape your work here?"
        )
        out.append(
            PlannedQuestion(
                text,
                "motivation",
                ("motivation", "culture_fit"),
                0.0,
                fact,
                kind="company",
                quotes=(fact,),
            )  # fmt: skip
        )
    out.append(
        PlannedQuestion(
            f"Why do you want {role} at {company}, and why now?",
            "motivation",
            ("motivation",),
            0.0,
            f"job title: {title or '(none)'}",
            kind="role",
        )  # fmt: skip
    )
    return out


def allowed_skills(job: JobDescription, resume: Resume, extra: Iterable[str] = ()) -> set[str]:
    """Lower-cased skills a plan may name: the job's and the resume's."""
    names = (*job.must_have, *job.nice_to_have, *job.soft_skills, *resume.skills, *extra)
    return {n.lower() for n in names}
