"""The Store on a real database: SQLite in tmp_path, and PostgreSQL when CI provides one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Index, MetaData, inspect, text

from interview_coach.storage import (
    ApplicationStage,
    RecordNotFoundError,
    SessionStatus,
    StorageError,
    Store,
    migrate,
)
from interview_coach.storage.core import storable_text
from interview_coach.storage.engine import make_engine
from interview_coach.storage.tables import Base

TABLES = {
    "jobs",
    "resumes",
    "company_notes",
    "plans",
    "sessions",
    "session_questions",
    "attempts",
    "feedback",
    "stories",
    "applications",
    "review_items",
}


@pytest.fixture
def store(any_store: Store) -> Store:
    """An empty store on SQLite and PostgreSQL (`any_store` in conftest.py)."""
    return any_store


WEIRD_TEXTS = (
    "",
    "nul\x00inside",
    "lone \ud800 surrogate",
    "emoji 👩🏽‍💻 ✅",
    "ünïcødé",
    "x" * 100_000,
)


def one_question(store: Store) -> int:
    plan = store.add_plan({}, format="behavioral", minutes=5, seed=0)
    return store.session_questions(store.start_session(plan.id, [{"text": "q"}]).id)[0].id


def fill(store: Store) -> dict[str, int]:
    """One row in every table, linked the way the app links them; returns the ids."""
    job = store.add_job(
        "Support engineer", "We need patience.", company="Kettle & Co", parsed={"skills": ["sql"]}
    )
    resume = store.add_resume("Mine", "Five years of support.", parsed={"name": "Sam"})
    store.add_company_note("Kettle & Co", "They ship weekly.", job_id=job.id)
    plan = store.add_plan(
        {"questions": 2},
        format="phone_screen",
        minutes=20,
        seed=7,
        job_id=job.id,
        resume_id=resume.id,
    )
    session = store.start_session(plan.id, [{"text": "Tell me about you"}, {"text": "Why us?"}])
    question = store.session_questions(session.id)[0]
    attempt = store.add_attempt(
        question.id,
        "I fixed the queue.",
        spoken=True,
        word_timings=[{"word": "I", "start": 0.0, "end": 0.2}],
    )
    store.save_feedback(
        attempt.id, [{"code": "star.missing_result"}], {"overall": 3}, {"star": 2}, "r1"
    )
    story = store.add_story(
        "Queue outage", "S T A R", skills=["sql"], competencies=["ownership"], star={"result": "x"}
    )
    application = store.add_application("Kettle & Co", "Support engineer", job_id=job.id)
    store.save_review(
        "why-us",
        {"text": "Why us?"},
        easiness=2.5,
        interval_days=1,
        repetitions=1,
        due_on=date(2026, 3, 1),
    )
    return {
        "job": job.id,
        "plan": plan.id,
        "session": session.id,
        "question": question.id,
        "attempt": attempt.id,
        "story": story.id,
        "application": application.id,
    }


def test_migrations_run_from_empty(database_url: str) -> None:
    engine = make_engine(database_url)
    assert migrate.current_revision(engine) is None
    with Store.open(database_url) as store:
        assert store.schema_revision() == migrate.head_revision() == migrate.HEAD_REVISION
        assert TABLES <= set(inspect(store.engine).get_table_names())
        store.upgrade()  # a second upgrade is a no-op
    migrate.downgrade(engine, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    engine.dispose()


def test_migration_matches_orm_metadata(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        # The comparison does notice a difference: an index the migration never made.
        changed = MetaData(naming_convention=Base.metadata.naming_convention)
        for table in Base.metadata.tables.values():
            table.to_metadata(changed)
        Index("ix_stories_title", changed.tables["stories"].c.title)
        assert [diff[0] for diff in compare_metadata(context, changed)] == ["add_index"]


def test_every_table_round_trips(store: Store) -> None:
    ids = fill(store)
    job = store.get_job(ids["job"])
    assert (job.title, job.company, job.parsed) == (
        "Support engineer",
        "Kettle & Co",
        {"skills": ["sql"]},
    )
    assert job.created_at.tzinfo is not None and job.created_at.utcoffset() == UTC.utcoffset(None)
    assert [r.name for r in store.list_resumes()] == ["Mine"]
    assert [n.text for n in store.company_notes("Kettle & Co")] == ["They ship weekly."]
    plan = store.get_plan(ids["plan"])
    assert (plan.format, plan.minutes, plan.seed, plan.plan) == (
        "phone_screen",
        20,
        7,
        {"questions": 2},
    )
    session = store.get_session(ids["session"])
    assert session.status is SessionStatus.ACTIVE and session.finished_at is None
    assert [q.question["text"] for q in store.session_questions(session.id)] == [
        "Tell me about you",
        "Why us?",
    ]
    (attempt,) = store.attempts(ids["question"])
    assert (attempt.number, attempt.spoken, attempt.answer_text) == (1, True, "I fixed the queue.")
    assert attempt.word_timings == [{"word": "I", "start": 0.0, "end": 0.2}]
    feedback = store.get_feedback(attempt.id)
    assert (
        feedback is not None and feedback.labels == {"star": 2} and feedback.rubric_version == "r1"
    )
    (story,) = store.list_stories()
    assert (story.skills, story.competencies, story.star) == (
        ["sql"],
        ["ownership"],
        {"result": "x"},
    )
    (application,) = store.list_applications()
    assert application.stage is ApplicationStage.APPLIED and application.job_id == job.id
    review = store.get_review("why-us")
    assert review is not None and review.due_on == date(2026, 3, 1) and review.easiness == 2.5


def test_session_lifecycle_and_attempt_numbering(store: Store) -> None:
    ids = fill(store)
    paused = store.set_session_status(ids["session"], SessionStatus.PAUSED)
    assert paused.status is SessionStatus.PAUSED and paused.finished_at is None
    assert store.move_to_question(ids["session"], 1).current_index == 1
    finished = store.set_session_status(ids["session"], SessionStatus.FINISHED)
    assert finished.finished_at is not None and finished.finished_at >= finished.started_at
    assert [s.id for s in store.list_sessions(SessionStatus.FINISHED)] == [ids["session"]]
    assert store.list_sessions(SessionStatus.ACTIVE) == []
    second = store.add_attempt(ids["question"], "Second try, with numbers: 40%.")
    assert second.number == 2 and second.word_timings is None
    with pytest.raises(ValueError):
        store.move_to_question(ids["session"], -1)


def test_feedback_is_replaced_and_recompute_queue_follows_rubric(store: Store) -> None:
    ids = fill(store)
    fresh = store.add_attempt(ids["question"], "Not analysed yet")
    assert [a.id for a in store.attempts_needing_feedback("r1")] == [fresh.id]
    assert [a.id for a in store.attempts_needing_feedback("r2")] == [ids["attempt"], fresh.id]
    store.save_feedback(ids["attempt"], [], {"overall": 4}, {}, "r2")
    feedback = store.get_feedback(ids["attempt"])
    assert feedback is not None and feedback.scorecard == {"overall": 4}
    assert [a.id for a in store.attempts_needing_feedback("r2")] == [fresh.id]


def test_an_unplanned_question_is_appended_with_its_first_attempt(store: Store) -> None:
    ids = fill(store)
    probe = {"text": "What would you do differently?", "kind": "follow_up"}
    question, attempt = store.add_session_question(ids["session"], probe, "Test first.\x00")
    assert question.position == 2 and question.question == probe
    assert attempt.session_question_id == question.id and attempt.number == 1
    assert attempt.answer_text == "Test first.\ufffd"
    assert [q.id for q in store.session_questions(ids["session"])][-1] == question.id
    again, _ = store.add_session_question(ids["session"], probe, "Again.")
    assert again.position == 3
    with pytest.raises(RecordNotFoundError, match="No session with id 77"):
        store.add_session_question(77, probe, "to no session")


def test_unanalysed_attempts_come_in_question_then_attempt_order(store: Store) -> None:
    ids = fill(store)
    later = store.session_questions(ids["session"])[1]
    second = store.add_attempt(later.id, "Because of the product.")
    third = store.add_attempt(ids["question"], "A second try at the first question.")
    pending = store.unanalysed_attempts(ids["session"])
    assert [(q.id, a.id) for q, a in pending] == [
        (ids["question"], third.id),
        (later.id, second.id),
    ]
    store.save_feedback(third.id, [], {"overall": 3}, {}, "r1")
    assert [a.id for _, a in store.unanalysed_attempts(ids["session"])] == [second.id]
    assert store.unanalysed_attempts(12345) == []


def test_updates_and_review_queue(store: Store) -> None:
    ids = fill(store)
    story = store.update_story(ids["story"], title="Queue outage, 2024", skills=["sql", "on-call"])
    assert (story.title, story.skills, story.text) == (
        "Queue outage, 2024",
        ["sql", "on-call"],
        "S T A R",
    )
    moved = store.update_application(
        ids["application"], stage=ApplicationStage.INTERVIEW, interview_date=date(2026, 4, 2)
    )
    assert (moved.stage, moved.interview_date) == (ApplicationStage.INTERVIEW, date(2026, 4, 2))
    assert [a.id for a in store.list_applications(ApplicationStage.OFFER)] == []
    reviewed = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    store.save_review(
        "why-us",
        {"text": "Why us?"},
        easiness=2.6,
        interval_days=6,
        repetitions=2,
        due_on=date(2026, 3, 7),
        reviewed_at=reviewed,
    )
    store.save_review(
        "tell-me",
        {"text": "Tell me"},
        easiness=2.5,
        interval_days=0,
        repetitions=0,
        due_on=date(2026, 3, 2),
    )
    assert [r.question_key for r in store.due_reviews(date(2026, 3, 2))] == ["tell-me"]
    assert [r.question_key for r in store.due_reviews(date(2026, 3, 9))] == ["tell-me", "why-us"]
    review = store.get_review("why-us")
    assert review is not None and review.last_reviewed_at == reviewed and review.repetitions == 2
    store.delete_story(ids["story"])
    assert store.list_stories() == []


def test_missing_rows_and_broken_links_raise(store: Store) -> None:
    with pytest.raises(RecordNotFoundError, match="No job with id 42"):
        store.get_job(42)
    with pytest.raises(RecordNotFoundError, match="No story with id 3"):
        store.update_story(3, title="x")
    with pytest.raises(RecordNotFoundError, match="No session question with id 99"):
        store.add_attempt(99, "an answer to no question")
    with pytest.raises(RecordNotFoundError):
        store.start_session(5, [{"text": "q"}])
    assert store.get_feedback(1) is None and store.get_review("nothing") is None


def test_export_import_round_trip(store: Store, tmp_path: Path) -> None:
    fill(store)
    exported = store.export_all()
    assert exported["schema_revision"] == "0001"
    assert all(exported["tables"][name] for name in TABLES), "fill() writes every table"
    with Store.open(f"sqlite:///{(tmp_path / 'copy.db').as_posix()}") as copy:
        assert copy.import_all(exported) == store.count_rows()
        assert copy.export_all() == exported
    store.forget_all()
    assert store.import_all(exported) == sum(len(rows) for rows in exported["tables"].values())
    assert store.export_all() == exported
    # Ids keep counting after an import (PostgreSQL sequences are moved past the imported ids).
    assert store.add_job("Next", "text").id == max(r["id"] for r in exported["tables"]["jobs"]) + 1


def test_import_refuses_bad_data_and_non_empty_store(store: Store) -> None:
    fill(store)
    exported = store.export_all()
    with pytest.raises(StorageError, match="empty database"):
        store.import_all(exported)
    with pytest.raises(StorageError, match="Not an interview-coach export"):
        store.import_all({"tables": {}})
    with pytest.raises(StorageError, match="unknown table"):
        store.import_all({**exported, "tables": {"secrets": []}})


def test_forget_deletes_every_row(store: Store) -> None:
    fill(store)
    assert store.count_rows() > 0
    store.forget_all()
    assert store.count_rows() == 0
    assert store.export_all()["tables"] == {name: [] for name in TABLES}
    assert store.schema_revision() == "0001", "forget keeps the schema"


def test_sqlite_is_wal_with_foreign_keys(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{(tmp_path / 'deep' / 'dir' / 'coach.db').as_posix()}") as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert (connection.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000


def test_database_from_a_newer_version_is_refused(database_url: str) -> None:
    with Store.open(database_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StorageError, match="newer version"):
        Store.open(database_url)


def test_bad_urls_give_storage_errors() -> None:
    with pytest.raises(StorageError, match="Not a database URL"):
        Store.open("not a url")
    with pytest.raises(StorageError, match="pip install"):
        Store.open("mysql+nosuchdriver://x/y")
    with pytest.raises(StorageError, match="Cannot open the database"):
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(answer=st.text(st.characters(codec=None), max_size=300) | st.sampled_from(WEIRD_TEXTS))
def test_any_answer_text_is_kept(store: Store, answer: str) -> None:
    question_id = one_question(store)
    attempt = store.add_attempt(question_id, answer)
    kept = store.get_attempt(attempt.id).answer_text
    assert kept == storable_text(answer)
    assert len(kept) == len(answer), "offsets into the answer must stay valid"
