"""The legislative term now belongs to the domain (``meetings.0009``): the ``api`` app lets go
of the model without touching its table or rows."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("meetings", "0009_legislativeterm_from_api"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="LegislativeTerm")],
            database_operations=[],
        ),
    ]
