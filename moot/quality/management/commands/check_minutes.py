"""``moot check-minutes MEETING|FILE [--json] [--hints]``: the quality checks on one meeting's minutes."""

from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from moot.quality.core import DEFAULT_MIN_CONFIDENCE
from moot.quality.findings import Finding


class Command(BaseCommand):
    help = (
        "Check a meeting's draft minutes for copied text, missing decisions, unexplained "
        "acronyms, spelling, word slips and inconsistencies. MEETING is a stored meeting's id; "
        "FILE is a saved page (text or HTML): a meeting's (ModernGov's, or numbered minutes "
        "from other software, read item by item), or one agenda item's or decision's, "
        "read as one item. Exits 0 even when there are findings; "
        "non-zero only when the meeting or file cannot be read."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", metavar="MEETING|FILE", help="A meeting id or a saved page.")
        parser.add_argument("--json", action="store_true", help="Print the findings as JSON.")
        parser.add_argument(
            "--hints",
            action="store_true",
            help="Also print hints: findings below the default confidence (see docs/quality.md).",
        )

    def handle(self, *args, target: str, json: bool = False, hints: bool = False, **options):
        findings = self._findings(target, 0 if hints else DEFAULT_MIN_CONFIDENCE)
        if json:
            self._print_json(findings)
        else:
            self._print_text(findings)

    def _findings(self, target: str, min_confidence: float) -> list[Finding]:
        from moot.quality.adapters import from_meeting, from_text

        if target.isdigit() and not Path(target).exists():
            from moot.meetings.models import Meeting

            try:
                meeting = (
                    Meeting.objects.filter(pk=int(target)).select_related("committee__body").first()
                )
            except DatabaseError as error:
                raise CommandError(
                    f"Cannot read the database ({error}): run `moot migrate`."
                ) from error
            if meeting is None:
                raise CommandError(f"No meeting with id {target}.")
            return from_meeting(meeting).check(min_confidence)
        path = Path(target)
        if not path.is_file():
            raise CommandError(f"{target} is neither a meeting id nor a readable file.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {target}: {error.strerror or error}.") from error
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        try:
            return from_text(text).check(min_confidence)
        except ValueError as error:
            raise CommandError(f"{target}: {error}") from error

    def _print_json(self, findings: list[Finding]) -> None:
        self.stdout.write(
            json.dumps([f.to_json_dict() for f in findings], indent=2, ensure_ascii=False)
        )

    def _print_text(self, findings: list[Finding]) -> None:
        if not findings:
            self.stdout.write("No findings.")
            return
        for reference, group in groupby(findings, key=lambda f: f.item_reference):
            self.stdout.write(self.style.MIGRATE_HEADING(reference))
            for finding in group:
                self.stdout.write(
                    f"  {finding.check:<12} {finding.confidence:.2f}  {finding.message}"
                )
        items = len({f.item_reference for f in findings})
        self.stdout.write(f"{len(findings)} findings on {items} items.")
