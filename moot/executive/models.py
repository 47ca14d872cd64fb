"""Who takes executive and delegated decisions, and the body's rules for them."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone


class MakerKind(models.TextChoices):
    EXECUTIVE = "executive", "The executive (cabinet)"
    EXECUTIVE_MEMBER = "member", "An individual executive member"
    OFFICER = "officer", "An officer under delegated powers"
    COMMITTEE = "committee", "A committee of the executive"


class DecisionMaker(models.Model):
    """One who may take executive or delegated decisions: the cabinet (which meets as a
    committee of its own), a portfolio holder, an officer, or a committee of the executive."""

    body = models.ForeignKey(
        "meetings.Body", on_delete=models.PROTECT, related_name="decision_makers"
    )
    kind = models.CharField(max_length=10, choices=MakerKind.choices)
    title = models.CharField(
        max_length=200,
        help_text='As the council styles it: "Cabinet", "Cabinet Member for Housing", '
        '"Director of Finance".',
    )
    slug = models.SlugField(max_length=120)
    committee = models.ForeignKey(
        "meetings.Committee",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decision_makers",
        help_text="The committee whose meetings take this maker's decisions (the cabinet).",
    )
    person = models.ForeignKey(
        "meetings.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decision_maker_posts",
        help_text="The portfolio holder or officer who holds the post now.",
    )
    remit = models.TextField(
        blank=True, help_text="Which decisions this maker may take (the scheme of delegation)."
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["body", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["body", "slug"], name="decision_maker_slug_uniq")
        ]

    def __str__(self) -> str:
        return self.title


class ExecutiveRules(models.Model):
    """A body's settings for executive decisions. Defaults are England's (2012 Regulations);
    a Welsh council sets its own periods."""

    body = models.OneToOneField(
        "meetings.Body", on_delete=models.CASCADE, related_name="executive_rules"
    )
    key_decision_threshold = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        default=Decimal("500000"),
        validators=[MinValueValidator(0)],
        help_text="Spending or savings at or above this (in pounds) make a decision key.",
    )
    notice_clear_days = models.PositiveSmallIntegerField(
        default=28, help_text="Clear days a key decision is on the forward plan (reg. 9)."
    )
    exception_clear_days = models.PositiveSmallIntegerField(
        default=5, help_text="Clear days of the general exception notice (reg. 10)."
    )
    private_notice_clear_days = models.PositiveSmallIntegerField(
        default=5, help_text="Clear days of the second notice of a private meeting (reg. 5)."
    )
    call_in_working_days = models.PositiveSmallIntegerField(
        default=5,
        help_text="Clear working days after a decision notice is published before the "
        "decision may be implemented (the call-in period).",
    )
    scrutiny_committee = models.ForeignKey(
        "meetings.Committee",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The overview and scrutiny committee that considers call-ins.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "executive rules"

    def __str__(self) -> str:
        return f"Executive rules of {self.body}"

    @classmethod
    def of(cls, body) -> ExecutiveRules:
        """The body's rules; the defaults (unsaved) when none are set."""
        try:
            return body.executive_rules
        except cls.DoesNotExist:
            return cls(body=body)


from .notices import CallIn, CallInOutcome, CallInStatus, DecisionNotice  # noqa: E402,F401
from .plan import EventKind, PlanEntry, PlanEvent, PlanException, PlanState  # noqa: E402,F401
