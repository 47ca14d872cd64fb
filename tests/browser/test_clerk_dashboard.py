"""The clerk's dashboard with every list full: no axe violations, and it reflows at 320 px
(its tables scroll inside their own box, the page does not)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from moot.meetings.choices import MinutesState, Restriction
from moot.meetings.models import Action
from tests.browser.conftest import axe_violations
from tests.clerk.personas import make_personas
from tests.factories import make_document, make_exempt_item, make_meeting

pytestmark = [pytest.mark.browser]


@pytest.fixture
def busy(transactional_db):
    personas = make_personas()
    committee, now = personas.committee, timezone.now()
    today = timezone.localdate()

    def days(n):
        return now + timezone.timedelta(days=n)

    make_meeting(committee, start=days(3), published=False)  # overdue
    make_meeting(committee, start=days(20), published=False)
    make_meeting(committee, start=days(30))
    make_meeting(committee, start=days(-2), minutes_state=MinutesState.NONE)
    waiting = make_meeting(committee, start=days(-30), minutes_state=MinutesState.DRAFT)
    item = make_exempt_item(waiting, title="Land sale", review_date=today)
    make_document(
        waiting,
        item,
        title="Valuation",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        release_date=today + timezone.timedelta(days=5),
    )
    Action.objects.create(item=item, text="Report back", due=today - timezone.timedelta(days=9))
    return personas


@pytest.mark.parametrize("width", [1280, 320])
def test_the_dashboard_is_accessible_and_reflows(browser, live_server, busy, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    session = busy.clerk.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    page = context.new_page()
    try:
        page.goto(live_server.url + "/clerk/")
        main = page.locator("main").inner_text()
        for heading in ("Agendas to publish", "Overdue actions", "Valuation", "Report back"):
            assert heading in main
        assert axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()
