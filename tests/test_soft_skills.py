"""Soft skills: general phrasings of each skill, look-alike phrases that are not the skill, and
the stricter reading applied to resumes."""

from __future__ import annotations

import pytest

from interview_coach.ingest.job import parse_job
from interview_coach.skills.soft import find_soft_skills, find_stated_soft_skills, soft_skill_spans


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        (
            "You keep your head when the lunch rush hits and stay composed.",
            "Working under pressure",
        ),
        ("A level-headed dispatcher who stays steady during storms.", "Working under pressure"),
        ("You are extremely organised and keep the stockroom organized.", "Organizational skills"),
        ("Excellent organizational and planning skills.", "Organizational skills"),
        ("You notice the small things other people miss.", "Attention to detail"),
        ("Precise. Careful with measurements.", "Attention to detail"),
        ("You can adapt the plan when the weather turns.", "Adaptability"),
        ("Comfortable with ambiguity and shifting priorities.", "Adaptability"),
        ("Be kind to anxious parents, even at the end of a long day.", "Empathy"),
        ("You arrive on time and people can count on you.", "Reliability"),
        ("You do what you say you will.", "Reliability"),
        ("The kind of person who figures out why a test keeps failing.", "Problem solving"),
        ("You can explain a bill to a confused customer in plain language.", "Communication"),
        ("A data-driven marketer.", "Analytical skills"),
        ("Comfortable presenting quarterly results to executives.", "Presentation skills"),
        ("You build trust quickly with new clients.", "Relationship building"),
        ("You resolve disagreements between shift staff fairly.", "Conflict resolution"),
        ("You will coach new hires on the register.", "Mentoring"),
        ("A steady leader on the floor.", "Leadership"),
        ("You hit every deadline.", "Time management"),
        ("Manages a busy caseload without losing track.", "Time management"),
        ("Works well with others in a small crew.", "Teamwork"),
        ("A good teammate who pitches in on busy days.", "Teamwork"),
        ("Works independently with minimal supervision.", "Self-motivation"),
        (
            "Comfortable working with many stakeholders across sales and finance.",
            "Stakeholder management",
        ),
        ("A patient, encouraging tutor.", "Patience"),
        ("Happy to take ownership of a project.", "Ownership"),
        ("You always ask good questions.", "Curiosity"),
    ],
)
def test_general_phrasings_of_a_skill(sentence: str, skill: str) -> None:
    assert skill in find_soft_skills(sentence)


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Install and test two-way radio communication systems.", "Communication"),
        ("Present the weekly findings to leadership.", "Leadership"),
        ("Build dashboards for senior leadership.", "Leadership"),
        ("Update patient records and patient education materials.", "Patience"),
        ("Improve the reliability of our payment services.", "Reliability"),
        ("Build reliable, scalable data pipelines.", "Reliability"),
        ("Proven P&L ownership across three stores.", "Ownership"),
        ("Produce ad creative and creative briefs for paid social.", "Creativity"),
        ("Bonuses are paid at the discretion of management.", "Confidentiality"),
        ("Service high-pressure boilers and steam lines.", "Working under pressure"),
        ("Configure persistent volumes in Kubernetes.", "Resilience"),
        ("Collect customer feedback after each visit.", "Openness to feedback"),
        ("Any kind of retail experience counts.", "Empathy"),
        ("New hires are paired with a dedicated mentor.", "Mentoring"),
        ("Willingness to learn Terraform quickly.", "Coachability"),
        ("Explain the variance drivers in the monthly pack.", "Communication"),
    ],
)
def test_look_alike_phrases_are_not_the_skill(sentence: str, skill: str) -> None:
    assert skill not in find_soft_skills(sentence)


def test_an_excluded_phrase_does_not_hide_a_real_mention_elsewhere() -> None:
    text = "Present results to leadership. You bring strong leadership and calm judgement."
    spans = soft_skill_spans(text)["Leadership"]
    assert [text[s:e] for s, e in spans] == ["leadership"]


def test_resumes_are_credited_only_with_skills_stated_in_so_many_words() -> None:
    resume = (
        "Mentored two junior analysts. Led a team of 7 technicians.\n"
        "Explained month-end results to the owners. Managed 3 supervisors and their crews."
    )
    stated = find_stated_soft_skills(resume)
    assert "Mentoring" in stated and "Leadership" in stated
    assert "Communication" not in stated
    assert "Communication" in find_soft_skills(resume)
    assert find_stated_soft_skills("Managed 3 supervisors and 40 hourly staff.") == []


def test_a_posting_gets_soft_skills_from_its_requirements_not_its_benefits() -> None:
    posting = (
        "Line Cook\n"
        "Harbor Street Kitchen\n\n"
        "What you'll do\n"
        "- Prep and cook on the grill station\n"
        "- Keep your station clean and organized\n\n"
        "What you bring\n"
        "- 1+ years of line experience\n"
        "- You stay calm when the tickets pile up\n"
        "- You show up on time for every shift\n\n"
        "Benefits\n"
        "- Free shift meal and a collaborative kitchen culture\n"
    )
    soft = parse_job(posting).soft_skills
    assert {"Organizational skills", "Working under pressure", "Reliability"} <= set(soft)
    assert "Teamwork" not in soft


def test_junk_text_never_raises() -> None:
    for junk in ("", "\x00" * 100, "(" * 500, "on time " * 5000, "😀" * 1000):
        assert isinstance(find_soft_skills(junk), list)
