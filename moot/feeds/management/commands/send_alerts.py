"""moot send-alerts — mail each confirmed subscription a digest of what it has not had yet,
then delete addresses kept past their time. Safe to run twice, and from cron."""

from django.core.management.base import BaseCommand

from moot.feeds import alerts


class Command(BaseCommand):
    help = (
        "Send email alert digests (agendas and minutes of followed committees, new matches for "
        "saved searches) and delete unconfirmed and unsubscribed addresses past their time. "
        "Never sends the same update twice; run it from cron, say every 15 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-purge", action="store_true", help="Send only; keep old addresses for now."
        )

    def handle(self, *args, **options):
        report = alerts.send_alerts()
        self.stdout.write(
            f"Sent {report.digests} digest(s) with {report.events} update(s); "
            f"{report.failed} failed (retried next run), {report.skipped} already sent."
        )
        if not options["no_purge"]:
            unconfirmed, unsubscribed = alerts.purge()
            self.stdout.write(
                f"Deleted {unconfirmed} unconfirmed and {unsubscribed} unsubscribed address(es)."
            )
        if report.failed:
            raise SystemExit(1)
