"""What the import commands share: which body the records belong to, and the closing report."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from moot.meetings.models import Body
from moot.meetings.services.imported import body_for_import

# Who made a body an import command needed, as the history says.
ORIGIN = "import:command"


def add_body_arguments(parser) -> None:
    parser.add_argument(
        "--body",
        metavar="SLUG",
        help="The body that owns the committees (its slug). Default: the only body.",
    )
    parser.add_argument(
        "--body-name", metavar="NAME", help="Create the body with this name if it is missing."
    )


def body_from_options(slug: str | None, name: str | None) -> Body:
    """The body named by ``--body`` / ``--body-name``, or the only one there is."""
    if slug:
        body = Body.objects.filter(slug=slug).first()
        if body is not None:
            return body
        if not name:
            raise CommandError(f"no body with slug {slug!r}; give --body-name to create it")
        return body_for_import(slug=slug, name=name, origin=ORIGIN)
    if name:
        return body_for_import(name=name, origin=ORIGIN)
    bodies = list(Body.objects.all()[:2])
    if len(bodies) == 1:
        return bodies[0]
    if not bodies:
        raise CommandError(
            "there is no body yet: give --body-name 'Stockton-on-Tees Borough Council'"
        )
    raise CommandError("there are several bodies: say which with --body SLUG")


def write_report(command: BaseCommand, report) -> None:
    """Print an importer's closing report; fail the command when anything failed."""
    command.stdout.write(report.summary())
    for conflict in report.conflicts:
        command.stdout.write(f"  conflict: {conflict}")
    skipped = getattr(report, "skipped", None)
    if isinstance(skipped, list):
        for note in skipped:
            command.stdout.write(f"  skipped: {note}")
    warnings = getattr(report, "warnings", None)
    if isinstance(warnings, list):
        for note in warnings:
            command.stdout.write(f"  warning: {note}")
    for failure in getattr(report, "failed", []):
        command.stderr.write(f"  failed: {failure}")
    if getattr(report, "failed", None):
        raise CommandError(
            f"{len(report.failed)} failures; run again to retry them (work already done is kept)"
        )
