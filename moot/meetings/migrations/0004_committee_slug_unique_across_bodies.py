"""A committee's slug is its web address, so it becomes unique across bodies. Committees of
different bodies that share one now are given their body's slug after their own (the first
made keeps the plain one, so its address does not change)."""

from django.db import migrations, models


def separate(apps, schema_editor):
    Committee = apps.get_model("meetings", "Committee")
    taken = set(Committee.objects.values_list("slug", flat=True))
    seen = set()
    for committee in Committee.objects.select_related("body").order_by("pk"):
        if committee.slug not in seen:
            seen.add(committee.slug)
            continue
        base = f"{committee.slug}-{committee.body.slug}"[:120]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base[:114]}-{n}", n + 1
        taken.add(slug)
        seen.add(slug)
        Committee.objects.filter(pk=committee.pk).update(slug=slug)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0003_document_lead_officer")]

    operations = [
        migrations.RemoveConstraint(model_name="committee", name="committee_slug_uniq"),
        migrations.RunPython(separate, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="committee",
            constraint=models.UniqueConstraint(
                fields=("slug",),
                name="committee_slug_uniq",
                violation_error_message="Another committee already has this web address.",
            ),
        ),
    ]
