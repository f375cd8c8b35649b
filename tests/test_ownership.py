"""Behaviour of the ownership analyzer and its first-person action counter."""

from __future__ import annotations

import pytest

from interview_coach.analysis.base import prepare
from interview_coach.analysis.checks import check_analyzer
from interview_coach.analysis.ownership import (
    Cues,
    OwnershipAnalyzer,
    count_actions,
    tokens_by_sentence,
)
from interview_coach.domain import Answer, Finding, Severity


@pytest.fixture(scope="module")
def analyzer() -> OwnershipAnalyzer:
    return OwnershipAnalyzer()


def run(analyzer: OwnershipAnalyzer, text: str, qtype: str = "behavioral") -> list[Finding]:
    answer = Answer(
        text=text, question="Tell me about a time you fixed a problem.", question_type=qtype
    )
    return analyzer(answer, prepare(answer))


def data(findings: list[Finding]) -> dict[str, object]:
    return next(f for f in findings if f.code == "ownership.summary").data


@pytest.mark.parametrize(
    ("sentence", "i_past", "i_other", "we"),
    [
        ("I listened, examined the wound, and called the doctor.", 3, 0, 0),
        ("I, um, I rang the depot and rebooked the van.", 2, 0, 0),
        ("We reviewed the numbers and we agreed a plan.", 0, 0, 2),
        ("I'd check the logs first, then I'd call the user.", 0, 2, 0),
        ("I was responsible for the budget.", 0, 0, 0),
        ("I didn't agree with it.", 0, 0, 0),
    ],
)
def test_count_actions(sentence: str, i_past: int, i_other: int, we: int) -> None:
    context = prepare(Answer(sentence))
    counts = count_actions(Cues(), tokens_by_sentence(context)[0], sentence)
    assert (counts.i_past, counts.i_other, counts.we) == (i_past, i_other, we)


def test_clear_first_person_steps(analyzer: OwnershipAnalyzer) -> None:
    text = (
        "When the stock count was wrong, I compared the till reports with the deliveries, "
        "I found two invoices entered twice, and I corrected them with my manager. "
        "I also set up a weekly check."
    )
    findings = run(analyzer, text)
    assert data(findings)["personal_ownership"] is True
    assert int(str(data(findings)["i_actions"])) >= 3
    clear = next(f for f in findings if f.code == "ownership.clear")
    assert clear.severity is Severity.STRENGTH and clear.spans


def test_we_only_is_flagged_with_quotes(analyzer: OwnershipAnalyzer) -> None:
    text = (
        "We noticed the complaints were rising. We met with the team and we changed the rota. "
        "We also trained the new starters, and things got better."
    )
    findings = run(analyzer, text)
    assert data(findings)["personal_ownership"] is False
    assert int(str(data(findings)["we_actions"])) >= 3
    warning = next(f for f in findings if f.code == "ownership.we_only")
    assert warning.severity is Severity.WARNING
    assert "what *you* did" in warning.suggestion
    assert any(q.startswith("We") for q in warning.quotes(text))


def test_hypothetical_steps_count(analyzer: OwnershipAnalyzer) -> None:
    text = (
        "I'd ask the patient what worries them, then I'd check the chart and I'd explain the "
        "plan. If they were still upset I'd bring in the nurse in charge."
    )
    assert data(run(analyzer, text, "situational"))["personal_ownership"] is True


def test_generic_traits_are_not_ownership(analyzer: OwnershipAnalyzer) -> None:
    text = "I'm a hard worker and a team player. I'm organised and reliable."
    findings = run(analyzer, text, "intro")
    assert data(findings)["personal_ownership"] is False
    assert not any(f.code == "ownership.clear" for f in findings)


def test_contract_on_awkward_inputs(analyzer: OwnershipAnalyzer) -> None:
    check_analyzer(analyzer)
