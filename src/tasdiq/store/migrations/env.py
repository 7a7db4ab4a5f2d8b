"""Alembic environment: migrations run on the engine the Store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from tasdiq.store.schema import metadata
from tasdiq.store.search import is_search_object

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
            # The full-text index is not in the model; autogenerate must not drop it.
            include_name=lambda name, type_, _parents: not is_search_object(name, type_),
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
