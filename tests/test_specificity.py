from __future__ import annotations

import pytest

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.specificity import SpecificityAnalyzer, number_mentions
from interview_coach.domain import Answer

VAGUE = "I always work hard and I try to do things well. People say I am reliable and motivated."
CONCRETE = (
    "At a regional courier firm in 2021 our invoice run took four days every month. "
    "I rebuilt it in Python with pandas and scheduled it in Airflow. "
    "It went from four days to half a day, and billing errors fell by 30%."
)


@pytest.fixture(scope="module")
def rules() -> SpecificityAnalyzer:
    return SpecificityAnalyzer(models={})


@pytest.fixture(scope="module")
def packaged() -> SpecificityAnalyzer:
    return SpecificityAnalyzer()


def _summary(analyzer: SpecificityAnalyzer, text: str) -> dict[str, object]:
    answer = Answer(text=text, question="Tell me about a time you improved a process.")
    found = find_summary(analyzer(answer, prepare(answer)), "specificity")
    assert found is not None
    return found.data


@pytest.mark.parametrize("name", ["rules", "packaged"])
def test_vague_answer_is_level_one_and_unquantified(
    name: str, request: pytest.FixtureRequest
) -> None:
    analyzer = request.getfixturevalue(name)
    answer = Answer(text=VAGUE)
    findings = analyzer(answer, prepare(answer))
    data = find_summary(findings, "specificity").data
    assert data["level"] == 1 and data["quantified_result"] is False
    assert any(f.code == "specificity.vague" for f in findings)
    assert any(f.code == "specificity.unquantified_result" for f in findings) is False  # short


@pytest.mark.parametrize("name", ["rules", "packaged"])
def test_concrete_answer_with_measured_result(name: str, request: pytest.FixtureRequest) -> None:
    analyzer = request.getfixturevalue(name)
    answer = Answer(text=CONCRETE)
    findings = analyzer(answer, prepare(answer))
    data = find_summary(findings, "specificity").data
    assert data["level"] >= 2 and data["quantified_result"] is True
    quantified = next(f for f in findings if f.code == "specificity.quantified")
    quotes = quantified.quotes(CONCRETE)
    assert "30%" in quotes or "half" in quotes


def test_scene_setting_numbers_are_not_outcomes() -> None:
    text = "Five years ago I joined a team of 4 engineers. We talked with customers and shipped it."
    answer = Answer(text=text)
    mentions = number_mentions(prepare(answer))
    assert mentions and not any(m.outcome for m in mentions)
    assert _summary(SpecificityAnalyzer(models={}), text)["quantified_result"] is False


def test_unquantified_story_gets_a_number_prompt(rules: SpecificityAnalyzer) -> None:
    text = (
        "When our support queue kept growing I was asked to fix it. I looked at the tickets, "
        "grouped them by cause, wrote help articles for the common ones and trained the new "
        "starters. After that the queue was much shorter and customers were happier with us."
    )
    answer = Answer(text=text, question_type="behavioral")
    finding = next(
        f for f in rules(answer, prepare(answer)) if f.code.endswith("unquantified_result")
    )
    assert "[number]" in finding.suggestion


@pytest.mark.parametrize(
    "text", ["", "   ", "\U0001f600" * 50, "\x00\xff\ufffe junk", "数字 42 % £", "İ" * 30 + " 50%"]
)
def test_never_raises_and_spans_stay_inside(packaged: SpecificityAnalyzer, text: str) -> None:
    answer = Answer(text=text)
    for finding in packaged(answer, prepare(answer)):
        assert all(0 <= s.start <= s.end <= len(text) for s in finding.spans)


def test_huge_answer_is_handled(packaged: SpecificityAnalyzer) -> None:
    answer = Answer(text=CONCRETE * 20_000)
    data = find_summary(packaged(answer, prepare(answer)), "specificity").data
    assert data["level"] == 3
