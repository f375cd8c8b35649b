"""Alembic migrations run from code: users never call `alembic` by hand.

The migration scripts ship inside the package (`interview_coach/storage/migrations/`); no
`alembic.ini` is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from interview_coach.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "interview_coach.storage:migrations"
#: The newest migration shipped with the package; a test checks it against the scripts. Knowing it
#: lets an up-to-date database open without importing Alembic (about 0.1 s of start-up).
HEAD_REVISION = "0001"


def alembic_config(connection: Connection | None = None) -> Config:
    """An in-memory Alembic config; `env.py` runs on `connection` when one is given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def is_current(engine: Engine) -> bool:
    """True when the database is at HEAD_REVISION (read with plain SQL, no Alembic import)."""
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return False
    return [row[0] for row in found] == [HEAD_REVISION]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (all migrations by default), in one transaction."""
    if revision == "head" and is_current(engine):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        known = ScriptDirectory.from_config(alembic_config())
        found = revision_of(connection)
        if found is not None and found not in {
            script.revision for script in known.walk_revisions()
        }:
            raise StorageError(
                f"The database {engine.url.render_as_string(hide_password=True)} has schema "
                f"revision {found!r}, which this version of interview-coach does not know: "
                "it was written by a newer version. Upgrade interview-coach to open it."
            )
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to `revision` (`base` drops every table)."""
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return revision_of(connection)


def revision_of(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this version of the package."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
