"""The legislative term moves from the ``api`` app to the domain, rows and all.

The table stays where it is in the database while the model changes app (state only), then
takes the domain's name; its content type follows, so admin permissions and any history keep
pointing at it. ``api.0002`` drops the model from the ``api`` app's state, after this.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="meetings", model="legislativeterm").exists():
        content_types.objects.filter(app_label="api", model="legislativeterm").update(
            app_label="meetings"
        )


def move_content_type_back(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="api", model="legislativeterm").exists():
        content_types.objects.filter(app_label="meetings", model="legislativeterm").update(
            app_label="api"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("meetings", "0008_meeting_postponed_to"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="LegislativeTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                help_text='As the council names it: "2023–2027".', max_length=200
                            ),
                        ),
                        ("start_date", models.DateField(blank=True, null=True)),
                        ("end_date", models.DateField(blank=True, null=True)),
                        (
                            "created_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now, editable=False
                            ),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "deleted_at",
                            models.DateTimeField(
                                blank=True,
                                help_text="Set instead of deleting, so OParl clients learn of it.",
                                null=True,
                            ),
                        ),
                        (
                            "body",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="legislative_terms",
                                to="meetings.body",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["body", "start_date", "pk"],
                        "db_table": "api_legislativeterm",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="legislativeterm", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
