"""Section mistakes: soft "might also have" headings, paragraphs after a list, prose duties,
and bullet glyphs in text that did not pass through `read_document`."""

from __future__ import annotations

from interview_coach.ingest.job import PREFERRED, classify_lines, parse_job
from interview_coach.ingest.sections import document_lines

SOFT_PREFERRED = """Data Analyst
Northwind Cooperative

What you'll do
- Build weekly dashboards in Tableau

What we're looking for
- 2+ years writing SQL
- Microsoft Excel

You might also have
- Experience with Python
- Some exposure to Looker

Northwind offers a pension, a learning budget and a hiring process with no take-home tests, and we are glad to talk about flexible hours with every applicant.
"""

PROSE_DUTIES = """Community Outreach Nurse
Riverbend County Health

Riverbend County Health is hiring a community outreach nurse for its mobile clinic.
Candidates must hold a Registered Nurse license. The nurse conducts blood pressure screenings, provides immunizations in schools and maintains records in Epic.
Our clinic has served the valley since 1962.
"""


def test_might_also_have_is_a_preferred_heading() -> None:
    job = parse_job(SOFT_PREFERRED)
    assert {"SQL", "Microsoft Excel", "Tableau"} <= set(job.must_have)
    assert {"Python", "Looker"} <= set(job.nice_to_have)
    assert "Python" not in job.must_have


def test_paragraph_after_a_list_ends_the_section() -> None:
    job = parse_job(SOFT_PREFERRED)
    assert "Budget management" not in job.must_have + job.nice_to_have
    assert "Hiring" not in job.must_have + job.nice_to_have


def test_even_better_and_great_if_headings() -> None:
    for heading in ("Even better if you have", "It would be great if you", "Also helpful"):
        kinds = classify_lines(document_lines(f"Cook\n\n{heading}\n- Food safety\n"))
        assert kinds == [(PREFERRED, "Food safety")], heading


def test_prose_duties_with_the_role_as_subject() -> None:
    job = parse_job(PROSE_DUTIES)
    assert {"Registered Nurse license", "Injections", "Epic EHR"} <= set(job.must_have)
    assert "Hiring" not in job.must_have  # "is hiring a nurse" says nothing of the job's skills


def test_bullet_glyphs_in_raw_text() -> None:
    raw = "Welder\nAcme Fab\n\nRequirements\n• MIG welding\n▪ Blueprint reading\n"
    lines = document_lines(raw)
    assert [line.text for line in lines if line.bullet] == ["MIG welding", "Blueprint reading"]
    assert {"MIG welding", "Blueprint reading"} <= set(parse_job(raw).must_have)
    # a number or a hyphen at the start of a sentence is not a bullet
    assert not any(line.bullet for line in document_lines("3.5 years on site\n-5 degrees"))


def test_might_alone_does_not_make_a_preferred_heading() -> None:
    text = "Line Cook\n\nWhat your day might look like\n- Knife skills\n- Food safety\n"
    assert PREFERRED not in {kind for kind, _ in classify_lines(document_lines(text))}
    assert parse_job(text).nice_to_have == []
