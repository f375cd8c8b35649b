"""Use cases for documents: extract a job or resume, match them, rank folders of them.

Each function takes paths and returns plain data; the CLI and web layers only render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_coach.ingest import DocumentError, read_document
from interview_coach.ingest.job import JobDescription, parse_job
from interview_coach.ingest.resume import Resume, parse_resume
from interview_coach.skills.coverage import Coverage, cover
from interview_coach.skills.ranking import Ranked, rank_jobs, rank_resumes

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt")


def load_job(path: str | Path) -> JobDescription:
    return parse_job(read_document(path))


def load_resume(path: str | Path) -> Resume:
    return parse_resume(read_document(path))


def extract_job(path: str | Path) -> dict[str, Any]:
    """The job fields of the evaluation contract (jobs-dev/README.md) plus responsibilities."""
    return load_job(path).to_dict()


def extract_resume(path: str | Path) -> dict[str, Any]:
    """The resume fields of the evaluation contract plus contact details and roles."""
    data = load_resume(path).to_dict()
    data.pop("sections", None)
    return data


def match(resume_path: str | Path, job_path: str | Path) -> Coverage:
    return cover(load_job(job_path), load_resume(resume_path))


@dataclass
class RankResult:
    ranked: list[Ranked]
    skipped: list[str] = field(default_factory=list)


def _documents(folder: str | Path) -> list[Path]:
    root = Path(folder)
    if not root.is_dir():
        raise DocumentError(root, "not a folder")
    return sorted(p for p in root.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)


def rank_jobs_for_resume(resume_path: str | Path, jobs_folder: str | Path) -> RankResult:
    resume = load_resume(resume_path)
    jobs: dict[str, JobDescription] = {}
    skipped: list[str] = []
    for path in _documents(jobs_folder):
        try:
            jobs[path.name] = load_job(path)
        except DocumentError as exc:
            skipped.append(str(exc))
    return RankResult(rank_jobs(resume, jobs), skipped)


def rank_resumes_for_job(resumes_folder: str | Path, job_path: str | Path) -> RankResult:
    job = load_job(job_path)
    resumes: dict[str, Resume] = {}
    skipped: list[str] = []
    for path in _documents(resumes_folder):
        try:
            resumes[path.name] = load_resume(path)
        except DocumentError as exc:
            skipped.append(str(exc))
    return RankResult(rank_resumes(job, resumes), skipped)
