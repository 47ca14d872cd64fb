"""Email alert subscriptions and the record of what each has been sent.

A subscription follows one committee (agenda published, minutes published) or one saved
search (items whose agenda or minutes match). It is a way in, written only through
``moot.feeds.alerts``. Addresses are personal data: an unconfirmed subscription is deleted
after ``MOOT_ALERT_UNCONFIRMED_DAYS``, an unsubscribed one after
``MOOT_ALERT_UNSUBSCRIBED_DAYS`` (``moot send-alerts`` purges them on every run).
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from moot.meetings.models import Committee


def new_token() -> str:
    return secrets.token_urlsafe(32)


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Confirmed and not unsubscribed: the subscriptions ``send-alerts`` mails."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscription(models.Model):
    email = models.EmailField()
    committee = models.ForeignKey(
        Committee, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    query = models.CharField(max_length=500, blank=True, help_text="A saved search, as typed.")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(committee__isnull=False) & Q(query=""))
                | (Q(committee__isnull=True) & ~Q(query="")),
                name="subscription_follows_one_thing",
            )
        ]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return f"{self.email}: {self.subject}"

    @property
    def subject(self) -> str:
        """What is followed, as the emails and pages say it."""
        return self.committee.name if self.committee is not None else f"searches for “{self.query}”"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None

    def confirm_url(self) -> str:
        return reverse("feeds:confirm", args=[self.token])

    def unsubscribe_url(self) -> str:
        return reverse("feeds:unsubscribe", args=[self.token])


class Delivery(models.Model):
    """One event sent to one subscription. The unique constraint is what makes
    ``send-alerts`` safe to run twice, or twice at once: an event is recorded in the same
    transaction that sends its digest, and a second run finds it recorded."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(
        max_length=60, help_text='"agenda:12", "minutes:12", "item:34:minutes"'
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "event"], name="delivery_once_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.event} to {self.subscription_id}"
