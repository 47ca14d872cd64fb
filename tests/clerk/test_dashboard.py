"""The clerk's dashboard: the week's work for the bodies the clerk serves, each entry a link to
the screen where it is done. The clock stands at Monday 12 May 2025, 9.00am."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from moot.meetings.choices import ActionStatus, MeetingStatus, MinutesState, Restriction
from moot.meetings.models import Action, Meeting
from tests.factories import (
    local,
    make_committee,
    make_document,
    make_exempt_item,
    make_item,
    make_meeting,
)


@pytest.fixture(autouse=True)
def _now(time_machine):
    time_machine.move_to(datetime(2025, 5, 12, 9, tzinfo=ZoneInfo("Europe/London")), tick=False)


def dashboard(client) -> str:
    response = client.get("/clerk/")
    assert response.status_code == 200
    return response.content.decode()


def section(page: str, name: str) -> str:
    """The part of the page under the heading with id ``name``, up to the next section."""
    start = page.index(f'id="{name}"')
    following = page.find("<h2", start)
    return page[start : following if following != -1 else len(page)]


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def unpublished(committee, start: datetime) -> Meeting:
    return make_meeting(committee, start=start, published=False)


def held(committee, start: datetime, minutes: str = MinutesState.NONE) -> Meeting:
    return make_meeting(committee, start=start, minutes_state=minutes)


def test_it_shows_meetings_of_the_next_six_weeks_with_the_last_day_to_publish(personas):
    soon = unpublished(personas.committee, local(2025, 5, 21, 14))
    later = make_meeting(personas.committee, start=local(2025, 6, 18, 14))
    make_meeting(personas.committee, start=local(2025, 7, 16, 14), published=False)  # 9 weeks
    coming = section(dashboard(personas.clerk), "coming-up")
    fortnight, beyond = coming.split('id="coming-later"')
    # Five clear working days before Wednesday 21 May: 14, 15, 16, 19 and 20 May.
    assert "Wednesday 21 May 2025, 2.00pm" in text(fortnight)
    assert "Tuesday 13 May 2025" in text(fortnight)
    assert f'href="/clerk/meetings/{soon.pk}/"' in fortnight
    assert "Wednesday 18 June 2025, 2.00pm" in text(beyond)
    assert "Tuesday 10 June 2025" in text(beyond)  # 11, 12, 13, 16 and 17 June
    assert f'href="/clerk/meetings/{later.pk}/"' in beyond
    assert "July" not in text(coming)


def test_it_lists_agendas_not_yet_published_with_the_days_left_and_flags_the_overdue(personas):
    on_time = unpublished(personas.committee, local(2025, 5, 28, 14))
    late = unpublished(personas.committee, local(2025, 5, 16, 10))
    make_meeting(personas.committee, start=local(2025, 5, 23))  # published: not listed
    agendas = section(dashboard(personas.clerk), "agendas")
    rows = agendas.split("<tr")
    late_row = next(r for r in rows if f"/clerk/meetings/{late.pk}/publish/" in r)
    on_time_row = next(r for r in rows if f"/clerk/meetings/{on_time.pk}/publish/" in r)
    # Friday 16 May needed the agenda out by Thursday 8 May (9, 12, 13, 14 and 15 May).
    assert "Thursday 8 May 2025" in text(late_row) and "Overdue" in text(late_row)
    # Wednesday 28 May (after the spring bank holiday, 26 May): by Monday 19 May, 7 days left.
    assert "Monday 19 May 2025" in text(on_time_row) and "7 days left" in text(on_time_row)
    assert "Overdue" not in text(on_time_row)
    assert agendas.index(f"/clerk/meetings/{late.pk}/") < agendas.index(
        f"/clerk/meetings/{on_time.pk}/"
    )
    assert "Friday 23 May" not in text(agendas)


def test_it_lists_held_meetings_whose_draft_minutes_are_not_published(personas):
    waiting = held(personas.committee, local(2025, 5, 7, 14))
    held(personas.committee, local(2025, 4, 30), minutes=MinutesState.DRAFT)
    make_meeting(
        personas.committee,
        start=local(2025, 5, 1),
        status=MeetingStatus.CANCELLED,
        minutes_state=MinutesState.NONE,
    )
    minutes = section(dashboard(personas.clerk), "draft-minutes")
    assert "Wednesday 7 May 2025" in text(minutes)
    assert f'href="/clerk/meetings/{waiting.pk}/record/"' in minutes
    assert f'href="/clerk/meetings/{waiting.pk}/minutes/publish/"' in minutes
    assert "30 April" not in text(minutes)  # its draft is out
    assert "1 May" not in text(minutes)  # cancelled


def test_it_lists_minutes_waiting_for_approval_and_where_they_can_be_approved(personas):
    draft = held(personas.committee, local(2025, 4, 9, 14), minutes=MinutesState.DRAFT)
    next_one = held(personas.committee, local(2025, 5, 7, 14))
    approved = held(personas.committee, local(2025, 3, 12), minutes=MinutesState.APPROVED)
    other = make_committee(personas.body, name="Audit Committee", slug="audit")
    lonely = held(other, local(2025, 5, 1, 10), minutes=MinutesState.DRAFT)
    approval = section(dashboard(personas.clerk), "approval")
    assert "Wednesday 9 April 2025" in text(approval)
    assert f'href="/clerk/meetings/{next_one.pk}/record/"' in approval
    assert "Wednesday 7 May 2025" in text(approval)
    assert "12 March" not in text(approval)
    assert f"/clerk/meetings/{approved.pk}/" not in approval
    # No later meeting of the Audit Committee: the clerk is sent to schedule one.
    assert "Thursday 1 May 2025" in text(approval)
    assert f'href="/clerk/committees/{other.pk}/meetings/new/"' in approval
    assert (
        f"/clerk/meetings/{draft.pk}/" in approval and f"/clerk/meetings/{lonely.pk}/" in approval
    )


def test_it_lists_exempt_material_due_for_review_or_release(personas):
    meeting = make_meeting(personas.committee, start=local(2025, 4, 9))
    review = make_exempt_item(meeting, title="Investigation update", review_date=date(2025, 5, 15))
    release = make_exempt_item(meeting, title="Land sale", release_date=date(2025, 5, 20))
    overdue = make_exempt_item(meeting, title="Staffing", review_date=date(2025, 5, 2))
    make_exempt_item(meeting, title="Far off", review_date=date(2025, 9, 1))
    appendix = make_document(
        meeting,
        release,
        title="Valuation appendix",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        release_date=date(2025, 5, 19),
    )
    restricted = section(dashboard(personas.clerk), "restricted")
    rows = restricted.split("<tr")

    def row(href):
        return text(next(r for r in rows if f'href="{href}"' in r))

    assert "Review by Thursday 15 May 2025" in row(f"/clerk/items/{review.pk}/")
    assert "Release on Tuesday 20 May 2025" in row(f"/clerk/items/{release.pk}/")
    assert "Release on Monday 19 May 2025" in row(f"/clerk/documents/{appendix.pk}/")
    assert "Overdue" in row(f"/clerk/items/{overdue.pk}/")
    assert "Overdue" not in row(f"/clerk/items/{review.pk}/")
    assert "Far off" not in text(restricted)


def test_it_lists_open_actions_past_their_due_date(personas):
    meeting = held(personas.committee, local(2025, 4, 9), minutes=MinutesState.DRAFT)
    item = make_item(meeting, title="Anti-social behaviour")
    late = Action.objects.create(item=item, text="Report on CCTV", owner="Jo", due=date(2025, 5, 1))
    Action.objects.create(item=item, text="Write to police", due=date(2025, 6, 1))
    Action.objects.create(
        item=item, text="Closed already", due=date(2025, 4, 20), status=ActionStatus.DONE
    )
    Action.objects.create(item=item, text="No date", due=None)
    actions = section(dashboard(personas.clerk), "actions")
    assert "Report on CCTV" in text(actions) and "Thursday 1 May 2025" in text(actions)
    assert f'href="/clerk/actions/{late.pk}/"' in actions
    for absent in ("Write to police", "Closed already", "No date"):
        assert absent not in text(actions)


def _a_busy_committee(committee, n: int = 1) -> None:
    """``n`` of everything the dashboard lists (several on one day where ``n`` is large)."""
    for k in range(n):
        day = k % 10
        unpublished(committee, local(2025, 5, 14 + day, 10))
        make_meeting(committee, start=local(2025, 6, 2 + day, 10))
        held(committee, local(2025, 5, 1 + day, 10))
        waiting = held(committee, local(2025, 4, 1 + day, 10), minutes=MinutesState.DRAFT)
        exempt = make_exempt_item(waiting, title=f"Exempt {k}", review_date=date(2025, 5, 13))
        make_document(
            waiting,
            exempt,
            title=f"Appendix {k}",
            restriction=Restriction.EXEMPT,
            exempt_paragraphs=[3],
            release_date=date(2025, 5, 20),
        )
        Action.objects.create(item=exempt, text=f"Action {k}", due=date(2025, 5, 2))


def test_another_bodys_meetings_and_material_never_appear(personas):
    other = personas.other_body.committees.get()
    _a_busy_committee(other, n=2)
    page = dashboard(personas.clerk)
    assert "Safer Hartlepool Partnership" not in page
    for absent in ("Exempt 0", "Appendix 0", "Action 0"):
        assert absent not in text(page)
    theirs = dashboard(personas.other_clerk)
    assert "Safer Hartlepool Partnership" in theirs
    for present in ("Exempt 0", "Appendix 0", "Action 0"):
        assert present in text(theirs)


def test_it_costs_a_bounded_number_of_queries_however_much_is_due(
    personas, django_assert_max_num_queries
):
    _a_busy_committee(personas.committee, n=1)
    dashboard(personas.clerk)  # warm caches (content types, the brand)
    with django_assert_max_num_queries(16):
        small = dashboard(personas.clerk)
    # Past the longest list: the rest are counted (one query more for each such list).
    _a_busy_committee(make_committee(personas.body, name="Audit", slug="audit"), n=40)
    with django_assert_max_num_queries(16):
        large = dashboard(personas.clerk)
    assert large.count("Action ") > small.count("Action ")
    assert "And 16 more." in text(section(large, "actions"))
