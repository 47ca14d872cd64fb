"""moot import-moderngov URL --from DATE --to DATE — import from ModernGov's web service."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from moot.importers.management.options import (
    add_body_arguments,
    body_from_options,
    write_report,
)
from moot.importers.moderngov_service.client import ServiceClient, ServiceError
from moot.importers.moderngov_service.importer import ServiceImporter
from moot.importers.moderngov_service.parser import ServiceDataError


def _date(value: str) -> date:
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            from datetime import datetime

            return datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise CommandError(f"{value!r} is not a date (use 2025-05-14 or 14/05/2025)")


class Command(BaseCommand):
    help = (
        "Import committees, meetings, agenda items, minutes, documents and invitees from a "
        "ModernGov site's web service (mgWebService.asmx, plain GET). Polite (a pause between "
        "requests, retries with backoff), resumable (an interrupted run carries on where it "
        "stopped) and idempotent (edits made in Moot are kept and reported as conflicts)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "url", help="The site (https://democracy.example.gov.uk) or its mgWebService.asmx."
        )
        parser.add_argument(
            "--from",
            dest="start",
            required=True,
            help="First meeting date (2025-05-01 or 01/05/2025).",
        )
        parser.add_argument("--to", dest="end", required=True, help="Last meeting date.")
        add_body_arguments(parser)
        parser.add_argument(
            "--committee",
            action="append",
            metavar="ID",
            help="Only this committee id (repeatable).",
        )
        parser.add_argument(
            "--no-documents", action="store_true", help="Do not fetch the document files."
        )
        parser.add_argument(
            "--interval", type=float, default=0.5, help="Seconds between requests (default 0.5)."
        )

    def handle(self, *args, **options):
        start, end = _date(options["start"]), _date(options["end"])
        if end < start:
            raise CommandError("--to is before --from")
        body = body_from_options(options["body"], options["body_name"])
        client = ServiceClient(options["url"], min_interval=options["interval"])
        importer = ServiceImporter(
            client,
            body=body,
            fetch_documents=not options["no_documents"],
            progress=lambda it, **kw: tqdm(it, **kw),
        )
        try:
            report = importer.run(start, end, options["committee"])
        except (ServiceError, ServiceDataError) as exc:
            raise CommandError(str(exc)) from exc
        finally:
            client.close()
        write_report(self, report)
