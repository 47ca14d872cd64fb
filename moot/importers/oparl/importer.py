"""Import an OParl 1.0/1.1 system: System → Body → the body's external lists.

Pipeline per list page: fetch (politely) → keep the raw page (``ImportRun``) → read each
object (``parser``) → map it onto the domain → upsert by (source, the object's id URL). Each
object, with everything embedded in it (a meeting's agenda items and files), is one
transaction: a bad object is reported by its id and nothing of it is written; the rest of
the page goes on. Objects marked ``deleted`` are soft-deleted.

Updates: the start time of the last complete run against a system URL is kept (an
``ImportRun`` of source ``oparl:run``), and the next run asks only for objects modified
since (OParl ``modified_since``, which also lists deletions). Resumable: the run's
checkpoint records each finished list and the next page of the current one, so an
interrupted run carries on from there. A field a clerk has edited is never overwritten
(``moot.meetings.services.upsert``); the report lists it as a conflict.

Fields taken from where an object sits rather than from the object itself (a file's kind as
a meeting's invitation, its position) are written when the row is made and left alone
after, so that an object seen in two places does not flip between them on every run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from moot.importers.pipeline import Checkpoint, RunReport, fetch_files, keep_raw
from moot.meetings import events
from moot.meetings.choices import (
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    Restriction,
)
from moot.meetings.html import paragraphs_to_html
from moot.meetings.kinds import infer_kind
from moot.meetings.members import Party
from moot.meetings.models import (
    Attendance,
    Body,
    Committee,
    Decision,
    Document,
    Item,
    LegislativeTerm,
    Location,
    Meeting,
    Membership,
    Person,
)
from moot.meetings.services import matters
from moot.meetings.services.common import ServiceError as Refused
from moot.meetings.services.imported import (
    set_party,
    upsert_legislative_term,
    upsert_party,
)
from moot.meetings.services.upsert import soft_delete, upsert, upsert_many
from moot.search import indexer

from . import parser as p
from .client import OParlClient, ServiceError

T = TypeVar("T")

SOURCE = "oparl"
DRAIN_EVERY = 10.0  # seconds between search index drains during a run; one more at its end
RUN = "oparl:run"

# The body's lists, in the order they are read (what a later list refers to comes first).
LISTS = [
    ("organization", "Organization"),
    ("person", "Person"),
    ("membership", "Membership"),
    ("locationList", "Location"),
    ("meeting", "Meeting"),
    ("agendaItem", "AgendaItem"),
    ("paper", "Paper"),
    ("file", "File"),
    ("legislativeTermList", "LegislativeTerm"),
]

MODELS = {
    "Body": Body,
    "Organization": Committee,
    "Person": Person,
    "Membership": Membership,
    "Location": Location,
    "Meeting": Meeting,
    "AgendaItem": Item,
    "File": Document,
    "Paper": Document,
}


def _by_label(choices) -> dict[str, str]:
    return {label.lower(): value for value, label in choices.choices}


ROLES = {
    **_by_label(MembershipRole),
    "vorsitzender": MembershipRole.CHAIR,
    "vorsitzende": MembershipRole.CHAIR,
    "stellvertretender vorsitzender": MembershipRole.VICE_CHAIR,
    "stellvertretende vorsitzende": MembershipRole.VICE_CHAIR,
    "1. stellvertreter": MembershipRole.VICE_CHAIR,
    "mitglied": MembershipRole.MEMBER,
    "stellvertreter": MembershipRole.SUBSTITUTE,
    "stellvertretendes mitglied": MembershipRole.SUBSTITUTE,
    "sachkundige bürgerin": MembershipRole.CO_OPTEE,
    "sachkundiger bürger": MembershipRole.CO_OPTEE,
}
STATES = _by_label(MeetingStatus)
ITEM_KINDS = _by_label(ItemKind)
DECISION_KINDS = {
    **_by_label(DecisionKind),
    "beschlossen": DecisionKind.AGREED,
    "einstimmig beschlossen": DecisionKind.AGREED,
    "mehrheitlich beschlossen": DecisionKind.AGREED,
    "zur kenntnis genommen": DecisionKind.NOTED,
    "kenntnis genommen": DecisionKind.NOTED,
}
PAPER_TYPES = {
    "report for decision": ItemKind.DECISION,
    "report for information": ItemKind.INFORMATION,
    "urgent report": ItemKind.URGENT,
}


# OParl's organizationType words for a political party and a council's political group.
PARTY_TYPES = ("Fraktion", "Partei")


class Unresolved(Exception):
    """An object refers to another that the server does not serve."""


@dataclass
class OParlReport(RunReport):
    """``skipped``: each object left out, named ("Membership https://…: why");
    ``warnings``: what was kept with something left out or made up (a malformed optional
    field, a placeholder committee), named the same way."""

    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    since: str | None = None

    def as_dict(self) -> dict:
        """What the run's ``ImportRun`` keeps: the counts, and each object skipped or warned
        about, by name."""
        return {**super().as_dict(), "skipped": self.skipped, "warnings": self.warnings}

    def skipped_by_type(self) -> Counter[str]:
        return Counter(note.split(" ", 1)[0] for note in self.skipped)

    def summary(self) -> str:
        text = super().summary()
        since = f" modified since {self.since}" if self.since else ""
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.skipped_by_type().items()))
        skipped = f"{len(self.skipped)} objects skipped" + (f" ({kinds})" if kinds else "")
        warned = f", {len(self.warnings)} warnings" if self.warnings else ""
        return (
            f"{text}; {self.pages} pages read{since}, {skipped}{warned}, "
            f"{self.documents_fetched} documents fetched, {len(self.failed)} failed"
        )


class OParlImporter:
    def __init__(
        self,
        client: OParlClient,
        *,
        source: str = SOURCE,
        fetch_documents: bool = True,
        full: bool = False,
        progress: Callable | None = None,
    ):
        self.client = client
        self.source = source
        self.origin = f"import:{source}"
        self.fetch_documents = fetch_documents
        self.full = full
        self.progress = progress
        self.report = OParlReport()
        self.body: Body | None = None
        self._resolving: set[str] = set()
        # Parties and groups read in this run, by their OParl id (kept as Moot's parties).
        self._parties: dict[str, Party] = {}
        # Committees meetings were found to be of, by their OParl id: a body has few.
        self._committees: dict[str, Committee] = {}
        self._pending_files: list[Document] = []
        # Agenda items naming the earlier item they take up again (``moot:continues``, as
        # Moot's own API gives it): linked once the run has read every item.
        self._continues: dict[str, str] = {}

    # --- the crawl ----------------------------------------------------------------------------

    def run(self, system_url: str) -> OParlReport:
        system_url = p.clean_url(system_url)

        def fresh() -> dict:
            last = Checkpoint.last_complete(RUN, system_url)
            since = None if (self.full or last is None) else last.started_at.isoformat()
            return {"since": since, "done": [], "at": {}}

        checkpoint = Checkpoint.resume_or_start(RUN, system_url, state=fresh)
        state = checkpoint.state
        self.report.since = state.get("since")
        # Links read before an interruption, from pages this run will not read again.
        self._continues.update(state.get("continues") or {})

        system, _ = self.client.object(system_url)
        if p.type_name(system) != "System":
            raise p.OParlDataError(f"{system_url}: not an OParl System object")
        bodies_url = system.get("body")
        if not isinstance(bodies_url, str):
            raise p.OParlDataError(f"{system_url}: the System names no body list")
        # One search index commit per object would cost more than the object's import.
        with indexer.drains_every(DRAIN_EVERY):
            for _url, page, _data in self.client.pages(bodies_url):
                self.report.pages += 1
                for obj in page["data"]:
                    body = self._guard(obj, "Body", self._body)
                    if body is None or obj.get("deleted"):
                        continue
                    self.body = body
                    for prop, kind in LISTS:
                        self._list(obj, prop, kind, state, checkpoint)
                    self._guard(obj, "Body", self._terms_embedded)
            self._link_matters()
        state.pop("continues", None)
        checkpoint.finish(self.report, state)
        return self.report

    def _list(
        self, body_obj: dict, prop: str, kind: str, state: dict, checkpoint: Checkpoint
    ) -> None:
        start = body_obj.get(prop)
        if not isinstance(start, str):
            return
        start = p.clean_url(start)
        if start in state["done"]:
            return
        url = state["at"].get(start) or (
            p.clean_url(p.with_since(start, state["since"])) if state.get("since") else start
        )
        bar = self.progress(desc=kind, unit="object") if self.progress else None
        try:
            for page_url, page, data in self.client.pages(url):
                self.report.pages += 1
                keep_raw(self.source, page_url, data)
                if bar is not None and bar.total is None:
                    bar.total = (page.get("pagination") or {}).get("totalElements")
                if kind == "Meeting":
                    self._meetings_page(page["data"])
                    if bar is not None:
                        bar.update(len(page["data"]))
                unchanged = self._unchanged_items(page["data"]) if kind == "AgendaItem" else ()
                for obj in page["data"] if kind != "Meeting" else ():
                    if id(obj) in unchanged:
                        self.report.counts[(kind.lower(), "unchanged")] += 1
                    else:
                        self._guard(obj, kind, self._dispatch)
                    if bar is not None:
                        bar.update(1)
                self._fetch_pending()
                following = (page.get("links") or {}).get("next")
                if following:
                    state["at"][start] = p.clean_url(following)
                    self._keep_continues(state)
                    checkpoint.save(state)
        except (ServiceError, p.OParlDataError) as exc:
            self.report.failed.append(f"{kind} list: {exc}")
            return
        finally:
            if bar is not None:
                bar.close()
        state["done"].append(start)
        state["at"].pop(start, None)
        self._keep_continues(state)
        checkpoint.save(state)

    def _keep_continues(self, state: dict) -> None:
        """Keep the ``moot:continues`` links read so far with the checkpoint: a run that is
        interrupted and resumed links them at its end, though it never reads their pages
        again. (Only items that name an earlier item: few, and none from most servers.)"""
        if self._continues:
            state["continues"] = dict(self._continues)

    def _optional(self, read: Callable[[], T]) -> T | None:
        """An optional field's value; one that cannot be read is a warning naming the object
        and field (``read`` raises ``OParlDataError`` saying so), left out, not a failure."""
        try:
            return read()
        except p.OParlDataError as exc:
            self.report.warnings.append(f"{exc}; left out")
            return None

    def _unchanged_items(self, objs: list) -> set[int]:
        """The agenda items of a list page held exactly as they are here (the body's
        agenda-item list repeats the items its meetings embed, and a later run meets them
        all again), by the hash of the object each was last written from: one query a page,
        and nothing held in memory from one page to the next. Returns their ``id()``s."""
        wanted: dict[str, tuple[dict, str]] = {}
        for obj in objs:
            if isinstance(obj, dict) and isinstance(obj.get("id"), str) and not obj.get("deleted"):
                wanted[p.clean_url(obj["id"])] = (obj, _fingerprint(obj))
        same: set[int] = set()
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            held = Item.objects.filter(
                source=self.source, external_id__in=keys[start : start + 500]
            ).values_list("external_id", "source_fingerprint")
            for ident, fingerprint in held:
                obj, wanted_print = wanted[ident]
                if fingerprint == wanted_print:
                    same.add(id(obj))
                    earlier = obj.get("moot:continues")  # linked at the end of the run
                    if isinstance(earlier, str) and earlier:
                        self._continues[ident] = p.clean_url(earlier)
        return same

    def _guard(self, obj, kind: str, handler):
        """Import one object in its own transaction; report a failure by the object's id."""
        if not isinstance(obj, dict):
            self.report.failed.append(f"{kind}: not a JSON object: {str(obj)[:80]}")
            return None
        try:
            with transaction.atomic():
                return handler(obj, kind)
        except Unresolved as exc:
            self.report.skipped.append(f"{p.label(obj, kind)}: {exc}")
        except (p.OParlDataError, ValidationError, IntegrityError, ServiceError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            name = p.label(obj, kind)
            self.report.failed.append(message if message.startswith(name) else f"{name}: {message}")
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            # A shape no rule above foresaw (a number where a list belongs): still the object's
            # failure, named, with nothing of it written; the run goes on.
            name = p.label(obj, kind)
            self.report.failed.append(
                f"{name}: not readable as OParl ({type(exc).__name__}: {str(exc)[:200]})"
            )
        self._pending_files = [d for d in self._pending_files if d.pk and _exists(d)]
        return None

    def _dispatch(self, obj: dict, expected: str):
        kind = p.type_name(obj, expected)
        if obj.get("deleted"):
            return self._delete(obj, kind)
        handlers: dict[str, Callable[[dict, str], object]] = {
            "Organization": self._organization,
            "Person": self._person,
            "Membership": self._membership,
            "Location": self._location,
            "Meeting": self._meeting,
            "AgendaItem": self._agenda_item,
            "Paper": self._paper,
            "File": self._file,
            "LegislativeTerm": self._term,
            "Body": self._body,
        }
        handler = handlers.get(kind)
        if handler is None:  # Consultation and others Moot keeps as parts of what it has
            self.report.skipped.append(
                f"{p.label(obj, kind)}: Moot keeps a {kind} only as part of what it belongs to"
            )
            return None
        return handler(obj, kind)

    def _delete(self, obj: dict, kind: str):
        model = MODELS.get(kind)
        ident = p.object_id(obj)
        if kind == "LegislativeTerm":
            return None
        if model is None:
            return None
        row = model.all_objects.filter(source=self.source, external_id=ident).first()
        if row is not None and row.deleted_at is None:
            soft_delete(row, origin=self.origin, note="Deleted in the source system.")
            self.report.deleted += 1
        return row

    # --- references -------------------------------------------------------------------------

    def _find(self, kind: str, url: str):
        return MODELS[kind].all_objects.filter(source=self.source, external_id=url).first()

    def resolve(self, url: str, kind: str):
        """The row for the object at ``url``: already imported, or fetched and imported now."""
        url = p.clean_url(url)
        if kind == "Organization" and url in self._parties:
            return self._parties[url]
        row = self._find(kind, url)
        if row is not None:
            return row
        if url in self._resolving:
            raise p.OParlDataError(f"{url} refers back to itself")
        self._resolving.add(url)
        try:
            try:
                obj, _ = self.client.object(url)
            except ServiceError as exc:
                if _gone(exc):
                    raise Unresolved(f"refers to {url}, which the server does not serve") from exc
                raise
            got = p.type_name(obj, kind)
            if got != kind:
                raise p.OParlDataError(f"{url} is a {got}, not a {kind}")
            row = self._dispatch(obj, kind)
        finally:
            self._resolving.discard(url)
        if row is None:
            raise Unresolved(f"refers to {url}, which Moot cannot hold")
        return row

    def _upsert(self, model, kind: str, ident: str, values: dict):
        return self.report.add(
            kind.lower(),
            upsert(model, source=self.source, external_id=ident, values=values, origin=self.origin),
        ).obj

    # --- the types --------------------------------------------------------------------------

    def _body(self, obj: dict, kind: str = "Body") -> Body | None:
        ident = p.object_id(obj)
        if obj.get("deleted"):
            return self._delete(obj, "Body")
        existing = self._find("Body", ident)
        name = p.text(obj.get("name"), 200) or p.text(obj.get("shortName"), 200)
        if not name:
            raise p.OParlDataError(f"{p.label(obj, kind)}: has no name")
        website, warning = p.web_address(obj, "website")
        if warning:
            self.report.warnings.append(warning)
        values = {"name": name, "short_name": p.text(obj.get("shortName"), 60), "website": website}
        if existing is None:
            values["slug"] = _unique_slug(Body.all_objects, name, 100)
        return self._upsert(Body, "Body", ident, values)

    def _terms_embedded(self, obj: dict, kind: str) -> None:
        for term in p.objects(obj, "legislativeTerm"):
            if isinstance(term, dict):
                self._term(term, "LegislativeTerm")

    def _term(self, obj: dict, kind: str) -> LegislativeTerm | None:
        # Legislative terms are not imported rows (no source); matched by body and name.
        name = p.text(obj.get("name"), 200)
        if not name or self.body is None:
            why = "has no name" if not name else "belongs to no body Moot knows"
            self.report.skipped.append(f"{p.label(obj, kind)}: {why}")
            return None
        term, outcome = upsert_legislative_term(
            self.body,
            name,
            start_date=self._optional(lambda: p.day(obj, "startDate")),
            end_date=self._optional(lambda: p.day(obj, "endDate")),
            origin=self.origin,
        )
        self.report.counts[("legislativeterm", outcome)] += 1
        return term

    def _organization(self, obj: dict, kind: str) -> Committee | Party:
        ident = p.object_id(obj)
        name = p.text(obj.get("name"), 300) or p.text(obj.get("shortName"), 300)
        if not name:
            raise p.OParlDataError(f"{p.label(obj, kind)}: has no name")
        if p.text(obj.get("organizationType")) in PARTY_TYPES:
            return self._party(obj, ident, name)
        end = self._optional(lambda: p.day(obj, "endDate"))
        values = {
            "body": self.body,
            "name": name,
            "reference_prefix": p.text(obj.get("shortName"), 20),
            "active": end is None or end >= timezone.localdate(),
        }
        if self._find("Organization", ident) is None:
            if self.body is None:
                raise Unresolved("belongs to no body Moot knows")
            values["slug"] = Committee.free_slug(name, self.body)
        return self._upsert(Committee, kind, ident, values)

    def _party(self, obj: dict, ident: str, name: str) -> Party:
        """A party or political group ("Fraktion", "Partei") is one of the body's parties,
        never a committee; its members' memberships set their party (``_membership``)."""
        if self.body is None:
            raise Unresolved("a party or group of no body Moot knows")
        party, outcome = upsert_party(
            self.body, name[:200], short_name=p.text(obj.get("shortName"), 40), origin=self.origin
        )
        self._parties[ident] = party
        self.report.counts[("party", outcome)] += 1
        return party

    def _person(self, obj: dict, kind: str) -> Person:
        ident = p.object_id(obj)
        name = p.text(obj.get("name"), 200)
        if not name:
            parts = [*(obj.get("title") or []), obj.get("givenName"), obj.get("familyName")]
            name = p.text(" ".join(x for x in parts if isinstance(x, str) and x), 200)
        if not name:
            raise p.OParlDataError(f"{p.label(obj, kind)}: has no name")
        values = {
            "name": name,
            "honorific": p.text(obj.get("formOfAddress"), 40),
            # What the source publishes to reach the person is public: never the private
            # ``email``, which no OParl API gives.
            "public_email": _first_email(obj.get("email")),
            "public_phone": _first(obj.get("phone"), 40),
        }
        if self._find("Person", ident) is None:
            values["slug"] = _unique_slug(Person.all_objects, name, 120)
        person = self._upsert(Person, kind, ident, values)
        for membership in p.objects(obj, "membership"):
            if isinstance(membership, dict):
                self._nested(membership, "Membership", lambda m: self._membership(m, person=person))
        return person

    def _nested(self, obj: dict, kind: str, handler) -> None:
        """An embedded object that may be skipped on its own without failing its parent."""
        try:
            with transaction.atomic():
                if obj.get("deleted"):
                    self._delete(obj, p.type_name(obj, kind))
                else:
                    handler(obj)
        except Unresolved as exc:
            self.report.skipped.append(f"{p.label(obj, kind)}: {exc}")

    def _membership(self, obj: dict, kind: str = "Membership", person=None) -> Membership | None:
        ident = p.object_id(obj)
        if person is None:
            if not obj.get("person"):
                raise p.OParlDataError(f"{p.label(obj, kind)}: names no person")
            person = self.resolve(obj["person"], "Person")
        if not obj.get("organization"):
            raise p.OParlDataError(f"{p.label(obj, kind)}: names no organization")
        committee = self.resolve(obj["organization"], "Organization")
        if isinstance(committee, Party):
            self._party_membership(obj, person, committee)
            return None
        role = ROLES.get(p.text(obj.get("role")).lower(), MembershipRole.MEMBER)
        values = {
            "person": person,
            "committee": committee,
            "role": role,
            "start": self._optional(lambda: p.day(obj, "startDate")),
            "end": self._optional(lambda: p.day(obj, "endDate")),
        }
        return self._upsert(Membership, "Membership", ident, values)

    def _party_membership(self, obj: dict, person: Person, party: Party) -> None:
        """A membership of a party or group: the person's party while it lasts."""
        end = self._optional(lambda: p.day(obj, "endDate"))
        if end is None or end >= timezone.localdate():
            set_party(person, party, origin=self.origin)
        elif person.party_id == party.pk:
            set_party(person, None, origin=self.origin)

    def _location(self, obj: dict, kind: str = "Location") -> Location:
        ident = p.object_id(obj)
        p.fix_point(obj.get("geojson"))  # read so a malformed point is noticed; not kept yet
        description = p.text(obj.get("description"))
        street = p.text(obj.get("streetAddress"))
        postcode = p.text(obj.get("postalCode"), 10)
        name = description
        tail = ", ".join(x for x in (street, postcode) if x)
        if tail and description.endswith(", " + tail):
            name = description[: -len(tail) - 2]
        elif tail and description == tail:
            name = ""
        name = name or p.text(obj.get("room")) or street or p.text(obj.get("locality")) or "Venue"
        values = {"name": name[:300], "address": street, "postcode": postcode}
        return self._upsert(Location, "Location", ident, values)

    def _meeting(self, obj: dict, kind: str = "Meeting") -> Meeting:
        return self._write_meetings([self._read_meeting(obj, kind)])[0]

    def _read_meeting(self, obj: dict, kind: str = "Meeting") -> _MeetingIn:
        """What a meeting object says, its committee and venue found (or made): everything
        ``_write_meetings`` needs, nothing of the meeting itself written yet."""
        ident = p.object_id(obj)
        organizations = p.urls(obj, "organization")
        if not organizations:
            raise p.OParlDataError(f"{p.label(obj, kind)}: names no organization")
        committee = self._committee_of(obj, organizations[0])
        start = p.moment(obj, "start", required=True)
        end = self._optional(lambda: p.moment(obj, "end"))
        location = None
        if isinstance(obj.get("location"), dict):
            location = self._location(obj["location"])
        elif isinstance(obj.get("location"), str):
            location = self.resolve(obj["location"], "Location")
        listed = obj.get("agendaItem") or []
        if not isinstance(listed, list):
            raise p.OParlDataError(f"{p.label(obj, kind)}: agendaItem is not a list")
        items = [i for i in listed if isinstance(i, dict)]
        for entry in listed:
            if not isinstance(entry, dict):
                self.report.skipped.append(
                    f"AgendaItem {str(entry)[:200]}: in Meeting {ident} but not embedded "
                    "(an agenda item is kept with its meeting)"
                )
        minutes = bool(obj.get("resultsProtocol")) or any(
            i.get("result") or i.get("resolutionText") for i in items
        )
        status: str
        if obj.get("cancelled"):
            status = MeetingStatus.CANCELLED
        else:
            status = STATES.get(p.text(obj.get("meetingState")).lower()) or (
                MeetingStatus.HELD
                if start is not None and start < timezone.now()
                else MeetingStatus.SCHEDULED
            )
        values = {
            "committee": committee,
            "start": start,
            "end": end,
            "location": location,
            "status": status,
            "minutes_state": MinutesState.DRAFT if minutes else MinutesState.NONE,
            "source_url": (obj.get("web") or ident)[:1000],
        }
        return _MeetingIn(obj, ident, values, minutes, items)

    def _write_meetings(self, read: list[_MeetingIn]) -> list[Meeting]:
        """Write meetings read by ``_read_meeting`` (a list page's, in one batch): the meetings,
        then all their agenda items, decisions and embedded files, a few queries a model
        whatever their number. Returns the meetings in the order given."""
        now = timezone.now()
        results = upsert_many(
            Meeting,
            source=self.source,
            rows={m.ident: m.values for m in read},
            # Dates of publication are set once, where none is held: a new meeting's are in
            # its first revision, an older one's in the revision that sets them.
            fill={
                m.ident: {"agenda_published_at": now}
                | ({"minutes_published_at": now} if m.minutes else {})
                for m in read
            },
            origin=self.origin,
        )
        meetings, minutes = [], []
        for m in read:
            result = self.report.add("meeting", results[m.ident])
            meetings.append(result.obj)
            if not result.created and "minutes_published_at" in result.changed:
                minutes.append(result.obj.pk)
        if minutes:  # the record of a meeting already here is now public
            events.announce(events.Change.of(minutes=minutes, reprint=minutes, origin=self.origin))
        for meeting, m in zip(meetings, read, strict=True):
            files = [
                *((f, DocumentKind.AGENDA) for f in p.objects(m.obj, "invitation")),
                *((f, DocumentKind.MINUTES) for f in p.objects(m.obj, "resultsProtocol")),
                *((f, DocumentKind.MINUTES) for f in p.objects(m.obj, "verbatimProtocol")),
                *((f, DocumentKind.OTHER) for f in p.objects(m.obj, "auxiliaryFile")),
            ]
            self._files(m.obj, files, meeting=meeting)
        listed = [
            (meeting, m.items)
            for meeting, m in zip(meetings, read, strict=True)
            if "agendaItem" in m.obj
        ]
        if listed:
            kept = self._agenda_items(listed)
            gone = Item.objects.filter(
                meeting__in=[meeting for meeting, _ in listed], source=self.source
            ).exclude(external_id__in=kept)
            for item in gone:
                soft_delete(item, origin=self.origin, note="No longer on the agenda in the source.")
                self.report.deleted += 1
        for meeting, m in zip(meetings, read, strict=True):
            if "participant" in m.obj:
                self._participants(meeting, p.urls(m.obj, "participant"))
        return meetings

    def _meetings_page(self, objs: list) -> None:
        """A list page of meetings: written as one batch in one transaction when every
        meeting on it can be; when one cannot (a bad object, a reference that fails), the
        batch is undone and the page is written one meeting at a time as before, so that
        only the bad one fails and is reported."""
        batch = [
            obj
            for obj in objs
            if isinstance(obj, dict)
            and not obj.get("deleted")
            and p.type_name(obj, "Meeting") == "Meeting"
        ]
        idents = [obj.get("id") for obj in batch]
        if len(batch) < 2 or len(set(map(str, idents))) < len(batch):
            batch = []
        if batch:
            before = self.report.snapshot()
            parties, committees = dict(self._parties), dict(self._committees)
            try:
                with transaction.atomic():
                    self._write_meetings([self._read_meeting(obj) for obj in batch])
            except Exception:  # any failure: redo the page object by object, as _guard does
                self.report.restore(before)
                self._parties, self._committees = parties, committees
                self._pending_files = [d for d in self._pending_files if d.pk and _exists(d)]
            else:
                done = {id(obj) for obj in batch}
                objs = [obj for obj in objs if id(obj) not in done]
        for obj in objs:
            self._guard(obj, "Meeting", self._dispatch)

    def _participants(self, meeting: Meeting, people: list[str]) -> None:
        kept = set()
        for url in people:
            try:
                with transaction.atomic():
                    person = self.resolve(url, "Person")
            except Unresolved as exc:
                self.report.skipped.append(
                    f"Person {url}: a participant of Meeting {meeting.external_id}: {exc}"
                )
                continue
            other = Attendance.all_objects.filter(meeting=meeting, person=person)
            if other.exclude(source=self.source).exists():
                continue  # recorded in Moot already; that record stands
            key = f"{meeting.external_id}#participant:{person.external_id}"[:500]
            kept.add(key)
            values = {"meeting": meeting, "person": person, "status": AttendanceStatus.PRESENT}
            self._upsert(Attendance, "Attendance", key, values)
        for gone in Attendance.objects.filter(meeting=meeting, source=self.source).exclude(
            external_id__in=kept
        ):
            soft_delete(gone, origin=self.origin, note="No longer a participant in the source.")

    def _agenda_items(self, listed: list[tuple[Meeting, list[dict]]]) -> set[str]:
        """Meetings' embedded agenda items, written as one batch (a SELECT and a few bulk
        writes for the items, the same for their decisions and their files), whatever their
        number. Returns the ids of the items kept."""
        kept: set[str] = set()
        rows: dict[str, dict] = {}
        fill: dict[str, dict] = {}
        prints: dict[str, dict] = {}
        outcomes: dict[str, tuple[list[str], str, bool]] = {}
        now = timezone.now()
        for meeting, objs in listed:
            for position, obj in enumerate(objs, start=1):
                if obj.get("deleted"):
                    kept.add(self._agenda_item(obj, meeting=meeting).external_id)
                    continue
                ident = p.object_id(obj)
                values, first, outcome = self._item_values(obj, meeting, position, now)
                rows[ident], fill[ident], outcomes[ident] = values, first, outcome
                # The agenda-item list repeats each item: the same object is not written twice.
                prints[ident] = {"source_fingerprint": _fingerprint(obj)}
        results = upsert_many(
            Item, source=self.source, rows=rows, fill=fill, untracked=prints, origin=self.origin
        )
        decisions: dict[str, dict] = {}
        for ident, result in results.items():
            self.report.add("agendaitem", result)
            kept.add(ident)
            decisions.update(self._decision_rows(result.obj, *outcomes[ident]))
        items = [r.obj for r in results.values()]
        for decided in upsert_many(
            Decision, source=self.source, rows=decisions, origin=self.origin
        ).values():
            self.report.add("decision", decided)
        for gone in Decision.objects.filter(item__in=items, source=self.source).exclude(
            external_id__in=list(decisions)
        ):
            soft_delete(gone, origin=self.origin, note="No longer in the source.")
        embedded: list[tuple[dict, str, Meeting, Item, int]] = []
        for meeting, objs in listed:
            for obj in objs:
                if obj.get("deleted"):
                    continue
                item = results[p.object_id(obj)].obj
                files = [
                    *((f, DocumentKind.OTHER) for f in p.objects(obj, "resolutionFile")),
                    *((f, DocumentKind.APPENDIX) for f in p.objects(obj, "auxiliaryFile")),
                ]
                named = [(f, k) for f, k in files if isinstance(f, str)]
                embedded.extend(
                    (f, k, meeting, item, n)
                    for n, (f, k) in enumerate(files, start=1)
                    if isinstance(f, dict)
                )
                if named:  # named by URL alone: fetched one by one
                    self._files(obj, named, meeting=meeting, item=item)
        if embedded:
            self._embedded_files(embedded)
        return kept

    def _agenda_item(self, obj, kind: str = "AgendaItem", *, meeting=None, position=None) -> Item:
        ident = p.object_id(obj)
        if obj.get("deleted"):
            row = self._delete(obj, "AgendaItem")
            if row is None:
                raise Unresolved("deleted before Moot saw it")
            return row
        if meeting is None:
            if not obj.get("meeting"):
                raise p.OParlDataError(f"{p.label(obj, kind)}: names no meeting")
            meeting = self.resolve(obj["meeting"], "Meeting")
        values, first, outcome = self._item_values(obj, meeting, position or 1, timezone.now())
        existing = self._find("AgendaItem", ident)
        if existing is None:
            values |= first
        else:
            if obj.get("order") is None:  # read from a list: its place is its meeting's say
                values.pop("position")
            if existing.published_at is None:
                values["published_at"] = first["published_at"]
        item = self.report.add(
            "agendaitem",
            upsert(
                Item,
                source=self.source,
                external_id=ident,
                values=values,
                origin=self.origin,
                untracked={"source_fingerprint": _fingerprint(obj)},
            ),
        ).obj
        for key, decision in self._decision_rows(item, *outcome).items():
            self._upsert(Decision, "Decision", key, decision)
        for gone in Decision.objects.filter(item=item, source=self.source).exclude(
            external_id__in=list(self._decision_rows(item, *outcome))
        ):
            soft_delete(gone, origin=self.origin, note="No longer in the source.")
        self._item_files(obj, meeting, item)
        return item

    def _link_matters(self) -> None:
        """Link each item read with ``moot:continues`` to the earlier item it names, once
        both are here (the earlier one may come later in the lists). A link that cannot be
        made (the earlier item was never imported, or is not an earlier meeting's of the same
        body) is a warning naming both; an item whose source names none keeps its link."""
        if not self._continues:
            return
        wanted = {*self._continues, *self._continues.values()}
        found = {
            i.external_id: i
            for i in Item.objects.filter(source=self.source, external_id__in=wanted).select_related(
                "meeting__committee"
            )
        }
        for ident, earlier_id in self._continues.items():
            item, earlier = found.get(ident), found.get(earlier_id)
            if item is None:
                continue
            if earlier is None:
                self.report.warnings.append(
                    f"AgendaItem {ident}: the item it continues ({earlier_id}) was not "
                    "imported; not linked"
                )
                continue
            if item.continues_id == earlier.pk:
                continue
            try:
                matters.continue_matter(item, earlier, origin=self.origin)
            except Refused as exc:
                self.report.warnings.append(f"AgendaItem {ident}: {exc}; not linked")
        self._continues.clear()

    def _item_files(self, obj: dict, meeting: Meeting, item: Item) -> None:
        files = [
            *((f, DocumentKind.OTHER) for f in p.objects(obj, "resolutionFile")),
            *((f, DocumentKind.APPENDIX) for f in p.objects(obj, "auxiliaryFile")),
        ]
        if files:
            self._files(obj, files, meeting=meeting, item=item)

    def _item_values(
        self, obj: dict, meeting: Meeting, position: int, now: datetime
    ) -> tuple[dict, dict, tuple[list[str], str, bool]]:
        """An agenda item's values, those written only when it is new (or still unpublished),
        and what its decisions are made of (results, resolution text, restricted)."""
        kind = "AgendaItem"
        title = p.text(obj.get("name"), 500)
        if not title:
            raise p.OParlDataError(f"{p.label(obj, kind)}: has no name")
        order = obj.get("order")
        if order is not None and (not isinstance(order, int) or order < 0):
            self.report.warnings.append(
                f"{p.label(obj, kind)}: order {str(order)[:40]!r} is not a number; "
                "its place in the meeting is used"
            )
            order = None
        restricted = obj.get("public") is False
        values = {
            "meeting": meeting,
            "position": order if order is not None else position,
            "reference": p.text(obj.get("number"), 40),
            "title": title,
            "restriction": Restriction.EXEMPT if restricted else Restriction.NONE,
        }
        first = {"kind": infer_kind(title), "published_at": now}
        earlier = obj.get("moot:continues")
        if isinstance(earlier, str) and earlier:
            self._continues[p.object_id(obj)] = p.clean_url(earlier)
        results = [k.strip() for k in p.text(obj.get("result")).split(";") if k.strip()]
        raw_resolution = obj.get("resolutionText")
        resolution = raw_resolution.strip() if isinstance(raw_resolution, str) else ""
        if resolution and not results and not restricted:
            values["decision_text"] = paragraphs_to_html(resolution.split("\n\n"))
        return values, first, (results, resolution, restricted)

    def _files(self, owner: dict, files: list, *, meeting, item=None, first: int = 1) -> None:
        """The files an object embeds or names, each kept once (the first place it is seen
        sets its kind). A file named by URL alone is fetched; one the server does not serve
        is skipped, by name, without failing its owner."""
        seen: set[str] = set()
        for position, (entry, doc_kind) in enumerate(files, start=first):
            ident = entry.get("id") if isinstance(entry, dict) else entry
            if not isinstance(ident, str) or p.clean_url(ident) in seen:
                continue
            seen.add(p.clean_url(ident))
            if isinstance(entry, str):
                if self._find("File", p.clean_url(entry)) is not None:
                    continue
                try:
                    entry, _ = self.client.object(entry)
                except ServiceError as exc:
                    if not _gone(exc):
                        raise
                    self.report.skipped.append(
                        f"File {p.clean_url(ident)}: named by {p.label(owner)}, "
                        "which the server does not serve"
                    )
                    continue
            self._file(entry, meeting=meeting, item=item, kind=doc_kind, position=position)

    def _committee_of(self, meeting: dict, url: str) -> Committee:
        """The meeting's committee; one the server does not serve becomes a placeholder named
        from what the meeting says (reported), so the meeting is kept."""
        known = self._committees.get(p.clean_url(url))
        if known is not None:
            return known
        try:
            with transaction.atomic():
                found = self.resolve(url, "Organization")
        except Unresolved:
            if self.body is None:
                raise
        else:
            if isinstance(found, Party):
                raise Unresolved(f"a meeting of the party or group {found.name!r}, not published")
            self._committees[p.clean_url(url)] = found
            return found
        url = p.clean_url(url)
        name = _committee_name(meeting) or f"Committee {url.rstrip('/').rsplit('/', 1)[-1]}"
        values = {"body": self.body, "name": name[:300], "active": True}
        if self._find("Organization", url) is None:
            values["slug"] = Committee.free_slug(name, self.body)
        committee = self._upsert(Committee, "Organization", url, values)
        self.report.warnings.append(
            f"{p.label(meeting, 'Meeting')}: its organization {url} is not served; "
            f"kept under a placeholder committee {name!r}"
        )
        return committee

    def _decision_rows(
        self, item: Item, kinds: list[str], text: str, restricted: bool
    ) -> dict[str, dict]:
        """An item's decisions by key: one per result ("Beschlossen"), with the paragraph
        of the resolution text that goes with it, or the whole text, or the result alone."""
        if not kinds:
            wanted = []
        elif not text:  # the outcome alone ("Beschlossen"): kept as the decision
            wanted = [(kind, kind) for kind in kinds]
        else:
            parts = [t.strip() for t in text.split("\n\n") if t.strip()]
            if len(parts) == len(kinds):
                wanted = list(zip(kinds, parts, strict=True))
            else:
                wanted = [(kinds[0], text)]
        return {
            f"{item.external_id}#decision:{n}": {
                "item": item,
                "position": n,
                "kind": DECISION_KINDS.get(label.lower(), DecisionKind.OTHER),
                "text": body,
                "public_text": body if restricted else "",
            }
            for n, (label, body) in enumerate(wanted, start=1)
        }

    def _paper(self, obj: dict, kind: str = "Paper"):
        consultations = [c for c in p.objects(obj, "consultation") if isinstance(c, dict)]
        item = meeting = None
        role = None
        for consultation in consultations:
            if consultation.get("agendaItem"):
                item = self.resolve(consultation["agendaItem"], "AgendaItem")
                meeting = item.meeting
                role = p.text(consultation.get("role")).lower()
                break
            if consultation.get("meeting") and meeting is None:
                meeting = self.resolve(consultation["meeting"], "Meeting")
        if meeting is None:
            raise Unresolved("not considered at any meeting, and Moot keeps papers with meetings")
        main = obj.get("mainFile")
        if not isinstance(main, dict):
            raise Unresolved("has no main file")
        report = self._file(main, meeting=meeting, item=item, kind=DocumentKind.REPORT)
        values: dict[str, object] = {}
        if report.kind != DocumentKind.REPORT:
            values["kind"] = DocumentKind.REPORT
        lead = self._originators(obj)
        if lead:
            values["lead_officer"] = lead
        if values:
            self._upsert(Document, "File", report.external_id, values)
        if item is not None:
            item_kind = ITEM_KINDS.get(role or "") or PAPER_TYPES.get(
                p.text(obj.get("paperType")).lower()
            )
            if item_kind:
                self._upsert(Item, "AgendaItem", item.external_id, {"kind": item_kind})
        files = [(f, DocumentKind.APPENDIX) for f in p.objects(obj, "auxiliaryFile")]
        self._files(obj, files, meeting=meeting, item=item, first=2)
        return report

    def _originators(self, paper: dict) -> str:
        """The paper's authors (``originatorPerson``) as the report's lead officer: the names
        of people embedded or already imported, in the paper's order. A person neither
        embedded nor known is left out rather than fetched: authors are often officers the
        body's person list does not hold."""
        names = []
        for entry in p.objects(paper, "originatorPerson"):
            name = ""
            if isinstance(entry, dict):
                name = p.text(entry.get("name"), 200)
            elif isinstance(entry, str):
                person = self._find("Person", p.clean_url(entry))
                name = person.name if person is not None else ""
            if name and name not in names:
                names.append(name)
        return ", ".join(names)[:300]

    def _file(
        self, obj: dict, kind: str | None = None, *, meeting=None, item=None, position=None
    ) -> Document:
        ident = p.object_id(obj)
        existing = self._find("File", ident)
        own_meetings = p.urls(obj, "meeting")
        own_items = p.urls(obj, "agendaItem")
        if item is None and own_items:
            item = self.resolve(own_items[0], "AgendaItem")
        if meeting is None:
            if item is not None:
                meeting = item.meeting
            elif own_meetings:
                meeting = self.resolve(own_meetings[0], "Meeting")
            elif existing is not None:
                meeting = existing.meeting
            else:
                raise Unresolved("belongs to no meeting, and Moot keeps files with meetings")
        values = self._file_values(
            obj, kind, meeting=meeting, item=item, position=position, existing=existing
        )
        document = self._upsert(Document, "File", ident, values)
        if self.fetch_documents and not document.file and document.source_url:
            self._pending_files.append(document)
        return document

    def _embedded_files(self, entries: list[tuple[dict, str, Meeting, Item, int]]) -> None:
        """Files embedded in a meeting's agenda items, written as one batch (the first place
        a file is seen sets it)."""
        firsts: dict[str, tuple[dict, str, Meeting, Item, int]] = {}
        for entry in entries:
            firsts.setdefault(p.object_id(entry[0]), entry)
        existing = {
            d.external_id: d
            for d in Document.all_objects.filter(source=self.source, external_id__in=list(firsts))
        }
        rows = {
            ident: self._file_values(
                obj, kind, meeting=meeting, item=item, position=n, existing=existing.get(ident)
            )
            for ident, (obj, kind, meeting, item, n) in firsts.items()
        }
        results = upsert_many(Document, source=self.source, rows=rows, origin=self.origin)
        for result in results.values():
            self.report.add("file", result)
            document = result.obj
            if self.fetch_documents and not document.file and document.source_url:
                self._pending_files.append(document)

    def _file_values(
        self, obj: dict, kind: str | None, *, meeting, item, position, existing
    ) -> dict[str, object]:
        own_items = p.urls(obj, "agendaItem")
        name = p.text(obj.get("name"), 500) or p.text(obj.get("fileName"), 500) or "Document"
        filename = p.text(obj.get("fileName"), 255)
        size = obj.get("size")
        if size is not None and (not isinstance(size, int) or size < 0):
            self.report.warnings.append(
                f"{p.label(obj, 'File')}: size {str(size)[:40]!r} is not a number; left out"
            )
            size = None
        published = self._optional(lambda: p.day(obj, "date"))
        values: dict[str, object] = {
            "meeting": meeting,
            "title": name,
            "filename": filename,
            "media_type": p.text(obj.get("mimeType"), 100),
            "format": _format(obj.get("mimeType"), filename),
            "size_bytes": size,
            "source_url": p.clean_url(obj.get("downloadUrl") or obj.get("accessUrl") or "")[:1000],
            "published_at": timezone.make_aware(datetime.combine(published, time.min))
            if published
            else timezone.now(),
        }
        if "text" in obj:
            values["text"] = obj.get("text") or ""
        if item is not None and (existing is None or own_items or kind != DocumentKind.OTHER):
            values["item"] = item
        if existing is None:
            values["kind"] = kind if kind in DocumentKind.values else DocumentKind.OTHER
            values["position"] = position or 1
            if existing is None and published is None:
                values["published_at"] = timezone.now()
        elif existing.published_at is not None and published is None:
            values.pop("published_at")
        return values

    # --- document files ---------------------------------------------------------------------

    def _fetch_pending(self) -> None:
        """Fetch the files of the page's new documents, each on its own."""
        pending, self._pending_files = self._pending_files, []
        for document in pending:
            document.refresh_from_db()
        fetch_files(
            [d for d in pending if not d.file and d.source_url and not d.restriction],
            self._download,
            errors=(ServiceError,),
            origin=self.origin,
            report=self.report,
            keep_described=True,
            label="File",
        )

    def _download(self, url: str, what: str) -> bytes | None:
        try:
            return self.client.raw(url, what=what)
        except ServiceError as exc:
            if not _gone(exc):
                raise
        self.report.skipped.append(f"{what}: the server does not serve its file")
        return None


# "4. Sitzung des Finanzausschusses", "Meeting of the Planning Committee": what comes before
# the committee's name in a meeting's.
MEETING_OF = re.compile(
    r"^\s*(?:\d+\.\s*)?(?:(?:öffentliche|nichtöffentliche|ordentliche|außerordentliche)\s+)?"
    r"(?:sitzung\s+(?:des|der)|meeting\s+of(?:\s+the)?)\s+",
    re.IGNORECASE,
)


def _committee_name(meeting: dict) -> str:
    """The committee a meeting's name says it is of: the name less "4. Sitzung des"."""
    name = p.text(meeting.get("name"), 300)
    return MEETING_OF.sub("", name).strip() or name


@dataclass
class _MeetingIn:
    """A meeting object as read, before it is written."""

    obj: dict
    ident: str
    values: dict
    minutes: bool
    items: list[dict]


def _fingerprint(obj: dict) -> str:
    """The object as the server gave it, in 32 hex digits. Keys in the server's order: a
    server giving the same object in another order costs a write that changes nothing."""
    return hashlib.blake2b(json.dumps(obj, default=str).encode(), digest_size=16).hexdigest()


def _gone(exc: ServiceError) -> bool:
    return "answered 404" in str(exc) or "answered 410" in str(exc)


def _exists(document: Document) -> bool:
    return Document.all_objects.filter(pk=document.pk).exists()


def _format(media_type, filename: str) -> str:
    media_type = (media_type or "").lower()
    if media_type == "application/pdf" or filename.lower().endswith(".pdf"):
        return "PDF"
    if "wordprocessingml" in media_type or filename.lower().endswith(".docx"):
        return "DOCX"
    return ""


def _unique_slug(qs, name: str, limit: int) -> str:
    base = slugify(name)[: limit - 6] or "x"
    slug, n = base, 2
    while qs.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _first(values: object, limit: int) -> str:
    """The first non-empty text of an OParl list of strings (``phone``), else ""."""
    if isinstance(values, list):
        for value in values:
            found = p.text(value, limit)
            if found:
                return found
    return ""


def _first_email(values: object) -> str:
    """The first valid address of an OParl ``email`` list, else ""."""
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    if isinstance(values, list):
        for value in values:
            address = p.text(value, 254)
            try:
                validate_email(address)
            except ValidationError:
                continue
            return address
    return ""
