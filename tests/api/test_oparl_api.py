"""What the OParl API shows of the archive, how its lists page and filter, and what it costs.
The crawl in test_oparl_crawl.py checks the shape of everything; these check the content."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from moot.meetings.choices import AttendanceStatus, DocumentKind, ItemKind
from moot.meetings.models import Attendance, Body, Item, LegislativeTerm, Meeting
from tests.api import oparl_schema
from tests.api.conftest import SITE
from tests.factories import (
    local,
    make_decision,
    make_document,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)

API = "/oparl/v1/"


def get(client, path: str, **params) -> dict:
    response = client.get(API + path, params)
    assert response.status_code == 200, (path, response.status_code, response.content[:300])
    return response.json()


def url(path: str) -> str:
    return SITE + API + path


def ids(page: dict) -> list[str]:
    return [obj["id"] for obj in page["data"]]


# --- Exempt business ---------------------------------------------------------------------------


def test_an_exempt_item_is_shown_with_its_title_as_not_public(client, archive):
    item = get(client, f"agenda-item/{archive.exempt_item.pk}/")
    assert item["name"] == "Contract for CCTV maintenance"
    assert item["public"] is False
    assert item["number"] == "SSP/3/25"
    assert item["auxiliaryFile"] == []
    assert "consultation" not in item
    meeting = get(client, f"meeting/{archive.held.pk}/")
    embedded = [i for i in meeting["agendaItem"] if i["id"] == item["id"]]
    assert embedded == [item]


def test_an_exempt_item_gives_only_the_public_wording_of_its_decision(client, archive):
    item = get(client, f"agenda-item/{archive.exempt_item.pk}/")
    assert item["resolutionText"] == "AGREED to award the contract as set out in the report."
    assert item["result"] == "Agreed"


def test_an_exempt_decision_without_public_wording_is_left_out(client, archive):
    archive.restricted_decision.public_text = ""
    archive.restricted_decision.save()
    item = get(client, f"agenda-item/{archive.exempt_item.pk}/")
    assert "resolutionText" not in item
    assert "result" not in item


@pytest.mark.parametrize("kind", ["file", "paper", "consultation"])
def test_restricted_documents_are_not_found_and_not_listed(client, archive, kind):
    for document in (archive.restricted_document, archive.exempt_item_document):
        assert client.get(f"{API}{kind}/{document.pk}/").status_code == 404
        assert client.head(f"{API}{kind}/{document.pk}/").status_code == 404
    everything = get(
        client, f"body/{archive.body.pk}/{kind}s/", modified_since="2000-01-01T00:00:00+00:00"
    )
    assert url(f"{kind}/{archive.restricted_document.pk}/") not in ids(everything)
    assert url(f"{kind}/{archive.exempt_item_document.pk}/") not in ids(everything)


def test_an_item_never_published_is_not_found(client, archive):
    assert client.get(f"{API}agenda-item/{archive.unpublished_item.pk}/").status_code == 404


def test_decisions_wait_for_the_minutes(client, archive):
    item = Item.objects.get(meeting=archive.upcoming)
    shown = get(client, f"agenda-item/{item.pk}/")
    assert "resolutionText" not in shown
    assert "result" not in shown


def test_decisions_are_given_as_result_and_resolution_text(client, archive):
    make_decision(
        archive.report_item, "RESOLVED that the plan be reviewed in a year.", kind="resolved"
    )
    item = get(client, f"agenda-item/{archive.report_item.pk}/")
    assert item["result"] == "Agreed; Resolved"
    assert item["resolutionText"] == (
        "AGREED to approve the Community Safety Plan.\n\n"
        "RESOLVED that the plan be reviewed in a year."
    )


# --- Meetings, papers, files -------------------------------------------------------------------


def test_a_meeting_carries_its_agenda_minutes_and_pack_as_files(client, archive):
    meeting = get(client, f"meeting/{archive.held.pk}/")
    assert meeting["invitation"]["id"] == url(f"file/{archive.agenda.pk}/")
    assert meeting["resultsProtocol"]["id"] == url(f"file/{archive.minutes.pk}/")
    assert [f["id"] for f in meeting["auxiliaryFile"]] == [url(f"file/{archive.pack.pk}/")]
    assert meeting["start"] == "2025-05-14T14:00:00+01:00"
    assert meeting["organization"] == [url(f"organization/{archive.partnership.pk}/")]
    assert meeting["location"]["id"] == url(f"location/{archive.chamber.pk}/")
    assert [i["order"] for i in meeting["agendaItem"]] == [1, 2, 3]


def test_a_meeting_names_as_participants_those_who_attended(client, archive):
    meeting = get(client, f"meeting/{archive.held.pk}/")
    assert sorted(meeting["participant"]) == sorted(
        url(f"person/{p.pk}/") for p in (archive.chair, archive.member, archive.officer)
    )


def test_a_meeting_names_no_participants_before_its_minutes_are_published(client, archive):
    Attendance.objects.create(
        meeting=archive.upcoming, person=archive.chair, status=AttendanceStatus.PRESENT
    )
    assert get(client, f"meeting/{archive.upcoming.pk}/")["participant"] == []


def test_a_cancelled_meeting_says_so(client, archive):
    meeting = get(client, f"meeting/{archive.cancelled.pk}/")
    assert meeting["cancelled"] is True
    assert meeting["meetingState"] == "Cancelled"
    assert get(client, f"meeting/{archive.held.pk}/")["cancelled"] is False


def test_a_report_is_a_paper_considered_at_its_item(client, archive):
    paper = get(client, f"paper/{archive.report.pk}/")
    assert paper["reference"] == "SSP/2/25"
    assert paper["mainFile"]["id"] == url(f"file/{archive.report.pk}/")
    assert [f["id"] for f in paper["auxiliaryFile"]] == [url(f"file/{archive.appendix.pk}/")]
    (consultation,) = paper["consultation"]
    assert consultation["agendaItem"] == url(f"agenda-item/{archive.report_item.pk}/")
    assert consultation["meeting"] == url(f"meeting/{archive.held.pk}/")
    assert consultation["authoritative"] is True
    assert get(client, f"consultation/{archive.report.pk}/") == consultation
    item = get(client, f"agenda-item/{archive.report_item.pk}/")
    assert item["consultation"] == consultation["id"]


def test_a_file_points_at_the_portal_document(client, archive, settings):
    archive.report.file.name = "documents/2025/plan.pdf"
    archive.report.save()
    shown = get(client, f"file/{archive.report.pk}/")
    assert shown["accessUrl"] == f"{SITE}/documents/{archive.report.pk}/plan.pdf"
    assert shown["downloadUrl"] == shown["accessUrl"]
    assert shown["fileName"] == "plan.pdf"
    assert shown["mimeType"] == "application/pdf"
    assert shown["size"] == 102400
    assert shown["text"] == "The plan for the year."
    assert shown["paper"] == [url(f"paper/{archive.report.pk}/")]
    assert shown["agendaItem"] == [url(f"agenda-item/{archive.report_item.pk}/")]


def test_a_file_moot_holds_no_copy_of_names_where_it_came_from_but_links_nothing(client, archive):
    archive.pack.source_url = "https://democracy.example.gov.uk/documents/s1234/pack.pdf"
    archive.pack.save()
    shown = get(client, f"file/{archive.pack.pk}/")
    assert shown["moot:sourceUrl"] == archive.pack.source_url
    assert "accessUrl" not in shown
    assert "downloadUrl" not in shown


def test_a_deleted_venue_is_left_out_of_its_meeting(client, archive):
    archive.chamber.deleted_at = timezone.now()
    archive.chamber.save()
    assert "location" not in get(client, f"meeting/{archive.held.pk}/")
    assert get(client, f"location/{archive.chamber.pk}/")["deleted"] is True


def test_ids_follow_the_configured_site_address(client, archive, settings):
    settings.SITE_URL = "https://democracy.example.org/"
    system = get(client, "")
    assert system["id"] == "https://democracy.example.org/oparl/v1/"
    assert system["body"] == "https://democracy.example.org/oparl/v1/bodies/"


def test_a_person_lists_their_memberships_and_never_their_email(client, archive):
    person = get(client, f"person/{archive.chair.pk}/")
    assert person["formOfAddress"] == "Cllr"
    assert person["body"] == url(f"body/{archive.body.pk}/")
    (membership,) = person["membership"]
    assert membership["role"] == "Chair"
    assert membership["startDate"] == "2025-05-14"
    assert "@" not in str(person)


def test_the_body_embeds_its_legislative_terms(client, archive):
    body = get(client, f"body/{archive.body.pk}/")
    assert [t["name"] for t in body["legislativeTerm"]] == ["2023–2027"]
    assert body["legislativeTerm"][0]["startDate"] == "2023-05-04"


# --- Deleted objects ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attr, kind",
    [
        ("withdrawn_item", "agenda-item"),
        ("deleted_item", "agenda-item"),
        ("withdrawn_meeting", "meeting"),
    ],
)
def test_a_withdrawn_or_deleted_object_is_served_as_deleted(client, archive, attr, kind):
    row = getattr(archive, attr)
    shown = get(client, f"{kind}/{row.pk}/")
    # AgendaItem.order is required by the schema of every agenda item, deleted or not.
    assert set(shown) - {"order"} == {"id", "type", "created", "modified", "deleted"}
    assert shown["deleted"] is True
    oparl_schema.validate(shown)


def test_a_deleted_body_keeps_only_what_the_schema_requires(client, archive):
    Body.all_objects.filter(pk=archive.body.pk).update(deleted_at=timezone.now())
    shown = get(client, f"body/{archive.body.pk}/")
    assert shown["deleted"] is True
    assert shown["legislativeTerm"] == []
    assert "shortName" not in shown
    oparl_schema.validate(shown)
    meetings = get(
        client, f"body/{archive.body.pk}/meetings/", modified_since="2000-01-01T00:00:00+00:00"
    )
    assert all(m["deleted"] for m in meetings["data"])


def test_deleted_objects_are_listed_only_when_modified_since_is_given(client, archive):
    path = f"body/{archive.body.pk}/agenda-items/"
    withdrawn = url(f"agenda-item/{archive.withdrawn_item.pk}/")
    assert withdrawn not in ids(get(client, path))
    listed = get(client, path, modified_since="2000-01-01T00:00:00+00:00")
    assert withdrawn in ids(listed)


def test_a_deleted_object_is_modified_when_it_was_deleted(client, archive):
    later = timezone.now() + timedelta(days=3)
    Meeting.all_objects.filter(pk=archive.withdrawn_meeting.pk).update(deleted_at=later)
    shown = get(client, f"meeting/{archive.withdrawn_meeting.pk}/")
    assert shown["modified"] == timezone.localtime(later).isoformat(timespec="seconds")
    since = (later - timedelta(hours=1)).isoformat()
    listed = get(client, f"body/{archive.body.pk}/meetings/", modified_since=since)
    assert ids(listed) == [shown["id"]]


def test_everything_on_a_withdrawn_meeting_is_deleted(client, archive):
    Meeting.all_objects.filter(pk=archive.held.pk).update(deleted_at=timezone.now())
    assert get(client, f"agenda-item/{archive.report_item.pk}/")["deleted"] is True
    assert get(client, f"file/{archive.report.pk}/")["deleted"] is True
    assert get(client, f"paper/{archive.report.pk}/")["deleted"] is True


def test_a_deleted_legislative_term_leaves_the_body(client, archive):
    LegislativeTerm.objects.filter(pk=archive.term.pk).update(deleted_at=timezone.now())
    assert get(client, f"body/{archive.body.pk}/")["legislativeTerm"] == []
    assert get(client, f"legislative-term/{archive.term.pk}/")["deleted"] is True


# --- Filters -----------------------------------------------------------------------------------


def test_created_since_and_until_narrow_a_list(client, archive):
    old = local(2020, 1, 1)
    Meeting.objects.filter(pk=archive.cancelled.pk).update(created_at=old)
    path = f"body/{archive.body.pk}/meetings/"
    until = get(client, path, created_until="2021-01-01T00:00:00+00:00")
    assert ids(until) == [url(f"meeting/{archive.cancelled.pk}/")]
    since = get(client, path, created_since="2021-01-01T00:00:00+00:00")
    assert url(f"meeting/{archive.cancelled.pk}/") not in ids(since)
    assert len(ids(since)) == 2


def test_modified_since_and_until_narrow_a_list(client, archive):
    Meeting.objects.filter(pk=archive.upcoming.pk).update(updated_at=local(2020, 1, 1))
    # A meeting is modified when what it embeds is: its items must be as old.
    Item._base_manager.filter(meeting=archive.upcoming).update(updated_at=local(2020, 1, 1))
    path = f"body/{archive.body.pk}/meetings/"
    until = get(client, path, modified_until="2021-01-01T00:00:00+00:00")
    assert ids(until) == [url(f"meeting/{archive.upcoming.pk}/")]
    since = get(client, path, modified_since="2021-01-01T00:00:00+00:00")
    assert url(f"meeting/{archive.upcoming.pk}/") not in ids(since)


def test_an_unencoded_plus_in_a_filter_is_understood(client, archive):
    response = client.get(
        f"{API}body/{archive.body.pk}/meetings/?created_since=2000-01-01T00:00:00+01:00"
    )
    assert response.status_code == 200
    assert len(response.json()["data"]) == 3


def test_a_malformed_filter_is_a_bad_request(client, archive):
    response = client.get(f"{API}body/{archive.body.pk}/meetings/", {"created_since": "yesterday"})
    assert response.status_code == 400
    assert "created_since" in response.json()["message"]


def test_omit_internal_leaves_out_the_embedded_lists_that_have_their_own(client, archive):
    b = archive.body.pk
    people = get(client, f"body/{b}/people/", omit_internal="true")["data"]
    assert all("membership" not in p for p in people)
    meetings = get(client, f"body/{b}/meetings/", omit_internal="true")["data"]
    assert all("auxiliaryFile" not in m for m in meetings)
    assert any(m["agendaItem"] for m in meetings)  # agenda order matters: still given
    assert all("auxiliaryFile" not in i for m in meetings for i in m["agendaItem"])
    papers = get(client, f"body/{b}/papers/", omit_internal="true")["data"]
    assert papers and all("auxiliaryFile" not in p for p in papers)
    bodies = get(client, "bodies/", omit_internal="true")["data"]
    assert bodies[0]["legislativeTerm"]  # no external list replaces it in Body
    assert all("membership" in p for p in get(client, f"body/{b}/people/")["data"])


# --- Paging ------------------------------------------------------------------------------------


def test_a_list_is_paged_with_links_that_keep_the_filters(client, archive):
    path = f"body/{archive.body.pk}/agenda-items/"
    base = url(path) + "?created_since=2000-01-01T00%3A00%3A00%2B00%3A00&limit=2"
    first = get(client, path, created_since="2000-01-01T00:00:00+00:00", limit=2)
    assert first["pagination"] == {
        "totalElements": 4,
        "elementsPerPage": 2,
        "currentPage": 1,
        "totalPages": 2,
    }
    assert first["links"] == {
        "first": base,
        "self": base,
        "last": base + "&page=2",
        "next": base + "&page=2",
    }
    second = client.get(first["links"]["next"].removeprefix(SITE)).json()
    assert second["links"]["prev"] == base
    assert "next" not in second["links"]
    assert len(set(ids(first)) | set(ids(second))) == 4


def test_limit_is_capped_and_a_page_past_the_end_is_not_found(client, archive):
    page = get(client, f"body/{archive.body.pk}/files/", limit=10_000)
    assert page["pagination"]["elementsPerPage"] == 100
    assert client.get(f"{API}body/{archive.body.pk}/files/", {"page": 2}).status_code == 404
    assert client.get(f"{API}body/{archive.body.pk}/files/", {"page": "x"}).status_code == 400


def test_a_page_of_meetings_holds_twenty_as_each_embeds_its_agenda(client, archive):
    page = get(client, f"body/{archive.body.pk}/meetings/", limit=10_000)
    assert page["pagination"]["elementsPerPage"] == 20
    assert (
        get(client, f"body/{archive.body.pk}/meetings/", limit=2)["pagination"]["elementsPerPage"]
        == 2
    )


def test_an_embedded_agenda_item_is_the_item_as_served_at_its_own_url(client, archive):
    meetings = get(client, f"body/{archive.body.pk}/meetings/")["data"]
    embedded = [item for m in meetings for item in m.get("agendaItem", [])]
    assert embedded
    assert any(item.get("resolutionText") for item in embedded)
    assert any(item.get("auxiliaryFile") for item in embedded)
    assert any(item["public"] is False for item in embedded)
    for item in embedded:
        assert client.get(item["id"].removeprefix(SITE)).json() == item


def test_an_empty_list_is_one_empty_page(client, archive):
    page = get(client, f"organization/{archive.planning.pk}/consultations/")
    assert page["data"] == []
    assert page["pagination"]["totalPages"] == 1
    assert "next" not in page["links"]


def test_the_api_only_reads(client, archive):
    assert client.post(API).status_code == 405
    assert client.post(f"{API}body/{archive.body.pk}/meetings/").status_code == 405


# --- Cost --------------------------------------------------------------------------------------


def _grow(archive) -> None:
    """Another meeting as full as the first, with new people, papers and decisions."""
    meeting = make_meeting(archive.planning, start=local(2025, 9, 3, 18), location=archive.chamber)
    for n in range(3):
        person = make_person()
        make_membership(person, archive.planning)
        Attendance.objects.create(meeting=meeting, person=person, status=AttendanceStatus.PRESENT)
        item = make_item(meeting, title=f"Application {n}", kind=ItemKind.DECISION)
        make_decision(item)
        make_document(meeting, item, title=f"Report {n}")
        make_document(meeting, item, title=f"Plan {n}", kind=DocumentKind.APPENDIX)
    make_document(meeting, title="Minutes", kind=DocumentKind.MINUTES)


LISTS = {
    "bodies/": 3,
    "body/{b}/organizations/": 5,  # and the count of its parties
    "body/{b}/people/": 6,  # with the posts people hold
    "body/{b}/memberships/": 4,  # and the count of its members' parties
    "body/{b}/locations/": 3,
    "body/{b}/meetings/": 8,
    "body/{b}/agenda-items/": 5,
    "body/{b}/papers/": 4,
    "body/{b}/consultations/": 3,
    "body/{b}/files/": 3,
    "body/{b}/legislative-terms/": 3,
    "organization/{o}/meetings/": 8,
    "organization/{o}/consultations/": 3,
}


@pytest.mark.parametrize("pattern", LISTS)
def test_a_list_page_costs_a_fixed_number_of_queries(
    client, archive, pattern, django_assert_num_queries
):
    queries = LISTS[pattern]
    with django_assert_num_queries(queries):
        client.get(API + pattern.format(b=archive.body.pk, o=archive.partnership.pk))
    _grow(archive)
    with django_assert_num_queries(queries):
        response = client.get(API + pattern.format(b=archive.body.pk, o=archive.planning.pk))
    assert response.json()["data"]


def test_an_agenda_item_names_the_earlier_item_it_takes_up_again(client, archive):
    from moot.meetings.services import matters

    first = make_meeting(archive.held.committee, start=local(2025, 3, 12, 14))
    later = make_meeting(archive.held.committee, start=local(2025, 5, 14, 14))
    deferred = make_item(first, title="Library opening hours")
    decided = make_item(later, title="Library opening hours (deferred)")
    matters.continue_matter(decided, deferred)
    assert get(client, f"agenda-item/{decided.pk}/")["moot:continues"] == url(
        f"agenda-item/{deferred.pk}/"
    )
    embedded = get(client, f"meeting/{later.pk}/")["agendaItem"][0]
    assert embedded["moot:continues"] == url(f"agenda-item/{deferred.pk}/")
    assert "moot:continues" not in get(client, f"agenda-item/{deferred.pk}/")
    # An earlier item the public was never told of is not named.
    Item.objects.filter(pk=deferred.pk).update(published_at=None)
    assert "moot:continues" not in get(client, f"agenda-item/{decided.pk}/")
