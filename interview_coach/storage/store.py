"""The Store facade: the one object the rest of the app uses to keep and read its data.

    store = Store.open(settings.database_url)   # migrates to the newest schema
    attempt = store.add_attempt(question.id, text)  # committed before analysis
    store.save_feedback(attempt.id, findings, scorecard, labels, rubric_version)

Every method runs in its own short transaction and returns plain frozen records or dicts.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy.exc import OperationalError

from interview_coach.errors import StorageError
from interview_coach.storage import migrate, transfer
from interview_coach.storage.engine import make_engine
from interview_coach.storage.library import LibraryStore
from interview_coach.storage.practice import PracticeStore


class Store(LibraryStore, PracticeStore):
    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> Self:
        """Connect to `url` and (by default) apply any pending migrations."""
        store = cls(make_engine(url))
        if upgrade:
            try:
                store.upgrade()
            except OperationalError as error:
                store.close()
                where = store.engine.url.render_as_string(hide_password=True)
                raise StorageError(f"Cannot open the database {where}: {error.orig}") from error
            except BaseException:
                store.close()
                raise
        return store

    def upgrade(self) -> None:
        migrate.upgrade(self._engine)

    def schema_revision(self) -> str | None:
        return migrate.current_revision(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def export_all(self) -> dict[str, Any]:
        """Every row of every table as JSON-able data (see `transfer` for the format)."""
        with self._engine.begin() as connection:
            return transfer.export_tables(connection, migrate.revision_of(connection))

    def import_all(self, data: dict[str, Any]) -> int:
        """Load an `export_all()` result into this (empty) store; returns the rows inserted."""
        with self._engine.begin() as connection:
            return transfer.import_tables(connection, data)

    def forget_all(self) -> None:
        """Delete every row the store keeps (the schema stays)."""
        with self._engine.begin() as connection:
            transfer.forget_tables(connection)

    def count_rows(self) -> int:
        with self._engine.begin() as connection:
            return transfer.count_rows(connection)
