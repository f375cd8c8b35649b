from __future__ import annotations

import pytest

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.encoder import default_encoder
from interview_coach.analysis.enthusiasm import EnthusiasmAnalyzer
from interview_coach.domain import Answer

WHY = "Why do you want to work here?"
CLAIM_ONLY = "I'm really passionate about marketing and I love working with people."
SHOWN = (
    "I got hooked on electronics as a teenager. In my spare time I build weather sensors and "
    "I taught myself soldering from videos. What draws me to your team is that you build "
    "outdoor sensors, and this role would let me do that every day."
)
PAY = "The salary at your company is better and the commute is shorter, so this job suits me."


@pytest.fixture(scope="module")
def rules() -> EnthusiasmAnalyzer:
    return EnthusiasmAnalyzer(models={}, prototypes={})


def _run(analyzer: EnthusiasmAnalyzer, text: str, vectors: bool = False) -> tuple[dict, list]:
    answer = Answer(text=text, question=WHY, question_type="motivation")
    context = prepare(answer, default_encoder() if vectors else None)
    findings = analyzer(answer, context)
    return find_summary(findings, "enthusiasm").data, [f.code for f in findings]


def test_claim_without_evidence(rules: EnthusiasmAnalyzer) -> None:
    data, codes = _run(rules, CLAIM_ONLY)
    assert data["passion_claim"] and not data["passion_evidence"]
    assert "enthusiasm.claim_without_evidence" in codes
    assert "enthusiasm.no_link_to_role" in codes


@pytest.mark.parametrize(
    "text",
    [
        "I enjoy the work and I liked my last team.",
        "I'd love to hear more about the team.",
        "I'm not excited by spreadsheets, to be honest.",
    ],
)
def test_mild_polite_or_negated_words_are_not_claims(rules: EnthusiasmAnalyzer, text: str) -> None:
    assert _run(rules, text)[0]["passion_claim"] is False


def test_evidence_and_link_are_found_with_spans(rules: EnthusiasmAnalyzer) -> None:
    answer = Answer(text=SHOWN, question=WHY, question_type="motivation")
    findings = rules(answer, prepare(answer))
    data = find_summary(findings, "enthusiasm").data
    assert data["passion_claim"] and data["passion_evidence"] and data["connects_to_role"]
    shown = next(f for f in findings if f.code == "enthusiasm.shown")
    assert "In my spare time" in shown.quotes(SHOWN)
    linked = next(f for f in findings if f.code == "enthusiasm.linked_to_role")
    assert any("your team" in q or "this role" in q for q in linked.quotes(SHOWN))


def test_pay_and_commute_are_not_a_link_to_the_role(rules: EnthusiasmAnalyzer) -> None:
    data, codes = _run(rules, PAY)
    assert data["connects_to_role"] is False
    assert "enthusiasm.no_link_to_role" in codes


def test_packaged_models_with_embeddings() -> None:
    analyzer = EnthusiasmAnalyzer()
    shown, _ = _run(analyzer, SHOWN, vectors=True)
    assert shown["passion_evidence"] and shown["connects_to_role"]
    pay, _ = _run(analyzer, PAY, vectors=True)
    assert not pay["passion_evidence"] and not pay["connects_to_role"]


@pytest.mark.parametrize("text", ["", "\U0001f60d" * 40, "\x00love\x00", "passion " * 50_000])
def test_never_raises(text: str) -> None:
    analyzer = EnthusiasmAnalyzer()
    answer = Answer(text=text, question_type="closing")
    findings = analyzer(answer, prepare(answer))
    assert sum(f.code == "enthusiasm.summary" for f in findings) == 1
