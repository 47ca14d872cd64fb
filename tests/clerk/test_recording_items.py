"""Recording a meeting item by item: one form a page, so nothing typed is lost; "save and
go to the next item"; drafts kept on the server while the clerk types."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

from moot.access.models import ClerkRole
from moot.clerk.models import RecordDraft
from moot.meetings.choices import ItemKind, MinutesState
from moot.meetings.services import actions, approval, minutes, publishing, scheduling
from tests.clerk.personas import signed_in
from tests.factories import local


@pytest.fixture
def held(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    return meeting


def _items(meeting):
    return list(meeting.items.filter(withdrawn_at__isnull=True).order_by("position"))


def _url(item):
    return f"/clerk/items/{item.pk}/record/"


def _fields(item, **extra):
    p = f"i{item.pk}"
    return {
        f"{p}-min-minutes": "",
        f"{p}-min-version": minutes.version_of(item.minutes),
        **{k.replace("P-", f"{p}-"): v for k, v in extra.items()},
    }


def _main(page: str) -> str:
    return page.split('<main id="main"')[1].split("</main>")[0]


def test_it_gives_each_item_one_form_so_no_button_drops_other_text(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    page = _main(personas.clerk.get(_url(item)).content.decode())
    assert len(re.findall(r'<form method="post"', page)) == 1
    for part in ("Minutes", "Add a decision", "Add a declaration of interest", "Add an action"):
        assert part in page


def test_it_saves_minutes_decision_action_and_declaration_typed_on_one_page(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    ann = personas.committee.memberships.get().person
    response = personas.clerk.post(
        _url(item),
        {
            **_fields(item),
            f"i{item.pk}-min-minutes": "Members discussed the new car park.",
            f"i{item.pk}-decn-kind": "agreed",
            f"i{item.pk}-decn-text": "AGREED to note.",
            f"i{item.pk}-act-text": "Circulate the plan",
            f"i{item.pk}-dec-person": ann.pk,
            f"i{item.pk}-dec-kind": "ori",
            "go": "save",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert "new car park" in item.minutes
    assert item.decisions.get().text == "AGREED to note."
    assert item.actions.get().text == "Circulate the plan"
    assert item.declarations.get().person == ann


def test_an_error_anywhere_saves_nothing_and_keeps_every_word(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    response = personas.clerk.post(
        _url(item),
        {
            **_fields(item),
            f"i{item.pk}-min-minutes": "Members discussed the new car park.",
            f"i{item.pk}-decn-kind": "not-a-kind",
            f"i{item.pk}-decn-text": "AGREED to build it.",
            "go": "next",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Error:" in page
    assert "Nothing on this page was saved" in page
    assert "Members discussed the new car park." in page
    assert "AGREED to build it." in page
    assert f'href="#id_i{item.pk}-decn-kind"' in page
    item.refresh_from_db()
    assert item.minutes == "" and not item.decisions.exists()


def test_a_refusal_by_the_record_rolls_back_what_was_saved_before_it(personas, held):
    minutes_item = held.items.get(kind=ItemKind.MINUTES)
    response = personas.clerk.post(
        _url(minutes_item),
        {
            **_fields(minutes_item),
            f"i{minutes_item.pk}-min-minutes": "The minutes were agreed.",
            f"i{minutes_item.pk}-appr-meetings": [held.pk],  # not an earlier meeting
            "go": "approve",
        },
    )
    assert response.status_code == 200
    minutes_item.refresh_from_db()
    assert minutes_item.minutes == ""


def test_save_and_next_opens_the_next_item_with_the_cursor_in_its_minutes(personas, held):
    first, second, *_ = _items(held)
    response = personas.clerk.post(
        _url(first), {**_fields(first, **{"P-min-minutes": "Welcome."}), "go": "next"}
    )
    assert response["Location"] == _url(second) + "?continued=1"
    page = personas.clerk.get(response["Location"]).content.decode()
    textarea = re.search(r"<textarea[^>]*-min-minutes[^>]*>", page).group(0)
    assert "autofocus" in textarea
    assert "autofocus" not in re.search(
        r"<textarea[^>]*-min-minutes[^>]*>", personas.clerk.get(_url(second)).content.decode()
    ).group(0)


def test_save_and_next_on_the_last_item_goes_to_publishing_the_minutes(personas, held):
    last = _items(held)[-1]
    response = personas.clerk.post(_url(last), {**_fields(last), "go": "next"})
    assert response["Location"] == f"/clerk/meetings/{held.pk}/record/#finish"


def test_saving_a_page_leaves_open_actions_open_and_earlier_minutes_unagreed(personas, held):
    first_item = held.items.get(kind=ItemKind.AOB)
    action = actions.add_action(first_item, "Report back")
    approval.publish_minutes(held)
    later = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    publishing.publish_agenda(later, accept_short_notice=True, now=local(2030, 7, 1))
    scheduling.mark_held(later)
    for item in (
        later.items.get(kind=ItemKind.MINUTES),
        later.items.get(kind=ItemKind.MATTERS_ARISING),
    ):
        page = personas.clerk.get(_url(item)).content.decode()
        fields = {**_fields(item), f"i{item.pk}-appr-meetings": [held.pk], "go": "save"}
        if item.kind == ItemKind.MATTERS_ARISING:
            assert "Report back" in page and "Still open" in page
            fields[f"close{action.pk}-status"] = ""
        assert personas.clerk.post(_url(item), fields).status_code == 302
    held.refresh_from_db()
    action.refresh_from_db()
    assert held.minutes_state == MinutesState.DRAFT
    assert action.closed_at_item is None


def test_a_draft_typed_is_kept_and_put_back_for_that_clerk_only(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    kept = personas.clerk.post(
        f"/clerk/items/{item.pk}/record/draft/",
        {**_fields(item), f"i{item.pk}-min-minutes": "Half a sentence about the car"},
    )
    assert kept.status_code == 204
    page = personas.clerk.get(_url(item)).content.decode()
    assert "Half a sentence about the car" in page
    assert "Your unsaved text from" in page
    other = get_user_model().objects.create_user("clerk2")
    ClerkRole.objects.create(user=other, body=personas.body)
    assert "Half a sentence" not in signed_in(other).get(_url(item)).content.decode()
    # Saving records it and clears the draft.
    personas.clerk.post(
        _url(item), {**_fields(item), f"i{item.pk}-min-minutes": "The car park was discussed."}
    )
    assert not RecordDraft.objects.exists()
    assert "Your unsaved text" not in personas.clerk.get(_url(item)).content.decode()


def test_a_draft_can_be_discarded(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    personas.clerk.post(
        f"/clerk/items/{item.pk}/record/draft/",
        {**_fields(item), f"i{item.pk}-min-minutes": "Not wanted"},
    )
    response = personas.clerk.post(_url(item), {"go": "discard"})
    assert response.status_code == 302
    assert "Not wanted" not in personas.clerk.get(_url(item)).content.decode()
    item.refresh_from_db()
    assert item.minutes == ""


def test_a_restored_draft_still_meets_a_colleague_s_save_as_a_conflict(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    opened = _fields(item)
    personas.clerk.post(
        f"/clerk/items/{item.pk}/record/draft/",
        {**opened, f"i{item.pk}-min-minutes": "My version", f"i{item.pk}-act-text": "Act"},
    )
    minutes.save_minutes(item, "<p>Their version</p>", version=minutes.version_of(""))
    page = personas.clerk.get(_url(item)).content.decode()
    version = re.search(r'name="i\d+-min-version" value="(\w+)"', page).group(1)
    assert version == minutes.version_of("")  # the version the draft was typed against
    response = personas.clerk.post(
        _url(item),
        {
            **opened,
            f"i{item.pk}-min-minutes": "My version",
            f"i{item.pk}-min-version": version,
            f"i{item.pk}-act-text": "Act",
        },
    )
    assert response.status_code == 409
    body = response.content.decode()
    assert "Their version" in body and "My version" in body
    assert "Act</textarea>" in body  # the rest of the page as typed
    item.refresh_from_db()
    assert item.minutes == "<p>Their version</p>" and not item.actions.exists()


def test_drafts_are_refused_once_the_minutes_are_locked_and_past_the_cap(personas, held):
    item = held.items.get(kind=ItemKind.AOB)
    url = f"/clerk/items/{item.pk}/record/draft/"
    assert personas.clerk.post(url, {"x": "y" * 250_000}).status_code == 413
    held.minutes_state = MinutesState.APPROVED
    held.save(update_fields=["minutes_state"])
    assert personas.clerk.post(url, {"x": "y"}).status_code == 409
    assert not RecordDraft.objects.exists()


@pytest.mark.parametrize("who, status", [("public", 302), ("member", 403), ("other_clerk", 404)])
def test_only_a_clerk_of_the_body_records_or_keeps_drafts(personas, held, who, status):
    item = held.items.get(kind=ItemKind.AOB)
    client = personas.all()[who]
    assert client.get(_url(item)).status_code == status
    assert client.post(f"/clerk/items/{item.pk}/record/draft/", {"a": "b"}).status_code == status
    assert not RecordDraft.objects.exists()
