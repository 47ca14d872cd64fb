from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from moot.access.models import ClerkRole
from moot.meetings.choices import Restriction
from moot.meetings.services import agenda, publishing, restrictions, scheduling
from tests.clerk.personas import make_user
from tests.factories import local, make_committee

pytestmark = pytest.mark.django_db


def test_release_due_publishes_what_has_reached_its_date():
    committee = make_committee()
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "iQuanta report"})
    restrictions.restrict_item(
        item,
        Restriction.RESTRICTED,
        reason="Until the Home Office publishes.",
        public_summary="Crime comparisons.",
        release_date=date(2025, 8, 1),
    )
    publishing.publish_agenda(meeting, now=local(2025, 5, 1))
    out = StringIO()
    call_command("release_due", "--date", "2025-07-31", stdout=out)
    assert "0 item(s)" in out.getvalue()
    call_command("release_due", "--date", "2025-08-01", stdout=out)
    assert "released item" in out.getvalue()
    item.refresh_from_db()
    assert not item.is_restricted
    with pytest.raises(CommandError):
        call_command("release_due", "--date", "August")


def test_grant_clerk_gives_and_takes_the_role():
    committee = make_committee()
    user = make_user("jo")
    call_command("grant_clerk", "jo", committee.body.slug, stdout=StringIO())
    assert ClerkRole.objects.filter(user=user, body=committee.body).exists()
    call_command("grant_clerk", "jo", committee.body.slug, "--revoke", stdout=StringIO())
    assert not ClerkRole.objects.exists()


def test_grant_clerk_lists_the_bodies_when_it_does_not_know_the_one_named():
    committee = make_committee()
    make_user("jo")
    with pytest.raises(CommandError) as refused:
        call_command("grant_clerk", "jo", "stockton", stdout=StringIO())
    message = str(refused.value)
    assert "no body with slug 'stockton'" in message
    assert f"{committee.body.slug} ({committee.body.name})" in message


def test_the_admin_picks_a_clerk_by_name_not_by_raw_id(client):
    make_committee()
    admin = make_user("admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    html = client.get("/admin/access/clerkrole/add/").content.decode()
    assert "vForeignKeyRawIdAdminField" not in html
    assert "admin-autocomplete" in html
    found = client.get(
        "/admin/autocomplete/",
        {"term": "adm", "app_label": "access", "model_name": "clerkrole", "field_name": "user"},
    )
    assert [r["text"] for r in found.json()["results"]] == ["admin"]
