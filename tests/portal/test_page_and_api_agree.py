"""The meeting page and the OParl API show the public the same decisions, and the page the same
declarations and actions the access policy gives — whatever the item's state (published or
not, restricted or not) and the meeting's minutes (none, draft, approved). Neither decides for
itself: both ask ``moot.access.policy``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.choices import MinutesState
from moot.meetings.models import Action, Declaration
from tests.factories import (
    local,
    make_committee,
    make_decision,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)

STATES = [MinutesState.NONE, MinutesState.DRAFT, MinutesState.APPROVED]


@dataclass
class Case:
    item: object
    tag: str
    published: bool
    restricted: bool
    minutes: str
    with_decisions: bool  # Decision rows; otherwise only a "Decision:" section


@pytest.fixture
def cases(db):
    committee = make_committee()
    declarer = make_person(name="Dana Declarer")
    make_membership(declarer, committee)
    made = []
    for month, minutes in enumerate(STATES, start=2):
        meeting = make_meeting(committee, start=local(2025, month, 12), minutes_state=minutes)
        for published in (True, False):
            for restricted in (False, True):
                for with_decisions in (True, False):
                    tag = f"{minutes}-{'pub' if published else 'unpub'}-" + (
                        f"{'restr' if restricted else 'open'}-{'rows' if with_decisions else 'sec'}"
                    )
                    make = make_exempt_item if restricted else make_item
                    item = make(
                        meeting,
                        published=published,
                        title=f"Title {tag}",
                        minutes=f"<p>Minutes text {tag}</p>",
                        decision_text="" if with_decisions else f"<p>Decision section {tag}</p>",
                    )
                    if with_decisions:
                        make_decision(
                            item, text=f"Full decision {tag}", public_text=f"Public wording {tag}"
                        )
                    Declaration.objects.create(item=item, person=declarer, nature=f"Nature {tag}")
                    Action.objects.create(item=item, text=f"Action text {tag}")
                    made.append(Case(item, tag, published, restricted, minutes, with_decisions))
    return made


def _page(client, meeting) -> str:
    html = client.get(meeting.get_absolute_url()).content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _api(client, meeting) -> str:
    response = client.get(f"/oparl/v1/meeting/{meeting.pk}/")
    assert response.status_code == 200
    return json.dumps(response.json())


def _published_minutes(case) -> bool:
    return case.published and case.minutes != MinutesState.NONE


def test_it_shows_the_public_the_same_decisions_on_the_page_and_in_the_api(client, cases):
    meetings = {case.item.meeting_id: case.item.meeting for case in cases}
    pages = {pk: _page(client, m) for pk, m in meetings.items()}
    apis = {pk: _api(client, m) for pk, m in meetings.items()}
    for case in cases:
        page, api = pages[case.item.meeting_id], apis[case.item.meeting_id]
        full = _published_minutes(case) and not case.restricted
        wording = _published_minutes(case) and case.restricted and case.with_decisions
        for text, shown in (
            (f"Full decision {case.tag}", full and case.with_decisions),
            (f"Decision section {case.tag}", full and not case.with_decisions),
            (f"Public wording {case.tag}", wording),
        ):
            assert (text in page) is shown, (text, "page")
            assert (text in api) is shown, (text, "api")


def test_it_shows_the_public_the_declarations_and_actions_the_policy_gives(client, cases):
    public = Viewer.public()
    declared = set(policy.declarations(public).values_list("nature", flat=True))
    acted = set(policy.actions(public).values_list("text", flat=True))
    meetings = {case.item.meeting_id: case.item.meeting for case in cases}
    pages = {pk: _page(client, m) for pk, m in meetings.items()}
    apis = {pk: _api(client, m) for pk, m in meetings.items()}
    for case in cases:
        page, api = pages[case.item.meeting_id], apis[case.item.meeting_id]
        shown = _published_minutes(case) and not case.restricted
        for text, given in ((f"Nature {case.tag}", declared), (f"Action text {case.tag}", acted)):
            assert (text in given) is shown, text
            assert (text in page) is shown, (text, "page")
            assert text not in api  # OParl has no place for them
        assert (f"Minutes text {case.tag}" in page) is shown


# --- The policy's own answers ----------------------------------------------------------------


@pytest.fixture
def viewers(cases):
    committee = cases[0].item.meeting.committee
    return {
        "public": Viewer.public(),
        "member": Viewer(user_id=1, member_of=frozenset({committee.pk})),
        "clerk": Viewer(user_id=2, clerk_of=frozenset({committee.body_id})),
        "other_clerk": Viewer(user_id=3, clerk_of=frozenset({committee.body_id + 1000})),
    }


def _expected(name: str, case: Case, *, needs_detail: bool) -> bool:
    if name == "clerk":
        return True
    if not _published_minutes(case):
        return False
    return not (needs_detail and case.restricted and name != "member")


@pytest.mark.parametrize("name", ["public", "member", "clerk", "other_clerk"])
def test_it_gives_declarations_to_those_who_may_read_the_items_record(viewers, cases, name):
    viewer = viewers[name]
    given = set(policy.declarations(viewer).values_list("item_id", flat=True))
    for case in cases:
        expected = _expected(name, case, needs_detail=True)
        assert (case.item.pk in given) is expected, case.tag
        if case.published:  # asked only of items the viewer may know
            assert policy.can_see_record(viewer, case.item) is expected, case.tag


@pytest.mark.parametrize("name", ["public", "member", "clerk", "other_clerk"])
def test_it_gives_decisions_with_the_wording_each_viewer_may_read(viewers, cases, name):
    viewer = viewers[name]
    given = {d.item_id: d for d in policy.decisions(viewer)}
    for case in cases:
        if not case.with_decisions:
            continue
        known = _expected(name, case, needs_detail=False)
        assert (case.item.pk in given) is known, case.tag
        if not known:
            continue
        full = _expected(name, case, needs_detail=True)
        wording = policy.decision_wording(viewer, case.item, given[case.item.pk])
        assert wording == (f"Full decision {case.tag}" if full else f"Public wording {case.tag}")


def test_it_gives_no_wording_before_the_minutes_may_be_read(cases):
    case = next(c for c in cases if c.minutes == MinutesState.NONE and c.with_decisions)
    decision = case.item.decisions.get()
    assert policy.decision_wording(Viewer.public(), case.item, decision) == ""


def test_it_leaves_out_a_withdrawn_items_record(viewers, cases):
    case = next(c for c in cases if c.minutes == MinutesState.DRAFT and c.published)
    case.item.withdrawn_at = case.item.published_at
    case.item.save()
    for name in ("public", "member", "clerk"):
        assert not policy.declarations(viewers[name]).filter(item=case.item).exists(), name
        assert not policy.decisions(viewers[name]).filter(item=case.item).exists(), name
