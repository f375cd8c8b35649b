"""Session summaries, trends and attempt comparison over a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from practice_history import Given, add_session

from interview_coach.domain import Answer
from interview_coach.progress import (
    compare_attempts,
    load_sessions,
    progress_over,
    summarize_session,
)
from interview_coach.progress.history import DIMENSIONS, question_key
from interview_coach.progress.trends import make_trend, slope
from interview_coach.storage import RecordNotFoundError, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{(tmp_path / 'coach.db').as_posix()}") as opened:
        yield opened


def test_summary_scores_strongest_weakest_and_next_steps(store: Store) -> None:
    sid = add_session(
        store,
        [
            Given(
                "Tell me about a conflict.",
                overall=2,
                dims={"structure": 1.0},
                problems=["star.missing_result", "specificity.vague"],
            ),
            Given("Why this role?", overall=5, dims={"structure": 4.0}),
            Given(
                "Describe a failure.",
                overall=3,
                dims={"structure": 2.0},
                problems=["star.missing_result"],
            ),
        ],
        unanswered=1,
    )
    summary = summarize_session(store, sid)
    assert summary.overall == pytest.approx(10 / 3, abs=0.01)
    assert summary.dimensions["structure"] == pytest.approx(7 / 3, abs=0.01)
    assert summary.dimensions["substance"] == pytest.approx(10 / 3, abs=0.01)
    assert [n.question for n in summary.strongest] == ["Why this role?", "Describe a failure."]
    assert [n.question for n in summary.weakest] == ["Tell me about a conflict."]
    assert summary.unanswered == 1
    assert summary.frequent_findings[0] == ("star.missing_result", 2)
    advice = " ".join(summary.practise_next)
    assert advice.startswith("Structure (2.3/5)")
    assert "star.missing_result came up in 2 answers: Fix star.missing_result." in advice
    assert "Retry question 1 (2/5): Tell me about a conflict." in advice
    assert "star.summary" not in advice
    assert summary.to_dict()["session"]["answered"] == 3


def test_summary_uses_the_latest_attempt_and_skips_unanalysed(store: Store) -> None:
    sid = add_session(
        store,
        [
            [Given("Q1", overall=1), Given("Q1", overall=4)],
            Given("Q2", overall=None),
        ],
    )
    summary = summarize_session(store, sid)
    assert summary.overall == 4
    assert summary.session.to_dict()["attempts"] == 3
    assert summary.strongest[0].attempts == 2
    assert summary.weakest == ()


def test_summary_of_unknown_session_raises(store: Store) -> None:
    with pytest.raises(RecordNotFoundError):
        summarize_session(store, 99)


def test_summary_from_real_analyzer_feedback(store: Store) -> None:
    from interview_coach.services import analyze_answer

    texts = [
        "Last spring our checkout page was failing for about one in ten customers. I was asked to"
        " fix it before the holiday sale. I traced the failures to a timeout in the payment call,"
        " added a retry with a limit and wrote tests for it. Failed checkouts fell from 10 percent"
        " to under 1 percent and the sale ran without an incident.",
        "Um, I guess I just kind of do stuff, you know, whatever they need really.",
    ]
    sid = add_session(store, [Given("Tell me about a problem you solved.", overall=None)] * 2)
    for row, text in zip(store.session_questions(sid), texts, strict=True):
        attempt = store.attempts(row.id)[0]
        fb = analyze_answer(Answer(text=text, question="Tell me about a problem you solved."))
        store.save_feedback(
            attempt.id,
            [f.to_dict(text) for f in fb.findings],
            fb.scorecard.to_dict(),
            fb.labels,
            fb.scorecard.rubric_version,
        )
    summary = summarize_session(store, sid)
    assert set(summary.dimensions) == set(DIMENSIONS)
    overalls = [a.overall for a in summary.session.scored]
    assert overalls[0] is not None and overalls[1] is not None and overalls[0] > overalls[1]
    assert summary.weakest[0].position == 1


def test_trend_directions() -> None:
    assert slope([1.0, 2.0, 3.0]) == pytest.approx(1.0)
    assert slope([3.0]) == 0.0
    assert make_trend("x", [2.0, None, 3.0, 4.0]).direction == "improving"
    assert make_trend("x", [4.0, 3.0, 2.0]).direction == "declining"
    assert make_trend("x", [3.0, 3.0, 3.02]).direction == "steady"
    assert make_trend("x", [3.0]).direction == "not enough data"


def test_progress_over_sessions(store: Store) -> None:
    for structure, delivery in ((1.0, 4.0), (2.0, 4.0), (4.0, 3.0)):
        add_session(
            store, [Given("Q", overall=3, dims={"structure": structure, "delivery": delivery})]
        )
    add_session(store, [Given("Q", overall=None)])  # not scored: left out of the trend
    result = progress_over(load_sessions(store))
    assert len(result.sessions) == 3
    trends = {t.name: t for t in result.dimensions}
    assert [t.name for t in result.dimensions] == list(DIMENSIONS)
    assert trends["structure"].values == (1.0, 2.0, 4.0)
    assert trends["structure"].direction == "improving"
    assert trends["delivery"].direction == "declining"
    assert trends["substance"].direction == "steady"
    assert result.overall.values == (3.0, 3.0, 3.0)


def test_compare_attempts_across_sessions_and_retries(store: Store) -> None:
    first = add_session(
        store,
        [
            Given(
                "Tell me about yourself.",
                overall=2,
                dims={"structure": 2.0},
                problems=["length.too_short", "star.missing_result"],
                source="intro-1",
            ),
        ],
    )
    add_session(
        store,
        [
            [
                Given(
                    "Tell me about yourself.",
                    overall=3,
                    dims={"structure": 3.0},
                    problems=["star.missing_result"],
                    source="intro-1",
                ),
                Given(
                    "Tell me about yourself.",
                    overall=5,
                    dims={"structure": 4.5},
                    problems=[],
                    strengths=["star.result"],
                    source="intro-1",
                ),
            ],
            Given("Another question", overall=1, source="other"),
        ],
    )
    sq_id = store.session_questions(first)[0].id
    result = compare_attempts(store, sq_id)
    assert [a.overall for a in result.attempts] == [2, 3, 5]
    assert result.changes[0].gone == (("length.too_short", "problem"),)
    assert result.changes[0].appeared == ()
    assert result.changes[1].gone == (("star.missing_result", "problem"),)
    assert result.changes[1].appeared == (("star.result", "strength"),)
    assert result.overall is not None and result.overall.overall_delta == 3
    assert result.overall.dimension_deltas["structure"] == 2.5
    assert result.to_dict()["first_to_last"]["overall_delta"] == 3
    with pytest.raises(RecordNotFoundError):
        compare_attempts(store, 999)


def test_question_key_prefers_ids_then_bank_source_then_text() -> None:
    assert question_key({"id": "q-7", "text": "x"}) == "id:q-7"
    assert question_key({"source": "beh-12", "kind": "bank", "text": "x"}) == "bank:beh-12"
    a = question_key({"text": "Why  this role?", "kind": "role", "source": "job line 3"})
    b = question_key({"text": "why this role?", "kind": "role", "source": "job line 9"})
    assert a == b and a.startswith("text:")
