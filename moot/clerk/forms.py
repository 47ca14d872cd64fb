"""The back office's forms: plain Django forms, labelled, with hints, rendered by
``clerk/_form.html`` (an error summary, then one group per field)."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from django import forms
from django.forms.utils import pretty_name
from django.utils import timezone

from moot.interests import register
from moot.interests.models import Dispensation
from moot.meetings.choices import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    InterestKind,
    ItemKind,
    Jurisdiction,
    Restriction,
    VotePosition,
    exempt_paragraphs,
    schedule_12a_part,
)
from moot.meetings.kinds import infer_kind
from moot.meetings.models import Body, Committee, Item, Location, Meeting, Membership, Person
from moot.meetings.services import matters
from moot.meetings.services.decisions import NO_CASTING_VOTE
from moot.portal.templatetags.moot import longdate

from . import dates, text

MONTHS = [(n, datetime(2000, n, 1).strftime("%B")) for n in range(1, 13)]

F = TypeVar("F", bound=forms.Field)


def declared(form: forms.BaseForm, name: str, kind: type[F]) -> F:
    """The form's own copy of its field ``name``, declared as a ``kind``."""
    field = form.fields[name]
    assert isinstance(field, kind), f"{name} is declared as a {kind.__name__}"
    return field


class Described(forms.BaseForm):
    """Point each field in error at its message (aria-describedby) as well as its hint."""

    template_name = "clerk/_form.html"
    # Fields that may be left blank only in some cases (their hint says when): not labelled
    # "(optional)", which is said only of fields that may always be left blank.
    conditional: frozenset[str] = frozenset()

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        for name, field in self.fields.items():
            if isinstance(field, DateField) and field.label is None:
                field.label = pretty_name(name)  # the date's messages name it

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_helptext"] if self.fields[name].help_text else []
            ids.append(f"{bound.auto_id}_error")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


class ClerkForm(Described, forms.Form):
    pass


class ClerkModelForm(Described, forms.ModelForm):
    pass


# Dates are typed in three boxes (day, month, year), with a time box where one is asked for.
DateField = dates.DateField
DateTimeField = dates.DateTimeField


class BodyForm(ClerkModelForm):
    website = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = Body
        fields = [
            "name",
            "short_name",
            "jurisdiction",
            "notice_days",
            "year_start_month",
            "website",
            "accent_colour",
            "accessibility_contact",
        ]
        widgets = {"year_start_month": forms.Select(choices=MONTHS)}


class StandardItemsField(forms.CharField):
    """One item a line: "Title" or "kind: Title" (kind from the item kinds)."""

    widget = forms.Textarea(attrs={"rows": 7})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(
                f"{e.get('kind', 'other')}: {e.get('title', '')}" if isinstance(e, dict) else str(e)
                for e in value
            )
        return value

    def to_python(self, value):
        entries = []
        for line in (value or "").splitlines():
            if not line.strip():
                continue
            kind, sep, title = line.partition(":")
            if sep and kind.strip() in ItemKind.values:
                entries.append({"kind": kind.strip(), "title": title.strip()})
            else:
                # A title alone: its kind as the title names it ("Any other business").
                entries.append({"kind": infer_kind(line), "title": line.strip()})
        return entries


class CommitteeForm(ClerkModelForm):
    standard_items = StandardItemsField(
        required=False,
        help_text="One a line, as kind: title (kinds: "
        + ", ".join(ItemKind.values)
        + "); a title alone takes the kind it names. Leave empty for the usual ones.",
    )
    purpose = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Paragraphs separated by a blank line.",
    )

    class Meta:
        model = Committee
        fields = [
            "name",
            "slug",
            "reference_prefix",
            "year_start_month",
            "purpose",
            "standard_items",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "active",
        ]
        widgets = {"year_start_month": forms.Select(choices=[("", "As the body"), *MONTHS])}

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        if self.instance.pk:
            self.initial["purpose"] = text.to_editable(self.instance.purpose)

    def clean_purpose(self):
        return text.to_html(self.cleaned_data["purpose"])


class LocationForm(ClerkModelForm):
    class Meta:
        model = Location
        fields = ["name", "address", "postcode", "remote"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}


class PersonForm(ClerkModelForm):
    class Meta:
        model = Person
        fields = ["honorific", "name", "slug", "organisation", "email"]


class MembershipForm(ClerkModelForm):
    class Meta:
        model = Membership
        fields = ["person", "role", "organisation", "start", "end"]
        field_classes = {"start": DateField, "end": DateField}

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError("The membership must end after it starts.")
        return data


class ReappointForm(ClerkForm):
    year = forms.IntegerField(
        min_value=2000,
        max_value=2100,
        label="New municipal year",
        help_text="The year it starts, e.g. 2026 for 2026/27.",
    )
    memberships = forms.ModelMultipleChoiceField(
        queryset=Membership.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label="Re-appoint these members",
    )

    def __init__(self, *args, committee: Committee, **kw):
        super().__init__(*args, **kw)
        memberships = declared(self, "memberships", forms.ModelMultipleChoiceField)
        memberships.queryset = committee.memberships.select_related("person")


class MeetingForm(ClerkForm):
    start = DateTimeField(label="Starts")
    end = DateTimeField(required=False, label="Ends")
    location = forms.ModelChoiceField(Location.objects.all(), required=False, label="Venue")
    note = forms.CharField(
        required=False, label="Public note", widget=forms.Textarea(attrs={"rows": 2})
    )


class ProgrammeForm(ClerkForm):
    dates = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        label="Dates",
        help_text="One meeting a line, as 2025-07-16 or 2025-07-16 14:00 (9.00am when no time).",
    )
    time = forms.TimeField(
        initial="09:00",
        label="Usual start time",
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    location = forms.ModelChoiceField(Location.objects.all(), required=False, label="Venue")

    def clean_dates(self):
        from datetime import datetime

        starts = []
        for n, line in enumerate(self.cleaned_data["dates"].splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y"):
                try:
                    starts.append((datetime.strptime(line, pattern), "%H" in pattern))
                    break
                except ValueError:
                    continue
            else:
                raise forms.ValidationError(f"Line {n}, “{line}”, is not a date like 2025-07-16.")
        if not starts:
            raise forms.ValidationError("Give at least one date.")
        return starts


class StatusForm(ClerkForm):
    conditional = frozenset({"reason"})
    ACTIONS = [("postpone", "Postpone"), ("cancel", "Cancel"), ("held", "Mark as held")]
    action = forms.ChoiceField(choices=ACTIONS, widget=forms.RadioSelect, label="Change")
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Public reason",
        help_text="Needed to postpone or cancel; shown on the meeting page.",
    )


class StatusChangeForm(StatusForm):
    """The status form with the new date of a postponed meeting."""

    new_start = DateTimeField(
        required=False,
        label="New date and time",
        help_text="When postponing: the meeting is scheduled on the new date with the same "
        "agenda items, as drafts, and the two meetings' pages link to each other.",
    )

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("new_start") and data.get("action") != "postpone":
            self.add_error("new_start", "A new date is given only when postponing.")
        return data


class AnnualMeetingForm(ClerkForm):
    date = DateField(
        label="Date of the annual meeting",
        help_text="The municipal year starts on this day (one date a year).",
    )


class EndMembershipForm(ClerkForm):
    end = DateField(
        label="Last day of the membership",
        help_text="The member's access to restricted papers ends after this day.",
    )


class RedactedVersionForm(ClerkForm):
    title = forms.CharField(
        max_length=500,
        required=False,
        help_text="Public, like the file. Leave empty for the report's title followed by "
        "“(redacted)”.",
    )
    file = forms.FileField(
        label="Redacted file",
        help_text="PDF or Word (DOCX), with the exempt information removed. The public sees "
        "it in place of the withheld report.",
    )


class MinuteChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Item) -> str:
        return f"{obj.meeting.start:%d %B %Y}: {obj.reference or obj.position} {obj.title}"


class CorrectionForm(ClerkForm):
    original = MinuteChoiceField(
        queryset=None,
        label="Minute corrected",
        help_text="Items of earlier meetings whose minutes have been approved.",
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Correction",
        help_text="As the committee agreed it, e.g. “That minute SSP/4/25 be corrected to "
        "read …”. Shown beside the original minute.",
    )
    public_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Public wording",
        help_text="For a restricted item: what the public reads.",
    )

    def __init__(self, *args, originals, **kw):
        super().__init__(*args, **kw)
        declared(self, "original", MinuteChoiceField).queryset = originals


# The kinds a clerk adds most come first: reports, then the procedural items an agenda
# already starts with.
ITEM_KINDS = sorted(ItemKind.choices, key=lambda c: c[0] in ItemKind.procedural())


class ItemForm(ClerkForm):
    title = forms.CharField(max_length=500)
    kind = forms.ChoiceField(choices=ITEM_KINDS, initial=ItemKind.DECISION)
    agenda_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        label="Agenda text",
        help_text="Paragraphs separated by a blank line; start lines with - for a list.",
    )

    def clean_agenda_text(self):
        return text.to_html(self.cleaned_data["agenda_text"])


class NewItemForm(ItemForm):
    """The agenda builder's form. When an item added now would be late for the meeting's
    notice (``late``), it asks for the chair's agreement and the reason for urgency."""

    chair_consented = forms.BooleanField(
        label="The chair agreed to take this item as urgent",
        error_messages={"required": "Record that the chair agreed to take the item as urgent."},
    )
    urgency_reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Reason for urgency",
        help_text="The special circumstances: printed in the minutes and shown to the public.",
        error_messages={"required": "Give the reason the item is urgent."},
    )

    def __init__(self, *args, late: bool = False, **kw):
        super().__init__(*args, **kw)
        self.late = late
        if not late:
            del self.fields["chair_consented"], self.fields["urgency_reason"]


class ItemEditForm(ItemForm):
    """An item's edit form: carries the version it was opened with (no lost update)."""

    version = forms.CharField(widget=forms.HiddenInput)


class RestrictionForm(ClerkForm):
    conditional = frozenset({"reason", "public_interest", "public_summary"})
    restriction = forms.ChoiceField(
        choices=Restriction.choices, widget=forms.RadioSelect, label="Basis", required=False
    )
    paragraphs = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Paragraphs of Schedule 12A",
        help_text="For exempt information only.",
    )
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Public reason",
        help_text="Why it is restricted; the public sees this.",
    )
    public_interest = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Public interest test",
        help_text="Needed for exempt information: why the public interest in keeping it exempt "
        "outweighs the public interest in disclosing it. The public sees this.",
    )
    public_summary = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Public summary",
        help_text="What the public reads instead of the item.",
    )
    review_date = DateField(required=False, help_text="Reminds you to review the restriction.")
    release_date = DateField(required=False, help_text="The restriction ends on this day.")

    def __init__(self, *args, jurisdiction: str = Jurisdiction.ENGLAND, document=False, **kw):
        super().__init__(*args, **kw)
        known = exempt_paragraphs(jurisdiction)
        paragraphs = declared(self, "paragraphs", forms.ChoiceField)
        paragraphs.choices = [(n, f"{n}. {t}") for n, t in known.items()]
        paragraphs.label = f"Paragraphs of {schedule_12a_part(jurisdiction)} of Schedule 12A"
        if document:
            del self.fields["public_summary"]
            # A withheld document is not listed to the public: the statement is kept.
            self.fields["public_interest"].help_text = (
                "Needed for exempt information: why the public interest in keeping it exempt "
                "outweighs the public interest in disclosing it."
            )


class UrgentForm(ClerkForm):
    chair_consented = forms.BooleanField(label="The chair agreed to take this item as urgent")
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Reason for urgency",
        help_text="Recorded in the minutes and shown to the public.",
    )


LEAD_OFFICER_HELP = (
    "Who presents the report, by name and/or post, as the front sheet prints it: "
    "“Report of the Director of Community Services”. Leave empty to print the line the "
    "report's first page gives (“Report of …”, “Lead officer: …”), if any."
)


class DocumentForm(ClerkForm):
    title = forms.CharField(max_length=500)
    kind = forms.ChoiceField(choices=DocumentKind.choices, initial=DocumentKind.REPORT)
    lead_officer = forms.CharField(
        max_length=300, required=False, label="Lead officer", help_text=LEAD_OFFICER_HELP
    )
    file = forms.FileField(help_text="PDF or Word (DOCX).")


class LeadOfficerForm(ClerkForm):
    lead_officer = forms.CharField(
        max_length=300, required=False, label="Lead officer", help_text=LEAD_OFFICER_HELP
    )


class WithdrawForm(ClerkForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Why",
        help_text="Kept in the history with your name.",
    )


class MatterForm(ClerkForm):
    """Which earlier item this one takes up again: the choices are the item's committee's
    earlier items (the latest first), and the one it continues now wherever it is."""

    # How many of the committee's earlier items the list offers.
    OFFERED = 200

    continues = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        label="Earlier consideration of this matter",
        help_text="The item of an earlier meeting this item takes up again (a report deferred, "
        "then decided; a matter referred back). Its page and this one then show the matter's "
        "history.",
    )

    def __init__(self, *args, item, **kw):
        super().__init__(*args, **kw)
        offered = list(
            matters.earlier_candidates(item).filter(
                meeting__committee_id=item.meeting.committee_id
            )[: self.OFFERED]
        )
        current = item.continues
        if current is not None and all(i.pk != current.pk for i in offered):
            offered.insert(0, current)
        declared(self, "continues", forms.TypedChoiceField).choices = [
            ("", "None: the matter is new"),
            *((i.pk, matter_label(i)) for i in offered),
        ]


def matter_label(item) -> str:
    """An earlier item as the clerk's list names it: the meeting, the reference, the title."""
    meeting = item.meeting
    reference = f"{item.reference} " if item.reference else ""
    return f"{meeting.committee.name}, {longdate(meeting.start)}: {reference}{item.title}"


class MoveForm(ClerkForm):
    position = forms.IntegerField(min_value=1)


class PersonChoiceField(forms.ChoiceField):
    """A choice of one person from a list already read: rendering it costs no query (a
    ModelChoiceField would read its queryset again for every form on the minutes screen)."""

    def set_people(self, people) -> None:
        self.people = {str(p.pk): p for p in people}
        self.choices = [("", "Choose a person"), *((str(p.pk), str(p)) for p in people)]

    def clean(self, value):
        value = super().clean(value)
        return self.people.get(str(value)) if value else None


class AttendanceForm(ClerkForm):
    """One select per person expected; built for the meeting's committee. A substitute (by
    membership, or recorded as one) also gets a choice of the member they stood in for.
    ``current`` maps person id to (status, id of the member stood in for)."""

    def __init__(self, *args, people, current: dict, substitutes=frozenset(), **kw):
        super().__init__(*args, **kw)
        self.people = people
        for person in people:
            status, stood_in_for = current.get(person.pk, ("", None))
            self.fields[f"p{person.pk}"] = forms.ChoiceField(
                choices=[("", "Not recorded"), *AttendanceStatus.choices],
                required=False,
                label=str(person),
                initial=status,
            )
            if person.pk in substitutes or status == AttendanceStatus.SUBSTITUTE:
                field = PersonChoiceField(
                    required=False,
                    label=f"{person}: standing in for",
                    help_text="For a substitute: the member they replaced.",
                    initial=stood_in_for,
                )
                field.set_people([p for p in people if p.pk != person.pk])
                self.fields[f"s{person.pk}"] = field


class AttendeeForm(ClerkForm):
    """Someone not on the list: an officer in attendance, or a substitute."""

    STATUSES = [
        (AttendanceStatus.IN_ATTENDANCE, "In attendance (an officer or guest)"),
        (AttendanceStatus.SUBSTITUTE, "Substitute"),
        (AttendanceStatus.PRESENT, "Present"),
    ]
    person = forms.ModelChoiceField(
        Person.objects.order_by("name"),
        label="Person",
        help_text="Not listed? Add them to People first.",
    )
    conditional = frozenset({"substitute_for"})
    status = forms.ChoiceField(choices=STATUSES, label="Attending as")
    substitute_for = PersonChoiceField(required=False, label="Standing in for (substitutes)")
    role = forms.CharField(
        required=False, max_length=100, label="Role", help_text="e.g. Community Safety Manager"
    )
    organisation = forms.CharField(
        required=False, max_length=200, label="Organisation", help_text="e.g. Cleveland Police"
    )

    def __init__(self, *args, members, **kw):
        super().__init__(*args, **kw)
        declared(self, "substitute_for", PersonChoiceField).set_people(members)


class CitedChoiceField(forms.ChoiceField):
    """A register entry or a dispensation from a list already read (rendering it costs no
    query). Given several members, the choices are grouped under each member's name, so the
    add-a-declaration form works without JavaScript whoever is chosen as declaring; the form's
    ``clean`` refuses one of another member's."""

    def __init__(self, *, label_of, **kw):
        super().__init__(**kw)
        self.label_of = label_of
        self.objects: dict[str, object] = {}

    def set_objects(self, objects, people: list[Person], body_id: int) -> None:
        """Offer those of the body ``body_id`` (the meeting's); another body's are known, so
        the form can say why one posted is refused, but never offered."""
        self.objects = {str(o.pk): o for o in objects}
        objects = [o for o in objects if o.body_id == body_id]
        if len(people) == 1:
            listed: list = [(str(o.pk), self.label_of(o)) for o in objects]
        else:
            groups: dict[int, list] = {p.pk: [] for p in people}
            for o in objects:
                groups[o.person_id].append((str(o.pk), self.label_of(o)))
            listed = [(str(p), groups[p.pk]) for p in people if groups[p.pk]]
        self.choices = [("", "None chosen"), *listed]

    def valid_value(self, value) -> bool:
        return str(value) in self.objects

    def clean(self, value):
        value = super().clean(value)
        return self.objects.get(str(value)) if value else None


def dispensation_label(d: Dispensation) -> str:
    return (
        f"Granted by {d.grantor} on {longdate(d.granted_on)}, in force "
        f"{longdate(d.valid_from)} to {longdate(d.valid_to)}, to {d.allows}: {d.scope[:60]}"
    )


class DeclarationForm(ClerkForm):
    """A declaration of interest at a meeting, with the register entry it concerns and the
    dispensation (from the register of dispensations) that lets a member with a disclosable
    pecuniary interest take part. ``citing``: whose entries and dispensations are offered (by
    default everyone who may declare, grouped by member), only those of the meeting's body (a
    member may sit on two councils); the one chosen must be the declaring member's and the
    meeting's body's, and the dispensation in force on the day of the meeting."""

    person = PersonChoiceField(label="Member declaring")
    kind = forms.ChoiceField(choices=InterestKind.choices, label="Interest")
    nature = forms.CharField(required=False, label="Nature of the interest")
    left_room = forms.BooleanField(required=False, label="Left the room for the item")
    register_entry = CitedChoiceField(
        label_of=register.entry_label,
        required=False,
        label="Concerns register entry",
        help_text="One of the declaring member's published entries in the register of "
        "interests of the council holding the meeting. A sensitive interest is shown only as "
        "such, never its details.",
    )
    cited_dispensation = CitedChoiceField(
        label_of=dispensation_label,
        required=False,
        label="Dispensation from the register of dispensations",
        help_text="One granted to the declaring member by the council holding the meeting, in "
        "force on the day of the meeting.",
    )

    def __init__(self, *args, people, meeting: Meeting, citing: list[Person] | None = None, **kw):
        super().__init__(*args, **kw)
        people = list(people)
        declared(self, "person", PersonChoiceField).set_people(people)
        self.meeting = meeting
        self.names = {p.pk: str(p) for p in people}
        citing = people if citing is None else citing
        if len(citing) > 1:
            for name in ("register_entry", "cited_dispensation"):
                self.fields[name].help_text += " Listed under each member's name."
        self.body_id = meeting.committee.body_id
        entries = register.entries_to_cite(citing)
        dispensations = register.dispensations_of(citing)
        for name, objects in (("register_entry", entries), ("cited_dispensation", dispensations)):
            declared(self, name, CitedChoiceField).set_objects(objects, citing, self.body_id)

    def _whose(self, thing) -> str:
        return self.names.get(thing.person_id, "another member")

    def clean(self):
        data = super().clean() or self.cleaned_data
        person = data.get("person")
        entry, dispensation = data.get("register_entry"), data.get("cited_dispensation")
        if person is not None and entry is not None and entry.person_id != person.pk:
            self.add_error(
                "register_entry",
                f"This entry is {self._whose(entry)}'s: choose one of {person}'s, the member "
                "declaring, or none.",
            )
        elif entry is not None and entry.body_id != self.body_id:
            holder = self.meeting.committee.body
            self.add_error(
                "register_entry",
                f"This entry is in the register of {entry.body}, not of {holder}, which holds "
                "this meeting: choose one in its register, or none.",
            )
        if dispensation is not None:
            day = timezone.localdate(self.meeting.start)
            if person is not None and dispensation.person_id != person.pk:
                self.add_error(
                    "cited_dispensation",
                    f"This dispensation was granted to {self._whose(dispensation)}: choose one "
                    f"granted to {person}, the member declaring, or none.",
                )
            elif dispensation.body_id != self.body_id:
                holder = self.meeting.committee.body
                self.add_error(
                    "cited_dispensation",
                    f"This dispensation is one of {dispensation.body}'s, not of {holder}, which "
                    "holds this meeting: choose one of its dispensations, or none.",
                )
            elif not dispensation.in_force(day):
                self.add_error(
                    "cited_dispensation",
                    f"This dispensation is in force from {longdate(dispensation.valid_from)} "
                    f"to {longdate(dispensation.valid_to)}, not on the day of the meeting "
                    f"({longdate(day)}).",
                )
        return data


class DeclarationEditForm(DeclarationForm):
    """A declaration as recorded, offering the declaring member's own entries and
    dispensations; and a dispensation from before the register of dispensations was kept, as
    words and a date."""

    dispensation = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Dispensation recorded in words",
        help_text="Only for a dispensation not in the register of dispensations: who granted "
        "it and on what terms.",
    )
    dispensation_granted = DateField(
        required=False,
        label="Date the dispensation in words was granted",
    )

    def __init__(self, *args, declaration, **kw):
        super().__init__(*args, meeting=declaration.item.meeting, citing=[declaration.person], **kw)
        self.declaration = declaration


class MinutesForm(ClerkForm):
    minutes = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Paragraphs separated by a blank line.",
    )
    version = forms.CharField(widget=forms.HiddenInput)


class DecisionForm(ClerkForm):
    conditional = frozenset({"public_text"})
    kind = forms.ChoiceField(choices=DecisionKind.choices, initial=DecisionKind.AGREED)
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Decision")
    public_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Public wording",
        help_text="For a restricted item: what the public reads.",
    )


class VoteForm(ClerkForm):
    """A recorded vote: the motion, then one row of radios per voting member present. The
    chair's casting vote is asked for only when the votes posted are equal."""

    conditional = frozenset({"public_text"})
    POSITIONS = [*VotePosition.choices, ("", "Did not vote")]
    motion = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Motion",
        help_text='What was put to the vote, e.g. "that the plan be approved".',
    )

    def __init__(self, *args, voters, chair=None, restricted=False, **kw):
        super().__init__(*args, **kw)
        self.voters = list(voters)
        if restricted:
            self.fields["public_text"] = forms.CharField(
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                label="Public wording of the decision",
                help_text="The item is restricted: what the public reads of the result.",
            )
        for person in self.voters:
            field = forms.ChoiceField(
                choices=self.POSITIONS,
                required=False,
                label=str(person),
                initial="",
                widget=forms.RadioSelect,
            )
            field.inline = True  # type: ignore[attr-defined]  # read by clerk/_field.html
            self.fields[f"p{person.pk}"] = field
        if self.is_bound and self._equal_votes():
            equal = (
                "The votes are equal: choose the chair's casting vote, or that the chair gave none."
            )
            self.fields["casting_vote"] = forms.ChoiceField(
                choices=[
                    (VotePosition.FOR, "For the motion"),
                    (VotePosition.AGAINST, "Against the motion"),
                    (NO_CASTING_VOTE, "The chair gave no casting vote (the motion falls)"),
                ],
                label=f"Casting vote of {chair}" if chair else "Casting vote of the chair",
                help_text="The votes are equal: only the person chairing may give a casting vote.",
                widget=forms.RadioSelect,
                error_messages={"required": equal},
            )

    def _equal_votes(self) -> bool:
        said = [self.data.get(f"{self.add_prefix(f'p{p.pk}')}") for p in self.voters]
        ayes, noes = said.count(VotePosition.FOR), said.count(VotePosition.AGAINST)
        return ayes == noes and ayes > 0

    def positions(self) -> dict[Person, str]:
        """How each voter voted, those who did not vote left out (after ``is_valid``)."""
        return {
            person: self.cleaned_data[f"p{person.pk}"]
            for person in self.voters
            if self.cleaned_data.get(f"p{person.pk}")
        }


class ActionForm(ClerkForm):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Action")
    owner = forms.CharField(required=False, label="Who will do it")
    due = DateField(required=False, label="By when")


class CloseActionForm(ClerkForm):
    # "Still open" first: saving an item's page closes only the actions given an outcome.
    status = forms.ChoiceField(
        choices=[("", "Still open"), *(c for c in ActionStatus.choices if c[0] != "open")],
        label="Outcome",
    )
    note = forms.CharField(required=False, label="Note")


class MeetingDaysField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Meeting) -> str:
        return f"{obj.start:%A %d %B %Y}"


class ApproveForm(ClerkForm):
    meetings = MeetingDaysField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        label="Minutes agreed",
    )
    amendment = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Subject to the following amendment",
    )

    def __init__(self, *args, meetings, **kw):
        super().__init__(*args, **kw)
        declared(self, "meetings", MeetingDaysField).queryset = meetings
