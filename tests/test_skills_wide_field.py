"""The wide_field vocabulary: credentials, methods and tools of non-tech fields are read, and
names that are also everyday words stay quiet in prose."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy


def test_wide_field_domain_is_loaded() -> None:
    skills = [s for s in load_taxonomy().skills if s.domain == "wide_field"]
    assert len(skills) > 1_000


def test_new_fields_are_read() -> None:
    cases = {
        "PCCN preferred; experience with PICC line care and wound vac therapy": {
            "PCCN",
            "PICC line care",
            "Wound care",
        },
        "E/M coding and HCC coding audits; payment posting from ERAs; AR follow-up": {
            "E/M coding",
            "Risk adjustment coding",
            "Payment posting",
            "Insurance follow-up",
        },
        "Ran three-way matching and weekly check runs; owned positive pay files": {
            "Three-way matching",
            "Accounts payable",
            "Positive pay",
        },
        "Spread financial statements and wrote credit memos; CAMS certified; TRID disclosures": {
            "Financial statement spreading",
            "Certified Anti-Money Laundering Specialist",
            "TRID",
        },
        "Wrote 8D reports and control plans; Gauge R&R studies in Minitab; CQE": {
            "8D problem solving",
            "Control plans",
            "Minitab",
            "Certified Quality Engineer",
        },
        "Taught with Orton-Gillingham and UDL; wrote IFSPs; TS GOLD assessments": {
            "Universal Design for Learning",
            "Individualized Family Service Plan",
            "Teaching Strategies GOLD",
        },
        "Built BEOs in Tripleseat; handled room blocks for weddings": {
            "Banquet event orders",
            "Tripleseat",
            "Group sales",
        },
        "Ran skid steers and motor graders; NICET Level II; called in 811 locates": {
            "Motor grader operation",
            "Skid steer operation",
            "NICET certification",
            "Utility locating",
        },
    }
    for text, expected in cases.items():
        found = set(extract_skills(text))
        assert expected <= found, (text, sorted(found))


def test_linked_categories_in_resumes() -> None:
    found = set(
        extract_skills(
            "Work orders tracked in Fiix; loans run through Calyx Point", with_links=True
        )
    )
    assert {
        "Fiix",
        "Computerized maintenance management systems",
        "Calyx Point",
        "Loan origination systems",
    } <= found


def test_everyday_words_stay_quiet() -> None:
    text = (
        "We welcome ideas from every colleague; our centers host weddings and conferences, "
        "and the team shares a banner year after the layoffs ended. Flagging problems early "
        "and detailing the steps matters; the envelope was on the stairs by the carpet."
    )
    assert extract_skills(text) == []
