"""``moot parse-page FILE [--json]``: parse a saved ModernGov meeting page and print it.

Parse only: nothing is written. The JSON shape is documented in docs/parse-page.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moot.importers.moderngov_page.parser import PageParseError, parse_page_file
from moot.importers.pipeline import MAX_PAGE_BYTES


class Command(BaseCommand):
    help = "Parse a saved ModernGov meeting page (text or HTML) and print it; writes nothing."
    # Parsing touches neither the database nor the URLs: no system checks to wait for.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="The saved page: a .txt or .html file.")
        parser.add_argument("--json", action="store_true", help="Print the parsed meeting as JSON.")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            # The same cap as import-page's: a page this size is not a meeting page.
            if Path(path).stat().st_size > MAX_PAGE_BYTES:
                raise CommandError(f"{path}: the file is larger than {MAX_PAGE_BYTES} bytes")
            page = parse_page_file(path)
        except OSError as exc:
            raise CommandError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        except PageParseError as exc:
            line = exc.line if exc.line is not None else 1
            why = f"{exc.reason}: " if exc.reason else ""
            raise CommandError(f"{path}:{line}: {why}expected {exc.expected}") from exc
        if options["json"]:
            self.stdout.write(json.dumps(page.to_json_dict(), indent=2, ensure_ascii=False))
            return
        if page.start is None:
            when = "date not stated"
        else:
            when = page.start.strftime("%A %-d %B %Y") + (
                page.start.strftime(" %H:%M") if page.time_printed else ""
            )
        self.stdout.write(f"{page.committee or 'committee not stated'} – {when}")
        if page.venue:
            self.stdout.write(f"Venue: {page.venue}")
        if page.contact:
            self.stdout.write(f"Contact: {page.contact.name or page.contact.raw}")
        if page.cancelled:
            self.stdout.write("Cancelled")
        if page.documents:
            self.stdout.write(f"Meeting documents: {len(page.documents)}")
        for item in page.items:
            marks = []
            if item.documents:
                marks.append(f"{len(item.documents)} doc")
            if item.decisions:
                marks.append(f"{len(item.decisions)} decision")
            if item.restricted:
                marks.append("restricted")
            suffix = f"  [{', '.join(marks)}]" if marks else ""
            self.stdout.write(f"  {item.number or '-':>10}  {item.title}{suffix}")
        self.stdout.write(
            f"{len(page.items)} items" + (" (page cut short)" if page.truncated else "")
        )
