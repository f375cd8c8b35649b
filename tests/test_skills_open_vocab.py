"""Skills outside the taxonomy, read from list items (made-up product names, so that no
taxonomy entry can ever cover them)."""

from __future__ import annotations

from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import parse_resume
from interview_coach.skills.coverage import SHOWN, cover
from interview_coach.skills.open_vocab import candidates, line_candidates, open_skills


def test_labelled_list_gives_unknown_products_and_methods() -> None:
    found = open_skills(
        "Software: Quillmark, Zentrova Suite, Microsoft Excel\n"
        "Methods: brine ratio calibration, reverse pallet reconciliation"
    )
    assert found == [
        "Quillmark",
        "Zentrova Suite",
        "brine ratio calibration",
        "reverse pallet reconciliation",
    ]


def test_taxonomy_skills_are_not_repeated() -> None:
    assert open_skills("Tools: Microsoft Excel, SQL, Tableau") == []


def test_benefits_places_and_schedules_are_not_skills() -> None:
    text = (
        "Benefits: medical, dental, vision coverage, paid holidays\n"
        "Location: Austin, TX | Hybrid | Full-time\n"
        "Schedule: Mon–Fri, early starts, every other weekend"
    )
    assert open_skills(text) == []


def test_working_style_words_and_prose_are_not_skills() -> None:
    assert open_skills("Soft skills: analytical, organized, calm under pressure") == []
    prose = "You will grow the Quillmark program, lead audits, and report to the director."
    assert open_skills(prose) == []


def test_parts_in_parentheses_fold_into_their_owner() -> None:
    items = [
        c.text for c in line_candidates("Gauges: Quillmark (bore gauges, dial sets), Zentrova", 0)
    ]
    assert items == ["Quillmark", "Zentrova"]


def test_common_words_and_titles_are_not_products() -> None:
    text = "- Oracle, Basic, Suspense\n- Physiotherapist, Dispatcher, Quillmark"
    assert [c.text for c in candidates(text)] == ["Quillmark"]


def test_offsets_point_at_the_item() -> None:
    text = "Intro line\nStack: Quillmark, Zentrova"
    for candidate in candidates(text):
        assert text[candidate.start : candidate.end] == candidate.text


POSTING = """Inventory Planner
Larkfield Provisions

Requirements
- 2+ years in inventory planning
- Methods: demand forecasting, reverse pallet reconciliation
- Tools: Microsoft Excel, Quillmark

Preferred
Tools: Python, Zentrova Suite
"""


def test_posting_puts_open_skills_by_section() -> None:
    job = parse_job(POSTING)
    assert "Quillmark" in job.must_have
    assert "reverse pallet reconciliation" in job.must_have
    assert "Zentrova Suite" in job.nice_to_have
    assert "Python" in job.nice_to_have  # a "Tools:" label under "Preferred" stays preferred
    assert "Python" not in job.must_have


def test_coverage_finds_an_open_skill_in_a_bullet() -> None:
    resume = parse_resume(
        "Ada Byrne\nada@example.com\n\nExperience\nPlanner, Fenwick Foods\nJan 2021 - Present\n"
        "- Ran reverse pallet reconciliation for three sites every week\n"
    )
    coverage = cover(parse_job(POSTING), resume)
    status = {s.skill: s.status for s in coverage.skills}
    assert status["reverse pallet reconciliation"] == SHOWN
    assert status["Quillmark"] != SHOWN
