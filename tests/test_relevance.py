from __future__ import annotations

import pytest

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.encoder import default_encoder
from interview_coach.analysis.relevance import RelevanceAnalyzer
from interview_coach.domain import Answer

QUESTION = "Tell me about a time you resolved a conflict with a colleague."
ON_TOPIC = (
    "Last year a colleague and I disagreed about who owned the release checklist. "
    "I asked her for a short call, we listed the steps together and split them. "
    "The next release went out on time and we still use the shared checklist."
)
DODGE = (
    "Honestly I can't think of one, I get on with everyone. I'd rather talk about my "
    "fantasy football league, I won it three seasons in a row."
)


@pytest.fixture(scope="module")
def analyzer() -> RelevanceAnalyzer:
    return RelevanceAnalyzer()


def test_dodged_question_is_off_question_without_vectors(analyzer: RelevanceAnalyzer) -> None:
    answer = Answer(text=DODGE, question=QUESTION)
    findings = analyzer(answer, prepare(answer))
    assert find_summary(findings, "relevance").data["relevant"] is False
    off = next(f for f in findings if f.code == "relevance.off_question")
    assert any("can't think of one" in q for q in off.quotes(DODGE))


def test_on_topic_answer_with_embeddings(analyzer: RelevanceAnalyzer) -> None:
    answer = Answer(text=ON_TOPIC, question=QUESTION, skills=("stakeholder management",))
    data = find_summary(analyzer(answer, prepare(answer, default_encoder())), "relevance").data
    assert data["relevant"] is True
    assert data["similarity"] > 0.2


def test_dodge_is_caught_with_embeddings(analyzer: RelevanceAnalyzer) -> None:
    answer = Answer(text=DODGE, question=QUESTION)
    data = find_summary(analyzer(answer, prepare(answer, default_encoder())), "relevance").data
    assert data["relevant"] is False


def test_skills_shown_by_literal_mention_quote_the_sentence(analyzer: RelevanceAnalyzer) -> None:
    text = ON_TOPIC + " I also forecasted demand for the quarter in Excel."
    answer = Answer(text=text, question=QUESTION, skills=("demand forecasting", "Kubernetes"))
    findings = analyzer(answer, prepare(answer))
    data = find_summary(findings, "relevance").data
    assert data["skills_shown"] == ["demand forecasting"]
    assert data["skills_missing"] == ["Kubernetes"]
    shown = next(f for f in findings if f.code == "relevance.skills_shown")
    assert shown.quotes(text) == ["I also forecasted demand for the quarter in Excel."]


def test_no_skills_finding_when_none_appear(analyzer: RelevanceAnalyzer) -> None:
    answer = Answer(text=ON_TOPIC, question=QUESTION, skills=("welding", "forklift licence"))
    codes = [f.code for f in analyzer(answer, prepare(answer))]
    assert "relevance.no_skills" in codes and "relevance.skills_shown" not in codes


@pytest.mark.parametrize("text", ["", "\U0001f600 \U0001f600", "\x00\x01\x02", "x" * 200_000])
def test_never_raises(analyzer: RelevanceAnalyzer, text: str) -> None:
    answer = Answer(text=text, question=QUESTION, skills=("a" * 500, ""))
    findings = analyzer(answer, prepare(answer))
    assert sum(f.code == "relevance.summary" for f in findings) == 1
