"""Everything in or out at once: export to JSON-able data, import it back, forget it all.

The export names each table and keeps ids, so foreign keys survive the round trip. Datetimes are
ISO 8601 strings in UTC, dates are ISO dates, enums are their values.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Date, func, insert, select, text

from interview_coach.errors import StorageError
from interview_coach.storage.tables import Base, UTCDateTime

EXPORT_FORMAT = "interview-coach-export"
EXPORT_VERSION = 1


def export_tables(connection: Connection, schema_revision: str | None) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        rows = connection.execute(select(table).order_by(*table.primary_key.columns))
        tables[table.name] = [
            {key: _to_json(value) for key, value in row._mapping.items()} for row in rows
        ]
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema_revision": schema_revision,
        "tables": tables,
    }


def import_tables(connection: Connection, data: dict[str, Any]) -> int:
    """Insert an export into an empty database; returns the number of rows inserted."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StorageError("Not an interview-coach export (its 'format' field is missing).")
    if data.get("version") != EXPORT_VERSION:
        raise StorageError(
            f"Export version {data.get('version')!r} is not supported (expected {EXPORT_VERSION})."
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise StorageError("The export has no 'tables' object.")
    known = {table.name for table in Base.metadata.sorted_tables}
    unknown = sorted(set(tables) - known)
    if unknown:
        raise StorageError(f"The export has unknown table(s): {', '.join(unknown)}.")
    if count_rows(connection):
        raise StorageError("Import needs an empty database: run forget first, or use a new one.")
    inserted = 0
    for table in Base.metadata.sorted_tables:
        rows = tables.get(table.name) or []
        if not rows:
            continue
        columns = {column.name: column for column in table.columns}
        values = [
            {key: _from_json(columns[key], value) for key, value in row.items() if key in columns}
            for row in rows
        ]
        connection.execute(insert(table), values)
        inserted += len(values)
    _reset_sequences(connection)
    return inserted


def forget_tables(connection: Connection) -> None:
    """Delete every row, children before parents."""
    for table in reversed(Base.metadata.sorted_tables):
        connection.execute(table.delete())


def count_rows(connection: Connection) -> int:
    total = 0
    for table in Base.metadata.sorted_tables:
        total += connection.scalar(select(func.count()).select_from(table)) or 0
    return total


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    return value


def _reset_sequences(connection: Connection) -> None:
    """PostgreSQL does not move an identity sequence past explicitly inserted ids: do it here."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )
