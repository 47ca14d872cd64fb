"""The summons in a real browser: the clerk publishes an agenda with an exempt item, the
members are emailed (the exempt item by its published title only), the clerk sees who was sent
what and when on the summons page (axe-core at zero) and resends one by keyboard."""

from __future__ import annotations

import pytest
from django.core import mail

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]

SECRET = "SECRET-summons-bids-5120"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def meeting(transactional_db):
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole
    from moot.meetings.choices import Restriction
    from tests.factories import (
        local,
        make_body,
        make_committee,
        make_item,
        make_meeting,
        make_membership,
        make_person,
    )

    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    committee = make_committee(
        body, name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    clerk = get_user_model().objects.create_user("clerk", password=PASSWORD)
    ClerkRole.objects.create(user=clerk, body=body)
    ann = make_person(name="Ann Jones", honorific="Cllr", email="ann.jones@example.org")
    make_membership(ann, committee, role="chair")
    bob = make_person(name="Bob Smith", organisation="Cleveland Police", email="bob@example.org")
    make_membership(bob, committee)
    make_membership(make_person(name="Cara No-Email"), committee)
    meeting = make_meeting(committee, start=local(2030, 5, 15, 9), published=False)
    make_item(meeting, title="Recorded crime report", published=False)
    make_item(
        meeting,
        title="Contract award",
        agenda_text=f"<p>The bids: {SECRET}.</p>",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        restriction_reason="The report sets out the bids of named companies.",
        public_summary="Members award the community safety contract.",
        published=False,
    )
    return meeting


def accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"


def test_the_clerk_publishes_sees_who_was_summoned_and_resends(page, live_server, meeting):
    base = live_server.url
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill("clerk")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{base}/clerk/meetings/{meeting.pk}/")
    page.get_by_role("link", name="Publish the agenda").click()
    page.get_by_role("button", name="Publish now").click()
    assert "Agenda published" in page.locator("main").inner_text()

    # The members with an address are emailed; the exempt item by its title alone.
    assert sorted(m.to[0] for m in mail.outbox) == ["ann.jones@example.org", "bob@example.org"]
    for message in mail.outbox:
        assert "Contract award" in message.body and "Recorded crime report" in message.body
        assert SECRET not in message.body
        assert all(SECRET not in str(content) for content, _type in message.alternatives)

    page.get_by_role("link", name="Summons", exact=True).click()
    accessible(page)
    table = page.get_by_role("table").inner_text()
    assert "ann.jones@example.org" in table and "bob@example.org" in table
    assert "Sent" in table and "Cara No-Email" not in table
    assert "Members without a private email address" in page.locator("main").inner_text()

    # Resend to Bob by keyboard alone.
    button = page.get_by_role("button", name="Resend to bob@example.org")
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert len(mail.outbox) == 3 and mail.outbox[-1].to == ["bob@example.org"]
    assert "bob@example.org" in page.locator("main").inner_text()
    accessible(page)
