"""moot import-page FILE|URL — import a published ModernGov meeting page (text or HTML)."""

from argparse import ArgumentTypeError
from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError

from moot.importers.management.options import add_body_arguments, body_from_options
from moot.importers.moderngov_page.importer import (
    InvalidPageData,
    MissingMeetingDetails,
    import_page,
)
from moot.importers.moderngov_page.parser import PageParseError
from moot.importers.pipeline import FetchError


class Command(BaseCommand):
    help = (
        "Import a published ModernGov meeting page ('Agenda and minutes', 'Agenda, decisions and "
        "minutes', 'Agenda'), saved as text or HTML, or fetched from its URL. Running it again "
        "on the same page changes nothing; a corrected page updates in place and reports "
        "conflicts with edits made in Moot."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "location", nargs="+", metavar="FILE|URL", help="Saved page or its address."
        )
        add_body_arguments(parser)
        parser.add_argument(
            "--committee",
            metavar="NAME",
            default="",
            help="The committee that met, for a page that does not say (used instead of "
            "what the page says).",
        )
        parser.add_argument(
            "--date",
            metavar="YYYY-MM-DD",
            type=_date,
            help="The day of the meeting, for a page that does not say (used instead of "
            "what the page says).",
        )
        parser.add_argument(
            "--time",
            metavar="HH:MM",
            type=_time,
            help="The start time, 24-hour clock; with --date, or for a page that gives a date "
            "and no time.",
        )

    def handle(self, *args, **options):
        body = body_from_options(options["body"], options["body_name"])
        failed = 0
        for location in options["location"]:
            try:
                report = import_page(
                    location,
                    body=body,
                    committee=options["committee"],
                    on=options["date"],
                    at=options["time"],
                )
            except PageParseError as exc:
                failed += 1
                self.stderr.write(f"{location}:{exc.line or '?'}: {exc}")
                continue
            except MissingMeetingDetails as exc:
                failed += 1
                self.stderr.write(f"{location}: {exc}")
                continue
            except InvalidPageData as exc:
                failed += 1
                self.stderr.write(str(exc))
                continue
            except FetchError as exc:
                failed += 1
                self.stderr.write(str(exc))
                continue
            self.stdout.write(f"{location}: meeting {report.meeting_id}: {report.summary()}")
            for conflict in report.conflicts:
                self.stdout.write(f"  conflict: {conflict}")
        if failed:
            raise CommandError(
                f"{failed} of {len(options['location'])} pages could not be imported; nothing was written for them"
            )


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArgumentTypeError(f"{value!r} is not a date like 2025-05-14") from None


def _time(value: str) -> time:
    try:
        return datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise ArgumentTypeError(f"{value!r} is not a time like 09:00 or 18:30") from None
