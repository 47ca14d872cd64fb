"""The demo's sign-ins, made by the demo loader in the demo database only (never by a
migration): a clerk, a committee member and an administrator."""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model

from moot.access.models import ClerkRole
from moot.meetings.models import Body, Person
from moot.meetings.services import setup

DEMO_CLERK = "demo-clerk"
DEMO_MEMBER = "demo-member"
DEMO_ADMIN = "demo-admin"


def make_accounts(body: Body, member: Person) -> list[dict]:
    """A clerk of ``body``, ``member`` as a signed-in user (a member of the Safer Stockton
    Partnership, whose July meeting has exempt business) and an administrator, each with a new
    random password. Returns the accounts made now (none when they exist already), with their
    passwords, to be shown once: they are not kept anywhere else. A few queries.
    """
    users = get_user_model().objects
    made = []

    def new(role: str, username: str, **fields):
        if users.filter(username=username).exists():
            return None
        password = secrets.token_urlsafe(12)
        user = users.create_user(username=username, password=password, **fields)
        made.append({"role": role, "username": username, "password": password})
        return user

    clerk = new("clerk", DEMO_CLERK, first_name="Rachel", last_name="Hughes")
    if clerk is not None:
        ClerkRole.objects.get_or_create(user=clerk, body=body)
    user = new("committee member", DEMO_MEMBER, first_name="Helen", last_name="Marsh")
    if user is not None and member.user_id is None:
        setup.save_record(member, {"user": user})
    new("administrator", DEMO_ADMIN, email="admin@example.org", is_staff=True, is_superuser=True)
    return made
