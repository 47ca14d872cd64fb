"""Decision notices (the record of an executive or officer decision) and call-ins.

The law: regulations 12 and 13 of the Local Authorities (Executive Arrangements) (Meetings and
Access to Information) (England) Regulations 2012 (the record of an executive decision, made
as soon as reasonably practicable), the Openness of Local Government Bodies Regulations 2014
(the record of an officer's decision) and section 9F of the Local Government Act 2000 with the
council's scrutiny procedure rules (call-in). Exempt parts follow the rules items follow
(Schedule 12A): a restricted notice shows the public its title, maker, date, basis, public
reason and public summary only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from moot.meetings.choices import Restriction


class CallInStatus(models.TextChoices):
    REQUESTED = "requested", "Requested, waiting for the clerk"
    VALID = "valid", "Valid: to be considered by scrutiny"
    INVALID = "invalid", "Not valid"


class CallInOutcome(models.TextChoices):
    NONE = "", "Not yet decided"
    NO_FURTHER_ACTION = "no_action", "No further action: the decision may be implemented"
    REFERRED_BACK = "referred_back", "Referred back to the decision maker"
    REFERRED_TO_COUNCIL = "referred_council", "Referred to full council"


class DecisionNotice(models.Model):
    """The record of one decision taken by the executive, an executive member or an officer."""

    body = models.ForeignKey(
        "meetings.Body", on_delete=models.PROTECT, related_name="decision_notices"
    )
    maker = models.ForeignKey(
        "executive.DecisionMaker", on_delete=models.PROTECT, related_name="notices"
    )
    taken_by = models.CharField(
        max_length=200, blank=True, help_text="Who took it, by name (the post holder that day)."
    )
    title = models.CharField(max_length=500)
    decision = models.TextField(help_text="The decision, as taken.")
    taken_on = models.DateField(help_text="The date the decision was taken.")
    reasons = models.TextField(blank=True)
    alternatives = models.TextField(blank=True, verbose_name="Alternatives considered and rejected")
    interests = models.TextField(
        blank=True,
        verbose_name="Conflicts of interest declared",
        help_text="Declared by the decision maker or any executive member consulted.",
    )
    dispensations = models.TextField(
        blank=True, help_text="Dispensations granted by the head of paid service."
    )
    report_title = models.CharField(max_length=300, blank=True)
    report = models.FileField(upload_to="decision-notices/%Y/", blank=True, max_length=500)
    key_decision = models.BooleanField(default=False)
    plan_entry = models.ForeignKey(
        "executive.PlanEntry",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notices",
        help_text="The forward plan entry that announced this key decision.",
    )
    wards = models.ManyToManyField("meetings.Ward", blank=True, related_name="decision_notices")
    restriction = models.CharField(
        max_length=12, choices=Restriction.choices, blank=True, default=""
    )
    exempt_paragraphs = models.JSONField(default=list, blank=True)
    restriction_reason = models.TextField(blank=True, help_text="Public: why it is restricted.")
    public_interest = models.TextField(blank=True, help_text="Public-interest test statement.")
    public_summary = models.TextField(
        blank=True, help_text="Public: what was decided, without the exempt information."
    )
    urgent = models.BooleanField(
        default=False, help_text="Taken under urgency: exempt from call-in."
    )
    urgency_reason = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-taken_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("notices:notice", args=[self.pk])

    @property
    def is_restricted(self) -> bool:
        return bool(self.restriction)

    @property
    def reference(self) -> str:
        return f"DN/{self.pk}/{self.taken_on:%y}"


class CallIn(models.Model):
    """A request by members of the scrutiny committee that a decision be reconsidered."""

    notice = models.ForeignKey(DecisionNotice, on_delete=models.CASCADE, related_name="call_ins")
    requested_by = models.ForeignKey(
        "meetings.Person", on_delete=models.PROTECT, related_name="call_ins"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    reasons = models.TextField()
    status = models.CharField(
        max_length=10, choices=CallInStatus.choices, default=CallInStatus.REQUESTED
    )
    status_note = models.TextField(blank=True, help_text="Why it is, or is not, valid.")
    meeting = models.ForeignKey(
        "meetings.Meeting",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="call_ins",
        help_text="The scrutiny meeting that considers it.",
    )
    outcome = models.CharField(max_length=16, choices=CallInOutcome.choices, blank=True, default="")
    outcome_note = models.TextField(blank=True)
    outcome_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["notice", "requested_at"]

    def __str__(self) -> str:
        return f"Call-in of {self.notice} by {self.requested_by}"
