"""The meeting page: what a member of the public sees of a meeting, item by item."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType

from moot.meetings.choices import MeetingStatus, MinutesState
from moot.meetings.models import Item, Revision
from tests.factories import local, make_committee, make_document, make_item, make_meeting
from tests.portal.seedlike import CANARY, build_seed_like

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page as a reader sees it: tags removed, whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" ,", ",").strip()


@pytest.fixture
def seed():
    return build_seed_like(with_files=True)


def test_the_heading_names_the_committee_date_time_and_page_kind(client, seed):
    response = client.get(seed.meeting.get_absolute_url())
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1)
    h1 = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", h1)).strip()
    assert h1 == "Agenda and minutes Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am"
    assert (
        "<title>Agenda and minutes: Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am"
        in (response.content.decode())
    )


def test_it_shows_venue_and_contact(client, seed):
    text = text_of(client.get(seed.meeting.get_absolute_url()))
    assert "Council Chamber, Dunedin House, Columbia Drive, Thornaby, TS17 6BJ" in text
    assert "John Devine, Democratic Services Support Officer" in text


def test_every_item_is_shown_in_order_with_its_anchor_and_reference(client, seed):
    html = client.get(seed.meeting.get_absolute_url()).content.decode()
    positions = [html.index(f'id="item-{n}"') for n in range(1, 12)]
    assert positions == sorted(positions)
    for n in range(1, 12):
        assert f"SSP/{n}/25" in html


def test_documents_show_format_and_size_and_link_only_when_the_file_is_held(client, seed):
    response = client.get(seed.meeting.get_absolute_url())
    html, text = response.content.decode(), text_of(response)
    assert "PDF, 100 KB" in text and "PDF, 99 KB" in text and "PDF, 1 MB" in text
    assert f'href="{seed.documents[0].get_absolute_url()}"' in html
    assert f"/documents/{seed.documents[1].pk}/" not in html
    assert f"/documents/{seed.documents[2].pk}/" not in html


def test_minutes_decisions_and_actions_are_shown(client, seed):
    text = text_of(client.get(seed.meeting.get_absolute_url()))
    assert "The Evacuation Procedure was noted by members." in text
    assert "AGREED to note the report." in text
    assert "Bring an in-depth report on anti-social behaviour data." in text
    assert "Open" in text


def test_a_restricted_item_shows_title_basis_reason_summary_and_public_decision(client, seed):
    response = client.get(seed.meeting.get_absolute_url())
    html = response.content.decode()
    item = html[html.index('id="item-11"') : html.index("</main>")]
    assert "SBC Performance" in item
    assert "Restricted" in item
    assert "Exempt: paragraph 7 of Part 1 of Schedule 12A" in item
    assert "ongoing Police investigation" in item
    assert "Members received an update on performance" in item
    assert "Agreed that the update be noted." in item
    assert CANARY not in html
    assert seed.restricted_document.get_absolute_url() not in html


def test_a_member_of_the_committee_sees_the_restricted_detail(client, seed, django_user_model):
    from tests.factories import make_membership, make_person

    user = django_user_model.objects.create_user("member", password="pw")
    make_membership(make_person(user=user), seed.committee)
    client.force_login(user)
    html = client.get(seed.meeting.get_absolute_url()).content.decode()
    assert f"Agenda detail {CANARY}" in html
    assert seed.restricted_document.get_absolute_url() in html


def test_declarations_on_public_items_are_shown(client, seed):
    from moot.meetings.models import Declaration

    Declaration.objects.create(
        item=seed.items[5],
        person=seed.items[5].meeting.attendances.first().person,
        nature="Works for the police",
    )
    text = text_of(client.get(seed.meeting.get_absolute_url()))
    assert "Declarations of interest" in text and "Works for the police" in text


def test_minutes_are_withheld_until_published(client):
    meeting = make_meeting(minutes_state=MinutesState.NONE)
    make_item(
        meeting, title="Budget", minutes="<p>Secret draft wording</p>", agenda_text="<p>Report</p>"
    )
    response = client.get(meeting.get_absolute_url())
    text = text_of(response)
    assert "Secret draft wording" not in text
    assert "Report" in text
    assert '<span class="caption">Agenda</span>' in response.content.decode()


def test_unpublished_items_are_not_shown(client):
    meeting = make_meeting()
    make_item(meeting, title="Published business")
    make_item(meeting, title="Not yet published business", published=False)
    text = text_of(client.get(meeting.get_absolute_url()))
    assert "Published business" in text
    assert "Not yet published" not in text


def test_a_cancelled_meeting_says_so_and_why(client):
    meeting = make_meeting(status=MeetingStatus.CANCELLED, status_reason="The chair is unwell.")
    text = text_of(client.get(meeting.get_absolute_url()))
    assert "Cancelled This meeting has been cancelled. The chair is unwell." in text


def test_a_public_revision_says_when_the_item_was_updated(client, seed):
    item = seed.items[5]
    Revision.objects.create(
        content_type=ContentType.objects.get_for_model(Item),
        object_id=item.pk,
        meeting=seed.meeting,
        action="update",
        origin="clerk",
        public=True,
        at=local(2025, 5, 20, 14),
    )
    Revision.objects.create(
        content_type=ContentType.objects.get_for_model(Item),
        object_id=seed.items[6].pk,
        meeting=seed.meeting,
        action="update",
        origin="clerk",
        public=False,
    )
    html = client.get(seed.meeting.get_absolute_url()).content.decode()
    assert html.count("This item was updated after publication on") == 1
    section = html[html.index('id="item-6"') : html.index('id="item-7"')]
    assert "This item was updated after publication on Tuesday 20 May 2025." in section


def test_it_links_the_previous_and_next_meetings_of_the_committee(client, seed):
    html = client.get(seed.meeting.get_absolute_url()).content.decode()
    assert f'href="{seed.previous.get_absolute_url()}" rel="prev"' in html
    assert f'href="{seed.following.get_absolute_url()}" rel="next"' in html


def test_meeting_level_documents_are_listed(client):
    meeting = make_meeting()
    make_document(meeting, title="Agenda reports pack", size_bytes=3 * 1024 * 1024)
    assert "Agenda reports pack" in text_of(client.get(meeting.get_absolute_url()))


def test_stored_html_is_cleaned_again_on_the_way_out(client):
    meeting = make_meeting()
    Item.objects.create(
        meeting=meeting,
        position=1,
        title="Raw",
        published_at=meeting.agenda_published_at,
        minutes='<p>Fine</p><script>alert("x")</script>',
    )
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "<script>" not in html and "Fine" in html


def test_an_unknown_meeting_is_not_found(client):
    assert client.get("/meetings/999999/").status_code == 404


def test_the_page_takes_the_same_number_of_queries_however_many_items(
    client, django_assert_num_queries
):
    committee = make_committee()
    small, large = make_meeting(committee, start=local(2025, 1, 8)), make_meeting(committee)
    make_item(small)
    for n in range(25):
        item = make_item(large, title=f"Item {n}")
        make_document(large, item, title=f"Report {n}")
        make_document(large, item, title=f"Appendix {n}")
    with django_assert_num_queries(12):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(12):
        client.get(large.get_absolute_url())


def test_approved_minutes_say_where_and_the_minutes_item_links_back(client):
    from moot.meetings.choices import MinutesState

    earlier = make_meeting(start=local(2025, 3, 19))
    later = make_meeting(earlier.committee, start=local(2025, 5, 14))
    item = make_item(later, title="Minutes", reference="SSP/3/25")
    item.approves_meetings.add(earlier)
    earlier.minutes_state = MinutesState.APPROVED
    earlier.minutes_approved_at_item = item
    earlier.save()
    earlier_page = text_of(client.get(earlier.get_absolute_url()))
    assert (
        "Approved as a true record at the meeting of Wednesday 14 May 2025 (SSP/3/25)"
        in earlier_page
    )
    later_page = text_of(client.get(later.get_absolute_url()))
    assert "Minutes of the meeting of Wednesday 19 March 2025" in later_page
