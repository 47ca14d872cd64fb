"""A clerk minuting a ten-item meeting live, by keyboard alone, with and without JavaScript:
how many key presses (besides the words typed) and page loads it takes. docs/clerk.md quotes
the numbers this measures."""

from __future__ import annotations

import pytest

from tests.browser.test_clerk_journey import PASSWORD, sign_in

pytestmark = [pytest.mark.browser]

ITEMS = 10


@pytest.fixture
def ten_items(transactional_db):
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole
    from moot.meetings.models import Item
    from moot.meetings.services import agenda, publishing, scheduling
    from tests.factories import local, make_body, make_committee, make_membership, make_person

    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    committee = make_committee(body, name="Safer Stockton Partnership", slug="ssp")
    make_membership(make_person(name="Ann Jones", honorific="Cllr"), committee, role="chair")
    clerk = get_user_model().objects.create_user("clerk", password=PASSWORD)
    ClerkRole.objects.create(user=clerk, body=body)
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    live = Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
    n = 0
    while live.count() < ITEMS:
        n += 1
        agenda.add_item(meeting, {"title": f"Report {n}", "kind": "information"})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    return meeting


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without"])
def test_a_ten_item_meeting_is_minuted_in_two_key_presses_and_one_page_load_an_item(
    browser, live_server, ten_items, javascript
):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    from moot.meetings.models import Item

    context = browser.new_context(locale="en-GB", java_script_enabled=javascript)
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "clerk")
        page.goto(live_server.url + f"/clerk/meetings/{ten_items.pk}/record/")
        loads = []
        page.on("load", lambda _: loads.append(page.url))
        presses = 0

        def press(key: str) -> None:
            nonlocal presses
            presses += 1
            page.keyboard.press(key)

        def focused(test: str) -> bool:
            return page.evaluate(
                f"(() => {{ const el = document.activeElement; return {test}; }})()"
            )

        while not focused("el.textContent.startsWith('Start with item')"):
            press("Tab")
            assert presses < 30, "the way in is too far down the page"
        to_start = presses
        with page.expect_navigation():
            press("Enter")
        for n in range(1, ITEMS + 1):
            # Chromium applies autofocus when it next renders, which can come just after the
            # load event: wait for it as a clerk's eyes would, but not for long.
            try:
                page.wait_for_function(
                    "document.activeElement && document.activeElement.tagName === 'TEXTAREA'",
                    timeout=3000,
                )
            except PlaywrightTimeout:
                pytest.fail(f"item {n} opens with the cursor elsewhere")
            page.keyboard.type(f"Minute {n}: members noted the report.")
            press("Tab")
            assert focused("el.textContent.startsWith('Save and')")
            with page.expect_navigation():
                press("Enter")
        assert page.url.endswith("#finish")
        per_item = (presses - to_start - 1) / ITEMS
        assert per_item == 2
        assert len(loads) == ITEMS + 1  # one an item, then the overview to publish from
        texts = Item.objects.filter(meeting=ten_items).order_by("position")
        assert [t.minutes for t in texts][:2] == [
            "<p>Minute 1: members noted the report.</p>",
            "<p>Minute 2: members noted the report.</p>",
        ]
        print(
            f"\n{ITEMS} items, JavaScript {'on' if javascript else 'off'}: {presses} key presses "
            f"({to_start} Tab to reach the first item, then {per_item:g} an item) and "
            f"{len(loads)} page loads besides the words typed"
        )
    finally:
        context.close()
