"""Guards of the skill matcher and the readers against look-alike mentions."""

from __future__ import annotations

from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import parse_resume
from interview_coach.ingest.sections import document_lines
from interview_coach.skills.extract import extract_skills


def test_hyphenated_code_is_not_an_acronym_skill() -> None:
    assert "National Electrical Code" not in extract_skills("Prepared 1099-NEC forms for vendors")
    assert "National Electrical Code" in extract_skills("Wired panels to the NEC")


def test_language_used_as_an_adjective_is_not_spoken() -> None:
    assert "Italian" not in extract_skills("Four years at an Italian restaurant")
    found = extract_skills("Fluent in Italian and Spanish; Portuguese speaker")
    assert {"Italian", "Spanish", "Portuguese"} <= set(found)
    assert "Spanish" in extract_skills("- Spanish speaker (preferred)")


def test_acronym_in_parentheses_names_the_same_thing() -> None:
    found = extract_skills("Meet weekly with your professional learning community (PLC)")
    assert found == ["Professional learning communities"]


def test_ampersand_reads_as_and() -> None:
    assert extract_skills("Own sales & operations planning") == ["Sales and operations planning"]


def test_parts_after_a_qualifier_fold_into_the_product() -> None:
    assert extract_skills("Excel (advanced: pivot tables, XLOOKUP, Power Query)") == [
        "Microsoft Excel"
    ]


def test_arrows_mark_bullets_and_labelled_lines_are_no_headings() -> None:
    lines = document_lines("→ Run weekly audits\nCertification: PTCB CPhT\nNICE TO HAVE")
    assert [(line.bullet, line.heading) for line in lines] == [
        (True, False),
        (False, False),
        (False, True),
    ]


def test_preferred_section_keeps_its_labelled_lines() -> None:
    job = parse_job(
        "Pharmacy Technician\nGreenfield Drug\n\nREQUIREMENTS\nExperience: 1+ year in retail "
        "pharmacy\nCompliance: HIPAA\n\nNICE TO HAVE\nCertification: PTCB\n"
        "Languages: Spanish, Tagalog\n"
    )
    assert "HIPAA" in job.must_have
    assert {"Spanish", "Tagalog"} <= set(job.nice_to_have)
    assert not {"Spanish", "Tagalog"} & set(job.must_have)


def test_name_and_role_title_lines_give_no_skills() -> None:
    resume = parse_resume(
        "Jasmine Chef\njasmine@example.com\n\nWork History\nOsteria Nove, Duluth, MN\n"
        "Junior Sous Chef | Jan 2023 – Present\n- Ran the grill station and wrote prep lists\n"
    )
    assert "Jasmine" not in resume.skills
    assert "Chef" not in resume.skills
    assert resume.titles == ["Junior Sous Chef"]


def test_two_column_duty_lines_and_pipe_bullets_are_read() -> None:
    job = parse_job(
        "Commercial Electrician\nVance Electric\n\nTHE WORK\n"
        "Layout from drawings            Setting panels and transformers\n"
        "Troubleshooting circuits        Conduit bending\n\nMUST HAVE\n| OSHA 10 card\n"
        "| Blueprint reading\n\nBONUS\n| Spanish or Portuguese\n"
    )
    assert "Conduit bending" in job.must_have
    assert {"OSHA 10", "Blueprint reading"} <= set(job.must_have)
    assert {"Spanish", "Portuguese"} <= set(job.nice_to_have)


def test_words_of_a_name_stand_together() -> None:
    assert "Copper piping" not in extract_skills("Run the saute station on the line | Set up")
    assert "Copper piping" in extract_skills("Brazed copper line sets on new installs")
    assert "Governance, risk and compliance" in extract_skills(
        "Experience in governance, risk and compliance"
    )
    assert "Microsoft Windows" not in extract_skills("Hang doors and set windows")


def test_quote_bullets_lead_in_lines_and_e_verify_duties() -> None:
    job = parse_job(
        "HR Generalist\nMarlow Foods\n\nAbout Marlow\nWe make soup in three plants.\n\n"
        "The HR generalist will\n> Run onboarding, I-9 verification and E-Verify\n"
        "> Administer benefits and open enrollment\n\nMarlow participates in E-Verify.\n"
    )
    assert "E-Verify" in job.must_have
    assert "Open enrollment" in job.must_have
