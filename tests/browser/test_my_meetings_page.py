"""'My meetings' in a real browser: a member signed in finds their committee's exempt paper,
and the page has no axe-core (WCAG 2.2 AA) violations."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.browser.conftest import axe_violations
from tests.factories import make_membership, make_person

pytestmark = [pytest.mark.browser]


def test_a_member_finds_their_exempt_paper_and_the_page_is_accessible(
    page, live_server, seed, django_user_model
):
    user = django_user_model.objects.create_user("ann", password="pw")
    make_membership(make_person(name="Ann Member", honorific="Cllr", user=user), seed.committee)
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="My meetings").click()
    assert page.locator("h1").inner_text() == "My meetings"
    link = page.get_by_role("link", name=seed.restricted_document.title, exact=True)
    assert link.count() >= 1
    assert "Not for publication" in page.locator("main").inner_text()
    assert axe_violations(page) == []
