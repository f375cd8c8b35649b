"""Job description and resume fields, coverage and ranking, on postings and resumes we wrote."""

from __future__ import annotations

from pathlib import Path

from fixtures.documents.builders import write_docx, write_pdf

from interview_coach.ingest import read_document
from interview_coach.ingest.dates import find_ranges, union_months
from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import PRESENT, parse_resume
from interview_coach.skills.coverage import cover
from interview_coach.skills.ranking import rank_resumes

JOB = """Senior Data Engineer — Quillmark Analytics
Boston, MA · Hybrid

About Quillmark
Quillmark sells benefits software to 900 employers and runs a payroll platform.

What you'll do
- Build batch and streaming pipelines in Python and Apache Spark
- Own our Snowflake warehouse and the dbt models on top of it

Requirements
- 5+ years of data engineering experience
- Strong SQL and Python
- Airflow for orchestration
- Clear communicator who works well with analysts

Nice to have
- Kafka
- Terraform is a plus

We offer medical, dental and a 401(k). Quillmark is an equal opportunity employer.
"""

RESUME = """# Lena Okafor
Chicago, IL · lena.okafor@example.org · (312) 555-0199 · github.com/lokafor

## Summary
Data engineer who likes boring, reliable pipelines.

## Work History
### Data Engineer — Harbor Metrics, Chicago, IL
*Jan 2022 – Present*
- Rewrote nightly ETL in Python and Airflow, cutting runtime from 6 hours to 50 minutes
- Mentored two junior analysts on SQL

### Analyst | Lakeside Bank | 06/2019 – 03/2022
- Built Tableau dashboards for branch managers

## Toolbox
Python, SQL, Snowflake, Git
"""


def test_job_fields() -> None:
    job = parse_job(JOB)
    assert job.title == "Senior Data Engineer"
    assert job.company == "Quillmark Analytics"
    assert job.seniority == "senior"
    assert job.years_experience == 5
    assert set(job.must_have) >= {"Python", "Apache Spark", "Snowflake", "SQL", "Apache Airflow"}
    assert job.nice_to_have == ["Apache Kafka", "Terraform"]
    assert "Payroll" not in job.must_have  # company blurb is ignored
    assert "Compensation and benefits" not in job.must_have  # so are benefits
    assert "Communication" in job.soft_skills


def test_resume_fields_roles_and_years() -> None:
    cv = parse_resume(RESUME)
    assert cv.name == "Lena Okafor"
    assert cv.email == "lena.okafor@example.org"
    assert cv.phone == "(312) 555-0199"
    assert cv.links == ["github.com/lokafor"]
    assert cv.titles == ["Data Engineer", "Analyst"]
    assert cv.roles[0].employer.startswith("Harbor Metrics")
    # Jun 2019 .. Nov 2026 with the overlap (Jan-Mar 2022) counted once: 89 months
    assert cv.years_experience == 7.5
    assert {"Python", "Apache Airflow", "Tableau", "Data visualization", "Snowflake"} <= set(
        cv.skills
    )
    assert "Mentoring" in cv.skills


def test_date_ranges() -> None:
    (r,) = find_ranges("Summer 2022", PRESENT)
    assert r.months == 3
    (r,) = find_ranges("2019 to 2021", PRESENT)
    assert r.months == 24  # July 2019 .. June 2021
    assert union_months([(0, 11), (6, 17)]) == 18


def test_same_resume_in_three_formats(tmp_path: Path) -> None:
    lines = list(RESUME.splitlines())
    md = tmp_path / "cv.md"
    md.write_text(RESUME, encoding="utf-8")
    pdf_lines = [
        line.lstrip("#* ").rstrip("*") if not line.startswith("- ") else line
        for line in lines
        if line.strip()
    ]
    pdf = write_pdf(tmp_path / "cv.pdf", [pdf_lines])
    docx = write_docx(
        tmp_path / "cv.docx",
        "Lena Okafor",
        {
            "Work History": [
                "Data Engineer — Harbor Metrics, Chicago, IL",
                "Jan 2022 – Present",
                "* Rewrote nightly ETL in Python and Airflow, cutting runtime from 6 hours to 50 minutes",
                "* Mentored two junior analysts on SQL",
                "Analyst | Lakeside Bank | 06/2019 – 03/2022",
                "* Built Tableau dashboards for branch managers",
            ],
            "Toolbox": ["Python, SQL, Snowflake, Git"],
        },
        [],
    )
    parsed = [parse_resume(read_document(p)) for p in (md, pdf, docx)]
    for cv in parsed:
        assert cv.titles == ["Data Engineer", "Analyst"]
        assert cv.years_experience == 7.5
        assert {"Python", "Apache Airflow", "Tableau"} <= set(cv.skills)


def test_coverage_shown_listed_missing() -> None:
    coverage = cover(parse_job(JOB), parse_resume(RESUME))
    status = {item.skill: item for item in coverage.skills}
    assert status["Apache Airflow"].status == "shown"
    assert "Airflow" in status["Apache Airflow"].evidence
    assert status["Snowflake"].status == "listed"
    assert status["Apache Spark"].status == "missing"
    assert status["Apache Spark"].talking_point
    assert 0 < coverage.percent < 100
    assert "must-have" in coverage.method


def test_ranking_best_first() -> None:
    weak = parse_resume(
        "# Sam Reyes\n\n## Experience\nBarista | Bean Co | 2020 - 2022\n- Latte art\n"
    )
    ranked = rank_resumes(parse_job(JOB), {"weak": weak, "strong": parse_resume(RESUME)})
    assert [r.name for r in ranked] == ["strong", "weak"]
    assert ranked[0].reasons


def test_parsers_never_raise_on_junk() -> None:
    for junk in ("", "\n\n", "😀" * 500, "Experience\n" * 1000, "# \n- \n## x\n2020 -"):
        parse_job(junk)
        parse_resume(junk)
