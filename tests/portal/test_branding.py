"""A body's accent colour must stay legible under the header's white text."""

import pytest
from django.core.checks import run_checks

from moot.portal.branding import DEFAULT_ACCENT, accent_problem, contrast_ratio, safe_accent
from tests.factories import make_body, make_committee


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000") == pytest.approx(21)
    assert contrast_ratio("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)


def test_the_default_accent_passes_and_a_pale_one_fails():
    assert accent_problem(DEFAULT_ACCENT) is None
    assert "contrast ratio" in accent_problem("#7fb2e5")
    assert "not a #rrggbb colour" in accent_problem("blue")


def test_an_illegible_accent_falls_back_to_the_default():
    assert safe_accent("#00566E") == "#00566e"
    assert safe_accent("#ffdd00") == DEFAULT_ACCENT
    assert safe_accent("red; background:url(x)") == DEFAULT_ACCENT


@pytest.mark.django_db
def test_the_system_check_names_a_body_whose_colour_fails():
    make_body(name="Pale Parish Council", accent_colour="#a0c4e8")
    make_body(name="Dark Borough Council", accent_colour="#1d5c8c")
    warnings = [w for w in run_checks(databases=["default"]) if w.id == "moot.W001"]
    assert len(warnings) == 1
    assert "Pale Parish Council" in warnings[0].msg


@pytest.mark.django_db
def test_a_failing_colour_is_not_drawn_on_the_page(client):
    committee = make_committee(make_body(accent_colour="#ffdd00"))
    html = client.get(committee.get_absolute_url()).content.decode()
    assert "--accent: #ffdd00" not in html
    assert f"--accent: {DEFAULT_ACCENT}" in html


# One brand on every page -------------------------------------------------------------------

RIVERSIDE = "Riverside Borough Council"
ACCENT = "#00566e"


@pytest.fixture
def riverside():
    from moot.meetings.services import agenda, publishing, scheduling
    from tests.clerk.personas import make_clerk, signed_in
    from tests.factories import local, make_membership, make_person

    body = make_body(name=RIVERSIDE, slug="riverside", accent_colour=ACCENT)
    committee = make_committee(body, name="Planning Committee", slug="planning")
    person = make_person(name="Pat Member")
    make_membership(person, committee)
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 14))
    item = agenda.add_item(meeting, {"title": "Planning applications"})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    clerk = signed_in(make_clerk(body, "riverclerk"))
    return {
        "body": body,
        "committee": committee,
        "person": person,
        "meeting": meeting,
        "item": item,
        "clerk": clerk,
    }


def _assert_branded(html: str, where: str):
    assert RIVERSIDE in html, where
    assert f"--accent: {ACCENT}" in html, where
    assert 'class="site-header__name">Moot<' not in html, where
    assert "– Moot</title>" not in html, where


@pytest.mark.django_db
def test_every_public_page_carries_the_bodys_name_and_colour(client, riverside):
    from django.urls import reverse

    for url in [
        "/",
        riverside["committee"].get_absolute_url(),
        riverside["meeting"].get_absolute_url(),
        riverside["person"].get_absolute_url(),
        reverse("search:results") + "?q=planning",
        reverse("feeds:alerts"),
        reverse("feeds:privacy"),
        reverse("portal:accessibility"),
        reverse("login"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_branded(response.content.decode(), url)
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert "Page not found" in missing.content.decode()
    _assert_branded(missing.content.decode(), "404")


@pytest.mark.django_db
def test_every_back_office_page_carries_the_bodys_name_and_colour(riverside):
    from django.urls import reverse

    meeting, committee, clerk = riverside["meeting"], riverside["committee"], riverside["clerk"]
    for url in [
        reverse("clerk:dashboard"),
        reverse("clerk:body", args=["riverside"]),
        reverse("clerk:committee", args=[committee.pk]),
        reverse("clerk:memberships", args=[committee.pk]),
        reverse("clerk:meeting_new", args=[committee.pk]),
        reverse("clerk:people"),
        reverse("clerk:locations"),
        reverse("clerk:meeting", args=[meeting.pk]),
        reverse("clerk:meeting_edit", args=[meeting.pk]),
        reverse("clerk:record", args=[meeting.pk]),
        reverse("clerk:item", args=[riverside["item"].pk]),
    ]:
        response = clerk.get(url)
        assert response.status_code == 200, url
        _assert_branded(response.content.decode(), url)


@pytest.mark.django_db
def test_the_error_page_carries_the_bodys_name_and_colour(riverside, rf):
    from moot.portal.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    _assert_branded(html, "500")


@pytest.mark.django_db
def test_the_error_page_stands_even_when_the_database_does_not(riverside, rf, monkeypatch):
    from moot.portal import errors

    def broken(request):
        raise RuntimeError("database gone")

    monkeypatch.setattr(errors, "site_brand", broken)
    response = errors.server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()


@pytest.mark.django_db
def test_feed_titles_carry_the_bodys_name(client, riverside):
    atom = client.get("/feeds/atom.xml").content.decode()
    assert f"<title>{RIVERSIDE}: agendas and minutes</title>" in atom
    calendar = client.get("/feeds/meetings.ics").content.decode()
    assert f"X-WR-CALNAME:{RIVERSIDE}: meetings" in calendar.replace("\r\n ", "")
