"""The attendance check on the clerk's screen: minutes that name in their apologies a member
the attendance records as present show the finding under the item, with both records as its
evidence, and the page has no axe-core (WCAG 2.2 AA) violations."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


def test_the_clerk_sees_a_member_both_present_and_among_the_apologies(
    page, live_server, transactional_db
):
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole
    from moot.meetings.choices import AttendanceStatus, ItemKind
    from moot.meetings.services import attending
    from tests.factories import make_body, make_committee, make_item, make_meeting, make_person

    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    meeting = make_meeting(make_committee(body, name="Planning Committee", slug="planning"))
    jane = make_person(name="Jane Smith", honorific="Cllr")
    attending.record_attendance(meeting, jane, AttendanceStatus.PRESENT)
    item = make_item(
        meeting,
        title="Apologies for absence",
        kind=ItemKind.APOLOGIES,
        minutes="<p>Apologies for absence were received from Councillor Jane Smith.</p>",
    )
    clerk = get_user_model().objects.create_user("clerk", password="pw")
    ClerkRole.objects.create(user=clerk, body=body)
    client = Client()
    client.force_login(clerk)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )

    page.goto(f"{live_server.url}/clerk/items/{item.pk}/record/")

    finding = page.locator(".finding", has_text="Attendance")
    assert finding.count() == 1
    text = finding.inner_text()
    assert "Councillor Jane Smith" in text and "among the apologies" in text
    assert "Recorded as present" in text and "Jane Smith" in text
    assert "present and absent" in text  # why it matters
    assert axe_violations(page) == []
