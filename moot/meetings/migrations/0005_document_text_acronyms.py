import moot.meetings.fields
from django.db import migrations

BATCH = 200


def fill(apps, schema_editor):
    """Work out the acronyms of the documents already stored, a batch at a time."""
    Document = apps.get_model("meetings", "Document")
    field = Document._meta.get_field("text_acronyms")
    ids = list(Document._base_manager.exclude(text="").order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        documents = list(
            Document._base_manager.filter(pk__in=ids[start : start + BATCH]).only("pk", "text")
        )
        for document in documents:
            field.derive(document)
        Document._base_manager.bulk_update(documents, ["text_acronyms"])
    Document._base_manager.filter(text="").update(text_acronyms="")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0004_committee_slug_unique_across_bodies"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="text_acronyms",
            field=moot.meetings.fields.PageAcronymsField(
                blank=True,
                derived_from="text",
                editable=False,
                help_text="The acronyms on each page of the text, for search.",
                null=True,
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
