"""Roles that give a signed-in user more than the public sees.

Committee membership comes from ``meetings.Membership`` (through ``Person.user``); the clerk's
role is per body: a clerk of a body runs every committee of that body in the back office.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class ClerkRole(models.Model):
    """A user clerks (runs the business of) every committee of one body."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clerk_roles"
    )
    body = models.ForeignKey("meetings.Body", on_delete=models.CASCADE, related_name="clerk_roles")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["body", "user"]
        constraints = [models.UniqueConstraint(fields=["user", "body"], name="clerk_role_uniq")]

    def __str__(self) -> str:
        return f"{self.user} clerks {self.body}"


class MonitoringOfficerRole(models.Model):
    """A user is the Monitoring Officer (or a deputy) of one body: reviews and publishes its
    register of members' interests. Reads exempt material, so signs in with two factors."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="monitoring_officer_roles"
    )
    body = models.ForeignKey(
        "meetings.Body", on_delete=models.CASCADE, related_name="monitoring_officer_roles"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["body", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "body"], name="monitoring_officer_role_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.user} is Monitoring Officer of {self.body}"
