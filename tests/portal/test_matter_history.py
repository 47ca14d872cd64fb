"""A matter across meetings: an item that takes up an earlier item again (a report deferred,
then decided) names it, and each item's page lists the meetings that considered the matter —
only as far as the reader may know them; the clerk records the link on the item's screen."""

from __future__ import annotations

import pytest

from moot.meetings.models import Revision
from moot.meetings.services import matters
from moot.meetings.services.common import ServiceError
from tests.clerk.personas import make_clerk, signed_in
from tests.factories import (
    local,
    make_body,
    make_committee,
    make_exempt_item,
    make_item,
    make_meeting,
)
from tests.portal.test_pages import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def matter():
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    cabinet = make_committee(name="Cabinet", slug="cabinet", body=body)
    scrutiny = make_committee(name="People Select Committee", slug="people", body=body)
    march = make_meeting(cabinet, start=local(2025, 3, 12, 14))
    april = make_meeting(scrutiny, start=local(2025, 4, 9, 10))
    may = make_meeting(cabinet, start=local(2025, 5, 14, 14))
    deferred = make_item(march, title="Library opening hours", reference="CAB/20/25")
    scrutinised = make_item(april, title="Library opening hours: call-in", reference="PSC/7/25")
    decided = make_item(may, title="Library opening hours (deferred)", reference="CAB/31/25")
    unrelated = make_item(may, title="Highways capital programme", reference="CAB/32/25")
    return {
        "body": body,
        "cabinet": cabinet,
        "meetings": (march, april, may),
        "deferred": deferred,
        "scrutinised": scrutinised,
        "decided": decided,
        "unrelated": unrelated,
    }


def test_each_page_of_the_matter_lists_every_meeting_earliest_first(client, matter):
    matters.continue_matter(matter["scrutinised"], matter["deferred"])
    matters.continue_matter(matter["decided"], matter["scrutinised"])
    for page_of in ("deferred", "scrutinised", "decided"):
        text = text_of(client.get(matter[page_of].page_url))
        assert "History of this matter" in text
        first = text.index("Wednesday 12 March 2025, Cabinet: CAB/20/25 Library opening hours")
        second = text.index("Wednesday 9 April 2025, People Select Committee: PSC/7/25")
        third = text.index("Wednesday 14 May 2025, Cabinet: CAB/31/25")
        assert first < second < third
    html = client.get(matter["deferred"].page_url).content.decode()
    assert f'href="{matter["decided"].page_url}"' in html
    assert 'aria-current="page"' in html
    # The CDN may purge the page by any meeting it lists.
    keys = client.get(matter["deferred"].page_url)["Surrogate-Key"].split()
    assert {f"meeting-{m.pk}" for m in matter["meetings"]} <= set(keys)


def test_an_item_with_no_history_shows_none(client, matter):
    matters.continue_matter(matter["decided"], matter["deferred"])
    assert "History of this matter" not in text_of(client.get(matter["unrelated"].page_url))


def test_a_matter_taken_up_twice_lists_both_later_items(client, matter):
    matters.continue_matter(matter["scrutinised"], matter["deferred"])
    matters.continue_matter(matter["decided"], matter["deferred"])
    text = text_of(client.get(matter["deferred"].page_url))
    assert "PSC/7/25" in text and "CAB/31/25" in text


def test_what_the_reader_may_not_know_of_is_left_out(client, matter):
    later = make_meeting(matter["cabinet"], start=local(2025, 6, 11, 14), published=False)
    draft = make_item(later, title="Library opening hours: review", published=False)
    matters.continue_matter(matter["decided"], matter["deferred"])
    matters.continue_matter(draft, matter["decided"])
    text = text_of(client.get(matter["decided"].page_url))
    assert "CAB/20/25" in text
    assert "review" not in text
    clerk = make_clerk(matter["body"])
    assert "Library opening hours: review" in text_of(
        signed_in(clerk).get(matter["decided"].page_url)
    )


def test_a_restricted_item_in_the_history_shows_only_its_title(client, matter):
    exempt = make_exempt_item(
        matter["meetings"][0],
        title="Library building lease",
        agenda_text="<p>CANARY-matter-lease-81f2 the rent offered.</p>",
    )
    matters.continue_matter(matter["decided"], exempt)
    html = client.get(matter["decided"].page_url).content.decode()
    assert "Library building lease" in html
    assert "CANARY-matter-lease-81f2" not in html


def test_the_link_points_back_to_an_earlier_meeting_of_the_same_body(matter):
    with pytest.raises(ServiceError, match="earlier meeting"):
        matters.continue_matter(matter["deferred"], matter["decided"])  # forwards in time
    with pytest.raises(ServiceError):
        matters.continue_matter(matter["decided"], matter["unrelated"])  # same meeting
    elsewhere = make_committee(
        name="Other council's cabinet", slug="other", body=make_body(name="Other", slug="other")
    )
    foreign = make_item(make_meeting(elsewhere, start=local(2024, 1, 10, 10)), title="Libraries")
    with pytest.raises(ServiceError):
        matters.continue_matter(matter["decided"], foreign)
    matter["decided"].refresh_from_db()
    assert matter["decided"].continues_id is None


def test_the_link_is_kept_in_the_history_and_can_be_undone(matter):
    decided = matter["decided"]
    matters.continue_matter(decided, matter["deferred"])
    matters.continue_matter(decided, None)
    decided.refresh_from_db()
    assert decided.continues_id is None
    changes = [
        r.changes["continues"]
        for r in Revision.objects.filter(object_id=decided.pk, action="update").order_by("pk")
        if "continues" in r.changes
    ]
    assert changes == [[None, matter["deferred"].pk], [matter["deferred"].pk, None]]


def test_the_clerk_names_the_earlier_item_on_the_item_screen(matter):
    clerk = signed_in(make_clerk(matter["body"]))
    decided = matter["decided"]
    screen = clerk.get(f"/clerk/items/{decided.pk}/").content.decode()
    assert "Earlier consideration of this matter" in screen
    assert "Cabinet, Wednesday 12 March 2025: CAB/20/25 Library opening hours" in screen
    # Only the committee's earlier items are offered: not the scrutiny committee's, not later.
    assert "PSC/7/25" not in screen and "CAB/32/25" not in screen
    response = clerk.post(
        f"/clerk/items/{decided.pk}/matter/", {"matter-continues": matter["deferred"].pk}
    )
    assert response.status_code == 302
    decided.refresh_from_db()
    assert decided.continues_id == matter["deferred"].pk
    # A later item of the same meeting is not a valid choice, even posted by hand.
    response = clerk.post(
        f"/clerk/items/{decided.pk}/matter/", {"matter-continues": matter["unrelated"].pk}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    decided.refresh_from_db()
    assert decided.continues_id == matter["deferred"].pk
    earlier = clerk.get(f"/clerk/items/{matter['deferred'].pk}/").content.decode()
    assert "Taken up again at" in earlier and "CAB/31/25" in earlier
