"""Thank-you and decline drafts: the given facts, placeholders for missing ones, nothing else."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from interview_coach.after import InterviewFacts, decline_draft, thank_you_draft
from interview_coach.cli import app

runner = CliRunner()
FULL = InterviewFacts(
    job="Support Engineer",
    company="Northwind",
    interviewers=("Priya Raman", "Tom Okafor"),
    topics=("the on-call rota", "ticket triage"),
    candidate="Sam Lee",
    interview_day="Tuesday",
)


def _capitalised_words(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z][a-z]+\b", text))


def test_thank_you_uses_every_fact_and_needs_no_placeholder() -> None:
    draft = thank_you_draft(FULL)
    for fact in (
        "Support Engineer",
        "Northwind",
        "Priya Raman and Tom Okafor",
        "Sam Lee",
        "the on-call rota and ticket triage",
        "on Tuesday",
    ):
        assert fact in draft.text
    assert draft.placeholders == ()
    assert "[" not in draft.text


def test_missing_facts_become_placeholders() -> None:
    draft = thank_you_draft(InterviewFacts(company="Northwind"))
    assert draft.placeholders == (
        "[Interviewer name]",
        "[Job title]",
        "[a topic you discussed]",
        "[Your name]",
    )
    for token in draft.placeholders:
        assert token in draft.text
    assert "Northwind" in draft.text
    assert " on " not in draft.body.split("about the")[0]  # no invented day


def test_no_invented_names_or_facts() -> None:
    """Every capitalised word is either given or part of our fixed wording."""
    fixed = {
        "Dear",
        "Thank",
        "Our",
        "If",
        "Kind",
        "Subject",
        "After",
        "It",
        "Job",
        "Interviewer",
        "Your",
        "Company",
    }
    for draft in (thank_you_draft(FULL), decline_draft(FULL), decline_draft(FULL, offer=True)):
        given = _capitalised_words(
            " ".join(
                [FULL.job, FULL.company, *FULL.interviewers, FULL.candidate, FULL.interview_day]
            )
        )
        extra = _capitalised_words(draft.text) - given - fixed - {"I"}
        assert extra == set(), extra


def test_decline_keeps_the_door_open() -> None:
    draft = decline_draft(FULL, offer=True)
    assert "decline the offer for this role" in draft.body
    assert "future roles" in draft.body
    assert "Priya Raman and Tom Okafor" in draft.body
    partial = decline_draft(InterviewFacts(interviewers=("Ana",)))
    assert partial.placeholders == ("[Job title]", "[Company]", "[Your name]")
    assert "Dear Ana," in partial.body


def test_blank_values_count_as_missing() -> None:
    draft = thank_you_draft(InterviewFacts(job="  ", interviewers=(" ", ""), topics=("",)))
    assert "[Job title]" in draft.body and "[Interviewer name]" in draft.body


def test_cli_thank_you_and_decline() -> None:
    result = runner.invoke(
        app,
        [
            "thank-you",
            "--job",
            "Support Engineer",
            "--company",
            "Northwind",
            "--interviewer",
            "Priya Raman",
            "--topic",
            "ticket triage",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "Dear Priya Raman," in data["body"]
    assert data["placeholders"] == ["[Your name]"]
    result = runner.invoke(app, ["decline", "--company", "Northwind"])
    assert result.exit_code == 0
    assert "Subject: [Job title] role: thank you" in result.stdout
    assert "Fill in before sending" in result.stderr
