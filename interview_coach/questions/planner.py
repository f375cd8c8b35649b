"""Build an interview plan for one job, resume and format.

The format's slot list (intro, company, resume, skill, behavioral, ...) is filled in priority
order while the time budget lasts; each slot draws from a pool of tailored questions and bank
questions shuffled with `random.Random(seed)`, so a seed always gives the same plan. The chosen
questions are then put in a realistic asking order and closed with the candidate's questions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import cycle, islice

from interview_coach.ingest.job import JobDescription
from interview_coach.ingest.resume import Resume
from interview_coach.questions import tailor
from interview_coach.questions.asking import questions_to_ask
from interview_coach.questions.bank import BankQuestion, QuestionBank, load_bank
from interview_coach.questions.formats import Format, get_format
from interview_coach.questions.model import (
    TYPE_ORDER,
    InterviewPlan,
    PlannedQuestion,
    asked_skills,
)
from interview_coach.questions.personas import assign, choose_panel, lead_for
from interview_coach.questions.stories import Story, match_stories
from interview_coach.skills.coverage import cover
from interview_coach.skills.extract import extract_skills

MIN_MINUTES = 5
#: Bank questions that state something about "our" company are left out: the plan never
#: asserts facts about a company that the user's notes do not give.
_ASSERTS_COMPANY = re.compile(r"^(?:we|our)\b|\bwe (?:work|are|have|use|expect)\b", re.I)
MAX_MINUTES = 240
_SLOT_TYPES = {"company": "motivation", "skill": "technical", "gap": "situational"}


def _from_bank(q: BankQuestion, allowed: set[str]) -> PlannedQuestion:
    return PlannedQuestion(
        text=q.text,
        type=q.type,
        competencies=q.competencies,
        minutes=0.0,
        source=q.id,
        skills=tuple(s for s in q.skills if s.lower() in allowed),
        follow_ups=q.follow_ups,
        looks_for=q.looks_for,
    )


class _Pools:
    """Shuffled candidate questions per slot; `take` returns the next one that may be asked."""

    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.pools: dict[str, list[PlannedQuestion]] = {}
        self.used: set[str] = set()

    def add(self, slot: str, questions: Sequence[PlannedQuestion]) -> None:
        self.pools.setdefault(slot, []).extend(questions)

    def take(self, slot: str) -> PlannedQuestion | None:
        pool = self.pools.get(slot, [])
        while pool:
            question = pool.pop(0)
            key = " ".join(question.text.lower().split())
            source = f"source:{question.source}" if question.kind in ("deep_dive", "skill") else ""
            if key in self.used or source in self.used:
                continue
            if not asked_skills(question) <= self.allowed:
                continue
            self.used.update((key, source) if source else (key,))
            return question
        return None


def _seniority_ok(q: BankQuestion, seniority: str) -> bool:
    return "any" in q.seniority or seniority in q.seniority


def _bank_pool(
    bank: QuestionBank,
    rng: random.Random,
    families: tuple[str, ...],
    seniority: str,
    keep: Callable[[BankQuestion], bool],
) -> list[BankQuestion]:
    """Matching bank questions: those for the job's role families first, each group shuffled."""
    specific: list[BankQuestion] = []
    general: list[BankQuestion] = []
    for q in bank.questions:
        if not keep(q) or not _seniority_ok(q, seniority) or _ASSERTS_COMPANY.search(q.text):
            continue
        if any(f in q.role_families for f in families):
            specific.append(q)
        elif "any" in q.role_families:
            general.append(q)
    rng.shuffle(specific)
    rng.shuffle(general)
    return specific + general


def _shows(competency: str) -> Callable[[BankQuestion], bool]:
    return lambda q: q.type == "behavioral" and competency in q.competencies


def _behavioral(
    bank: QuestionBank, rng: random.Random, families: tuple[str, ...], seniority: str,
    competencies: tuple[str, ...],
) -> list[BankQuestion]:  # fmt: skip
    """One behavioral question per wanted competency in turn, then the rest."""
    pools = {c: _bank_pool(bank, rng, families, seniority, _shows(c)) for c in competencies}
    out: list[BankQuestion] = []
    for round_ in range(3):
        for c in competencies:
            if len(pools[c]) > round_:
                out.append(pools[c][round_])
    rest = _bank_pool(bank, rng, families, seniority, lambda q: q.type == "behavioral")
    return out + rest


def _fill(fmt: Format, pools: _Pools, budget: float) -> list[PlannedQuestion]:
    chosen: list[PlannedQuestion] = []
    spent = 0.0
    exhausted: set[str] = set()
    repeats = list(islice(cycle(fmt.repeat), len(fmt.repeat) * 6))
    for slot in (*fmt.priority, *repeats):
        if slot in exhausted:
            continue
        minutes = fmt.minutes_for(_SLOT_TYPES.get(slot, slot))
        if spent + minutes > budget and chosen:
            continue
        question = pools.take(slot)
        if question is None and slot == "technical":
            question = pools.take("skill")
        if question is None:
            exhausted.add(slot)
            continue
        minutes = fmt.minutes_for(question.type)
        chosen.append(replace(question, minutes=minutes))
        spent += minutes
    return chosen


def _notes(job: JobDescription, resume: Resume, notes: str, fmt: Format, minutes: int) -> list[str]:
    out: list[str] = []
    if not (job.must_have or job.nice_to_have):
        out.append(
            "No skills were recognised in the job description: skill and gap questions are left "
            "out and technical questions follow the job title only."
        )
    if not resume.roles:
        out.append(
            "No experience section or roles were found in the resume: there are no deep-dive "
            "questions on past jobs. Check the resume has a 'Work experience' heading."
        )
    if not notes.strip():
        out.append(
            "No company notes were given: the why-company question is generic. Add a notes file "
            "(--company) with facts about the company to practise a researched answer."
        )
    elif len(notes) > tailor.MAX_NOTES_CHARS:
        out.append(
            f"The company notes are long: only the first {tailor.MAX_NOTES_CHARS} characters "
            "were read."
        )
    elif not tailor.note_facts(notes):
        out.append("No usable sentences were found in the company notes.")
    if not fmt.min_minutes <= minutes <= fmt.max_minutes:
        out.append(
            f"{minutes} minutes is outside the usual {fmt.min_minutes}-{fmt.max_minutes} minutes "
            f"of a {fmt.label.lower()}; the plan uses it anyway."
        )
    return out


def build_plan(
    job: JobDescription,
    resume: Resume,
    format_name: str = "video",
    minutes: int | None = None,
    *,
    seed: int = 0,
    notes: str = "",
    stories: Sequence[Story] = (),
    bank: QuestionBank | None = None,
) -> InterviewPlan:
    """A plan for this job, resume and format; raises UnknownFormatError for an unknown format."""
    fmt = get_format(format_name)
    total = max(MIN_MINUTES, min(MAX_MINUTES, minutes or fmt.default_minutes))
    bank = bank or load_bank()
    rng = random.Random(seed)
    families = tailor.role_families(job)
    seniority = job.seniority if job.seniority in ("entry", "mid", "senior", "lead") else "mid"
    allowed = tailor.allowed_skills(
        job, resume, (*extract_skills(job.title), *extract_skills(job.company))
    )
    coverage = cover(job, resume)
    pools = _Pools(allowed)

    def bank_slot(slot: str, kind: str) -> None:
        found = _bank_pool(bank, rng, families, seniority, lambda q: q.type == kind)
        pools.add(slot, [_from_bank(q, allowed) for q in found])

    for slot in ("intro", "motivation", "culture_fit", "strength", "weakness", "situational"):
        bank_slot(slot, slot)
    pools.add("company", tailor.company_questions(job, notes, rng))
    pools.add("resume", tailor.deep_dives(resume, job, rng))
    bank_slot("resume", "resume")
    pools.add("skill", tailor.skill_questions(coverage, rng))
    pools.add("gap", tailor.gap_questions(coverage))
    competencies = tailor.competencies_for(job)
    behavioral = _behavioral(bank, rng, families, seniority, competencies)
    pools.add("behavioral", [_from_bank(q, allowed) for q in behavioral])
    technical = [
        q
        for q in _bank_pool(bank, rng, families, seniority, lambda q: q.type == "technical")
        if any(f in q.role_families for f in families)
        and all(s.lower() in allowed for s in q.skills)
    ]
    pools.add("technical", [_from_bank(q, allowed) for q in technical])

    exercise = ""
    exercise_minutes = 0
    if fmt.exercises:
        exercise_minutes = round(total * fmt.exercise_share)
        exercise = rng.choice(fmt.exercises).format(
            minutes=exercise_minutes, title=job.title.strip() or "new team member"
        )
    budget = total - fmt.closing_minutes - exercise_minutes
    chosen = _fill(fmt, pools, budget)
    chosen.sort(key=lambda q: TYPE_ORDER.index(q.type))
    if exercise:
        chosen.insert(
            1,
            PlannedQuestion(
                exercise, "situational", ("teamwork", "communication", "leadership"),
                float(exercise_minutes), "format: group exercise", kind="group_exercise",
            ),
        )  # fmt: skip
    closing = next(q for q in bank.questions if q.type == "closing")
    chosen.append(replace(_from_bank(closing, allowed), minutes=float(fmt.closing_minutes)))

    if fmt.personas[1] > 1:
        count = fmt.personas[0] + max(0, (total - 30) // 20)
        panel = choose_panel(min(fmt.personas[1], count), rng)
    else:
        panel = (lead_for(fmt.name),)
    placed = tuple(replace(q, persona=who) for q, who in assign(chosen, panel))

    plan_notes = _notes(job, resume, notes, fmt, total)
    matches, warnings = match_stories(placed, stories) if stories else ([], [])
    return InterviewPlan(
        format=fmt.name,
        format_label=fmt.label,
        minutes=total,
        seed=seed,
        job_title=job.title,
        company=job.company,
        role_families=families,
        questions=placed,
        personas=panel,
        checklist=fmt.checklist,
        to_ask=tuple(questions_to_ask(job, notes, rng)),
        group_exercise=exercise,
        notes=tuple(plan_notes + warnings),
        story_matches=tuple(matches),
    )
