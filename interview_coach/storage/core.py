"""What every part of the Store shares: the engine, one transaction per call, ORM -> record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from interview_coach.errors import RecordNotFoundError
from interview_coach.storage.tables import Base

RecordT = TypeVar("RecordT")
RowT = TypeVar("RowT", bound=Base)


class StoreCore:
    """Holds the engine; each public Store method runs in one short transaction of its own."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def engine(self) -> Engine:
        return self._engine

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises."""
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session

    @staticmethod
    def _get(session: Session, table: type[RowT], row_id: int, *, lock: bool = False) -> RowT:
        row = session.get(table, row_id, with_for_update=lock)
        if row is None:
            noun = (
                table.__tablename__.removesuffix("s").replace("_", " ").replace("storie", "story")
            )
            raise RecordNotFoundError(f"No {noun} with id {row_id} in the database.")
        return row


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable_text(text: str) -> str:
    """`text` with NUL and lone surrogates (which PostgreSQL or UTF-8 refuse) replaced by U+FFFD:
    one character for one, so evidence offsets into an answer stay valid."""
    return _UNSTORABLE.sub("\ufffd", text)


def to_record(record_type: type[RecordT], row: Any) -> RecordT:
    """Copy the fields a record declares from an ORM row."""
    names = [field.name for field in fields(record_type)]  # type: ignore[arg-type]
    return record_type(**{name: getattr(row, name) for name in names})
