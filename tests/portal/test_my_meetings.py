"""'My meetings': a signed-in member's committees' meetings with every paper they are entitled
to — exempt ones of their own committees, never another's — sent private, never shared."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile

from moot.meetings.choices import AttendanceStatus, MembershipRole, Restriction
from moot.meetings.models import Attendance
from tests.factories import (
    local,
    make_committee,
    make_document,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.portal.pdf import one_page_pdf

pytestmark = pytest.mark.django_db

URL = "/my-meetings/"
MINE = "Tender prices from Acme Security"
THEIRS = "Land disposal at Harbour Road"


@pytest.fixture(autouse=True)
def _today(time_machine):
    time_machine.move_to(datetime(2026, 12, 4, 10, tzinfo=ZoneInfo("Europe/London")), tick=False)


def paper(meeting, item, title, **kw):
    document = make_document(meeting, item, title=title, filename="paper.pdf", **kw)
    document.file.save("paper.pdf", ContentFile(one_page_pdf(title)), save=True)
    return document


@pytest.fixture
def world():
    """Two committees of one council, each with an upcoming meeting carrying an exempt
    paper, a public paper and a members' pack."""
    mine, theirs = make_committee(name="Licensing"), make_committee(name="Planning")
    found = {}
    for committee, secret in ((mine, MINE), (theirs, THEIRS)):
        meeting = make_meeting(committee, start=local(2026, 12, 10, 18))
        exempt = make_exempt_item(meeting, title=f"Exempt business of {committee.name}")
        public = make_item(meeting, title=f"Public business of {committee.name}")
        found[committee.name] = {
            "meeting": meeting,
            "exempt": paper(meeting, exempt, secret),
            "public": paper(meeting, public, f"Budget report to {committee.name}"),
            "pack": paper(
                meeting,
                None,
                f"Members' reports pack of {committee.name}",
                restriction=Restriction.CONFIDENTIAL,
            ),
        }
    found["mine"], found["theirs"] = mine, theirs
    return found


def sign_in(client, django_user_model, name="ann"):
    user = django_user_model.objects.create_user(name, password="pw")
    person = make_person(name="Ann Member", honorific="Cllr", user=user)
    client.force_login(user)
    return person


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={URL}"


def test_a_member_sees_the_exempt_papers_of_their_own_committee(client, django_user_model, world):
    make_membership(sign_in(client, django_user_model), world["mine"])
    page = client.get(URL).content.decode()
    assert MINE in page
    assert world["Licensing"]["exempt"].get_absolute_url() in page
    assert "Budget report to Licensing" in page
    assert "Members&#x27; reports pack of Licensing" in page
    assert "Not for publication" in page


def test_a_member_never_sees_another_committees_exempt_papers(client, django_user_model, world):
    make_membership(sign_in(client, django_user_model), world["mine"])
    page = client.get(URL).content.decode()
    assert THEIRS not in page
    assert world["Planning"]["exempt"].get_absolute_url() not in page
    assert "Members&#x27; reports pack of Planning" not in page
    assert "Planning" not in page


def test_a_former_member_sees_no_exempt_papers(client, django_user_model, world):
    person = sign_in(client, django_user_model)
    make_membership(person, world["mine"], end=datetime(2026, 11, 1).date())
    page = client.get(URL).content.decode()
    assert MINE not in page
    assert "Licensing" not in page


def test_a_named_substitute_sees_the_meeting_but_only_what_the_policy_allows(
    client, django_user_model, world
):
    """A substitute named at one meeting of another committee is not a member of it: the
    access rules give them its public papers only."""
    person = sign_in(client, django_user_model)
    make_membership(person, world["mine"])
    meeting = world["Planning"]["meeting"]
    Attendance.objects.create(
        meeting=meeting,
        person=person,
        status=AttendanceStatus.SUBSTITUTE,
        substitute_for=make_person(name="Bob Regular"),
    )
    page = client.get(URL).content.decode()
    assert meeting.get_absolute_url() in page
    assert "Budget report to Planning" in page
    assert THEIRS not in page
    assert "Members&#x27; reports pack of Planning" not in page
    assert MINE in page


def test_a_substitute_member_of_the_committee_sees_its_exempt_papers(
    client, django_user_model, world
):
    make_membership(
        sign_in(client, django_user_model), world["mine"], role=MembershipRole.SUBSTITUTE
    )
    assert MINE in client.get(URL).content.decode()


def test_it_lists_upcoming_and_recent_meetings(client, django_user_model, world):
    make_membership(sign_in(client, django_user_model), world["mine"])
    past = make_meeting(world["mine"], start=local(2026, 11, 12, 18))
    page = client.get(URL).content.decode()
    upcoming, recent = page.split('id="recent"')
    assert world["Licensing"]["meeting"].get_absolute_url() in upcoming
    assert past.get_absolute_url() in recent
    assert "Thursday 10 December 2026, 6.00pm" in upcoming


def test_the_page_is_never_kept_by_a_shared_cache(client, django_user_model, world):
    make_membership(sign_in(client, django_user_model), world["mine"])
    response = client.get(URL)
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_the_exempt_paper_and_the_meeting_page_are_private_too(client, django_user_model, world):
    make_membership(sign_in(client, django_user_model), world["mine"])
    found = world["Licensing"]
    for url in (found["exempt"].get_absolute_url(), found["pack"].get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
    response = client.get(found["meeting"].get_absolute_url())
    assert MINE in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_the_site_header_links_to_it_when_signed_in(client, django_user_model):
    assert URL not in client.get("/").content.decode()
    sign_in(client, django_user_model)
    assert f'href="{URL}"' in client.get("/").content.decode()


def test_an_account_with_no_member_record_is_told_so(client, django_user_model):
    user = django_user_model.objects.create_user("officer", password="pw")
    client.force_login(user)
    page = client.get(URL).content.decode()
    assert "not linked to a member record" in page


def test_its_queries_do_not_grow_with_the_meetings(
    client, django_user_model, world, django_assert_max_num_queries
):
    make_membership(sign_in(client, django_user_model), world["mine"])
    for n in range(5):
        meeting = make_meeting(world["mine"], start=local(2026, 12, 11, 18) + timedelta(days=n))
        item = make_exempt_item(meeting)
        paper(meeting, item, f"Exempt paper {n}")
        paper(meeting, make_item(meeting), f"Public paper {n}")
    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200
