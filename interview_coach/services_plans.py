"""Use cases for plans and stories: plan an interview from files, render it as Markdown, keep and
tag stories, judge the candidate's own questions. The CLI and web layers only render results."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview_coach.domain import Finding
from interview_coach.errors import InputFormatError
from interview_coach.questions.asking import judge_questions
from interview_coach.questions.model import InterviewPlan
from interview_coach.questions.planner import build_plan
from interview_coach.questions.stories import Story, StoryCoverage, story_coverage, tag_story
from interview_coach.questions.tailor import MAX_NOTES_CHARS, competencies_for
from interview_coach.services_documents import load_job, load_resume

if TYPE_CHECKING:
    from interview_coach.storage import Store, StoryRecord

#: Notes files larger than this are read only up to it (the planner reads less still).
MAX_NOTES_BYTES = 4 * MAX_NOTES_CHARS


def read_notes(value: str | None) -> str:
    """Company notes from a file path, or the text itself when `value` is not a file."""
    if not value:
        return ""
    path = Path(value)
    try:
        is_file = path.is_file()
    except OSError:  # a long pasted text is not a valid path
        is_file = False
    if not is_file:
        return value
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_NOTES_BYTES)
    except OSError as exc:
        raise InputFormatError(f"cannot read the company notes {path}: {exc.strerror}") from exc
    return data.decode("utf-8", errors="replace")


def plan_interview(
    job_path: str | Path,
    resume_path: str | Path,
    *,
    format_name: str = "video",
    minutes: int | None = None,
    seed: int = 0,
    company: str | None = None,
    stories: Sequence[Story] = (),
) -> InterviewPlan:
    """Read the job, the resume and the notes, then build the plan (format checked first)."""
    from interview_coach.questions.formats import get_format

    get_format(format_name)
    job = load_job(job_path)
    resume = load_resume(resume_path)
    return build_plan(
        job,
        resume,
        format_name,
        minutes,
        seed=seed,
        notes=read_notes(company),
        stories=stories,
    )


def plan_markdown(plan: InterviewPlan) -> str:
    """A printable plan: questions with time and interviewer, checklist, questions to ask."""
    personas = {p.id: p for p in plan.personas}
    title = plan.job_title or "the role"
    at = f" at {plan.company}" if plan.company else ""
    lines = [
        f"# {plan.format_label}: {title}{at}",
        "",
        f"{plan.minutes} minutes planned ({plan.planned_minutes} in questions), seed {plan.seed}.",
        "",
    ]
    if len(plan.personas) > 1:
        lines += ["## Panel", ""]
        for p in plan.personas:
            lines.append(f"- **{p.name}**, {p.role} ({p.style}, {p.talk}): {p.opener}")
        lines.append("")
    lines += ["## Questions", ""]
    for number, q in enumerate(plan.questions, 1):
        who = personas.get(q.persona)
        asker = f" ({who.name})" if who and len(plan.personas) > 1 else ""
        lines.append(f"{number}. **[{q.type}, {q.minutes:g} min]**{asker} {q.text}")
        if q.looks_for:
            lines.append(f"   - Looks for: {'; '.join(q.looks_for)}")
    if plan.story_matches:
        lines += ["", "## Stories to use", ""]
        for match in plan.story_matches:
            story = match["story"] or "no story yet: write one"
            lines.append(f"- Question {match['question'] + 1}: {story}")
    lines += ["", "## Questions to ask them", ""]
    lines += [f"- {q}" for q in plan.to_ask]
    lines += ["", "## Preparation checklist", ""]
    lines += [f"- [ ] {item}" for item in plan.checklist]
    if plan.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {n}" for n in plan.notes]
    return "\n".join(lines) + "\n"


def judge_candidate_questions(text: str, job_path: str | Path | None = None) -> list[Finding]:
    """Findings on the questions the candidate means to ask (generic versus thoughtful)."""
    terms: list[str] = []
    if job_path is not None:
        job = load_job(job_path)
        terms = [*job.must_have, *job.nice_to_have, job.company]
    return judge_questions(text, terms)


# Stories -------------------------------------------------------------------------------------
def story_from_record(record: StoryRecord) -> Story:
    return Story(
        title=record.title,
        text=record.text,
        skills=tuple(record.skills),
        competencies=tuple(record.competencies),
        star={str(k): bool(v) for k, v in record.star.items()},
        id=record.id,
    )


def add_story(
    store: Store,
    title: str,
    text: str,
    *,
    skills: Sequence[str] = (),
    competencies: Sequence[str] = (),
) -> Story:
    """Tag the story (skills, competencies, STAR parts) and keep it; given tags are kept first."""
    if not title.strip() or not text.strip():
        raise InputFormatError("a story needs a title and some text")
    story = tag_story(title, text, skills=skills, competencies=competencies)
    record = store.add_story(
        story.title,
        story.text,
        skills=story.skills,
        competencies=story.competencies,
        star=dict(story.star),
    )
    return story_from_record(record)


def list_stories(store: Store) -> list[Story]:
    return [story_from_record(r) for r in store.list_stories()]


def stories_coverage(store: Store, job_path: str | Path | None = None) -> StoryCoverage:
    """Which of the job's competencies and must-haves the stored stories cover."""
    from interview_coach.questions.tailor import BASE_COMPETENCIES

    job = load_job(job_path) if job_path is not None else None
    wanted = competencies_for(job) if job is not None else BASE_COMPETENCIES
    return story_coverage(list_stories(store), wanted, job)
