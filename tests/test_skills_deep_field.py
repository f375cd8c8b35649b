"""Depth entries for common non-tech role families (data/skills_deep_field.yaml)."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy


def test_deep_field_domain_is_loaded() -> None:
    names = {s.name for s in load_taxonomy().skills if s.domain == "deep_field"}
    assert len(names) > 250
    assert {"Continuous renal replacement therapy", "Security questionnaires", "EDI"} <= names


def test_family_phrases_are_read() -> None:
    cases = {
        "Night shift on a step-down unit; CRRT and CIWA protocol; BCMA scanning": {
            "Continuous renal replacement therapy",
            "CIWA protocol",
            "Barcode medication administration",
        },
        "PPD placement and reads, rapid strep tests and sterile tray setup": {
            "Tuberculin skin testing",
            "Rapid strep testing",
        },
        "Answered security questionnaires and built mutual action plans with UserGems data": {
            "Security questionnaires",
            "Mutual action plans",
            "UserGems",
        },
        "Flux analysis, deferred revenue schedules and ASC 718 entries in Sage 100": {
            "Flux analysis",
            "Deferred revenue",
            "Stock-based compensation accounting",
            "Sage 100",
        },
        "Pick-to-light lines, EDI and advance ship notices, lot control": {
            "Pick-to-light",
            "EDI",
            "Advance ship notices",
            "Lot control",
        },
        "Taught AP Chemistry with Vernier probes and PhET; ran Socratic DBQs": {
            "AP Chemistry",
            "Vernier",
            "PhET simulations",
            "Document-based questions",
        },
        "Night audit in WebRezPro; enrolled guests in Marriott Bonvoy": {
            "WebRezPro",
            "Marriott Bonvoy",
        },
        "Installed GFCI receptacles and AFCI breakers; voltage drop calculations": {
            "Ground-fault circuit interrupters",
            "Arc-fault circuit interrupters",
            "Voltage drop calculations",
        },
    }
    for text, expected in cases.items():
        found = set(extract_skills(text))
        assert expected <= found, (text, found)


def test_product_links_give_the_category() -> None:
    found = extract_skills("Charting in Elation Health", with_links=True)
    assert "Elation Health" in found and "Electronic health records" in found


def test_guarded_words_stay_plain_english() -> None:
    text = (
        "The clay court was a catalyst for growth; we ramp up hiring and mosaic tiles line the "
        "lobby. Spiced cider is served at the terminus of the trail."
    )
    found = set(extract_skills(text))
    assert not found & {"Clay", "Catalyst", "Ramp", "Mosaic", "SPICED", "Terminus"}, found


def test_list_context_names_products() -> None:
    found = set(extract_skills("Tools: Clay, Apollo.io, Gainsight, Catalyst, Pigment"))
    assert {"Clay", "Catalyst", "Pigment"} <= found
