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


PHARMACY = (
    "I was shift lead at a community pharmacy when our delivery driver called in sick on a Friday "
    "morning. I had to make sure the care-home orders still went out, so I split the routes "
    "between the two of us who could drive, wrote a checklist for packing and signing off each bag, "
    "and phoned the homes to agree time slots. All 40 orders arrived by 5 pm, and my manager "
    "later adopted the checklist for every delivery day."
)


@pytest.mark.parametrize("name", ["rules", "packaged"])
def test_outcome_number_without_a_change_verb(name: str, request: pytest.FixtureRequest) -> None:
    analyzer = request.getfixturevalue(name)
    answer = Answer(text=PHARMACY, question_type="behavioral")
    findings = analyzer(answer, prepare(answer))
    data = find_summary(findings, "specificity").data
    assert data["outcome_numbers"] >= 1 and data["quantified_result"] is True
    quantified = next(f for f in findings if f.code == "specificity.quantified")
    assert "40" in quantified.quotes(PHARMACY)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("All 40 orders arrived by 5 pm.", {"40", "5"}),
        ("On Friday 40 orders were due by 5 pm and the van had broken down.", set()),
        ("We needed 40 orders packed before the van left.", set()),
        ("Five years ago I joined a team of 4 pharmacists.", set()),
        ("I was asked to clear 200 tickets in a week.", set()),
        ("I'm twenty-three and I grew up near the coast.", set()),
        ("In March I entered the regional contest and came fourth.", {"fourth"}),
        ("It took the month-end close from four days to two.", {"four", "two"}),
        ("Over the next six months we had zero missed deliveries.", {"six"}),
        ("Only 2 of the 30 patients needed a second call.", {"2", "30"}),
    ],
)
def test_outcome_and_setup_numbers(text: str, outcome: set[str]) -> None:
    mentions = number_mentions(prepare(Answer(text=text)))
    assert mentions
    assert {text[m.span.start : m.span.end] for m in mentions if m.outcome} == outcome
