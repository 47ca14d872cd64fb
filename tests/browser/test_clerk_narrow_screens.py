"""Every main back-office screen works at 320 px wide (WCAG 1.4.10 reflow): nothing makes the
page wider than the window, so a clerk on a phone never scrolls sideways to reach a column.
And a refused form takes the focus to its error summary."""

from __future__ import annotations

import pytest

from tests.browser.test_clerk_journey import PASSWORD, sign_in
from tests.portal.pdf import one_page_pdf

pytestmark = [pytest.mark.browser]


@pytest.fixture
def office(transactional_db):
    """A clerk, and a published meeting with a report (its paper attached) and an exempt item."""
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole
    from moot.meetings.choices import ItemKind
    from moot.meetings.services import agenda, publishing, reports, restrictions, scheduling
    from tests.factories import local, make_body, make_committee, make_membership, make_person

    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    committee = make_committee(
        body, name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    clerk = get_user_model().objects.create_user("clerk", password=PASSWORD)
    ClerkRole.objects.create(user=clerk, body=body)
    make_membership(make_person(name="Ann Jones", honorific="Cllr"), committee, role="chair")
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    report = agenda.add_item(
        meeting, {"title": "Community Safety Partnership Plan 2025–2028", "kind": ItemKind.DECISION}
    )
    reports.attach_document(
        meeting,
        one_page_pdf("Plan"),
        filename="plan.pdf",
        title="Community Safety Partnership Plan: consultation responses",
        item=report,
    )
    exempt = agenda.add_item(meeting, {"title": "Contract award", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        exempt,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_interest="Disclosure would prejudice the tender.",
        public_summary="A contract was let.",
    )
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    return {"committee": committee, "meeting": meeting, "item": report}


def _screens(office) -> dict[str, str]:
    committee, meeting, item = office["committee"], office["meeting"], office["item"]
    return {
        "dashboard": "/clerk/",
        "committee": f"/clerk/committees/{committee.pk}/",
        "members": f"/clerk/committees/{committee.pk}/members/",
        "agenda builder": f"/clerk/meetings/{meeting.pk}/",
        "meeting details": f"/clerk/meetings/{meeting.pk}/edit/",
        "schedule a meeting": f"/clerk/committees/{committee.pk}/meetings/new/",
        "item": f"/clerk/items/{item.pk}/",
        "record": f"/clerk/meetings/{meeting.pk}/record/",
        "attendance": f"/clerk/meetings/{meeting.pk}/record/attendance/",
        "record an item": f"/clerk/items/{item.pk}/record/",
        "publish": f"/clerk/meetings/{meeting.pk}/publish/",
        "people": "/clerk/people/",
        "venues": "/clerk/venues/",
    }


@pytest.mark.parametrize("width", [320, 375])
def test_it_fits_every_main_clerk_screen_in_a_narrow_window(browser, live_server, office, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="en-GB")
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "clerk")
        too_wide = {}
        for name, path in _screens(office).items():
            response = page.goto(live_server.url + path)
            assert response and response.ok, f"{name}: {path}"
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                too_wide[name] = scroll
        assert too_wide == {}
    finally:
        context.close()


def test_it_takes_the_focus_to_the_error_summary_of_a_refused_form(page, live_server, office):
    sign_in(page, live_server.url, "clerk")
    page.goto(live_server.url + f"/clerk/meetings/{office['meeting'].pk}/")
    with page.expect_navigation():
        page.get_by_role("button", name="Add item").click()
    assert page.title().startswith("Error: ")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "error-summary"
