"""The wide_tech vocabulary: new tools and credentials are read, guarded names stay quiet."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy


def test_wide_tech_domain_is_loaded() -> None:
    skills = [s for s in load_taxonomy().skills if s.domain == "wide_tech"]
    assert len(skills) > 700


def test_new_fields_are_read() -> None:
    cases = {
        "Built pipelines in Matillion and Dagster; dashboards in Amazon QuickSight": {
            "Matillion",
            "Amazon QuickSight",
        },
        "Triaged alerts in Cortex XSOAR and LogRhythm; holds GCFA and CRISC": {
            "Cortex XSOAR",
            "LogRhythm",
            "GIAC Certified Forensic Analyst",
            "Certified in Risk and Information Systems Control",
        },
        "Enrolled Macs with Kandji; ran Tier 2 support in TOPdesk": {
            "Kandji",
            "Tier 2 support",
            "TOPdesk",
        },
        "Configured HSRP, LACP and VXLAN on Arista switches; JNCIA certified": {
            "First hop redundancy protocols",
            "Link aggregation",
            "VXLAN",
            "Juniper Networks Certified Associate",
        },
        "Managed Cvent registration and DV360 campaigns; CMP certified": {
            "Cvent",
            "Display & Video 360",
            "Certified Meeting Professional",
        },
        "Prototypes in ProtoPie and Whimsical; dielines for packaging": {"Whimsical"},
    }
    for text, expected in cases.items():
        assert expected <= set(extract_skills(text)), (text, extract_skills(text))


def test_linked_categories_in_resumes() -> None:
    found = extract_skills("Release pipelines in Tekton; tests in Katalon Studio", with_links=True)
    assert {"Tekton", "CI/CD", "Katalon Studio", "Test automation"} <= set(found)


def test_guarded_names_in_prose() -> None:
    text = (
        "Attentive to detail, she took the leaflet to Elm Street. Parquet floors were laid and "
        "the backstage crew helped AWS organizations grow; we can meet at the expo."
    )
    found = set(extract_skills(text))
    assert not found & {
        "Elm language",
        "Leaflet maps",
        "Apache Parquet",
        "Backstage developer portal",
        "AWS Organizations",
        "Attentive SMS",
    }, found
