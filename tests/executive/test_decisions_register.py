"""The decisions register holds every decision, whoever took it: committee decisions beside
the executive's and officers' published decision notices, newest first, filtered by decision
maker, dates, key decision, ward and words — a restricted notice only in its public words."""

from __future__ import annotations

from datetime import date

import pytest

from moot.executive import notice_services as services
from moot.meetings.members import Ward
from tests.executive.conftest import make_notice
from tests.factories import local, make_decision, make_item, make_meeting
from tests.portal.test_pages import text_of

SECRET = "CANARY-register-exempt-91c2"


@pytest.fixture
def register(executive):
    body = executive.personas.body
    newtown = Ward.objects.create(body=body, name="Newtown")
    oldtown = Ward.objects.create(body=body, name="Oldtown")
    grant = make_notice(
        executive.cabinet_member,
        title="Allocation of the homelessness grant",
        taken_on=date(2025, 6, 10),
        key_decision=True,
    )
    grant.wards.set([newtown])
    services.publish_notice(grant)
    cleaning = make_notice(
        executive.officer,
        title="Award of the cleaning contract",
        decision=f"To award the contract to {SECRET} Ltd.",
        taken_on=date(2025, 5, 20),
        restriction="exempt",
        exempt_paragraphs=[3],
        restriction_reason="Commercially sensitive terms.",
        public_summary="The contract was awarded.",
    )
    cleaning.wards.set([oldtown])
    services.publish_notice(cleaning)
    draft = make_notice(executive.officer, title="Closure of the depot (draft)")
    withdrawn = make_notice(executive.officer, title="Sale of the old library")
    services.publish_notice(withdrawn)
    services.withdraw_notice(withdrawn)
    meeting = make_meeting(executive.scrutiny, start=local(2025, 6, 1, 18))
    review = make_item(meeting, title="Review of the grant scheme", reference="OSC/3/25")
    make_decision(review, "AGREED to note the review.")
    return {"grant": grant, "cleaning": cleaning, "draft": draft, "newtown": newtown}


def test_it_lists_executive_and_officer_decisions_beside_committee_decisions(client, register):
    response = client.get("/decisions/")
    text = text_of(response)
    grant, cleaning = register["grant"], register["cleaning"]
    assert f"{grant.reference} Allocation of the homelessness grant" in text
    assert "Cabinet Member for Housing, Tuesday 10 June 2025" in text
    assert "Director of Finance, Tuesday 20 May 2025" in text
    assert "Key decision" in text
    html = response.content.decode()
    assert grant.get_absolute_url() in html and cleaning.get_absolute_url() in html
    # Newest first, whoever took it.
    assert (
        text.index("homelessness grant")
        < text.index("Review of the grant scheme")
        < text.index("cleaning contract")
    )
    assert "5 decisions" not in text and "3 decisions" in text


def test_drafts_and_withdrawn_notices_are_not_in_it(client, register):
    text = text_of(client.get("/decisions/"))
    assert "Closure of the depot" not in text and "old library" not in text


def test_a_restricted_notice_shows_only_its_public_summary(client, register):
    html = client.get("/decisions/").content.decode()
    assert "The contract was awarded." in html and SECRET not in html
    assert (
        "Award of the cleaning contract"
        not in client.get("/decisions/?q=" + SECRET).content.decode()
    )


def test_it_filters_by_decision_maker_key_decision_ward_and_dates(client, register, executive):
    html = client.get("/decisions/?maker=e-housing").content.decode()
    assert "homelessness grant" in html and "cleaning contract" not in html
    assert "grant scheme" not in html
    html = client.get("/decisions/?maker=c-scrutiny").content.decode()
    assert "grant scheme" in html and "homelessness grant" not in html
    html = client.get("/decisions/?committee=scrutiny").content.decode()  # older links
    assert "grant scheme" in html and "homelessness grant" not in html
    html = client.get("/decisions/?key=1").content.decode()
    assert "homelessness grant" in html and "cleaning contract" not in html
    assert "grant scheme" not in html
    html = client.get(f"/decisions/?ward={register['newtown'].pk}").content.decode()
    assert "homelessness grant" in html and "cleaning contract" not in html
    html = client.get("/decisions/?from=2025-05-01&to=2025-05-31").content.decode()
    assert "cleaning contract" in html and "homelessness grant" not in html
    html = client.get("/decisions/?q=homelessness").content.decode()
    assert "homelessness grant" in html and "cleaning contract" not in html
    assert client.get("/decisions/?maker=e-nobody&ward=x&key=maybe").status_code == 200


def test_its_cost_does_not_grow_with_the_decisions(
    client, register, executive, django_assert_max_num_queries
):
    for n in range(10):
        services.publish_notice(make_notice(executive.officer, title=f"Officer decision {n}"))
    with django_assert_max_num_queries(7):
        response = client.get("/decisions/")
    assert "Officer decision 9" in response.content.decode()


def test_a_scrutiny_member_reads_a_restricted_notice_whole(register, executive):
    html = executive.scrutineer.get("/decisions/").content.decode()
    assert f"To award the contract to {SECRET} Ltd." in html


@pytest.mark.django_db(transaction=True)
def test_the_public_register_is_cached_and_a_withdrawn_notice_leaves_it_at_once(
    client, register, settings, django_assert_num_queries
):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    assert "homelessness grant" in client.get("/decisions/").content.decode()
    with django_assert_num_queries(1):  # the content version
        client.get("/decisions/")
    services.withdraw_notice(register["grant"])
    assert "homelessness grant" not in client.get("/decisions/").content.decode()
    cache.clear()
