"""A restricted PDF carries its reader's name at the foot of every page; the stored file and
the public's copies are never changed."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader

from moot.meetings.choices import Restriction
from tests.factories import (
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

FOOTER = "Confidential — printed for Cllr Ann Member, 4 December 2026"


@pytest.fixture(autouse=True)
def _today(time_machine):
    time_machine.move_to(datetime(2026, 12, 4, 10, tzinfo=ZoneInfo("Europe/London")), tick=False)


@pytest.fixture
def committee():
    return make_committee()


@pytest.fixture
def member(client, committee, django_user_model):
    user = django_user_model.objects.create_user("ann", password="pw")
    make_membership(make_person(name="Ann Member", honorific="Cllr", user=user), committee)
    client.force_login(user)
    return user


def stored(meeting, item, data, **kw):
    document = make_document(meeting, item, filename="report.pdf", **kw)
    document.file.save("report.pdf", ContentFile(data), save=True)
    return document


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdfium_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_it_prints_the_members_name_and_the_date_on_an_exempt_paper(client, committee, member):
    meeting = make_meeting(committee)
    original = one_page_pdf("Tender prices")
    document = stored(meeting, make_exempt_item(meeting), original)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    data = body_of(response)
    assert FOOTER in pypdf_text(data)
    assert FOOTER in pdfium_text(data)
    assert "Tender prices" in pdfium_text(data)
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "sandbox"


def test_it_never_changes_the_stored_file(client, committee, member):
    meeting = make_meeting(committee)
    original = one_page_pdf("Tender prices")
    document = stored(meeting, make_exempt_item(meeting), original)
    client.get(document.get_absolute_url())
    document.refresh_from_db()
    with document.file.open("rb") as handle:
        assert handle.read() == original


def test_it_stamps_a_restricted_paper_of_a_public_item_too(client, committee, member):
    meeting = make_meeting(committee)
    document = stored(
        meeting, make_item(meeting), one_page_pdf(), restriction=Restriction.CONFIDENTIAL
    )
    assert FOOTER in pypdf_text(body_of(client.get(document.get_absolute_url())))


def test_the_public_copy_of_a_public_paper_is_the_stored_file(client, committee):
    meeting = make_meeting(committee)
    original = one_page_pdf("Evacuation procedure")
    document = stored(meeting, make_item(meeting), original)
    assert body_of(client.get(document.get_absolute_url())) == original


def test_a_member_reading_a_public_paper_gets_it_unstamped(client, committee, member):
    meeting = make_meeting(committee)
    original = one_page_pdf("Evacuation procedure")
    document = stored(meeting, make_item(meeting), original)
    assert body_of(client.get(document.get_absolute_url())) == original


def test_a_reader_without_a_member_record_is_named_by_their_account(client, django_user_model):
    from moot.access.models import ClerkRole

    committee = make_committee()
    user = django_user_model.objects.create_user("clerk", password="pw", first_name="Carol")
    user.last_name = "Clerk"
    user.save()
    ClerkRole.objects.create(user=user, body=committee.body)
    client.force_login(user)
    meeting = make_meeting(committee)
    document = stored(meeting, make_exempt_item(meeting), one_page_pdf())
    text = pypdf_text(body_of(client.get(document.get_absolute_url())))
    assert "Confidential — printed for Carol Clerk, 4 December 2026" in text


def test_a_pdf_that_cannot_be_stamped_is_served_as_stored(client, committee, member):
    meeting = make_meeting(committee)
    broken = b"%PDF-1.4\nnot really a pdf"
    document = stored(meeting, make_exempt_item(meeting), broken)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert body_of(response) == broken
    assert response["Cache-Control"] == "private, no-store"


def test_a_member_of_another_committee_still_gets_404(client, committee, django_user_model):
    user = django_user_model.objects.create_user("bob", password="pw")
    make_membership(make_person(user=user), make_committee())
    client.force_login(user)
    meeting = make_meeting(committee)
    document = stored(meeting, make_exempt_item(meeting), one_page_pdf())
    assert client.get(document.get_absolute_url()).status_code == 404
