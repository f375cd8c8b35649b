"""Engine factory: SQLite in WAL mode with foreign keys and write locks that wait, or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from interview_coach.errors import StorageError

BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str) -> Engine:
    """An engine for `url`; for a SQLite file the parent directory is created."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise StorageError(f"Not a database URL: {url!r} ({error}).") from error
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise StorageError(
            f"Cannot use {parsed.drivername!r}: {error}. For PostgreSQL run "
            "`pip install 'interview-coach[postgres]'` and use a postgresql+psycopg:// URL."
        ) from error


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level so that we, not pysqlite, decide how a transaction begins.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Take the write lock at BEGIN: a writer then waits (busy timeout) instead of failing later
    when its read snapshot has gone stale, so two processes writing at once both succeed."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")
