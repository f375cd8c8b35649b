"""Alembic environment: runs on the connection handed over by `interview_coach.storage.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from interview_coach.storage.tables import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "Run migrations through interview_coach.storage (Store.open or migrate.upgrade)."
    )
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
