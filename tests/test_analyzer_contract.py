"""Every built-in analyzer passes the shared contract, with and without embeddings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.analysis.base import prepare
from interview_coach.analysis.checks import check_analyzer, check_findings
from interview_coach.analysis.encoder import MiniLMEncoder
from interview_coach.analysis.pipeline import ANALYZERS, build_analyzers
from interview_coach.domain import Answer

ANALYZER_NAMES = list(ANALYZERS)


@pytest.mark.parametrize("name", ANALYZER_NAMES)
def test_contract_without_embeddings(name: str) -> None:
    (analyzer,) = build_analyzers([name])
    check_analyzer(analyzer, encoder=None)


@pytest.mark.parametrize("name", ANALYZER_NAMES)
def test_contract_with_embeddings(name: str, encoder: MiniLMEncoder) -> None:
    (analyzer,) = build_analyzers([name])
    check_analyzer(analyzer, encoder=encoder, question_types=("behavioral", "closing"))


@pytest.mark.parametrize("name", ANALYZER_NAMES)
def test_five_megabyte_answer(name: str) -> None:
    (analyzer,) = build_analyzers([name])
    text = (
        "I led the migration and we cut costs by 30%. Um, like, basically it went well. " * 70_000
    )[: 5 * 1024 * 1024]
    answer = Answer(text=text, question="Tell me about a project.", question_type="behavioral")
    check_findings(analyzer, answer, analyzer(answer, prepare(answer, None)))


ALL_ANALYZERS = build_analyzers()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=400),
    question_type=st.sampled_from(["behavioral", "situational", "closing", "intro", "technical"]),
)
def test_no_analyzer_raises_on_any_string(text: str, question_type: str) -> None:
    answer = Answer(text=text, question="Why do you want this job?", question_type=question_type)
    context = prepare(answer, None)
    for analyzer in ALL_ANALYZERS:
        check_findings(analyzer, answer, analyzer(answer, context))
