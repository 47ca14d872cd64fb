"""The admin lists forward plan entries with their history, read only: entries are written
in the back office, where the services check the dates."""

from __future__ import annotations

from moot.executive import plan_services as plan
from tests.executive.test_forward_plan import make_entry


def test_the_admin_lists_entries_and_shows_their_history_read_only(executive, admin_client):
    entry = make_entry(executive.cabinet_member, matter="Rent setting 2027")
    plan.withdraw_entry(entry, "No longer needed.")
    listing = admin_client.get("/admin/executive/planentry/")
    assert listing.status_code == 200 and "Rent setting 2027" in listing.content.decode()
    page = admin_client.get(f"/admin/executive/planentry/{entry.pk}/change/").content.decode()
    assert "No longer needed." in page
    assert admin_client.get("/admin/executive/planentry/add/").status_code == 403
