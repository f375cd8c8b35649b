"""Tailored questions (deep-dives, skills, gaps, company) and the candidate's questions to ask."""

from __future__ import annotations

import random
from pathlib import Path

from interview_coach.analysis.base import prepare
from interview_coach.domain import Answer, Severity
from interview_coach.ingest.job import JobDescription, parse_job
from interview_coach.ingest.resume import Resume, Role, parse_resume
from interview_coach.questions.asking import AskingAnalyzer, judge_questions, questions_to_ask
from interview_coach.questions.tailor import (
    company_questions,
    competencies_for,
    deep_dives,
    gap_questions,
    note_facts,
    quotable,
    role_families,
    skill_questions,
)
from interview_coach.skills.coverage import cover

FIXTURES = Path(__file__).parent / "fixtures" / "plans"


def _job(name: str = "job_support.txt") -> JobDescription:
    return parse_job((FIXTURES / name).read_text("utf-8"))


def _resume(name: str = "resume_support.md") -> Resume:
    return parse_resume((FIXTURES / name).read_text("utf-8"))


def test_role_families_and_competencies_follow_the_job() -> None:
    assert role_families(_job())[0] == "it_support"
    assert role_families(_job("job_nurse.txt"))[0] == "nursing"
    assert role_families(JobDescription(title="")) == ()
    wanted = competencies_for(_job())
    assert wanted[0] == "communication" and "problem_solving" in wanted


def test_deep_dives_quote_only_resume_text() -> None:
    text = (FIXTURES / "resume_support.md").read_text("utf-8")
    questions = deep_dives(_resume(), _job(), random.Random(0), limit=10)
    assert len(questions) == 5
    for q in questions:
        assert q.type == "resume" and q.quotes
        assert all(quote in text for quote in q.quotes)
        assert all(f'"{quote}"' in q.text for quote in q.quotes)
    # bullets with a number or a job skill come first
    assert (
        any(ch.isdigit() for ch in questions[0].quotes[0])
        or "Active Directory" in (questions[0].quotes[0])
    )


def test_parsing_leftovers_are_not_quoted_as_employers() -> None:
    role = Role(title="Analyst", employer="Acme ( , 10", bullets=["Built a weekly sales report"])
    resume = Resume(roles=[role])
    (question,) = deep_dives(resume, JobDescription(), random.Random(0))
    assert question.quotes == ("Built a weekly sales report",)
    assert "Acme" not in question.text


def test_quotable_keeps_a_verbatim_piece() -> None:
    line = (
        "Rebuilt the monthly reporting pipeline for the finance team, which cut the time from "
        "three days to four hours and removed two manual spreadsheet steps for every region"
    )
    piece = quotable(line)
    assert piece in line and len(piece.split()) <= 24
    assert quotable("Short bullet.") == "Short bullet"


def test_skill_and_gap_questions_follow_coverage() -> None:
    coverage = cover(_job(), _resume())
    skills = skill_questions(coverage, random.Random(0))
    named = {s for q in skills for s in q.skills}
    assert "Active Directory" in named
    gaps = gap_questions(coverage)
    gap_skills = {q.skills[0] for q in gaps}
    assert "Microsoft 365" in gap_skills and "Active Directory" not in gap_skills
    assert all(q.kind == "gap" and "don't see it" in q.text for q in gaps)


def test_company_questions_quote_the_notes_and_never_invent() -> None:
    notes = (FIXTURES / "notes_support.txt").read_text("utf-8")
    facts = note_facts(notes)
    assert "What is their IT team size?" not in " ".join(facts)  # questions are not facts
    questions = company_questions(_job(), notes, random.Random(3))
    quoted = [q for q in questions if q.kind == "company"]
    assert len(quoted) == 2 and all(q.quotes[0] in notes for q in quoted)
    assert questions[-1].text.startswith("Why do you want this IT Support Technician role")
    bare = company_questions(JobDescription(), "", random.Random(3))
    assert [q.text for q in bare] == ["Why do you want this role at this company, and why now?"]
    assert note_facts("x" * 1_000_000) == []


def test_questions_to_ask_use_the_job_and_notes() -> None:
    notes = (FIXTURES / "notes_support.txt").read_text("utf-8")
    asked = questions_to_ask(_job(), notes, random.Random(1), count=8)
    assert len(asked) == 8 and len(set(asked)) == 8
    assert any("The posting mentions" in q for q in asked)
    assert any("I read that" in q for q in asked)
    assert 5 <= len(questions_to_ask(JobDescription(), "", random.Random(1), count=30)) <= 10


def test_judging_generic_and_thoughtful_questions() -> None:
    text = (
        "What are the benefits?\n"
        "How much vacation do I get?\n"
        "How will you measure success in this role after six months?\n"
        "How does the team use Active Directory day to day?"
    )
    findings = judge_questions(text, ["Active Directory"])
    summary = findings[0]
    assert summary.code == "asking.summary"
    assert summary.data == {"count": 4, "thoughtful": 2, "generic": 2}
    generic = [f for f in findings if f.code == "asking.generic_question"]
    assert len(generic) == 2 and all(f.severity == Severity.WARNING for f in generic)
    span = generic[0].spans[0]
    assert text[span.start : span.end] == "What are the benefits?"
    thoughtful = [f for f in findings if f.code == "asking.thoughtful_question"]
    assert "Active Directory" in thoughtful[-1].message


def test_no_questions_is_a_problem_and_junk_never_raises() -> None:
    codes = [f.code for f in judge_questions("")]
    assert codes == ["asking.summary", "asking.none"]
    for junk in ("🙂" * 1000, "\x00\xff" * 500, "?" * 10_000, "a" * 2_000_000):
        findings = judge_questions(junk)
        assert findings[0].code == "asking.summary"
    answer = Answer(text="What are the perks?", skills=("Python",))
    out = AskingAnalyzer()(answer, prepare(answer))
    assert [f.code for f in out] == ["asking.summary", "asking.generic_question", "asking.too_few"]
