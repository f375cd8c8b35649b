"""Distinct skills stay apart: a narrower or related skill is not reported under a broader one."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy


def test_narrower_skills_keep_their_own_names() -> None:
    cases = {
        "Experience with Microsoft Dynamics GP and NetSuite.": "Microsoft Dynamics GP",
        "Strong grounding in asset allocation for client portfolios.": "Asset allocation",
        "Builds DCF models for acquisitions.": "Discounted cash flow analysis",
        "Runs cycle counts across the warehouse every week.": "Cycle counting",
        "Holds an NCCCO certification for mobile cranes.": "NCCCO certification",
    }
    for text, skill in cases.items():
        assert skill in extract_skills(text), (text, extract_skills(text))


def test_split_alias_no_longer_reports_the_broad_skill() -> None:
    found = extract_skills("Writes RFP responses for public-sector bids.")
    assert "RFP responses" in found
    assert "Proposal writing" not in found


def test_renamed_product_keeps_its_old_name_as_alias() -> None:
    skill = load_taxonomy().by_name()["microsoft configuration manager"]
    aliases = {alias.text for alias in skill.aliases}
    assert {"Microsoft SCCM", "System Center Configuration Manager"} <= aliases
    assert "Microsoft Configuration Manager" in extract_skills("Packaged apps in SCCM.")
