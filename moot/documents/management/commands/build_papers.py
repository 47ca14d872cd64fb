"""moot build-papers — make or refresh the printed papers of meetings."""

from django.core.management.base import BaseCommand, CommandError

from moot.documents.papers.build import build_papers
from moot.meetings.models import Meeting


class Command(BaseCommand):
    help = (
        "Build the agenda front sheet, reports packs (public, members' and supplementary), "
        "printed minutes and decision notices of meetings, rebuilding only what changed. "
        "Reports that cannot be included are listed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "meetings", nargs="*", type=int, metavar="MEETING", help="meeting ids (default: all)"
        )
        parser.add_argument(
            "--force", action="store_true", help="rebuild even when nothing has changed"
        )

    def handle(self, *args, **options):
        ids = options["meetings"]
        meetings = Meeting.objects.select_related("committee").order_by("start", "pk")
        if ids:
            meetings = meetings.filter(pk__in=ids)
            missing = set(ids) - set(meetings.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no meeting with id {', '.join(map(str, sorted(missing)))}")
        problems = 0
        for meeting in meetings:
            result = build_papers(meeting, force=options["force"])
            if not (result.built or result.unchanged or result.withdrawn):
                continue
            self.stdout.write(
                f"{meeting.pk} {meeting}: {len(result.built)} built, "
                f"{len(result.unchanged)} unchanged, {len(result.withdrawn)} withdrawn"
            )
            for paper in result.built:
                document = paper.document
                self.stdout.write(
                    f"  {document.title}: {document.page_count} pages, {document.size_bytes} bytes"
                )
            for problem in result.problems:
                problems += 1
                self.stdout.write(self.style.WARNING(f"  not included: {problem}"))
        if problems:
            self.stdout.write(self.style.WARNING(f"{problems} paper(s) could not be included."))
