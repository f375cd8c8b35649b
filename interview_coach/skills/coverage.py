"""How far a resume covers a job: each job skill is shown, only listed, or missing.

A skill is *shown* when an experience, project or certification line names it (or names a
product of it: Jenkins shows CI/CD); *listed* when it appears only in a skills list or summary;
*missing* otherwise. Must-haves weigh twice as much as nice-to-haves.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from interview_coach.ingest.job import JobDescription
from interview_coach.ingest.resume import Resume
from interview_coach.skills.extract import skills_by_line

SHOWN, LISTED, MISSING = "shown", "listed", "missing"
WEIGHTS = {"must_have": 2.0, "nice_to_have": 1.0}
CREDIT = {SHOWN: 1.0, LISTED: 0.5, MISSING: 0.0}
PROOF_SECTIONS = ("experience", "projects", "volunteer", "certifications")
METHOD = (
    "match = sum(weight x credit) / sum(weight) over the job's skills; weight 2 for a must-have "
    "and 1 for a nice-to-have; credit 1 when a resume line shows the skill, 0.5 when it is only "
    "listed, 0 when it is missing"
)


@dataclass
class SkillCoverage:
    skill: str
    importance: str
    status: str
    evidence: str = ""
    talking_point: str = ""


@dataclass
class Coverage:
    job_title: str
    candidate: str
    percent: float
    method: str
    skills: list[SkillCoverage] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def by_status(self, status: str) -> list[SkillCoverage]:
        return [s for s in self.skills if s.status == status]

    def reasons(self, limit: int = 3) -> list[str]:
        must = [s for s in self.skills if s.importance == "must_have"]
        shown = [s.skill for s in must if s.status == SHOWN]
        missing = [s.skill for s in must if s.status == MISSING]
        out = []
        if shown:
            out.append(f"shows {len(shown)}/{len(must)} must-haves ({', '.join(shown[:limit])})")
        if missing:
            out.append(f"missing {', '.join(missing[:limit])}")
        return out


def proof_lines(resume: Resume) -> list[tuple[str, str]]:
    """(line, kind) pairs: role bullets first, then the lines of every other section."""
    lines: list[tuple[str, str]] = []
    for role in resume.roles:
        lines.extend((bullet, "experience") for bullet in role.bullets)
    for kind, text in resume.sections.items():
        if kind == "experience":
            continue
        lines.extend((line, kind) for line in text.split("\n") if line.strip())
    return lines


def _gap_point(skill: str, importance: str) -> str:
    if importance == "must_have":
        return (
            f"Say plainly that you have not used {skill} on the job; name the closest thing "
            "you have done and how you would get up to speed (a course, a side project)."
        )
    return f"{skill} is a plus, not a requirement: mention it only if you are learning it."


def _phrase_proof(skill: str, lines: list[tuple[str, str]]) -> tuple[str, str] | None:
    """A line naming `skill` word for word: job skills read outside the taxonomy (list items
    such as "Safety stock planning") are found in the resume this way."""
    pattern = re.compile(r"(?<!\w)" + re.escape(skill) + r"(?:e?s)?(?!\w)", re.I)
    found: tuple[str, str] | None = None
    for line, kind in lines:
        if pattern.search(line):
            status = SHOWN if kind in PROOF_SECTIONS else LISTED
            if status == SHOWN:
                return status, line
            found = found or (status, line)
    return found


def cover(job: JobDescription, resume: Resume) -> Coverage:
    index: dict[str, tuple[str, str]] = {}
    lines = proof_lines(resume)
    found = skills_by_line([line for line, _ in lines], with_links=True)
    for (line, kind), names in zip(lines, found, strict=True):
        status = SHOWN if kind in PROOF_SECTIONS else LISTED
        for name in names:
            key = name.lower()
            if key not in index or (index[key][0] == LISTED and status == SHOWN):
                index[key] = (status, line)
    resume_skills = {s.lower() for s in resume.skills}
    items: list[SkillCoverage] = []
    total = earned = 0.0
    for importance in ("must_have", "nice_to_have"):
        for skill in getattr(job, importance):
            status, line = index.get(skill.lower()) or _phrase_proof(skill, lines) or (MISSING, "")
            if status == MISSING and skill.lower() in resume_skills:
                status = LISTED
            if status == SHOWN:
                point = f'Build a story on: "{line}" (what was the situation, what did you do?)'
            elif status == LISTED:
                point = (
                    f"{skill} is only listed: prepare one concrete example of using it "
                    "and add it as a bullet."
                )
            else:
                point = _gap_point(skill, importance)
            items.append(SkillCoverage(skill, importance, status, line, point))
            total += WEIGHTS[importance]
            earned += WEIGHTS[importance] * CREDIT[status]
    percent = round(100.0 * earned / total, 1) if total else 0.0
    return Coverage(job.title, resume.name, percent, METHOD, items)
