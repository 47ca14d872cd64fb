"""GIN indexes for the PostgreSQL engine's vectors. Nothing to do on SQLite."""

from django.db import migrations

COLUMNS = ["vector", "all_vector", "acronyms", "all_acronyms"]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS search_entry_{column}_gin "
            f"ON search_searchentry USING gin ({column})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS search_entry_{column}_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
