"""The clerk keeps what the councillors directory shows: party, ward, term, published
contact details, photo and posts; a body's parties and wards; a committee's quorum."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.meetings.members import Party, Ward
from moot.meetings.models import Revision

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def ann(personas):
    person = personas.committee.memberships.get().person
    person.email = "ann.private@example.org"
    person.save()
    return person


def test_the_clerk_sets_party_ward_and_term_and_the_public_page_shows_them(personas, ann):
    lab = Party.objects.create(body=personas.body, name="Labour Group")
    north = Ward.objects.create(body=personas.body, name="Northfield")
    url = f"/clerk/people/{ann.slug}/record/standing/"
    response = personas.clerk.post(
        url,
        {
            "party": lab.pk,
            "ward": north.pk,
            "co_opted": "",
            "term_start_day": "5",
            "term_start_month": "5",
            "term_start_year": "2023",
            "term_end_day": "",
            "term_end_month": "",
            "term_end_year": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    ann.refresh_from_db()
    assert (ann.party, ann.ward, str(ann.term_start)) == (lab, north, "2023-05-05")
    assert Revision.objects.filter(object_id=ann.pk, changes__has_key="party").exists()
    page = personas.public.get(ann.get_absolute_url()).content.decode()
    assert "Labour Group" in page and "Northfield" in page and "5 May 2023" in page


def test_a_clerk_cannot_choose_another_bodys_party(personas, ann):
    theirs = Party.objects.create(body=personas.other_body, name="Their Group")
    url = f"/clerk/people/{ann.slug}/record/standing/"
    response = personas.clerk.post(url, {"party": theirs.pk})
    assert response.status_code == 200
    ann.refresh_from_db()
    assert ann.party is None


def test_published_contact_details_are_public_and_the_private_email_never(personas, ann):
    url = f"/clerk/people/{ann.slug}/record/contact/"
    response = personas.clerk.post(
        url,
        {
            "public_email": "cllr.ann@council.example",
            "public_phone": "01642 000000",
            "public_address": "",
        },
    )
    assert response.status_code == 302
    page = personas.public.get(ann.get_absolute_url()).content.decode()
    assert "cllr.ann@council.example" in page and "01642 000000" in page
    assert "ann.private@example.org" not in page


def test_another_bodys_clerk_cannot_open_the_record(personas, ann):
    for path in ("", "standing/", "contact/", "photo/", "posts/new/"):
        response = personas.other_clerk.get(f"/clerk/people/{ann.slug}/record/{path}")
        assert response.status_code == 404, path


def test_a_photo_is_stored_with_its_alternative_text_and_served(personas, ann):
    url = f"/clerk/people/{ann.slug}/record/photo/"
    upload = SimpleUploadedFile("ann.png", PNG, content_type="image/png")
    response = personas.clerk.post(url, {"photo": upload, "photo_alt": "Councillor Ann Member"})
    assert response.status_code == 302
    ann.refresh_from_db()
    assert ann.photo_alt == "Councillor Ann Member"
    served = personas.public.get(f"/councillors/{ann.slug}/photo")
    assert served["Content-Type"] == "image/png"
    assert b"".join(served.streaming_content) == PNG
    page = personas.public.get(ann.get_absolute_url()).content.decode()
    assert 'alt="Councillor Ann Member"' in page


def test_a_photo_that_is_not_a_jpeg_or_png_is_refused(personas, ann, settings):
    url = f"/clerk/people/{ann.slug}/record/photo/"
    fake = SimpleUploadedFile(
        "ann.png", b"<html><script>alert(1)</script>", content_type="image/png"
    )
    response = personas.clerk.post(url, {"photo": fake, "photo_alt": "Ann"})
    assert "The photo must be a JPEG or PNG image." in response.content.decode()
    big = SimpleUploadedFile("big.png", PNG + b"\x00" * (2 * 1024 * 1024), content_type="image/png")
    response = personas.clerk.post(url, {"photo": big, "photo_alt": "Ann"})
    assert "The photo must be smaller than 2 MB." in response.content.decode()
    ann.refresh_from_db()
    assert not ann.photo


def test_the_clerk_adds_a_post(personas, ann):
    response = personas.clerk.post(
        f"/clerk/people/{ann.slug}/record/posts/new/",
        {"kind": "cabinet", "title": "Cabinet Member for Housing"},
    )
    assert response.status_code == 302
    assert (
        "Cabinet Member for Housing" in personas.public.get(ann.get_absolute_url()).content.decode()
    )


def test_the_clerk_adds_parties_and_wards_of_their_body_only(personas):
    response = personas.clerk.post(
        "/clerk/bodies/stockton/parties/new/",
        {"name": "Independents", "short_name": "Ind", "colour": "#00AA00"},
    )
    assert response.status_code == 302
    assert Party.objects.get(body=personas.body).colour == "#00aa00"
    refused = personas.clerk.post(
        "/clerk/bodies/stockton/parties/new/", {"name": "Greens", "colour": "green"}
    )
    assert "six hex digits" in refused.content.decode()
    assert (
        personas.clerk.post("/clerk/bodies/stockton/wards/new/", {"name": "Northfield"}).status_code
        == 302
    )
    assert personas.other_clerk.get("/clerk/bodies/stockton/wards/new/").status_code == 404
    assert "Northfield" in personas.clerk.get("/clerk/parties-and-wards/").content.decode()


def test_the_clerk_sets_a_committees_quorum(personas):
    url = f"/clerk/committees/{personas.committee.pk}/quorum/"
    assert personas.clerk.post(url, {"quorum": "4"}).status_code == 302
    personas.committee.refresh_from_db()
    assert personas.committee.quorum == 4
    assert personas.other_clerk.get(url).status_code == 404
