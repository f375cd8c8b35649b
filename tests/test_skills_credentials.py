"""Credentials said as adjectives: "forklift certified", "licensed journeyman electrician"."""

from __future__ import annotations

from interview_coach.skills.credentials import credential_forms
from interview_coach.skills.extract import extract_skills


def test_forms_of_a_certification_and_a_license() -> None:
    assert "Forklift certified" in credential_forms("Forklift certification")
    assert "certified in Forklift" in credential_forms("Forklift certification")
    assert "licensed Journeyman electrician" in credential_forms("Journeyman electrician license")
    assert credential_forms("Forklift operation") == []


def test_adjective_forms_are_matched() -> None:
    assert "Forklift certification" in extract_skills("Forklift certified, clean driving record")
    found = extract_skills("Licensed journeyman electrician with 8 years in commercial work")
    assert "Journeyman electrician license" in found
