"""Every session's counts and mean scores, aggregated by the database.

`history` and `progress` need no attempt's text: the database averages the scores per session, so
Python reads one row per session instead of one per attempt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interview_coach.progress.history import load_sessions
from interview_coach.progress.queries import dimension_path_columns, sessions_query, status_text
from interview_coach.progress.views import (
    DIMENSIONS,
    MAX_DIMENSIONS,
    SessionTotals,
    plan_title,
)

if TYPE_CHECKING:
    from interview_coach.storage import Store


def load_totals(store: Store, *, whole_scorecards: bool = True) -> list[SessionTotals]:
    """Every session's counts and mean scores, oldest first, aggregated by the database.

    The figures equal `[v.totals() for v in load_sessions(store, with_text=whole_scorecards)]`:
    the database sums the scores of the latest attempt at each question and Python divides and
    rounds as `SessionView` does. The sums are exact because rubric scores are whole (or quarter)
    points; a session with anything else in a scorecard (a score off the quarter-point grid, a
    dimension the rubric does not name, more than MAX_DIMENSIONS dimensions, a fractional overall
    grade) is flagged by the query and read attempt by attempt through `load_sessions` instead.
    `whole_scorecards=False` reads such sessions as the `with_text=False` path does.
    """
    from sqlalchemy import and_, case, func, or_, select

    from interview_coach.storage.tables import Attempt, Feedback, Plan, SessionQuestion

    sessions_q = sessions_query(Plan.plan["job_title"], Plan.plan["company"])
    counts_q = (
        select(
            SessionQuestion.session_id,
            func.count(SessionQuestion.id.distinct()),
            func.count(Attempt.session_question_id.distinct()),
            func.count(Attempt.id),
        )
        .outerjoin(Attempt, Attempt.session_question_id == SessionQuestion.id)
        .group_by(SessionQuestion.session_id)
    )
    # The scorecard of the latest attempt at each question...
    last = (
        select(Attempt.session_question_id, func.max(Attempt.number).label("number"))
        .group_by(Attempt.session_question_id)
        .subquery()
    )
    cards: Any = (
        select(SessionQuestion.session_id, Feedback.scorecard)
        .select_from(last)
        .join(
            Attempt,
            and_(
                Attempt.session_question_id == last.c.session_question_id,
                Attempt.number == last.c.number,
            ),
        )
        .join(SessionQuestion, SessionQuestion.id == Attempt.session_question_id)
        .join(Feedback, Feedback.attempt_id == Attempt.id)
    )
    if store.engine.dialect.name == "postgresql":
        # a `json` value is parsed again by every path operator: convert it to jsonb once
        from sqlalchemy import cast
        from sqlalchemy.dialects.postgresql import JSONB

        cards = (
            cards.with_only_columns(
                SessionQuestion.session_id, cast(Feedback.scorecard, JSONB).label("scorecard")
            )
            .cte("cards")
            .prefix_with("MATERIALIZED")
        )
    else:
        cards = cards.cte("cards")
    card = cards.c.scorecard
    # ...and its scores, read by JSON paths; materialised so that each path is read once per
    # scorecard, not once per use of its column below.
    columns: list[Any] = [
        cards.c.session_id,
        card[("overall",)].as_float().label("overall"),
        card[("dimensions", MAX_DIMENSIONS, "score")].as_float().label("extra"),
    ]
    columns += dimension_path_columns(card)
    latest = select(*columns).cte("latest").prefix_with("MATERIALIZED")
    c = latest.c
    entries = [(c[f"name{i}"], c[f"score{i}"]) for i in range(MAX_DIMENSIONS)]
    irregular = or_(
        c.overall != func.round(c.overall),
        c.extra.is_not(None),
        *(
            and_(
                score.is_not(None),
                or_(
                    name.is_(None),
                    name.not_in(DIMENSIONS),
                    score * 4 != func.round(score * 4),
                ),
            )
            for name, score in entries
        ),
    )
    per_attempt = (
        select(
            c.session_id,
            c.overall,
            case((irregular, 1), else_=0).label("irregular"),
            *(
                # the last entry with this name wins, as when a scorecard is read into a dict
                case(
                    *(
                        (and_(name == dimension, score.is_not(None)), score)
                        for name, score in reversed(entries)
                    )
                ).label(dimension)
                for dimension in DIMENSIONS
            ),
        )
        .where(c.overall.is_not(None))
        .subquery()
    )
    p = per_attempt.c
    aggregates: list[Any] = [
        p.session_id,
        func.max(p.irregular),
        func.count(p.overall),
        func.sum(p.overall),
    ]
    for dimension in DIMENSIONS:
        aggregates += [func.count(p[dimension]), func.sum(p[dimension])]
    scores_q = select(*aggregates).group_by(p.session_id)

    with store.engine.connect() as connection:
        session_rows = connection.execute(sessions_q).all()
        counts = {
            int(row[0]): (int(row[1]), int(row[2]), int(row[3]))
            for row in connection.execute(counts_q)
        }
        means: dict[int, tuple[int, float | None, dict[str, float]]] = {}
        irregular_ids: list[int] = []
        for row in connection.execute(scores_q):
            if row[1]:
                irregular_ids.append(int(row[0]))
                continue
            scored = int(row[2])
            dims = {
                name: round(float(row[4 + 2 * k + 1]) / int(row[4 + 2 * k]), 2)
                for k, name in enumerate(DIMENSIONS)
                if row[4 + 2 * k]
            }
            means[int(row[0])] = (scored, round(float(row[3]) / scored, 2), dims)
    if irregular_ids:
        for view in load_sessions(store, irregular_ids, with_text=whole_scorecards):
            means[view.id] = (len(view.scored), view.overall, view.dimension_means())
    totals = []
    for sid, plan_id, status, started_at, finished_at, job_title, company in session_rows:
        questions, answered, attempts = counts.get(int(sid), (0, 0, 0))
        scored, overall, dims = means.get(int(sid), (0, None, {}))
        totals.append(
            SessionTotals(
                id=int(sid),
                plan_id=int(plan_id),
                status=status_text(status),
                started_at=started_at,
                finished_at=finished_at,
                title=plan_title({"job_title": job_title, "company": company}),
                question_count=questions,
                answered=answered,
                attempt_count=attempts,
                scored_count=scored,
                overall=overall,
                dimensions=dims,
            )
        )
    return totals
