"""moot release-due — publish restricted material whose release date has come."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from moot.meetings.services.publishing import document_reviews_due, release_due, reviews_due


class Command(BaseCommand):
    help = (
        "Lift the restriction of every item and document whose release date is today or "
        "earlier (a public revision records it), then list restrictions whose review date is "
        "due, which only remind. Safe to run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", metavar="YYYY-MM-DD", help="Act as if today were this day.")

    def handle(self, *args, **options):
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else None
        except ValueError:
            raise CommandError(
                f"--date {options['date']!r} is not a date like 2025-08-01"
            ) from None
        released = release_due(today)
        for item in released.items:
            self.stdout.write(
                f"released item {item.pk}: {item.reference or ''} {item.title}".rstrip()
            )
        for document in released.documents:
            self.stdout.write(f"released document {document.pk}: {document.title}")
        self.stdout.write(
            f"{len(released.items)} item(s) and {len(released.documents)} document(s) released"
        )
        from moot.meetings.models import Body

        bodies = list(Body.objects.values_list("pk", flat=True))
        for item in reviews_due(bodies, today):
            self.stdout.write(f"review due {item.review_date}: item {item.pk} {item.title}")
        for document in document_reviews_due(bodies, today):
            self.stdout.write(
                f"review due {document.review_date}: document {document.pk} {document.title}"
            )
