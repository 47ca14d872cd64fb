"""Import committees, meetings, items, documents and invitees from ModernGov's web service.

Pipeline: GetCommittees → GetMeetings per committee in the date range → GetMeeting per
meeting (its raw XML kept as an ImportRun) → upsert → the documents themselves. Meetings are
written in batches, each batch in one transaction; a batch with a meeting that cannot be kept
is undone and written a meeting at a time, so a failure leaves nothing of that meeting
half-written, the others are kept, and the next run carries on from the meetings already done
(resumable). Re-imports are idempotent and never
overwrite a field a clerk has edited in Moot (reported as conflicts).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TypeVar
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from moot import heap
from moot.importers.moderngov_page.outcomes import find_outcomes
from moot.importers.pipeline import Checkpoint, RunReport, fetch_files, keep_raw
from moot.meetings.choices import (
    AttendanceStatus,
    DocumentKind,
    MeetingStatus,
    MinutesState,
    Restriction,
)
from moot.meetings.html import to_blocks
from moot.meetings.kinds import infer_kind
from moot.meetings.models import (
    Attendance,
    Body,
    Committee,
    Decision,
    Document,
    Item,
    Location,
    Meeting,
    Person,
)
from moot.meetings.services.imported import record_minutes_published
from moot.meetings.services.upsert import soft_delete, upsert, upsert_many
from moot.search import indexer

from .client import ServiceClient, ServiceError
from .parser import (
    ServiceDataError,
    ServiceMeeting,
    parse_committees,
    parse_meeting,
    parse_meetings,
)

SOURCE = "moderngov"
ORIGIN = "import:moderngov"
DRAIN_EVERY = 10.0  # seconds between search index drains during a run; one more at its end
# A batch of meetings written in one transaction: this many meetings or items, whichever first.
BATCH_MEETINGS = 20
BATCH_ITEMS = 1000

T = TypeVar("T")


@dataclass
class ServiceReport(RunReport):
    skipped: int = 0

    def summary(self) -> str:
        text = super().summary()
        return (
            f"{text}; {self.skipped} meetings skipped as already done, "
            f"{self.documents_fetched} documents fetched, {len(self.failed)} failed"
        )


class ServiceImporter:
    def __init__(
        self,
        client: ServiceClient,
        *,
        body: Body,
        fetch_documents: bool = True,
        progress: Callable | None = None,
    ):
        self.client = client
        self.body = body
        self.fetch_documents = fetch_documents
        self.progress = progress
        self.host = urlparse(client.site_url).netloc or client.site_url
        self.zone = ZoneInfo(settings.TIME_ZONE)
        self.report = ServiceReport()
        self._committees: dict[str, Committee] = {}

    def key(self, kind: str, ident: str) -> str:
        return f"{self.host}:{kind}:{ident}"

    def run(self, start: date, end: date, committee_ids: list[str] | None = None) -> ServiceReport:
        location = f"{self.client.service_url} {start:%d/%m/%Y}-{end:%d/%m/%Y}"
        checkpoint = Checkpoint.resume_or_start(
            f"{SOURCE}:run", location, state=lambda: {"done": []}
        )
        done = set(checkpoint.state.get("done", []))

        committees = parse_committees(self.client.committees())
        for committee in committees:
            if not committee.title.strip():
                self.report.failed.append(
                    f"GetCommittees: committee {committee.id} has no title; "
                    "it and its meetings are left out"
                )
                continue
            try:
                with transaction.atomic():
                    stored = self._committee(committee)
            except ValidationError as exc:
                self.report.failed.append(
                    f"GetCommittees: committee {committee.id} ({committee.title[:80]}): "
                    + "; ".join(exc.messages)
                )
                continue
            if stored is not None:
                self._committees[committee.id] = stored
        wanted = [
            c
            for c in committees
            if not c.deleted
            and c.id in self._committees
            and (not committee_ids or c.id in committee_ids)
        ]
        refs = []
        for committee in wanted:
            try:
                refs.extend(
                    parse_meetings(self.client.meetings(committee.id, start, end), committee.id)
                )
            except (ServiceError, ServiceDataError) as exc:
                self.report.failed.append(str(exc))
        # One search index commit per meeting would cost more than the meeting's import. Each
        # batch ends with a full garbage collection (``_write_batch``): Moot as loaded is left
        # out of them.
        with heap.frozen(), indexer.drains_every(DRAIN_EVERY):
            self._meetings(refs, done, checkpoint)
        checkpoint.finish(self.report, {"done": sorted(done)})
        return self.report

    def _meetings(self, refs, done: set[str], checkpoint: Checkpoint) -> None:
        """Import each meeting not done yet. Meetings are read one request each and written
        in batches (``BATCH_MEETINGS`` meetings or ``BATCH_ITEMS`` items, whichever comes
        first), each batch in one transaction."""
        iterator = self.progress(refs, desc="meetings", unit="meeting") if self.progress else refs
        batch: list[tuple[str, str, bytes, ServiceMeeting]] = []
        items = 0
        for ref in iterator:
            if ref.id in done:
                self.report.skipped += 1
                continue
            try:
                data = self.client.meeting(ref.id)
            except ServiceError as exc:
                self.report.failed.append(str(exc))
                continue
            meeting = self._guarded(ref.id, partial(parse_meeting, data, ref.id), counts=False)
            if meeting is None:
                continue
            batch.append((ref.id, ref.committee_id, data, meeting))
            items += len(meeting.items)
            if len(batch) >= BATCH_MEETINGS or items >= BATCH_ITEMS:
                self._write_batch(batch, done, checkpoint)
                batch, items = [], 0
        if batch:
            self._write_batch(batch, done, checkpoint)

    def _write_batch(
        self,
        batch: list[tuple[str, str, bytes, ServiceMeeting]],
        done: set[str],
        checkpoint: Checkpoint,
    ) -> None:
        """Write a batch of meetings in one transaction. When one of them cannot be kept,
        the batch is undone and written one meeting at a time, so that only that meeting
        fails, named, and the rest are kept; the report is put back as it was first, so
        nothing is counted twice."""
        stored: list[Meeting | None] = []
        if len(batch) > 1:
            before = self.report.snapshot()
            try:
                with transaction.atomic():
                    for meeting_id, _committee_id, data, _meeting in batch:
                        self._keep(meeting_id, data)
                    stored = list(self._write([(m, c) for _i, c, _d, m in batch]))
            except Exception:  # any failure: redo the batch meeting by meeting
                self.report.restore(before)
                stored = []
        if not stored:
            stored = [self._one_meeting(i, c, d, m) for i, c, d, m in batch]
        for (meeting_id, *_rest), kept in zip(batch, stored, strict=True):
            if kept is None:
                continue
            if self.fetch_documents:
                self._documents(kept)
            done.add(meeting_id)
        checkpoint.save({"done": sorted(done)})
        # A batch leaves its model instances in reference cycles, which only a full
        # collection frees: collected here, so the next batch does not stand on the last
        # one's and memory stays flat however large the body.
        gc.collect()

    def _keep(self, meeting_id: str, data: bytes) -> None:
        keep_raw(SOURCE, f"{self.client.service_url}/GetMeeting?lMeetingId={meeting_id}", data)

    def _one_meeting(
        self,
        meeting_id: str,
        committee_id: str,
        data: bytes,
        meeting: ServiceMeeting | None = None,
    ) -> Meeting | None:
        """Read one GetMeeting answer (unless ``meeting`` is what was read from it) and keep
        it, in a transaction of its own. What cannot be kept (unreadable XML, a value too
        long for Moot) is reported naming the meeting, with nothing of it written; returns
        None then."""

        def write() -> Meeting:
            read = meeting if meeting is not None else parse_meeting(data, meeting_id)
            with transaction.atomic():
                self._keep(meeting_id, data)
                return self._write([(read, committee_id)])[0]

        return self._guarded(meeting_id, write)

    def _guarded(self, meeting_id: str, step: Callable[[], T], counts: bool = True) -> T | None:
        """Run ``step`` (reading or writing one meeting); an error is reported naming the
        meeting, what the step had counted is taken back (its writes were undone), and None
        returned. A step that ``counts`` nothing in the report (reading alone) needs no copy
        of it kept: the copy grows with the report's conflicts and failures."""
        what = f"GetMeeting lMeetingId={meeting_id}"
        before = self.report.snapshot() if counts else None
        try:
            try:
                return step()
            except Exception:
                if before is not None:
                    self.report.restore(before)
                raise
        except ServiceDataError as exc:
            self.report.failed.append(str(exc))
        except ValidationError as exc:
            said = (
                "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
                if hasattr(exc, "error_dict")
                else "; ".join(exc.messages)
            )
            self.report.failed.append(f"{what}: {said}")
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            self.report.failed.append(
                f"{what}: not readable ({type(exc).__name__}: {str(exc)[:200]})"
            )
        return None

    def _committee(self, committee) -> Committee | None:
        key = self.key("committee", committee.id)
        existing = Committee.all_objects.filter(source=SOURCE, external_id=key).first()
        if existing is None and committee.deleted:
            return None
        values = {"body": self.body, "name": committee.title[:300], "active": not committee.expired}
        if existing is None:
            values["slug"] = self._slug(committee.title)
        result = self.report.add(
            "committee",
            upsert(Committee, source=SOURCE, external_id=key, values=values, origin=ORIGIN),
        )
        if committee.deleted:
            soft_delete(result.obj, origin=ORIGIN, note="Deleted in the source system.")
            self.report.deleted += 1
        return result.obj

    def _slug(self, title: str) -> str:
        return Committee.free_slug(title, self.body)

    def _write(self, batch: list[tuple[ServiceMeeting, str]]) -> list[Meeting]:
        """Map meetings, each with the id of its committee, and everything in them. Each
        kind of row is upserted as one batch for all of them (a SELECT and a few bulk
        writes), whatever the number of meetings and items."""
        now = timezone.now()
        places = {
            f"{self.host}:{meeting.location}"[:500]: {"name": meeting.location[:300]}
            for meeting, _ in batch
            if meeting.location
        }
        located = {
            key: self.report.add("location", result).obj
            for key, result in upsert_many(
                Location, source=SOURCE, rows=places, origin=ORIGIN
            ).items()
        }
        rows, fill = {}, {}
        for meeting, committee_id in batch:
            committee = self._committees.get(committee_id) or Committee.all_objects.get(
                source=SOURCE, external_id=self.key("committee", committee_id)
            )
            start = meeting.start.replace(tzinfo=self.zone)
            end = (
                datetime.combine(meeting.date, meeting.end_time).replace(tzinfo=self.zone)
                if meeting.end_time
                else None
            )
            if meeting.cancelled:
                status = MeetingStatus.CANCELLED
            else:
                status = MeetingStatus.HELD if start < now else MeetingStatus.SCHEDULED
            key = self.key("meeting", meeting.id)
            rows[key] = {
                "committee": committee,
                "start": start,
                "end": end,
                "location": located[f"{self.host}:{meeting.location}"[:500]]
                if meeting.location
                else None,
                "status": status,
                "minutes_state": MinutesState.DRAFT
                if meeting.minutes_published
                else MinutesState.NONE,
                "source_url": f"{self.client.site_url}/ieListDocuments.aspx?MId={meeting.id}"[
                    :1000
                ],
            }
            # Published once: a later import never moves the date, and never republishes
            # what a clerk took down.
            if meeting.agenda_published:
                fill[key] = {"agenda_published_at": now}
        results = upsert_many(Meeting, source=SOURCE, rows=rows, fill=fill, origin=ORIGIN)
        for result in results.values():
            self.report.add("meeting", result)
        stored = [results[self.key("meeting", meeting.id)].obj for meeting, _ in batch]
        for (read, _), kept in zip(batch, stored, strict=True):
            if read.minutes_published:
                record_minutes_published(kept, at=now, origin=ORIGIN)

        items = self._items([(kept, m) for kept, (m, _) in zip(stored, batch, strict=True)], now)
        again = [
            results[self.key("meeting", meeting.id)].obj
            for meeting, _ in batch
            if not results[self.key("meeting", meeting.id)].created
        ]
        if again:
            for gone in Item.objects.filter(meeting__in=again, source=SOURCE).exclude(
                external_id__in=items
            ):
                soft_delete(gone, origin=ORIGIN, note="No longer in the source system.")
                self.report.deleted += 1
        self._attendees([(kept, m.attendees) for kept, (m, _) in zip(stored, batch, strict=True)])
        return stored

    def _items(self, meetings: list[tuple[Meeting, ServiceMeeting]], now) -> dict[str, Item]:
        """Upsert the meetings' items, then their decisions, then their documents."""
        rows, fill = {}, {}
        for meeting, read in meetings:
            for position, item in enumerate(read.items, start=1):
                key = self.key("item", item.id)
                restricted = item.restricted
                rows[key] = {
                    "meeting": meeting,
                    "position": position,
                    "reference": item.number.rstrip()[:40],
                    "minute_number": item.minute_number[:40],
                    "kind": infer_kind(item.title),
                    "title": item.title[:500],
                    "agenda_text": "" if restricted else item.agenda_text,
                    "minutes": "" if restricted else item.minutes,
                    "restriction": Restriction.EXEMPT if restricted else Restriction.NONE,
                }
                if read.agenda_published:
                    fill[key] = {"published_at": now}
        stored = {
            key: self.report.add("item", result).obj
            for key, result in upsert_many(
                Item, source=SOURCE, rows=rows, fill=fill, origin=ORIGIN
            ).items()
        }

        decisions, documents, published_on = {}, {}, {}
        for meeting, read in meetings:
            for item in read.items:
                key = self.key("item", item.id)
                parent = stored[key]
                if not item.restricted and item.minutes:
                    found, _actions = find_outcomes(to_blocks(item.minutes))
                    for n, text in enumerate(found, start=1):
                        decisions[f"{key}:decision:{n}"] = {
                            "item": parent,
                            "position": n,
                            "text": text,
                        }
                for n, doc in enumerate(item.documents, start=1):
                    doc_key = self.key("attachment", doc.id or f"{item.id}-{n}")
                    documents[doc_key] = self._document(meeting, parent, n, doc)
                    published_on[doc_key] = {
                        "published_at": datetime.combine(
                            doc.published, datetime.min.time()
                        ).replace(tzinfo=self.zone)
                        if doc.published
                        else now
                    }
        for decided in upsert_many(Decision, source=SOURCE, rows=decisions, origin=ORIGIN).values():
            self.report.add("decision", decided)
        for filed in upsert_many(
            Document, source=SOURCE, rows=documents, fill=published_on, origin=ORIGIN
        ).values():
            self.report.add("document", filed)
        return stored

    @staticmethod
    def _document(meeting: Meeting, item: Item, position: int, doc) -> dict:
        url = doc.url.lower()
        return {
            "meeting": meeting,
            "item": item,
            "position": position,
            "kind": DocumentKind.MINUTES if "minutes" in doc.title.lower() else DocumentKind.REPORT,
            "title": doc.title[:500],
            "restriction": Restriction.EXEMPT if doc.restricted else Restriction.NONE,
            "restriction_reason": doc.restriction_ref[:1000],
            "source_url": doc.url[:1000],
            "format": "PDF" if "convert2pdf" in url or url.endswith(".pdf") else "",
        }

    def _attendees(self, meetings: list[tuple[Meeting, list]]) -> None:
        people, slugs = {}, {}
        for _meeting, attendees in meetings:
            for attendee in attendees:
                name = attendee.name
                honorific = ""
                for title in ("Councillor ", "Cllr ", "Cllr. "):
                    if name.startswith(title):
                        honorific, name = "Cllr", name[len(title) :]
                people[self.key("member", attendee.id)] = {
                    "name": name[:200],
                    "honorific": honorific,
                }
        known = set(
            Person.all_objects.filter(source=SOURCE, external_id__in=people).values_list(
                "external_id", flat=True
            )
        )
        new = [key for key in people if key not in known]
        for key, slug in zip(
            new, self._person_slugs([people[k]["name"] for k in new]), strict=True
        ):
            slugs[key] = {"slug": slug}
        persons = upsert_many(Person, source=SOURCE, rows=people, fill=slugs, origin=ORIGIN)
        for result in persons.values():
            self.report.add("person", result)
        # The service lists who is expected: invitees, never a record of who came.
        invited = {
            f"{meeting.external_id}:attendee:{attendee.id}": {
                "meeting": meeting,
                "person": persons[self.key("member", attendee.id)].obj,
                "status": AttendanceStatus.INVITED,
                "role": attendee.role[:100],
            }
            for meeting, attendees in meetings
            for attendee in attendees
        }
        for invitation in upsert_many(
            Attendance, source=SOURCE, rows=invited, origin=ORIGIN
        ).values():
            self.report.add("attendance", invitation)

    def _person_slugs(self, names: list[str]) -> list[str]:
        """A free slug for each name, none of them alike. One query."""
        if not names:
            return []
        bases = [slugify(name)[:100] or "person" for name in names]
        near = Q()
        for base in set(bases):
            near |= Q(slug=base) | Q(slug__startswith=f"{base}-")
        taken = set(Person.all_objects.filter(near).values_list("slug", flat=True))
        slugs = []
        for base in bases:
            slug, n = base, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            slugs.append(slug)
        return slugs

    def _documents(self, meeting: Meeting) -> None:
        """Fetch the files of public documents Moot does not hold yet. Each file on its own."""
        pending = Document.objects.filter(
            meeting=meeting, source=SOURCE, restriction="", file=""
        ).exclude(source_url="")
        fetch_files(
            pending,
            lambda url, what: self.client.document(url, what=what),
            errors=(ServiceError,),
            origin=ORIGIN,
            report=self.report,
        )
