from django.db import migrations
from django.db.models import Count


def renumber(apps, schema_editor):
    """Number 1…n, in their order (position, then the order they were made), the live items of
    every meeting where two share a position, so the constraint that follows can be added.
    Other meetings are left as they are."""
    Item = apps.get_model("meetings", "Item")
    live = Item._base_manager.filter(withdrawn_at__isnull=True, deleted_at__isnull=True)
    shared = (
        live.values("meeting_id", "position")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("meeting_id", flat=True)
    )
    for meeting_id in sorted(set(shared)):
        items = live.filter(meeting_id=meeting_id).order_by("position", "pk")
        for n, pk in enumerate(items.values_list("pk", flat=True), start=1):
            Item._base_manager.filter(pk=pk).update(position=n)  # no constraint yet


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0005_document_text_acronyms"),
    ]

    operations = [
        migrations.RunPython(renumber, migrations.RunPython.noop, elidable=True),
    ]
