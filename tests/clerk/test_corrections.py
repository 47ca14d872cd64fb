"""Declarations, decisions and actions recorded in error are edited or removed on their own
screens, until the minutes are approved."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind
from moot.meetings.models import Action, Decision, Declaration, Revision
from moot.meetings.services import (
    actions,
    approval,
    attending,
    decisions,
    publishing,
    scheduling,
)
from tests.factories import local


@pytest.fixture
def recorded(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    item = meeting.items.get(kind=ItemKind.AOB)
    ann = personas.committee.memberships.get().person
    return {
        "meeting": meeting,
        "item": item,
        "ann": ann,
        "declaration": attending.add_declaration(item, ann, "ori", nature="Governor"),
        "decision": decisions.add_decision(item, "AGREED to note."),
        "action": actions.add_action(item, "Circulate the link", owner="Clerk"),
    }


def test_the_minutes_screen_links_each_entry_to_its_screen(personas, recorded):
    page = personas.clerk.get(f"/clerk/items/{recorded['item'].pk}/record/").content.decode()
    assert f'href="/clerk/declarations/{recorded["declaration"].pk}/"' in page
    assert f'href="/clerk/decisions/{recorded["decision"].pk}/"' in page
    assert f'href="/clerk/actions/{recorded["action"].pk}/"' in page


def test_editing_a_declaration(personas, recorded):
    declaration = recorded["declaration"]
    response = personas.clerk.post(
        f"/clerk/declarations/{declaration.pk}/edit/",
        {
            "person": recorded["ann"].pk,
            "kind": "dpi",
            "nature": "Owns land nearby",
            "left_room": "on",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/clerk/items/{recorded['item'].pk}/record/"
    declaration.refresh_from_db()
    assert (declaration.kind, declaration.nature, declaration.left_room) == (
        "dpi",
        "Owns land nearby",
        True,
    )


def test_editing_a_decision_and_an_action(personas, recorded):
    decision, action = recorded["decision"], recorded["action"]
    personas.clerk.post(
        f"/clerk/decisions/{decision.pk}/edit/",
        {"kind": "resolved", "text": "RESOLVED to note."},
    )
    personas.clerk.post(
        f"/clerk/actions/{action.pk}/edit/",
        {"text": "Circulate the links", "owner": "Clerk", "due": "2030-06-01"},
    )
    decision.refresh_from_db()
    action.refresh_from_db()
    assert (decision.kind, decision.text) == ("resolved", "RESOLVED to note.")
    assert (action.text, str(action.due)) == ("Circulate the links", "2030-06-01")
    assert Revision.objects.filter(action="update", object_id=action.pk).exists()


def test_an_empty_decision_is_refused(personas, recorded):
    decision = recorded["decision"]
    response = personas.clerk.post(
        f"/clerk/decisions/{decision.pk}/edit/", {"kind": "agreed", "text": ""}
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_removing_each_kind_of_entry(personas, recorded):
    for url in (
        f"/clerk/declarations/{recorded['declaration'].pk}/",
        f"/clerk/decisions/{recorded['decision'].pk}/",
        f"/clerk/actions/{recorded['action'].pk}/",
    ):
        assert personas.clerk.post(url + "remove/").status_code == 302
    assert not Declaration.objects.exists()
    assert not Decision.objects.exists()
    assert not Action.objects.exists()
    assert Revision.objects.filter(action="delete").count() == 3


def test_an_action_closed_at_a_later_meeting_cannot_be_removed(personas, recorded):
    later = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    arising = later.items.get(kind=ItemKind.MATTERS_ARISING)
    actions.close_action(recorded["action"], arising)
    response = personas.clerk.post(f"/clerk/actions/{recorded['action'].pk}/remove/")
    assert "closed at a later meeting" in response.content.decode()
    assert Action.objects.exists()


def test_approved_minutes_refuse_corrections(personas, recorded):
    approval.publish_minutes(recorded["meeting"])
    later = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    publishing.publish_agenda(later, accept_short_notice=True, now=local(2030, 7, 1))
    scheduling.mark_held(later)
    approval.approve_minutes(later.items.get(kind=ItemKind.MINUTES), [recorded["meeting"]])
    response = personas.clerk.post(f"/clerk/decisions/{recorded['decision'].pk}/remove/")
    assert "were approved and cannot be changed" in response.content.decode()
    assert Decision.objects.filter(pk=recorded["decision"].pk).exists()


@pytest.mark.parametrize("kind", ["declarations", "decisions", "actions"])
def test_only_a_clerk_of_the_body_reaches_the_screens(personas, recorded, kind):
    entry = recorded[kind[:-1]]
    url = f"/clerk/{kind}/{entry.pk}/"
    assert personas.public.get(url).status_code == 302
    assert personas.member.get(url).status_code == 403
    assert personas.other_clerk.get(url).status_code == 404
    assert personas.clerk.get(url).status_code == 200
