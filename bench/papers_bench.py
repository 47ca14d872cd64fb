"""A 200-page reports pack: build time (target ≤ 3 s) and peak memory.

Twenty items, each with a ten-page officer's report generated beforehand (not timed). The
timed part is ``build_papers``'s pack step: reading the reports, laying out the front sheet,
contents and page-number stamps, merging, bookmarking and writing the file.
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc

ITEMS = 20
PAGES_EACH = 10
TARGET_SECONDS = 3.0


def _report(n: int) -> bytes:
    from weasyprint import HTML

    pages = "".join(
        f'<section style="break-after: page"><h1>Report {n}</h1>'
        f"<p>Report of the Director of Place</p><p>{'Lorem ipsum dolor sit amet. ' * 50}</p>"
        f"<p>Page {p} of report {n}.</p></section>"
        for p in range(1, PAGES_EACH + 1)
    )
    return HTML(string=f"<html lang='en-GB'><body>{pages}</body></html>").write_pdf()


def _meeting():
    from django.core.files.base import ContentFile
    from django.utils import timezone

    from moot.meetings.models import Body, Committee, Document, Item, Meeting

    stamp = int(time.time() * 1000)
    body = Body.objects.create(name="Bench Borough Council", slug=f"bench-{stamp}")
    committee = Committee.objects.create(
        body=body, name="Cabinet", slug=f"cabinet-{stamp}", reference_prefix="CAB"
    )
    now = timezone.now()
    meeting = Meeting.objects.create(
        committee=committee, start=now + timezone.timedelta(days=10), agenda_published_at=now
    )
    data = _report(1)  # the same ten pages each time: layout of reports is not what we time
    for n in range(1, ITEMS + 1):
        item = Item.objects.create(
            meeting=meeting,
            position=n,
            reference=f"CAB/{n}/25",
            title=f"Item {n}",
            published_at=now,
        )
        document = Document.objects.create(
            meeting=meeting, item=item, title=f"Report {n}", published_at=now, format="PDF"
        )
        document.file.save(f"bench-report-{n}.pdf", ContentFile(data), save=True)
    return meeting


def main() -> None:
    from moot.documents.papers.agenda import agenda, public_viewer
    from moot.documents.papers.pack import build_pack

    meeting = _meeting()
    sheet = agenda(meeting, public_viewer())
    build_pack(agenda(meeting, public_viewer()), title="Warm-up")  # fonts, imports

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    pack = build_pack(sheet, title="Bench pack")
    seconds = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    tracemalloc.start()
    build_pack(agenda(meeting, public_viewer()), title="Bench pack")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    verdict = "meets" if seconds <= TARGET_SECONDS else "MISSES"
    print(
        f"reports pack: {pack.page_count} pages ({pack.generated_pages} generated), "
        f"{len(pack.data) / 1024:.0f} KB in {seconds:.2f} s — target ≤ {TARGET_SECONDS:g} s: "
        f"{verdict}"
    )
    print(
        f"peak memory: {peak / 2**20:.1f} MB allocated by Python during a build (tracemalloc); "
        f"process peak RSS {rss_after / 1024:.0f} MB (was {rss_before / 1024:.0f} MB before)"
    )


if __name__ == "__main__":
    from bench.__main__ import setup_django

    setup_django()
    main()
    sys.exit(0)
