"""Naming variants fold onto one canonical skill: UK/US spelling, number, specific products."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills, fold_spelling
from interview_coach.skills.taxonomy import parse_entry


def test_uk_and_us_spellings_fold_together() -> None:
    assert fold_spelling("levelling") == fold_spelling("leveling")
    assert fold_spelling("counselling") == fold_spelling("counseling")
    assert fold_spelling("orthopaedics") == fold_spelling("orthopedics")
    assert fold_spelling("licence") == fold_spelling("license")
    assert fold_spelling("organisation") == fold_spelling("organization")
    assert fold_spelling("analysed") == fold_spelling("analyzed")
    # short and unrelated words are left alone
    assert fold_spelling("hour") == "hour"
    assert fold_spelling("four") == "four"
    assert fold_spelling("tell") == "tell"


def test_uk_posting_finds_us_named_skills() -> None:
    found = extract_skills("Runs small-group counselling; levelling and setting out on site.")
    assert {"Group counseling", "Leveling", "Setting out"} <= set(found)
    assert "Orthopedics" in extract_skills("Six months on an orthopaedics rotation.")
    assert "Driver's license" in extract_skills("Holds a full driving licence, Driver's licence")


def test_singular_and_plural_of_multiword_names() -> None:
    assert "Payroll taxes" in extract_skills(
        "Files payroll tax returns and knows payroll tax rules"
    )
    assert "Payroll taxes" in extract_skills("Working knowledge of payroll taxes")
    assert "Point-of-sale systems" in extract_skills("Comfortable on a point of sale system")


def test_more_specific_product_is_kept() -> None:
    assert extract_skills("Payroll in ADP Workforce Now") == ["ADP Workforce Now"]
    assert extract_skills("Works daily in Guidewire ClaimCenter") == ["Guidewire ClaimCenter"]
    assert "ServSafe Manager" in extract_skills("ServSafe Food Protection Manager certification")
    assert "ServSafe Manager" not in extract_skills("ServSafe Food Handler card")


def test_vendor_words_are_not_part_of_the_name() -> None:
    assert "BigQuery" in extract_skills("SQL on Google BigQuery")
    assert "Toast" in extract_skills("Toast POS, Square")
    assert "Apache JMeter" in extract_skills("load tests in JMeter")
    found = extract_skills("CISSP or CCSK preferred")
    assert "Certified Information Systems Security Professional" in found
    assert "Certificate of Cloud Security Knowledge" in found


def test_name_matches_when_an_alias_differs_only_in_case() -> None:
    skill = parse_entry("Jira | JIRA", "Tools", "test")
    assert {a.text for a in skill.aliases} == {"Jira", "JIRA"}
    assert "Jira" in extract_skills("Logged defects in Jira; ran test cycles in TestRail")
    guarded = parse_entry("Triage | =triage", "Care", "test")
    assert [a.text for a in guarded.aliases] == ["triage"]


def test_fields_have_their_usual_skills() -> None:
    cases = {
        "Write 504 plans and IEPs, run crisis intervention and individual counseling": {
            "504 plans",
            "Individualized Education Programs",
            "Crisis intervention",
            "Individual counseling",
        },
        "Total station, GPS rover, as-built surveys and ITPs; CSCS card and SSSTS": {
            "Total station",
            "GPS surveying",
            "As-built surveys",
            "Inspection and test plans",
            "CSCS card",
            "Site Supervisor Safety Training Scheme",
        },
        "HCPC registered; MSK assessment and exercise prescription": {
            "HCPC registration",
            "Musculoskeletal assessment",
            "Exercise prescription",
        },
        "Xactimate estimates, coverage analysis and repair estimating": {
            "Xactimate",
            "Coverage analysis",
            "Repair estimating",
        },
        "BSA rules, cash drawer balancing and 10-key": {
            "Bank Secrecy Act",
            "Cash drawer balancing",
            "10-key data entry",
        },
        "Food cost control, labor cost control and staff scheduling": {
            "Food cost control",
            "Labor cost control",
            "Staff scheduling",
        },
        "Chairside assisting, instrument sterilization and dental radiography": {
            "Chairside assisting",
            "Instrument sterilization",
            "Dental radiography",
        },
        "CSPM with Wiz or Prisma Cloud, container security": {
            "Cloud security posture management",
            "Wiz",
            "Prisma Cloud",
            "Container security",
        },
    }
    for text, expected in cases.items():
        assert expected <= set(extract_skills(text)), (text, extract_skills(text))


def test_new_entries_stay_guarded_in_ordinary_prose() -> None:
    text = "As set out in our handbook, the team will be flashing new lights and polishing floors."
    assert extract_skills(text) == []
