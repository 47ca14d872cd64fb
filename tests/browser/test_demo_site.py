"""The demo archive (the real seed page imported as a council would) in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def demo(transactional_db, media_root):
    from moot.demo.loader import load_demo
    from moot.meetings.models import Meeting

    counts = load_demo()
    return Meeting.objects.select_related("committee").get(pk=counts["seed_meeting"])


def test_the_imported_seed_meeting_reads_as_well_as_the_original(page, live_server, demo):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name=demo.committee.name, exact=True).first.click()
    page.get_by_role("link", name="Wednesday 14 May 2025, 9.00am").click()

    assert (
        "Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am"
        in page.locator("h1").inner_text()
    )
    text = page.locator("main").inner_text()
    assert "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ" in text
    assert "John Devine" in text
    for n in range(1, 12):
        assert f"SSP/{n}/25" in text
    assert "There were no declarations of interest." in text
    assert "PDF, 100 KB" in text
    assert axe_violations(page) == []
    assert (
        page.evaluate("document.querySelector('#item-4 h3').textContent")
        .strip()
        .endswith("Update On DARDRS")
    )
