"""Downloading a document: served inline to those who may see it, 404 to everyone else."""

import pytest
from django.core.files.base import ContentFile

from tests.factories import make_document, make_meeting, make_membership, make_person
from tests.portal.pdf import one_page_pdf
from tests.portal.seedlike import build_seed_like

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return build_seed_like(with_files=True)


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_public_document_is_served_inline_as_a_pdf(client, seed):
    response = client.get(seed.documents[0].get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="evacuation-procedure.pdf"'
    assert body_of(response).startswith(b"%PDF-1.4")


def test_a_restricted_document_is_not_found_for_the_public(client, seed):
    assert client.get(seed.restricted_document.get_absolute_url()).status_code == 404


def test_a_restricted_document_is_served_to_a_member_of_the_committee(
    client, seed, django_user_model
):
    user = django_user_model.objects.create_user("member", password="pw")
    make_membership(make_person(user=user), seed.committee)
    client.force_login(user)
    response = client.get(seed.restricted_document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_member_of_another_committee_does_not_get_it(client, seed, django_user_model):
    from tests.factories import make_committee

    user = django_user_model.objects.create_user("other", password="pw")
    make_membership(make_person(user=user), make_committee())
    client.force_login(user)
    assert client.get(seed.restricted_document.get_absolute_url()).status_code == 404


def test_a_document_without_a_stored_file_is_not_found(client, seed):
    assert client.get(seed.documents[1].get_absolute_url()).status_code == 404


def test_an_unpublished_document_is_not_found(client):
    meeting = make_meeting()
    doc = make_document(meeting, published_at=None, filename="draft.pdf")
    doc.file.save("draft.pdf", ContentFile(one_page_pdf()), save=True)
    assert client.get(doc.get_absolute_url()).status_code == 404


def test_a_wrong_filename_redirects_to_the_right_one(client, seed):
    doc = seed.documents[0]
    response = client.get(f"/documents/{doc.pk}/old-name.pdf")
    assert response.status_code == 301
    assert response["Location"] == doc.get_absolute_url()


def test_an_unknown_document_is_not_found(client):
    assert client.get("/documents/999999/x.pdf").status_code == 404
