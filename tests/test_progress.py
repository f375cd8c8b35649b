"""Session summaries, trends and attempt comparison over a real SQLite store."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from practice_history import Given, add_session

from interview_coach.domain import Answer
from interview_coach.progress import (
    compare_attempts,
    load_sessions,
    progress_over,
    summarize_session,
)
from interview_coach.progress import totals as totals_module
from interview_coach.progress.history import DIMENSIONS, SessionTotals, question_key
from interview_coach.progress.totals import load_totals
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
    assert "star.missing_result message (2 answers): Fix star.missing_result." in advice
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


# Totals aggregated by the database --------------------------------------------------------------
def card(overall: float, dims: Sequence[tuple[Any, Any]]) -> dict[str, Any]:
    return {"overall": overall, "dimensions": [{"name": n, "score": s} for n, s in dims]}


def scored_session(store: Store, cards: Sequence[dict[str, Any] | None], **plan: Any) -> int:
    """A session with one attempt per card (None: an attempt not analysed yet)."""
    asked = [
        {"text": f"Question {i}", "kind": "bank", "source": f"q{i}"} for i in range(len(cards))
    ]
    made = store.add_plan(
        {"job_title": "Analyst", "company": "Acme", "questions": asked} | plan,
        format="phone",
        minutes=30,
        seed=0,
    )
    session = store.start_session(made.id, asked)
    for row, given in zip(store.session_questions(session.id), cards, strict=True):
        attempt = store.add_attempt(row.id, "An answer.")
        if given is not None:
            store.save_feedback(attempt.id, [], given, {}, "test")
    return session.id


def build_history(store: Store) -> set[int]:
    """Sessions covering what the totals must get right; returns the ids of those whose
    scorecards the database cannot sum exactly (read attempt by attempt instead)."""
    add_session(store, [Given("Q1", overall=2, dims={"structure": 1.0}), Given("Q2", overall=4)])
    add_session(  # retries: only the latest attempt counts, an unanalysed retry unscores it
        store,
        [
            [Given("Q1", overall=1), Given("Q1", overall=5, dims={"delivery": 4.5})],
            [Given("Q2", overall=3), Given("Q2", overall=None)],
            Given("Q3", overall=4, dims={"substance": 2.25}),
        ],
        unanswered=2,
    )
    add_session(store, [Given("Q", overall=None)], title="", company="")  # answered, no score
    add_session(store, [], unanswered=3, finish=False)  # nothing answered
    add_session(store, [Given(f"Q{i}", overall=1 + i % 5) for i in range(10)], company="")
    scored_session(  # dimensions missing, reordered, repeated, unnamed-without-score
        store,
        [
            card(3, [("delivery", 2.0), ("structure", 5.0)]),
            card(4, [("structure", 1.0), ("structure", 4.0), (None, None), ("relevance", 3.5)]),
            card(2, []),
            {"dimensions": [{"name": "structure", "score": 1.0}]},  # no overall: not scored
        ],
    )
    irregular = {
        scored_session(store, [card(3, [("structure", 3.3)]), card(4, [("structure", 3.4)])]),
        scored_session(store, [card(3, [("clarity", 4.0), ("structure", 2.0)])]),
        scored_session(store, [card(3.5, [("structure", 2.0)]), card(4, [("delivery", 5.0)])]),
        scored_session(store, [card(3, [("structure", 1.0)] * 9)]),
        scored_session(store, [card(3, [(None, 2.0), ("delivery", 3.0)])]),
    }
    add_session(store, [Given("Last", overall=5, dims={"professionalism": 1.0})])
    return irregular


def expected_totals(store: Store) -> list[SessionTotals]:
    """The same figures computed the plain way: every attempt read through the Store API."""
    out = []
    for session in sorted(store.list_sessions(), key=lambda s: s.id):
        plan = store.get_plan(session.plan_id).plan
        questions = store.session_questions(session.id)
        latest = []
        attempt_count = 0
        for question in questions:
            attempts = store.attempts(question.id)
            attempt_count += len(attempts)
            if attempts:
                latest.append(max(attempts, key=lambda a: a.number))
        overalls: list[int] = []
        dims: dict[str, list[float]] = {}
        for attempt in latest:
            feedback = store.get_feedback(attempt.id)
            scores_card = feedback.scorecard if feedback else {}
            if not isinstance(scores_card.get("overall"), int | float):
                continue
            overalls.append(int(scores_card["overall"]))
            scores = {
                str(d["name"]): float(d["score"])
                for d in scores_card["dimensions"]
                if d["score"] is not None
            }
            for name, score in scores.items():
                dims.setdefault(name, []).append(score)
        names = [d for d in DIMENSIONS if d in dims] + sorted(set(dims) - set(DIMENSIONS))
        title = (plan.get("job_title") or "").strip() or "Practice"
        company = (plan.get("company") or "").strip()
        out.append(
            SessionTotals(
                id=session.id,
                plan_id=session.plan_id,
                status=session.status.value,
                started_at=session.started_at,
                finished_at=session.finished_at,
                title=f"{title} at {company}" if company else title,
                question_count=len(questions),
                answered=len(latest),
                attempt_count=attempt_count,
                scored_count=len(overalls),
                overall=round(sum(overalls) / len(overalls), 2) if overalls else None,
                dimensions={n: round(sum(dims[n]) / len(dims[n]), 2) for n in names},
            )
        )
    return out


def test_totals_equal_a_plain_computation_over_every_attempt(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    irregular = build_history(any_store)
    read_one_by_one: list[int] = []
    real_load = totals_module.load_sessions

    def spy(store: Store, session_ids: Sequence[int] | None = None, **kwargs: Any) -> Any:
        read_one_by_one.extend(session_ids or [])
        return real_load(store, session_ids, **kwargs)

    monkeypatch.setattr(totals_module, "load_sessions", spy)
    expected = expected_totals(any_store)
    totals = load_totals(any_store)
    assert totals == expected
    assert set(read_one_by_one) == irregular  # the regular sessions were summed by the database
    assert [t.to_dict() for t in totals] == [v.to_dict() for v in real_load(any_store)]
    # progress: the same trends as over SessionViews, read either way
    assert progress_over(totals).to_dict() == progress_over(expected).to_dict()
    fast = progress_over(load_totals(any_store, whole_scorecards=False))
    assert fast.to_dict() == progress_over(real_load(any_store, with_text=False)).to_dict()
    assert [s.id for s in fast.sessions] == [t.id for t in expected if t.scored_count]


def test_totals_of_an_empty_store(any_store: Store) -> None:
    assert load_totals(any_store) == []
    assert progress_over(load_totals(any_store)).to_dict()["sessions"] == []


def test_totals_over_the_benchmark_history_match_session_views(tmp_path: Path) -> None:
    """Realistic scorecards (every dimension, contributions, retries) over 40 sessions."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "speed_progress.py"
    spec = importlib.util.spec_from_file_location("speed_progress", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    build_export = bench.build_export
    with Store.open(f"sqlite:///{(tmp_path / 'coach.db').as_posix()}") as store:
        store.import_all(build_export(40, seed=3))
        views = load_sessions(store)
        assert load_totals(store) == [v.totals() for v in views]
        assert (
            progress_over(load_totals(store, whole_scorecards=False)).to_dict()
            == progress_over(views).to_dict()
        )


def test_history_and_progress_import_no_analysis_stack(tmp_path: Path) -> None:
    """The commands read the store only: no analyzer, model runtime, templates or migrations."""
    import subprocess
    import sys

    home = tmp_path / "home"
    with Store.open(f"sqlite:///{(home / 'coach.db').as_posix()}") as opened:
        add_session(opened, [Given("Q", overall=3, dims={"structure": 2.0})])
    script = (
        "import sys\n"
        "from interview_coach.cli import app\n"
        "for args in (['history'], ['history', '--json'], ['progress'], ['progress', '--json']):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
        "heavy = ('alembic', 'jinja2', 'numpy', 'onnxruntime', 'interview_coach.analysis')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "INTERVIEW_COACH_HOME": str(home)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines()[-1] == "[]"
    assert "1 scored sessions" in done.stdout
