"""A dispensation in a real browser: the Monitoring Officer records one; the clerk records a
declaration at the meeting citing the member's register entry and that dispensation, choosing
both among every member's (listed under each member's name, no script needed); the public
meeting page shows the declaration with the entry and the dispensation. Every page of the
journey has no axe-core (WCAG 2.2 AA) violations."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]

SECRET = "Refuge at 12 Hidden Lane"


def _sign_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def accessible(page) -> None:
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"


@pytest.fixture
def scene(transactional_db):
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole, MonitoringOfficerRole
    from moot.interests import services
    from moot.interests.models import Category, RegisterEntry
    from moot.meetings.choices import AttendanceStatus
    from moot.meetings.services import attending
    from tests.factories import (
        make_body,
        make_committee,
        make_item,
        make_meeting,
        make_membership,
        make_person,
    )

    users = get_user_model().objects
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    committee = make_committee(body, name="Planning Committee", slug="planning")
    ann = make_person(name="Ann Example", honorific="Cllr", term_start=date(2025, 5, 8))
    bob = make_person(name="Bob Other", honorific="Cllr", term_start=date(2025, 5, 8))
    meeting = make_meeting(committee)  # Wednesday 14 May 2025, minutes in draft
    item = make_item(meeting, title="Housing at Ambridge")
    for person in (ann, bob):
        make_membership(person, committee)
        attending.record_attendance(meeting, person, AttendanceStatus.PRESENT)

    def published(person, description, **kw):
        entry = services.save(
            RegisterEntry(person=person, body=body),
            None,
            submit=True,
            description=description,
            **{"category": Category.LAND, **kw},
        )
        services.publish(entry, None)
        return entry

    published(ann, "Field at Ambridge")
    published(ann, SECRET, sensitive=True)
    published(bob, "Shares in Ambridge Homes Ltd", category=Category.SECURITIES)
    clerk = users.create_user("clerk", password="pw")
    ClerkRole.objects.create(user=clerk, body=body)
    mo = users.create_user("mo", password="pw")
    MonitoringOfficerRole.objects.create(user=mo, body=body)
    return {"clerk": clerk, "mo": mo, "meeting": meeting, "item": item, "ann": ann}


def test_the_monitoring_officer_records_a_dispensation_the_clerk_cites_it_the_public_sees_it(
    page, live_server, scene
):
    from moot.interests.models import DeclarationEntry, Dispensation

    base = live_server.url
    _sign_in(page, live_server, scene["mo"])
    page.goto(base + "/register-of-interests/dispensations/")
    assert page.locator("h1").inner_text() == "Dispensations"
    accessible(page)
    page.get_by_label("Member", exact=True).select_option(label="Cllr Ann Example")
    page.get_by_label("Granted by").select_option(label="The Standards Committee")
    # Each date in three boxes, day, month and year, as the clerk's other forms ask for them.
    for legend, (day, month, year) in (
        ("Date granted", ("1", "4", "2025")),
        ("In force from", ("1", "April", "2025")),
        ("In force until", ("31", "3", "2026")),
    ):
        boxes = page.get_by_role("group", name=legend)
        boxes.get_by_label("Day").fill(day)
        boxes.get_by_label("Month").fill(month)
        boxes.get_by_label("Year").fill(year)
    page.get_by_label("Scope").fill("Any item on the Ambridge housing site")
    page.get_by_label("Lets the member vote").check()
    page.get_by_role("button", name="Record the dispensation").click()
    main = page.locator("main").inner_text()
    assert "Any item on the Ambridge housing site" in main
    accessible(page)
    dispensation = Dispensation.objects.get()
    assert (dispensation.granted_on, dispensation.valid_from, dispensation.valid_to) == (
        date(2025, 4, 1),
        date(2025, 4, 1),
        date(2026, 3, 31),
    )

    _sign_in(page, live_server, scene["clerk"])
    page.goto(f"{base}/clerk/items/{scene['item'].pk}/record/")
    page.get_by_text("Add a declaration of interest").click()
    page.get_by_label("Member declaring").select_option(label="Cllr Ann Example")
    page.get_by_label("Interest", exact=True).select_option("dpi")
    entries = page.get_by_label("Concerns register entry")
    # Every member's entries, under their names; a sensitive one only as such.
    groups = entries.locator("optgroup")
    assert [groups.nth(i).get_attribute("label") for i in range(groups.count())] == [
        "Cllr Ann Example",
        "Cllr Bob Other",
    ]
    assert "Sensitive interest (details withheld)" in groups.nth(0).inner_text()
    assert SECRET not in page.content()
    entries.select_option(label="Land: Field at Ambridge")
    page.get_by_label("Dispensation from the register of dispensations").select_option(
        str(dispensation.pk)
    )
    accessible(page)
    page.get_by_role("button", name="Save", exact=True).last.click()
    main = page.locator("main").inner_text()
    assert "Housing at Ambridge: declaration recorded." in main
    assert "the register entry “Land: Field at Ambridge”" in main
    assert "Dispensation granted by the Standards Committee on Tuesday 1 April 2025" in main
    accessible(page)
    link = DeclarationEntry.objects.get()
    assert link.dispensation == dispensation and link.declaration.person == scene["ann"]

    page.context.clear_cookies()
    page.goto(base + scene["meeting"].get_absolute_url())
    main = page.locator("main").inner_text()
    assert "Cllr Ann Example: disclosable pecuniary interest" in main
    assert "the register entry “Land: Field at Ambridge”" in main
    assert (
        "Dispensation granted by the Standards Committee on Tuesday 1 April 2025, in force "
        "from Tuesday 1 April 2025 to Tuesday 31 March 2026, to speak and vote on: Any item on "
        "the Ambridge housing site"
    ) in main
    assert SECRET not in page.content()
    accessible(page)
