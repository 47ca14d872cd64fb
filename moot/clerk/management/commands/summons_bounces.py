"""moot summons-bounces — read the mail server's delivery status notifications (RFC 3464)
from a maildir or an mbox and mark the summons they report as bounced."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moot.clerk import summons


class Command(BaseCommand):
    help = (
        "Mark summons emails as bounced from the delivery status notifications (RFC 3464) in "
        "a maildir or an mbox file, matched by the original Message-ID (else the address). Delay "
        "warnings and other mail are skipped. Safe to run again on the same messages."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A maildir (folder with new/ and cur/) or an mbox file.")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.exists():
            raise CommandError(f"No maildir or mbox at {path}.")
        reports = marked = 0
        for message in summons.messages_at(path):
            bounce = summons.read_bounce(message)
            if bounce is None:
                continue
            reports += 1
            marked += len(summons.mark_bounced(bounce))
        self.stdout.write(f"Read {reports} failure report(s); marked {marked} summons bounced.")
