"""Behaviour of the STAR analyzer on answers written for these tests."""

from __future__ import annotations

import pytest

from interview_coach.analysis.base import prepare
from interview_coach.analysis.checks import check_analyzer
from interview_coach.analysis.ownership import Cues
from interview_coach.analysis.star import PARTS, StarAnalyzer, is_applicable
from interview_coach.domain import Answer, Finding, Severity

FULL_STORY = (
    "Last spring, at a regional bakery chain, our online orders kept arriving at the wrong shop. "
    "As the only analyst, it was my job to find out why within two weeks. "
    "I pulled three months of order logs, I matched every order to its postcode, and I found "
    "that the lookup table still used the old delivery zones. "
    "I rebuilt the table and I added a daily check that flags any unmatched postcode. "
    "After that, misrouted orders dropped from about 40 a week to 2, and the operations manager "
    "now uses my check for every new shop."
)
WE_ONLY = (
    "Last year our team relaunched the customer newsletter. We reviewed the old issues, we chose "
    "a new layout and we agreed a monthly schedule with the sales team. We also tested subject "
    "lines. It was a good team effort."
)
NO_RESULT = (
    "At my previous job a supplier sent us the wrong parts two days before a big install. "
    "I was responsible for the schedule, so I had to sort it out. "
    "I called the supplier, I arranged a courier for the right parts and I moved two smaller "
    "jobs forward so the fitters were not idle."
)
GENERIC = (
    "I'm a very organised person and I always stay calm under pressure. I think it's important "
    "to prioritise and keep everyone informed."
)


@pytest.fixture(scope="module")
def analyzer() -> StarAnalyzer:
    return StarAnalyzer()


def run(analyzer: StarAnalyzer, text: str, qtype: str = "behavioral") -> list[Finding]:
    answer = Answer(
        text=text, question="Tell me about a time you fixed a problem.", question_type=qtype
    )
    return analyzer(answer, prepare(answer))


def summary_data(findings: list[Finding]) -> dict[str, object]:
    (found,) = [f for f in findings if f.code == "star.summary"]
    return found.data


def test_full_story_has_all_parts_with_spans(analyzer: StarAnalyzer) -> None:
    findings = run(analyzer, FULL_STORY)
    data = summary_data(findings)
    assert data["applicable"] is True
    assert data["parts"] == dict.fromkeys(PARTS, True)
    codes = {f.code for f in findings}
    assert {"star.situation", "star.task", "star.action", "star.result"} <= codes
    action = next(f for f in findings if f.code == "star.action")
    assert action.severity is Severity.STRENGTH
    assert any("I pulled three months" in q for q in action.quotes(FULL_STORY))
    result = next(f for f in findings if f.code == "star.result")
    assert any("dropped from about 40" in q for q in result.quotes(FULL_STORY))
    sentences = data["sentences"]
    assert isinstance(sentences, dict) and 0 in sentences["situation"]


def test_we_only_story_lacks_action(analyzer: StarAnalyzer) -> None:
    findings = run(analyzer, WE_ONLY)
    parts = summary_data(findings)["parts"]
    assert isinstance(parts, dict)
    assert parts["action"] is False
    missing = next(f for f in findings if f.code == "star.missing_action")
    assert missing.severity is Severity.WARNING
    assert "you did" in missing.message and missing.suggestion


def test_story_without_outcome_misses_result(analyzer: StarAnalyzer) -> None:
    findings = run(analyzer, NO_RESULT)
    parts = summary_data(findings)["parts"]
    assert isinstance(parts, dict)
    assert parts["action"] is True and parts["result"] is False
    missing = next(f for f in findings if f.code == "star.missing_result")
    assert "what changed" in missing.suggestion.lower()


def test_generic_answer_has_no_story(analyzer: StarAnalyzer) -> None:
    parts = summary_data(run(analyzer, GENERIC))["parts"]
    assert isinstance(parts, dict)
    assert not parts["action"] and not parts["result"]


def test_not_applicable_to_other_question_types(analyzer: StarAnalyzer) -> None:
    findings = run(analyzer, FULL_STORY, qtype="motivation")
    assert [f.code for f in findings] == ["star.summary"]
    assert summary_data(findings)["applicable"] is False


def test_situational_applies_only_to_past_stories() -> None:
    cues = Cues()
    hypothetical = "I'd call the customer first, then I'd check the order and offer a refund."
    story = (
        "I'd call them first. That happened to me last year: I called the customer and fixed it."
    )
    assert not is_applicable(cues, Answer(hypothetical, question_type="situational"), hypothetical)
    assert is_applicable(cues, Answer(story, question_type="situational"), story)


def test_rules_fallback_without_models() -> None:
    analyzer = StarAnalyzer()
    analyzer.models = {}
    parts = summary_data(run(analyzer, FULL_STORY))["parts"]
    assert parts == dict.fromkeys(PARTS, True)
    parts = summary_data(run(analyzer, WE_ONLY))["parts"]
    assert isinstance(parts, dict) and parts["action"] is False


def test_contract_on_awkward_inputs(analyzer: StarAnalyzer) -> None:
    check_analyzer(analyzer)
    run(analyzer, FULL_STORY * 3000)  # a very long answer must not raise
