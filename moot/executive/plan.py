"""The forward plan (the notice of key decisions) and each entry's history.

The law: regulations 9 to 11 of the Local Authorities (Executive Arrangements) (Meetings and
Access to Information) (England) Regulations 2012. A key decision is on the plan at least 28
clear days before it is taken (reg. 9); when that is impracticable the general exception
(reg. 10: notice to the chair of the scrutiny committee and a public notice at least 5 clear
days before) or special urgency (reg. 11: the scrutiny chair agrees that the decision cannot
reasonably be deferred) applies. A decision to be taken in private is announced 28 clear days
before and again 5 clear days before with any representations and the response
(reg. 5). ``exempt_detail`` is the clerk's own note: no public surface shows it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class PlanState(models.TextChoices):
    PLANNED = "planned", "Planned"
    MOVED = "moved", "Moved to a new date"
    WITHDRAWN = "withdrawn", "Withdrawn"
    TAKEN = "taken", "Taken"


class PlanException(models.TextChoices):
    NONE = "", "None: on the plan 28 clear days before"
    GENERAL = "general", "General exception (regulation 10)"
    URGENCY = "urgency", "Special urgency (regulation 11)"


class EventKind(models.TextChoices):
    ADDED = "added", "Added to the plan"
    MOVED = "moved", "Moved"
    WITHDRAWN = "withdrawn", "Withdrawn"
    TAKEN = "taken", "Taken"
    EXCEPTION = "exception", "Exception recorded"


class PlanEntry(models.Model):
    """One decision announced on a body's forward plan."""

    body = models.ForeignKey("meetings.Body", on_delete=models.PROTECT, related_name="plan_entries")
    maker = models.ForeignKey(
        "executive.DecisionMaker", on_delete=models.PROTECT, related_name="plan_entries"
    )
    matter = models.CharField(max_length=500, help_text="The matter to be decided.")
    decision_on = models.DateField(
        null=True, blank=True, help_text="The date of the decision, when it is known."
    )
    period = models.CharField(
        max_length=200,
        blank=True,
        help_text='Or the period in which it will be taken ("March 2027").',
    )
    key_decision = models.BooleanField(default=False)
    over_threshold = models.BooleanField(
        default=False, help_text="Spending or savings at or over the body's threshold."
    )
    wards = models.ManyToManyField(
        "meetings.Ward",
        blank=True,
        related_name="plan_entries",
        help_text="Wards affected: two or more significantly make the decision key.",
    )
    documents = models.TextField(blank=True, help_text="Documents to be submitted.")
    contact = models.CharField(
        max_length=300, blank=True, help_text="Whom to write to with representations."
    )
    representations_by = models.DateField(
        null=True, blank=True, help_text="Representations are welcome until this date."
    )
    private = models.BooleanField(default=False, help_text="To be taken in private.")
    exempt_paragraphs = models.JSONField(default=list, blank=True)
    private_reason = models.TextField(
        blank=True, help_text="Public: why it will be taken in private (no exempt detail)."
    )
    exempt_detail = models.TextField(
        blank=True, help_text="Clerk's note, never published: the exempt information itself."
    )
    second_notice_on = models.DateField(
        null=True, blank=True, help_text="Second notice of the private decision (reg. 5)."
    )
    representations_received = models.TextField(blank=True)
    response = models.TextField(blank=True, help_text="The response to the representations.")
    state = models.CharField(max_length=10, choices=PlanState.choices, default=PlanState.PLANNED)
    first_published_on = models.DateField(
        null=True, blank=True, help_text="The day the entry first appeared on the public plan."
    )
    exception = models.CharField(
        max_length=8, choices=PlanException.choices, blank=True, default=""
    )
    exception_reason = models.TextField(
        blank=True, help_text="Why compliance with the 28 days is impracticable (public)."
    )
    exception_notice_on = models.DateField(
        null=True,
        blank=True,
        help_text="General exception: the day the scrutiny chair was told and the notice "
        "published.",
    )
    scrutiny_chair = models.CharField(
        max_length=200, blank=True, help_text="The scrutiny chair told, or who agreed."
    )
    urgency_agreed_on = models.DateField(
        null=True, blank=True, help_text="Special urgency: the day the chair agreed."
    )
    taken_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["decision_on", "pk"]
        verbose_name_plural = "plan entries"

    def __str__(self) -> str:
        return self.matter

    def get_absolute_url(self) -> str:
        return reverse("plan:entry", args=[self.body.slug, self.pk])

    @property
    def published(self) -> bool:
        return self.first_published_on is not None

    @property
    def reference(self) -> str:
        return f"FP/{self.pk}"

    @property
    def when(self) -> str:
        if self.decision_on:
            return f"{self.decision_on:%A} {self.decision_on.day} {self.decision_on:%B %Y}"
        return self.period or "Not yet fixed"


class PlanEvent(models.Model):
    """One step in an entry's history: who did what, and when."""

    entry = models.ForeignKey(PlanEntry, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=10, choices=EventKind.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_name = models.CharField(max_length=200, blank=True)
    what = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.what}"
