"""moot import-oparl URL — import a council's records from an OParl 1.0/1.1 API."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from moot.importers.management.options import write_report
from moot.importers.oparl.client import OParlClient, ServiceError
from moot.importers.oparl.importer import SOURCE, OParlImporter
from moot.importers.oparl.parser import OParlDataError


class Command(BaseCommand):
    help = (
        "Import bodies, committees, people, memberships, venues, meetings, agenda items, "
        "papers and files from an OParl API, starting at its System URL. Follows every "
        "list page; after a complete run, asks only for what changed since (modified_since) "
        "and soft-deletes what the server marks deleted. Polite, resumable and idempotent: "
        "edits made in Moot are kept and reported as conflicts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "url", help="The System object's URL, e.g. https://ris.example.org/oparl/v1/"
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Read everything, not only what changed since the last run.",
        )
        parser.add_argument(
            "--no-documents", action="store_true", help="Do not fetch the document files."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=0.2,
            help="Seconds between requests (default 0.2, polite to a council's server); "
            "0 for a server you run yourself.",
        )
        parser.add_argument(
            "--source",
            default=SOURCE,
            help=f"Source name the rows are kept under (default {SOURCE!r}).",
        )

    def handle(self, *args, **options):
        if options["interval"] < 0:
            raise CommandError("--interval is seconds between requests: 0 or more")
        client = OParlClient(min_interval=options["interval"])
        quiet = options["verbosity"] < 1
        importer = OParlImporter(
            client,
            source=options["source"],
            fetch_documents=not options["no_documents"],
            full=options["full"],
            progress=None if quiet else (lambda **kw: tqdm(**kw)),
        )
        try:
            report = importer.run(options["url"])
        except (ServiceError, OParlDataError) as exc:
            raise CommandError(str(exc)) from exc
        finally:
            client.close()
        write_report(self, report)
