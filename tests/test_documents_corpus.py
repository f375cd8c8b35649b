"""The reader on postings and resumes unlike the dev set (our own corpus, labelled by us)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from interview_coach.ingest import read_document
from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import parse_resume
from interview_coach.skills.extract import extract_skills

CORPUS = Path(__file__).parent / "fixtures" / "documents" / "corpus"
AS_OF = date(2026, 11, 1)


def _records(name: str) -> dict[str, dict[str, Any]]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in (json.loads(line) for line in lines if line.strip())}


def _job(job_id: str) -> dict[str, Any]:
    return parse_job(read_document(CORPUS / f"{job_id}.txt")).to_dict()


def test_corpus_is_varied_and_labelled() -> None:
    jobs, resumes = _records("jobs.jsonl"), _records("resumes.jsonl")
    assert len(jobs) >= 12 and len(resumes) >= 8
    for rec in jobs.values():
        assert (CORPUS / rec["file"]).is_file() and rec["must_have"]
    for rec in resumes.values():
        assert all((CORPUS / f).is_file() for f in rec["files"]) and rec["skills"]


@pytest.mark.parametrize(
    ("job_id", "must", "nice"),
    [
        # "Must haves" / "Bonus points" with "-" bullets
        ("own-jd-01", {"Conduit bending", "Lockout/tagout", "OSHA 10"}, {"NFPA 70E"}),
        # prose only: "would be a plus", "is also nice"
        ("own-jd-02", {"Adobe InDesign", "Typography"}, {"Figma", "Photo retouching"}),
        # inline "(required)" / "(preferred)" markers under one heading
        ("own-jd-04", {"Pharmacist license", "Basic Life Support"}, {"Spanish"}),
        # numbered lists under "Requirements:" and "Preferred:"
        ("own-jd-05", {"Microsoft Excel", "Incoterms"}, {"SAP", "Forklift certification"}),
        # "The ideal candidate" lists requirements, "Extra credit" preferences
        ("own-jd-06", {"FMLA", "HRIS", "Employee relations"}, {"PHR", "SHRM-CP"}),
        # "You have" / "Bonus points" and a "Tech stack:" line after the bonus list
        ("own-jd-10", {"dbt", "Apache Airflow", "Apache Kafka"}, {"Apache Spark", "Terraform"}),
    ],
)
def test_job_sections_by_shape_and_meaning(job_id: str, must: set[str], nice: set[str]) -> None:
    job = _job(job_id)
    assert must <= set(job["must_have"])
    assert nice <= set(job["nice_to_have"])
    assert not (set(job["must_have"]) & set(job["nice_to_have"]))


def test_benefits_and_company_prose_give_no_skills() -> None:
    job = _job("own-jd-01")  # "We offer ... paid apprenticeship classes"
    assert "Electrician apprenticeship" not in job["must_have"] + job["nice_to_have"]
    assert job["years_experience"] == 4


def test_years_asked_for() -> None:
    assert _job("own-jd-07")["years_experience"] == 2  # "2 to 4 years"
    assert _job("own-jd-08")["years_experience"] == 3  # "3+ years"


@pytest.mark.parametrize(
    ("cv_id", "titles", "years"),
    [
        ("own-cv-01", ["Journeyman Electrician", "Electrician Apprentice"], 10.5),
        # employer on its own line before the title, bare years, "2022 – now"
        ("own-cv-02", ["Graphic Designer", "Junior Designer"], 6.5),
        # a team name kept with the title; "03/2018 to 11/2020"
        ("own-cv-03", ["Customer Success Manager — Enterprise Team", "Account Manager"], 9.0),
        # employer written before the title; the home lab under Projects does not count
        ("own-cv-04", ["Data Engineer", "Data Analyst"], 8.0),
        # "(Summer 2022)" and "(2019-2021)" in parentheses after the employer
        ("own-cv-05", ["Staff Pharmacist", "Pharmacy Intern", "Pharmacy Technician"], 5.5),
        # two-column plain text: overlapping ranges counted once
        ("own-cv-06", ["Logistics Coordinator", "Warehouse Lead"], 9.5),
    ],
)
def test_resume_roles_and_years(cv_id: str, titles: list[str], years: float) -> None:
    rec = _records("resumes.jsonl")[cv_id]
    cv = parse_resume(read_document(CORPUS / rec["files"][0]), as_of=AS_OF)
    assert [t.lower() for t in cv.titles] == [t.lower() for t in titles]
    assert abs(cv.years_experience - years) <= 0.5
    assert cv.email == rec["email"]


def test_resume_skill_sections_under_any_heading() -> None:
    cv = parse_resume(read_document(CORPUS / "own-cv-01.md"), as_of=AS_OF)
    assert {"OSHA 30", "NFPA 70E", "Journeyman electrician license", "Mentoring"} <= set(cv.skills)
    cv = parse_resume(read_document(CORPUS / "own-cv-06.txt"), as_of=AS_OF)
    assert cv.name == "Andre Bouchard"  # name and e-mail in two columns on one line
    assert {"Incoterms", "SAP", "Spanish", "Transportation management systems"} <= set(cv.skills)


def test_present_means_the_given_day() -> None:
    text = "Ana Ruiz\nana@example.com\n\nExperience\nCook | Casa Verde | Jan 2020 - Present\n"
    early = parse_resume(text, as_of=date(2021, 1, 15)).years_experience
    late = parse_resume(text, as_of=date(2025, 1, 15)).years_experience
    assert early == 1.0 and late == 5.0
    assert parse_resume(text).years_experience >= late  # default: today, not a fixed month


def test_common_words_are_not_products() -> None:
    skills = extract_skills("You excel at follow-up.\nExcel at building rapport, Word of mouth.")
    assert "Microsoft Excel" not in skills and "Microsoft Word" not in skills
    assert "Microsoft Excel" in extract_skills("Tools: Excel, Word")
    # an EMT is a conduit in an electrician's posting, and a PLC is a controller
    found = extract_skills("Bending EMT and rigid conduit; PLC troubleshooting")
    assert "Emergency Medical Technician" not in found
    assert {"Conduit bending", "Programmable logic controllers"} <= set(found)
