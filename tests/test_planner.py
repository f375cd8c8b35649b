"""Interview plans: every format for job/resume pairs written for these tests, grounding,
no repeats, skills only from the job and resume, determinism and bad input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from interview_coach.ingest.job import JobDescription, parse_job
from interview_coach.ingest.resume import Resume, parse_resume
from interview_coach.questions.formats import UnknownFormatError, format_names
from interview_coach.questions.model import TYPE_ORDER, PlannedQuestion, plan_problems
from interview_coach.questions.planner import build_plan
from interview_coach.questions.tailor import allowed_skills
from interview_coach.skills.extract import extract_skills

FIXTURES = Path(__file__).parent / "fixtures" / "plans"
PAIRS = [
    ("job_support.txt", "resume_support.md"),
    ("job_nurse.txt", "resume_nurse.md"),
    ("job_nurse.txt", "resume_no_experience.txt"),
]


def _read(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


def _pair(job_name: str, resume_name: str) -> tuple[JobDescription, Resume, str]:
    resume_text = _read(resume_name)
    return parse_job(_read(job_name)), parse_resume(resume_text), resume_text


def _allowed(job: JobDescription, resume: Resume) -> set[str]:
    return allowed_skills(job, resume, (*extract_skills(job.title), *extract_skills(job.company)))


@pytest.mark.parametrize("format_name", format_names())
@pytest.mark.parametrize(("job_name", "resume_name"), PAIRS)
def test_every_format_keeps_the_plan_promises(
    format_name: str, job_name: str, resume_name: str
) -> None:
    job, resume, resume_text = _pair(job_name, resume_name)
    for seed in range(3):
        plan = build_plan(job, resume, format_name, seed=seed, notes=_read("notes_support.txt"))
        assert plan_problems(plan, resume_text, _allowed(job, resume)) == []
        types = [q.type for q in plan.questions if q.kind != "group_exercise"]
        assert types[0] == "intro" and types[-1] == "closing"
        assert [TYPE_ORDER.index(t) for t in types] == sorted(TYPE_ORDER.index(t) for t in types)
        assert plan.planned_minutes <= plan.minutes
        assert len(plan.questions) >= 4 and plan.checklist
        assert 5 <= len(plan.to_ask) <= 10
        ids = {p.id for p in plan.personas}
        assert all(q.persona in ids for q in plan.questions)
        data = plan.to_dict()
        for q in data["questions"]:
            assert {"text", "type", "competencies", "minutes", "source"} <= set(q)
            assert q["source"]


def test_panel_has_two_to_four_interviewers_who_all_ask() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    for minutes in (30, 45, 90):
        plan = build_plan(job, resume, "panel", minutes, seed=5)
        assert 2 <= len(plan.personas) <= 4
        assert {q.persona for q in plan.questions} == {p.id for p in plan.personas}
        assert {p.style for p in plan.personas} <= {"formal", "casual"}
    assert len(build_plan(job, resume, "panel", 90).personas) > 2


def test_group_plan_has_an_exercise_and_individual_questions() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    plan = build_plan(job, resume, "group", 60)
    exercises = [q for q in plan.questions if q.kind == "group_exercise"]
    assert len(exercises) == 1 and plan.group_exercise == exercises[0].text
    assert "IT Support Technician" in plan.group_exercise
    assert sum(q.kind != "group_exercise" for q in plan.questions) >= 4


def test_tailored_questions_quote_the_resume_and_cover_the_gap() -> None:
    job, resume, resume_text = _pair("job_support.txt", "resume_support.md")
    plan = build_plan(job, resume, "in_person", 60, seed=1)
    deep = [q for q in plan.questions if q.kind == "deep_dive"]
    assert deep and all(quote in resume_text for q in deep for quote in q.quotes)
    gaps = [q for q in plan.questions if q.kind == "gap"]
    assert gaps and "Microsoft 365" in gaps[0].text  # must-have missing from the resume


def test_longer_interviews_get_more_questions() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    short = build_plan(job, resume, "phone", 15)
    long = build_plan(job, resume, "in_person", 90)
    assert len(long.questions) > len(short.questions)
    assert long.planned_minutes > short.planned_minutes


def test_same_seed_same_plan_new_seed_new_plan() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    first = build_plan(job, resume, "video", seed=11).to_dict()
    assert build_plan(job, resume, "video", seed=11).to_dict() == first
    other = build_plan(job, resume, "video", seed=12).to_dict()
    assert [q["text"] for q in other["questions"]] != [q["text"] for q in first["questions"]]


def test_unknown_format_is_a_clear_error() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    with pytest.raises(UnknownFormatError, match="phone, video, in_person, panel, group"):
        build_plan(job, resume, "zoom call")
    assert build_plan(job, resume, "In-Person").format == "in_person"


def test_bad_input_gives_a_plan_with_notes() -> None:
    job = parse_job(_read("job_noskills.txt"))
    resume = parse_resume(_read("resume_no_experience.txt"))
    plan = build_plan(job, resume, "phone", notes="")
    notes = " ".join(plan.notes)
    assert "No skills were recognised" in notes
    assert "No experience section" in notes
    assert "No company notes" in notes
    assert not any(q.kind in ("deep_dive", "skill", "gap") for q in plan.questions)
    assert plan.questions[0].type == "intro" and plan.questions[-1].type == "closing"


def test_huge_and_odd_company_notes() -> None:
    job, resume, _ = _pair("job_support.txt", "resume_support.md")
    huge = "The depot runs around the clock on weekdays. " * 40_000
    start = time.perf_counter()
    plan = build_plan(job, resume, "video", notes=huge)
    assert time.perf_counter() - start < 1.0
    assert any("long" in n for n in plan.notes)
    odd = build_plan(job, resume, "video", notes="\x00\x01 🙂🙂 ???\n" * 50)
    assert any("No usable sentences" in n for n in odd.notes)


def test_plan_problems_catches_invented_quotes_and_repeats() -> None:
    job, resume, resume_text = _pair("job_support.txt", "resume_support.md")
    plan = build_plan(job, resume, "phone")
    fake = PlannedQuestion(
        'You wrote "Led a team of 40 engineers at Google". How?', "resume", ("ownership",), 3.0,
        "x", kind="deep_dive", quotes=("Led a team of 40 engineers at Google",),
    )  # fmt: skip
    from dataclasses import replace

    broken = replace(plan, questions=(*plan.questions, fake, plan.questions[0]))
    problems = plan_problems(broken, resume_text, _allowed(job, resume))
    assert any("not in the resume" in p for p in problems)
    assert any("repeats" in p for p in problems)
