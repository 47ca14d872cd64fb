"""moot import-page FILE|URL — import a published ModernGov meeting page (text or HTML)."""

from argparse import ArgumentTypeError
from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from moot.importers.moderngov_page.importer import MissingMeetingDetails, import_page
from moot.importers.moderngov_page.parser import PageParseError
from moot.importers.pipeline import FetchError
from moot.meetings.models import Body


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
        parser.add_argument(
            "--body",
            metavar="SLUG",
            help="The body that owns the committee (its slug). Default: the only body, "
            "or one made from --body-name.",
        )
        parser.add_argument(
            "--body-name", metavar="NAME", help="Create the body with this name if missing."
        )
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
        body = self._body(options["body"], options["body_name"])
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

    def _body(self, slug: str | None, name: str | None) -> Body:
        if slug:
            body = Body.objects.filter(slug=slug).first()
            if body is None and name:
                return Body.objects.create(slug=slug, name=name)
            if body is None:
                raise CommandError(f"no body with slug {slug!r}; give --body-name to create it")
            return body
        if name:
            return Body.objects.get_or_create(slug=slugify(name)[:100], defaults={"name": name})[0]
        bodies = list(Body.objects.all()[:2])
        if len(bodies) == 1:
            return bodies[0]
        if not bodies:
            raise CommandError(
                "there is no body yet: give --body-name 'Stockton-on-Tees Borough Council'"
            )
        raise CommandError("there are several bodies: say which with --body SLUG")


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
