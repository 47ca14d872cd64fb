"""The register's tables: a body's settings, the entries and the history of every change."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone

# The Localism Act's deadlines: 28 days after the term of office starts (s.30(1)) and after
# becoming aware of a change (s.30(3) and the code).
DEADLINE_DAYS = 28
WITHHELD = (
    "This member has an interest whose details are withheld under section 32 of the "
    "Localism Act 2011."
)


class Category(models.TextChoices):
    # The seven disclosable pecuniary interests of the 2012 Regulations (Schedule), for the
    # member or their spouse or partner, never saying which.
    EMPLOYMENT = "employment", "Employment, office, trade, profession or vocation"
    SPONSORSHIP = "sponsorship", "Sponsorship"
    CONTRACTS = "contracts", "Contracts"
    LAND = "land", "Land"
    LICENCES = "licences", "Licences"
    TENANCIES = "tenancies", "Corporate tenancies"
    SECURITIES = "securities", "Securities"
    # The body's code of conduct.
    OTHER = "other", "Other registrable interests"
    GIFT = "gift", "Gifts and hospitality"


class State(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted for review"
    PUBLISHED = "published", "Published"
    REMOVED = "removed", "Removed"


class RegisterSettings(models.Model):
    """A body's register settings: the code's threshold for gifts and hospitality."""

    body = models.OneToOneField(
        "meetings.Body", on_delete=models.CASCADE, related_name="register_settings"
    )
    gift_threshold = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        default=Decimal("50.00"),
        help_text="Gifts and hospitality above this value (pounds) are registered.",
    )

    def __str__(self) -> str:
        return f"Register settings of {self.body}"


def gift_threshold(body) -> Decimal:
    found = RegisterSettings.objects.filter(body=body).values_list("gift_threshold", flat=True)
    return next(iter(found), Decimal("50.00"))


class RegisterEntry(models.Model):
    """One interest of one member in one body's register. Written by ``services`` only."""

    person = models.ForeignKey(
        "meetings.Person", on_delete=models.PROTECT, related_name="register_entries"
    )
    body = models.ForeignKey(
        "meetings.Body", on_delete=models.PROTECT, related_name="register_entries"
    )
    category = models.CharField(max_length=12, choices=Category.choices)
    description = models.TextField()
    sensitive = models.BooleanField(
        default=False,
        help_text="Section 32: registered, but the details are never published.",
    )
    # Gifts and hospitality only.
    received_on = models.DateField(null=True, blank=True)
    donor = models.CharField(max_length=200, blank=True)
    value = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    aware_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the member became aware of the interest or of the change: the 28 "
        "days to register it run from here.",
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    review_note = models.TextField(blank=True, help_text="The Monitoring Officer's note.")
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # What was last published (category, description, gift date, donor and value): the public
    # sees this, never a change still waiting for review.
    public = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["person__name", "category", "pk"]
        indexes = [models.Index(fields=["body", "state"])]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_category_display()}"

    @property
    def due(self) -> date | None:
        return self.aware_on + timedelta(days=DEADLINE_DAYS) if self.aware_on else None

    @property
    def overdue(self) -> bool:
        """Still not submitted 28 days after the member became aware of it."""
        due = self.due
        return self.state == State.DRAFT and due is not None and due < timezone.localdate()


class EntryChange(models.Model):
    """The history: who changed an entry, when, and what (field: old and new)."""

    entry = models.ForeignKey(RegisterEntry, on_delete=models.CASCADE, related_name="history")
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    action = models.CharField(max_length=20)
    changes = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["entry", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.entry}: {self.action} at {self.at:%Y-%m-%d %H:%M}"


class GrantedBy(models.TextChoices):
    MONITORING_OFFICER = "mo", "The Monitoring Officer"
    STANDARDS = "standards", "The Standards Committee"
    COUNCIL = "council", "The council"
    OTHER = "other", "Another committee or officer"


class Ground(models.TextChoices):
    # Section 33(2) of the Localism Act 2011.
    IMPEDED = "a", "So many members have the interest that the business would be impeded"
    BALANCE = "b", "The balance of party representation would be upset"
    RESIDENTS = "c", "It is in the interests of people living in the area"
    EXECUTIVE = "d", "Every member of the executive would otherwise be prohibited"
    APPROPRIATE = "e", "It is otherwise appropriate"


class Dispensation(models.Model):
    """A dispensation (s.33 Localism Act 2011) letting a member with a disclosable pecuniary
    interest speak and/or vote on the matters in its scope, from one date to another (at most
    four years). Recorded by the Monitoring Officer or a clerk of the body; shown to the public
    where a declaration in published minutes cites it."""

    person = models.ForeignKey(
        "meetings.Person", on_delete=models.PROTECT, related_name="dispensations"
    )
    body = models.ForeignKey(
        "meetings.Body", on_delete=models.PROTECT, related_name="dispensations"
    )
    granted_by = models.CharField(
        max_length=12, choices=GrantedBy.choices, default=GrantedBy.MONITORING_OFFICER
    )
    granted_by_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Which committee or officer, when it was not the Monitoring Officer or the "
        "Standards Committee.",
    )
    granted_on = models.DateField()
    valid_from = models.DateField()
    valid_to = models.DateField()
    scope = models.TextField(help_text="The matters or items it covers.")
    may_speak = models.BooleanField(default=True)
    may_vote = models.BooleanField(default=False)
    ground = models.CharField(max_length=1, choices=Ground.choices, default=Ground.APPROPRIATE)
    reason = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    recorded_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["person__name", "-valid_from", "pk"]

    def __str__(self) -> str:
        return f"{self.person}: dispensation from {self.valid_from} to {self.valid_to}"

    @property
    def grantor(self) -> str:
        """Who granted it, as a sentence names them ("the Monitoring Officer")."""
        if self.granted_by_name:
            return self.granted_by_name
        label = str(self.get_granted_by_display())
        return "t" + label[1:] if label.startswith("The ") else label

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to

    @property
    def allows(self) -> str:
        """What it lets the member do, in words: "speak and vote", "speak", "vote"."""
        parts = [w for w, ok in (("speak", self.may_speak), ("vote", self.may_vote)) if ok]
        return " and ".join(parts) or "take part"


class DeclarationEntry(models.Model):
    """A declaration at a meeting points to the register entry it concerns, and to the
    dispensation it relies on (either may be blank)."""

    declaration = models.OneToOneField(
        "meetings.Declaration", on_delete=models.CASCADE, related_name="register_link"
    )
    entry = models.ForeignKey(
        RegisterEntry,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="declarations",
    )
    dispensation = models.ForeignKey(
        Dispensation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="declarations",
    )

    def __str__(self) -> str:
        return f"{self.declaration} concerns {self.entry}"
