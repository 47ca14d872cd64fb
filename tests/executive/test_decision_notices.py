"""Decision notices on the public site: published records only, exempt parts kept back on
every way out, the state of call-in at every step, and who may call a decision in."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch

from moot.executive import notice_services as services
from moot.executive.models import CallInOutcome, CallInStatus
from moot.meetings.services.common import ServiceError
from tests.clerk.test_leaks import crawl, readable
from tests.executive.conftest import make_notice
from tests.factories import make_meeting
from tests.portal.pdf import one_page_pdf

LONDON = ZoneInfo("Europe/London")
SECRET = "CANARY-notice-exempt-4e7a"
# Thursday 17 December 2026, 10am: the last day to call in is Thursday 24 December.
PUBLISHED = datetime(2026, 12, 17, 10, tzinfo=LONDON)


@pytest.fixture
def published(executive):
    notice = make_notice(executive.cabinet_member)
    return services.publish_notice(notice, now=PUBLISHED)


def page(client: Client, notice) -> str:
    response = client.get(notice.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_it_hides_a_notice_until_it_is_published(executive):
    notice = make_notice(executive.cabinet_member)
    assert Client().get(notice.get_absolute_url()).status_code == 404
    assert executive.personas.clerk.get(notice.get_absolute_url()).status_code == 200
    assert executive.personas.other_clerk.get(notice.get_absolute_url()).status_code == 404


@time_machine.travel(datetime(2026, 12, 18, 12, tzinfo=LONDON), tick=False)
def test_it_shows_the_record_and_the_date_it_may_be_implemented(published):
    text = page(Client(), published)
    assert "Cabinet Member for Housing" in text
    assert "To allocate the grant" in text and "Not allocating the grant" in text
    assert "Thursday 24 December 2026" in text
    assert "Tuesday 29 December 2026" in text
    assert "In the call-in period" in text
    assert "Request the call-in" not in text
    listing = Client().get("/executive-decisions/").content.decode()
    assert published.get_absolute_url() in listing


@time_machine.travel(datetime(2026, 12, 18, 12, tzinfo=LONDON), tick=False)
def test_a_scrutiny_member_may_call_a_decision_in_and_others_may_not(executive, published):
    personas = executive.personas
    assert "Request the call-in" in page(executive.scrutineer, published)
    for client in (personas.member, personas.clerk, personas.other_clerk):
        assert "Request the call-in" not in page(client, published)
        client.post(f"{published.get_absolute_url()}call-in/", {"reasons": "No"})
    assert not published.call_ins.exists()
    response = Client().post(f"{published.get_absolute_url()}call-in/", {"reasons": "No"})
    assert response.status_code == 302 and "/accounts/" in response["Location"]
    executive.scrutineer.post(
        f"{published.get_absolute_url()}call-in/", {"reasons": "The consultation was too short."}
    )
    call_in = published.call_ins.get()
    assert call_in.requested_by == executive.scrutineer_person
    assert "Call-in requested" in page(Client(), published)


def test_it_refuses_a_call_in_after_the_period(executive, published):
    with pytest.raises(ServiceError, match="period has ended"):
        services.request_call_in(
            published,
            executive.scrutineer_person.user,
            "Too late",
            now=datetime(2026, 12, 29, 9, tzinfo=LONDON),
        )
    # The last day still counts.
    services.request_call_in(
        published,
        executive.scrutineer_person.user,
        "Just in time",
        now=datetime(2026, 12, 24, 16, tzinfo=LONDON),
    )


def test_it_shows_each_step_of_a_call_in(executive, published):
    call_in = services.request_call_in(
        published, executive.scrutineer_person.user, "Reasons", now=PUBLISHED
    )
    meeting = make_meeting(executive.scrutiny, start=datetime(2027, 1, 12, 18, tzinfo=LONDON))
    services.record_validity(call_in, True, "Signed by three members.", meeting)
    text = page(Client(), published)
    assert "Called in" in text and "Tuesday 12 January 2027" in text
    services.record_outcome(call_in, CallInOutcome.REFERRED_BACK, on=date(2027, 1, 12))
    text = page(Client(), published)
    assert "Referred back to the decision maker" in text
    assert call_in.status == CallInStatus.VALID


def test_an_urgent_decision_says_it_is_exempt_from_call_in_and_why(executive):
    notice = make_notice(
        executive.cabinet_member, urgent=True, urgency_reason="The grant lapses on Friday."
    )
    services.publish_notice(notice, now=PUBLISHED)
    text = page(Client(), notice)
    assert "Exempt from call-in" in text and "The grant lapses on Friday." in text
    with pytest.raises(ServiceError, match="urgency"):
        services.request_call_in(notice, executive.scrutineer_person.user, "x", now=PUBLISHED)


def test_an_officer_decision_is_not_subject_to_call_in(executive):
    notice = make_notice(executive.officer, title="Write-off of a bad debt")
    services.publish_notice(notice, now=PUBLISHED)
    assert "not subject to call-in" in page(Client(), notice)


def test_no_exempt_part_of_a_notice_reaches_the_public(executive, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    notice = make_notice(
        executive.cabinet_member,
        title="Sale of the depot",
        decision=f"To sell the depot to {SECRET} for the sum stated.",
        reasons=f"Best offer {SECRET}.",
        alternatives=f"Offer from {SECRET}-2.",
        interests=f"Owns shares {SECRET}",
        restriction="exempt",
        exempt_paragraphs=[3],
        restriction_reason="The price would prejudice the council's position.",
        public_summary="To sell the depot.",
        report_title="Depot disposal",
        report=SimpleUploadedFile("depot.pdf", one_page_pdf(f"Report {SECRET}")),
    )
    services.publish_notice(notice, now=PUBLISHED)
    services.request_call_in(
        notice, executive.scrutineer_person.user, f"Price {SECRET} too low", now=PUBLISHED
    )
    pages = crawl(
        Client(),
        [
            "/executive-decisions/",
            "/executive-decisions/feed.atom",
            f"/oparl/v1/body/{executive.personas.body.pk}/decision-notices/",
            "/oparl/v1/export.zip",
        ],
    )
    assert b"To sell the depot." in readable(pages["/oparl/v1/export.zip"])
    assert notice.get_absolute_url() in pages
    assert f"/oparl/v1/decision-notice/{notice.pk}/" in pages
    assert f"{notice.get_absolute_url()}notice.pdf" in pages
    leaks = [url for url, body in pages.items() if SECRET.encode() in readable(body)]
    assert leaks == []
    text = pages[notice.get_absolute_url()].decode()
    assert "To sell the depot." in text and "paragraph 3" in text
    assert Client().get(f"{notice.get_absolute_url()}report.pdf").status_code == 404
    for client in (executive.personas.member, executive.personas.other_clerk):
        assert SECRET not in page(client, notice)
    # Those entitled to the whole record: the body's clerks and the scrutiny committee.
    assert SECRET in page(executive.personas.clerk, notice)
    assert SECRET in page(executive.scrutineer, notice)
    report = executive.scrutineer.get(f"{notice.get_absolute_url()}report.pdf")
    assert report.status_code == 200


def test_a_withdrawn_notice_leaves_the_public_site(executive, published):
    services.withdraw_notice(published)
    assert Client().get(published.get_absolute_url()).status_code == 404
    assert published.title not in Client().get("/executive-decisions/feed.atom").content.decode()


def test_it_serves_a_notice_in_the_oparl_api_as_a_paper_with_its_consultation(executive, published):
    data = Client().get(f"/oparl/v1/decision-notice/{published.pk}/").json()
    assert data["type"].endswith("/Paper") and data["paperType"] == "Decision notice"
    assert data["date"] == "2026-12-15"
    assert data["mainFile"]["accessUrl"].endswith(f"/executive-decisions/{published.pk}/notice.pdf")
    consultation = data["consultation"][0]
    assert consultation["authoritative"] is True
    assert consultation["role"] == "Decision by Cabinet Member for Housing"
    assert consultation["moot:callInDeadline"] == "2026-12-24"
    assert consultation["moot:implementableFrom"] == "2026-12-29"
    again = Client().get(consultation["id"].removeprefix("http://testserver")).json()
    assert again["paper"] == data["id"]
    listing = Client().get(f"/oparl/v1/body/{executive.personas.body.pk}/decision-notices/")
    assert [p["id"] for p in listing.json()["data"]] == [data["id"]]
    draft = make_notice(executive.officer)
    assert Client().get(f"/oparl/v1/decision-notice/{draft.pk}/").status_code == 404


def test_the_list_costs_the_same_for_any_number_of_notices(executive, django_assert_num_queries):
    services.publish_notice(make_notice(executive.cabinet_member), now=PUBLISHED)
    Client().get("/executive-decisions/")  # warm caches (content types, the brand)
    with django_assert_num_queries(3):
        Client().get("/executive-decisions/")
    for n in range(5):
        services.publish_notice(make_notice(executive.officer, title=f"Write-off {n}"))
    with django_assert_num_queries(3):
        response = Client().get("/executive-decisions/")
    assert response.content.decode().count("Write-off") == 5


def test_a_key_decision_names_its_forward_plan_entry(executive):
    from moot.executive.models import PlanEntry

    entry = PlanEntry.objects.create(
        body=executive.personas.body,
        maker=executive.cabinet_member,
        matter="Allocation of the homelessness grant",
        key_decision=True,
    )
    notice = make_notice(executive.cabinet_member, key_decision=True, plan_entry=entry)
    services.publish_notice(notice, now=PUBLISHED)
    assert list(entry.notices.all()) == [notice]
    text = page(Client(), notice)
    assert "Key decision" in text
    try:
        address = entry.get_absolute_url()
    except NoReverseMatch:  # the forward plan's pages are not installed yet
        return
    assert address in text
