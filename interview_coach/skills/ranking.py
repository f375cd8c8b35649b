"""Rank jobs for one resume, or resumes for one job, best first, each with its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_coach.ingest.job import JobDescription
from interview_coach.ingest.resume import Resume
from interview_coach.skills.coverage import cover


@dataclass
class Ranked:
    name: str
    percent: float
    reasons: list[str] = field(default_factory=list)


def rank_jobs(resume: Resume, jobs: dict[str, JobDescription]) -> list[Ranked]:
    out = []
    for name, job in jobs.items():
        coverage = cover(job, resume)
        out.append(Ranked(name, coverage.percent, coverage.reasons()))
    return sorted(out, key=lambda r: (-r.percent, r.name))


def rank_resumes(job: JobDescription, resumes: dict[str, Resume]) -> list[Ranked]:
    out = []
    for name, resume in resumes.items():
        coverage = cover(job, resume)
        out.append(Ranked(name, coverage.percent, coverage.reasons()))
    return sorted(out, key=lambda r: (-r.percent, r.name))
