"""The committee-meeting domain: bodies, committees, people, meetings, items and what hangs off
them. Writes go through the service functions in ``moot.meetings.services``; reads for the
public go through ``moot.access``.

Rows that come from another system carry ``source`` and ``external_id`` and are upserted by
them; ``imported`` keeps the values the importer last wrote, so a later import can tell a
clerk's edit from its own and never overwrite it. Deletion of imported rows is soft
(``deleted_at``); nothing deletes a meeting because a document went.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .choices import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    InterestKind,
    ItemKind,
    Jurisdiction,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    Restriction,
    VotePosition,
    VoteResult,
)
from .fields import PageAcronymsField, derived_fields


# Rows from it are typed Any, as from an unparameterised manager, for now: typed by model they
# show the ways out hanging display attributes on model instances (the clerk's views).
class LiveManager(models.Manager[Any]):
    """Rows not soft-deleted. ``Model.all_objects`` still sees everything."""

    def get_queryset(self) -> models.QuerySet[Any]:
        return super().get_queryset().filter(deleted_at__isnull=True)


class Sourced(models.Model):
    """Provenance and soft deletion, shared by every row another system can give us."""

    source = models.CharField(
        max_length=40,
        blank=True,
        default="",
        help_text="Importer that made the row; blank if made in Moot.",
    )
    external_id = models.CharField(max_length=500, blank=True, default="")
    imported = models.JSONField(
        default=dict, blank=True, help_text="Field values as the importer last wrote them."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = LiveManager()
    all_objects = models.Manager()  # noqa: DJ012 - a manager, read as a field by the linter

    class Meta:
        abstract = True
        base_manager_name = "all_objects"

    @classmethod
    def source_constraint(cls, name: str) -> models.UniqueConstraint:
        return models.UniqueConstraint(
            fields=["source", "external_id"], condition=~Q(source=""), name=name
        )


class Body(Sourced):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    short_name = models.CharField(max_length=60, blank=True)
    jurisdiction = models.CharField(
        max_length=10, choices=Jurisdiction.choices, default=Jurisdiction.ENGLAND
    )
    website = models.URLField(blank=True)
    logo = models.FileField(upload_to="logos/", blank=True)
    accent_colour = models.CharField(
        max_length=7,
        default="#1d5c8c",
        help_text="Hex colour, e.g. #1d5c8c; must contrast with white.",
    )
    notice_days = models.PositiveSmallIntegerField(
        default=5, help_text="Clear working days between publishing an agenda and the meeting."
    )
    year_start_month = models.PositiveSmallIntegerField(
        default=5, help_text="Month the municipal year starts when no annual meeting date is known."
    )
    accessibility_contact = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name_plural = "bodies"
        ordering = ["name"]
        constraints = [Sourced.source_constraint("body_source_uniq")]

    def __str__(self) -> str:
        return self.name


class AnnualMeeting(models.Model):
    """The date a body's municipal year starts in a given calendar year."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="annual_meetings")
    date = models.DateField()

    class Meta:
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["body", "date"], name="annual_meeting_uniq")]

    def __str__(self) -> str:
        return f"{self.body} annual meeting {self.date:%d %B %Y}"


class LegislativeTerm(models.Model):
    """A council's electoral term (the four years between ordinary elections, or whatever the
    body records). OParl requires every Body to list its terms; they are entered by an
    administrator or imported from an OParl system (matched by body and name), and served as
    they are — Moot does not guess election years, because councils elect in whole, by halves
    or by thirds on different cycles."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="legislative_terms")
    name = models.CharField(max_length=200, help_text='As the council names it: "2023–2027".')
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(
        null=True, blank=True, help_text="Set instead of deleting, so OParl clients learn of it."
    )

    class Meta:
        ordering = ["body", "start_date", "pk"]

    def __str__(self) -> str:
        return f"{self.body}: {self.name}"


class Committee(Sourced):
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="committees")
    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120)
    reference_prefix = models.CharField(
        max_length=20, blank=True, help_text='Prefix of item references, e.g. "SSP" for SSP/4/25.'
    )
    purpose = models.TextField(blank=True, help_text="Sanitised HTML.")
    year_start_month = models.PositiveSmallIntegerField(null=True, blank=True)
    standard_items = models.JSONField(
        default=list,
        blank=True,
        help_text='Items every new agenda starts with: [{"title": …, "kind": …}, …].',
    )
    contact_name = models.CharField(max_length=200, blank=True)
    contact_role = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    active = models.BooleanField(default=True)
    quorum = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="How many voting members (substitutes included) must be present. Blank: not set.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            Sourced.source_constraint("committee_source_uniq"),
            # The slug is the committee's web address (/committees/<slug>/, its feeds), so it
            # is unique across bodies: two bodies' "Cabinet" cannot share one address.
            models.UniqueConstraint(
                fields=["slug"],
                name="committee_slug_uniq",
                violation_error_message="Another committee already has this web address.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:committee", args=[self.slug])

    @classmethod
    def free_slug(cls, name: str, body: Body, exclude_pk: int | None = None) -> str:
        """A web address for a committee called ``name`` in ``body``: its name; if another
        body's committee has that, its name and its body's ("cabinet-hartlepool"); if one of
        its own body's does, a number after it ("cabinet-2")."""
        from django.utils.text import slugify

        base = slugify(name)[:100] or "committee"
        taken = cls.all_objects.exclude(pk=exclude_pk)
        holder = taken.filter(slug=base).values_list("body_id", flat=True).first()
        if holder is None:
            return base
        stem = base if holder == body.pk else f"{base}-{body.slug}"[:114]
        if stem != base and not taken.filter(slug=stem).exists():
            return stem
        for n in range(2, 10_000):
            if not taken.filter(slug=f"{stem}-{n}").exists():
                return f"{stem}-{n}"
        raise ValueError(f"No free web address for {name!r}")

    @property
    def start_month(self) -> int:
        return self.year_start_month or self.body.year_start_month


class Person(Sourced):
    name = models.CharField(max_length=200)
    honorific = models.CharField(max_length=40, blank=True, help_text="Cllr, Dr, …")
    slug = models.SlugField(max_length=120, unique=True)
    organisation = models.CharField(
        max_length=200, blank=True, help_text="Organisation usually represented."
    )
    email = models.EmailField(blank=True, help_text="Private: never shown on the public site.")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    # What the council publishes about a member (the councillors directory). The photo is
    # checked to be a JPEG or PNG by its content when uploaded (clerk screens).
    photo = models.FileField(upload_to="people/", blank=True, max_length=300)
    photo_alt = models.CharField(
        max_length=300, blank=True, help_text="Alternative text: what the photo shows."
    )
    party = models.ForeignKey(
        "meetings.Party", null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    ward = models.ForeignKey(
        "meetings.Ward", null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    co_opted = models.BooleanField(default=False, help_text="A co-opted (not elected) member.")
    term_start = models.DateField(null=True, blank=True, help_text="Term of office: from.")
    term_end = models.DateField(null=True, blank=True, help_text="Term of office: to.")
    # Published contact details, chosen by the member or the clerk: unlike ``email``, public.
    public_email = models.EmailField(blank=True, help_text="Public: shown on the person's page.")
    public_phone = models.CharField(max_length=40, blank=True)
    public_address = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [Sourced.source_constraint("person_source_uniq")]

    def __str__(self) -> str:
        return f"{self.honorific} {self.name}".strip()

    def get_absolute_url(self) -> str:
        return reverse("portal:person", args=[self.slug])


class Membership(Sourced):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(
        max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    organisation = models.CharField(
        max_length=200, blank=True, help_text="Organisation represented."
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["committee", "role", "person__name"]
        constraints = [Sourced.source_constraint("membership_source_uniq")]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()}, {self.committee})"

    def is_current(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class Location(Sourced):
    name = models.CharField(max_length=300)
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    remote = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        constraints = [Sourced.source_constraint("location_source_uniq")]

    def __str__(self) -> str:
        return self.full

    @property
    def full(self) -> str:
        return ", ".join(part for part in (self.name, self.address, self.postcode) if part)


class Meeting(Sourced):
    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    start = models.DateTimeField()
    end = models.DateTimeField(null=True, blank=True)
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings"
    )
    status = models.CharField(
        max_length=12, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    status_reason = models.TextField(
        blank=True, help_text="Why it was cancelled or postponed (public)."
    )
    note = models.TextField(blank=True, help_text="Public note shown under the heading.")
    contact_name = models.CharField(max_length=200, blank=True)
    contact_role = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    agenda_published_at = models.DateTimeField(null=True, blank=True)
    agenda_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    minutes_state = models.CharField(
        max_length=10, choices=MinutesState.choices, default=MinutesState.NONE
    )
    minutes_published_at = models.DateTimeField(null=True, blank=True)
    minutes_approved_at_item = models.ForeignKey(
        "Item",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="approves_minutes_of",
        help_text="The later meeting's item that agreed these minutes.",
    )
    minutes_amendment = models.TextField(
        blank=True,
        help_text="The amendment the minutes were agreed subject to; published with them.",
    )
    source_url = models.URLField(max_length=1000, blank=True)
    postponed_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="postponed_from",
        help_text="The meeting scheduled in place of this one when it was postponed.",
    )

    class Meta:
        ordering = ["-start"]
        constraints = [Sourced.source_constraint("meeting_source_uniq")]
        indexes = [models.Index(fields=["committee", "start"])]

    def __str__(self) -> str:
        return f"{self.committee}, {timezone.localtime(self.start):%d %B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("portal:meeting", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.agenda_published_at is not None

    @property
    def page_title(self) -> str:
        """What ModernGov calls the page: "Agenda", "Agenda and draft minutes", …"""
        if self.minutes_state == MinutesState.APPROVED:
            return "Agenda and minutes"
        if self.minutes_state == MinutesState.DRAFT:
            return "Agenda and draft minutes"
        return "Agenda"


class Item(Sourced):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(help_text="Agenda order, from 1.")
    reference = models.CharField(
        max_length=40, blank=True, help_text="As printed: SSP/4/25, 77/21, 70."
    )
    reference_number = models.PositiveIntegerField(null=True, blank=True)
    reference_year = models.PositiveSmallIntegerField(null=True, blank=True)
    minute_number = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=20, choices=ItemKind.choices, default=ItemKind.OTHER)
    title = models.CharField(max_length=500)
    agenda_text = models.TextField(blank=True, help_text="Sanitised HTML.")
    minutes = models.TextField(blank=True, help_text="Sanitised HTML.")
    decision_text = models.TextField(
        blank=True, help_text='Sanitised HTML of a "Decision:" section.'
    )
    restriction = models.CharField(
        max_length=12, choices=Restriction.choices, blank=True, default=""
    )
    exempt_paragraphs = models.JSONField(default=list, blank=True)
    restriction_reason = models.TextField(blank=True, help_text="Public: why it is restricted.")
    public_interest = models.TextField(blank=True, help_text="Public-interest test statement.")
    public_summary = models.TextField(
        blank=True, help_text="Public summary of what happened (s.100C(2))."
    )
    review_date = models.DateField(null=True, blank=True)
    release_date = models.DateField(null=True, blank=True)
    supplement = models.BooleanField(default=False, help_text="Published after the agenda.")
    urgent = models.BooleanField(default=False)
    urgency_reason = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.TextField(blank=True)
    approves_meetings = models.ManyToManyField(
        Meeting,
        blank=True,
        related_name="approved_by_items",
        help_text="Meetings whose minutes this item considers.",
    )
    continues = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="continued_by",
        help_text="The earlier item on the same matter this one takes up again (a report "
        "deferred, then decided; a matter referred back).",
    )
    source_fingerprint = models.CharField(
        max_length=32,
        blank=True,
        default="",
        editable=False,
        help_text="A hash of the source's object this item was last imported from: the same "
        "object met again is skipped unread.",
    )

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            Sourced.source_constraint("item_source_uniq"),
            # Two live items of a meeting in one place gave two items one reference at
            # publication. Partial, so not deferrable: moves lift items out of the way first
            # (services/positions.py). Withdrawn and deleted items keep their old places.
            models.UniqueConstraint(
                fields=["meeting", "position"],
                condition=Q(withdrawn_at__isnull=True, deleted_at__isnull=True),
                name="item_live_position_uniq",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return f"{self.meeting.get_absolute_url()}#{self.anchor}"

    @property
    def page_url(self) -> str:
        """The item's own page (its permalink), apart from its place on the meeting page."""
        return reverse("portal:item", args=[self.meeting_id, self.pk])

    @property
    def is_restricted(self) -> bool:
        return bool(self.restriction)

    @property
    def anchor(self) -> str:
        """The fragment id of the item on its meeting page."""
        return f"item-{self.position}"


class Decision(Sourced):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveIntegerField(default=1)
    kind = models.CharField(
        max_length=12, choices=DecisionKind.choices, default=DecisionKind.AGREED
    )
    text = models.TextField()
    public_text = models.TextField(
        blank=True, help_text="Public wording of a decision on an exempt item."
    )
    corrects = models.ForeignKey(
        Item,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
        help_text="The item of an earlier meeting, its minutes approved, this decision corrects.",
    )

    class Meta:
        ordering = ["item", "position"]
        constraints = [Sourced.source_constraint("decision_source_uniq")]

    def __str__(self) -> str:
        return self.text[:80]


class Document(Sourced):
    """A report, appendix, pack or set of minutes. Belongs to a meeting and maybe an item.

    ``on_delete=PROTECT`` both ways round is deliberate: removing a document never touches its
    meeting, and a meeting with documents is withdrawn (soft-deleted), not deleted.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="documents")
    item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.PROTECT, related_name="documents"
    )
    position = models.PositiveIntegerField(default=1)
    kind = models.CharField(
        max_length=12, choices=DocumentKind.choices, default=DocumentKind.REPORT
    )
    title = models.CharField(max_length=500)
    lead_officer = models.CharField(
        max_length=300,
        blank=True,
        help_text='Who presents the report, by name and/or post: "Director of Community '
        'Services". Printed on the agenda front sheet.',
    )
    file = models.FileField(upload_to="documents/%Y/", blank=True, max_length=500)
    filename = models.CharField(max_length=255, blank=True)
    media_type = models.CharField(max_length=100, blank=True)
    format = models.CharField(max_length=20, blank=True, help_text='As shown: "PDF", "DOCX".')
    size_bytes = models.BigIntegerField(null=True, blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField(blank=True, help_text="Extracted text, pages separated by form feeds.")
    text_acronyms = PageAcronymsField(
        derived_from="text", help_text="The acronyms on each page of the text, for search."
    )
    sha256 = models.CharField(max_length=64, blank=True)
    restriction = models.CharField(
        max_length=12, choices=Restriction.choices, blank=True, default=""
    )
    exempt_paragraphs = models.JSONField(default=list, blank=True)
    restriction_reason = models.TextField(blank=True)
    public_interest = models.TextField(blank=True, help_text="Public-interest test statement.")
    review_date = models.DateField(null=True, blank=True)
    release_date = models.DateField(null=True, blank=True)
    public_version = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="redacts",
        help_text="A redacted version the public may see.",
    )
    source_url = models.URLField(max_length=1000, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "item", "position"]
        constraints = [Sourced.source_constraint("document_source_uniq")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, update_fields: Iterable[str] | None = None, **kwargs: Any) -> None:
        if update_fields is not None:
            derived = [f.name for f in derived_fields(Document, update_fields)]
            update_fields = [*update_fields, *derived]
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("portal:document", args=[self.pk, self.filename or "document"])

    @property
    def is_restricted(self) -> bool:
        return bool(self.restriction)


class Attendance(Sourced):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    status = models.CharField(
        max_length=16, choices=AttendanceStatus.choices, default=AttendanceStatus.PRESENT
    )
    substitute_for = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="substituted_by"
    )
    role = models.CharField(max_length=100, blank=True)
    organisation = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "person__name"]
        constraints = [
            Sourced.source_constraint("attendance_source_uniq"),
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_status_display()}"


class Declaration(Sourced):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="declarations")
    kind = models.CharField(max_length=12, choices=InterestKind.choices, default=InterestKind.OTHER)
    nature = models.TextField(blank=True)
    left_room = models.BooleanField(default=False)
    dispensation = models.TextField(
        blank=True,
        help_text="A dispensation to take part despite the interest: who granted it and its "
        "terms. Blank: none recorded.",
    )
    dispensation_granted = models.DateField(
        null=True, blank=True, help_text="When the dispensation was granted."
    )

    class Meta:
        ordering = ["item", "person__name"]
        constraints = [Sourced.source_constraint("declaration_source_uniq")]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()} in {self.item}"


class Vote(models.Model):
    """A recorded (named) vote on a motion put on an item: how each member present voted, the
    counts, the chair's casting vote on equal votes, and whether the motion was carried or
    lost. Its ``decision`` is what the minutes record of it ("RESOLVED that …" when carried;
    a lost motion is never recorded as resolved). Written by ``services.decisions.record_vote``
    only."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="votes")
    decision = models.OneToOneField(
        Decision, null=True, blank=True, on_delete=models.CASCADE, related_name="vote"
    )
    motion = models.TextField(help_text='The motion put: "that the plan be approved".')
    votes_for = models.PositiveIntegerField(default=0)
    votes_against = models.PositiveIntegerField(default=0)
    abstentions = models.PositiveIntegerField(default=0)
    casting_vote = models.CharField(
        max_length=10,
        blank=True,
        choices=[c for c in VotePosition.choices if c[0] != VotePosition.ABSTAINED],
        help_text="The chair's casting vote on equal votes; blank if none was given.",
    )
    casting_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="casting_votes"
    )
    result = models.CharField(max_length=10, choices=VoteResult.choices)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["item", "pk"]

    def __str__(self) -> str:
        return f"{self.motion[:60]}: {self.get_result_display()}"

    @property
    def carried(self) -> bool:
        return self.result == VoteResult.CARRIED

    def named(self, position: str) -> list[Person]:
        """Who voted ``position``, by name. Reads ``ballots`` (prefetch them)."""
        return [b.person for b in self.ballots.all() if b.position == position]

    @property
    def people_for(self) -> list[Person]:
        return self.named(VotePosition.FOR)

    @property
    def people_against(self) -> list[Person]:
        return self.named(VotePosition.AGAINST)

    @property
    def people_abstaining(self) -> list[Person]:
        return self.named(VotePosition.ABSTAINED)


class Ballot(models.Model):
    """How one member voted in a recorded vote."""

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="ballots")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="ballots")
    position = models.CharField(max_length=10, choices=VotePosition.choices)

    class Meta:
        ordering = ["vote", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["vote", "person"], name="ballot_once_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_position_display()}"


class Action(Sourced):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField()
    owner = models.CharField(max_length=200, blank=True)
    due = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    closed_at_item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="closed_actions"
    )
    closing_note = models.TextField(blank=True)

    class Meta:
        ordering = ["item", "pk"]
        constraints = [Sourced.source_constraint("action_source_uniq")]

    def __str__(self) -> str:
        return self.text[:80]


class ReferenceCounter(models.Model):
    """The last reference number given out for a committee in a municipal year.

    Numbers are never reused: the counter only goes up, even if an item is removed.
    """

    committee = models.ForeignKey(
        Committee, on_delete=models.CASCADE, related_name="reference_counters"
    )
    year = models.PositiveSmallIntegerField(help_text="Calendar year the municipal year starts in.")
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["committee", "year"], name="reference_counter_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.committee} {self.year}/{(self.year + 1) % 100:02d}: last number {self.last}"


class Revision(models.Model):
    """One change to a row: what changed (old and new values), who or what did it, and when."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    action = models.CharField(
        max_length=20, help_text="create, update, delete, publish, withdraw, …"
    )
    changes = models.JSONField(default=dict, help_text="{field: [old, new]}")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    origin = models.CharField(max_length=60, help_text='"clerk", "import:moderngov_page", …')
    note = models.TextField(blank=True)
    public = models.BooleanField(default=False, help_text="A change to material already public.")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type.model} {self.object_id} by {self.origin}"


# The members' records (parties, wards, posts) live in a module of their own; importing them
# here registers them with the app.
from .members import Party as Party  # noqa: E402
from .members import PersonRole as PersonRole  # noqa: E402
from .members import Ward as Ward  # noqa: E402
