"""Alembic environment: migrations run on the engine the Store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from tasdiq.store.schema import metadata

config = context.config
engine: Engine | None = config.attributes.get("engine")


def run() -> None:
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("run migrations through tasdiq.store.Store (no engine given)")
        context.configure(url=url, target_metadata=metadata, literal_binds=True, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
