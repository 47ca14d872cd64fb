"""moot import-page FILE|URL — import a published ModernGov meeting page (text or HTML)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from moot.importers.moderngov_page.importer import import_page
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

    def handle(self, *args, **options):
        body = self._body(options["body"], options["body_name"])
        failed = 0
        for location in options["location"]:
            try:
                report = import_page(location, body=body)
            except PageParseError as exc:
                failed += 1
                self.stderr.write(f"{location}:{exc.line or '?'}: {exc}")
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
