"""How long an OParl list page takes at a larger archive.

Builds a synthetic archive quickly with ``bulk_create`` (no signals, no history): one body,
``COMMITTEES`` committees, ``MEETINGS`` meetings with ``ITEMS_PER_MEETING`` published items
each (20,000 items), a decision on every item and a report on every fifth. Then times, through
Django's test client, the first and a deep page of the body's agenda-item and meeting lists
(100 objects a page — 20 for meetings, each embedding its 100 items with their decisions and
files) and one meeting. Target: p95 ≤ 500 ms a list page.
"""

from __future__ import annotations

from datetime import timedelta

from bench.timing import measure, report

COMMITTEES = 10
MEETINGS = 200
ITEMS_PER_MEETING = 100
TARGET_MS = 500
RUNS = 10


def build() -> int:
    from django.db import transaction
    from django.utils import timezone

    from moot.meetings.choices import DocumentKind, ItemKind, MeetingStatus, MinutesState
    from moot.meetings.models import Body, Committee, Decision, Document, Item, Meeting

    now = timezone.now()
    with transaction.atomic():
        body = Body.objects.create(name="Bench Borough Council", slug="bench-borough")
        committees = Committee.objects.bulk_create(
            Committee(
                body=body, name=f"Committee {n}", slug=f"committee-{n}", reference_prefix=f"C{n}"
            )
            for n in range(COMMITTEES)
        )
        meetings = Meeting.objects.bulk_create(
            Meeting(
                committee=committees[n % COMMITTEES],
                start=now - timedelta(days=n),
                status=MeetingStatus.HELD,
                minutes_state=MinutesState.DRAFT,
                agenda_published_at=now,
                minutes_published_at=now,
            )
            for n in range(MEETINGS)
        )
        items = Item.objects.bulk_create(
            Item(
                meeting=meeting,
                position=k + 1,
                reference=f"C/{k + 1}/25",
                kind=ItemKind.DECISION if k % 5 == 0 else ItemKind.INFORMATION,
                title=f"Report {k + 1} of meeting {meeting.pk}",
                agenda_text="<p>The committee is asked to consider the report.</p>",
                published_at=now,
            )
            for meeting in meetings
            for k in range(ITEMS_PER_MEETING)
        )
        Decision.objects.bulk_create(
            Decision(item=item, text=f"AGREED to note report {item.position}.") for item in items
        )
        Document.objects.bulk_create(
            Document(
                meeting_id=item.meeting_id,
                item=item,
                kind=DocumentKind.REPORT,
                title=f"{item.title} (report)",
                filename=f"report-{item.pk}.pdf",
                media_type="application/pdf",
                size_bytes=123456,
                published_at=now,
            )
            for item in items[::5]
        )
    return body.pk


def main() -> None:
    from django.test import Client

    from moot.meetings.models import Meeting

    body = build()
    first_meeting = Meeting.objects.order_by("pk").values_list("pk", flat=True).first()
    client = Client()
    items = MEETINGS * ITEMS_PER_MEETING
    pages = items // 100
    urls = {
        f"agenda-items, page 1 of {pages}": f"/oparl/v1/body/{body}/agenda-items/",
        f"agenda-items, page {pages}": f"/oparl/v1/body/{body}/agenda-items/?page={pages}",
        "meetings, page 1 (20 meetings, 2,000 items embedded)": f"/oparl/v1/body/{body}/meetings/",
        "files, page 1": f"/oparl/v1/body/{body}/files/",
        "one meeting (100 items)": f"/oparl/v1/meeting/{first_meeting}/",
    }
    print(f"OParl API over {items:,} items in {MEETINGS} meetings:")
    for label, url in urls.items():
        assert client.get(url).status_code == 200, url
        runs = RUNS
        report(
            f"  {label}", measure(lambda url=url: client.get(url), runs=runs, warmup=1), TARGET_MS
        )
