"""What real OParl clients meet: files Moot does not hold, changes to embedded objects seen
through ``modified_since``, errors as JSON, methods, CORS, ``limit`` and the entry point."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from moot.meetings.choices import DocumentKind
from moot.meetings.models import Item
from tests.api.conftest import SITE
from tests.factories import make_decision, make_document

API = "/oparl/v1/"


def get(client, path: str, **params) -> dict:
    response = client.get(API + path, params)
    assert response.status_code == 200, (path, response.status_code, response.content[:300])
    return response.json()


# --- Files Moot does not hold ------------------------------------------------------------------


def test_it_gives_no_access_url_for_a_file_moot_does_not_hold_and_says_so(client, archive):
    shown = get(client, f"file/{archive.pack.pk}/")
    assert "accessUrl" not in shown
    assert "downloadUrl" not in shown
    assert shown["moot:held"] is False
    assert "holds no copy" in shown["moot:note"]


def test_it_keeps_the_original_address_of_a_file_it_does_not_hold_apart(client, archive):
    archive.pack.source_url = "https://democracy.example.gov.uk/documents/s1234/pack.pdf"
    archive.pack.save()
    shown = get(client, f"file/{archive.pack.pk}/")
    assert "accessUrl" not in shown
    assert shown["moot:sourceUrl"] == archive.pack.source_url


def test_it_embeds_a_file_it_does_not_hold_without_an_access_url(client, archive):
    meeting = get(client, f"meeting/{archive.held.pk}/")
    assert meeting["invitation"]["moot:held"] is False
    assert "accessUrl" not in meeting["invitation"]


def test_it_gives_both_urls_for_a_file_it_holds(client, archive):
    archive.report.file.name = "documents/2025/plan.pdf"
    archive.report.save()
    shown = get(client, f"file/{archive.report.pk}/")
    assert shown["accessUrl"] == shown["downloadUrl"]
    assert shown["moot:held"] is True


# --- Changes to embedded objects ---------------------------------------------------------------


def _since(moment) -> dict:
    return {"modified_since": moment.isoformat()}


def _meeting_ids(client, archive, moment) -> list[str]:
    page = get(client, f"body/{archive.body.pk}/meetings/", **_since(moment))
    return [m["id"] for m in page["data"]]


def _later(archive) -> object:
    """A moment after everything in the archive was written."""
    return timezone.now() + timedelta(microseconds=1)


def test_it_moves_a_meeting_modified_when_an_item_is_renamed(client, archive):
    moment = _later(archive)
    assert SITE + API + f"meeting/{archive.held.pk}/" not in _meeting_ids(client, archive, moment)
    item = Item.objects.get(pk=archive.report_item.pk)
    item.title = "Community Safety Plan 2025–2028"
    item.save()
    assert SITE + API + f"meeting/{archive.held.pk}/" in _meeting_ids(client, archive, moment)
    meeting = get(client, f"meeting/{archive.held.pk}/")
    embedded = next(i for i in meeting["agendaItem"] if i["name"].endswith("2025–2028"))
    assert meeting["modified"] >= embedded["modified"]


def test_it_moves_a_meeting_modified_when_an_item_is_withdrawn(client, archive):
    moment = _later(archive)
    item = Item.objects.get(pk=archive.report_item.pk)
    item.withdrawn_at = timezone.now()
    item.save()
    assert SITE + API + f"meeting/{archive.held.pk}/" in _meeting_ids(client, archive, moment)


def test_it_moves_a_meeting_modified_when_a_file_is_added(client, archive):
    moment = _later(archive)
    make_document(archive.held, title="Supplement", kind=DocumentKind.SUPPLEMENT)
    assert SITE + API + f"meeting/{archive.held.pk}/" in _meeting_ids(client, archive, moment)


def test_it_does_not_move_a_meeting_for_a_restricted_document(client, archive):
    moment = _later(archive)
    archive.restricted_document.title = "Exempt appendix, revised"
    archive.restricted_document.save()
    assert SITE + API + f"meeting/{archive.held.pk}/" not in _meeting_ids(client, archive, moment)


# --- Errors, methods, CORS, limit --------------------------------------------------------------


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize("path", ["meeting/999999/", "body/999999/meetings/", "no-such-thing/"])
def test_it_answers_an_unknown_object_with_a_json_404(client, archive, settings, debug, path):
    settings.DEBUG = debug
    response = client.get(API + path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert response.json()["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_it_refuses_writing_with_a_json_405_naming_the_allowed_methods(client, archive, method):
    response = getattr(client, method)(f"{API}meeting/{archive.held.pk}/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["Content-Type"] == "application/json"
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"


def test_it_answers_a_cors_preflight(client, archive):
    response = client.options(
        f"{API}body/{archive.body.pk}/meetings/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="If-Modified-Since",
    )
    assert response.status_code in (200, 204)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "If-Modified-Since" in response["Access-Control-Allow-Headers"]
    assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("limit", ["0", "-1", "-100"])
def test_it_refuses_a_limit_below_one_naming_the_parameter(client, archive, limit):
    response = client.get(f"{API}body/{archive.body.pk}/files/", {"limit": limit})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "limit" in response.json()["message"]


# --- The entry point ---------------------------------------------------------------------------


def test_it_serves_the_system_at_both_addresses_clients_try(client, archive):
    system = get(client, "")
    assert system["id"] == SITE + API
    response = client.get(API + "system")
    assert response.status_code == 301
    assert response["Location"] == API
    assert client.get(API + "system", follow=True).json() == system
    assert client.get(API + "system/", follow=True).json() == system


def _item_ids(client, archive, moment) -> list[str]:
    page = get(client, f"body/{archive.body.pk}/agenda-items/", **_since(moment))
    return [i["id"] for i in page["data"]]


def test_it_moves_a_meeting_and_its_item_modified_when_a_decision_is_recorded(client, archive):
    moment = _later(archive)
    make_decision(archive.report_item, "RESOLVED that the plan be reviewed in a year.")
    assert SITE + API + f"meeting/{archive.held.pk}/" in _meeting_ids(client, archive, moment)
    assert SITE + API + f"agenda-item/{archive.report_item.pk}/" in _item_ids(
        client, archive, moment
    )


def test_it_moves_an_item_modified_when_a_file_is_added_to_it(client, archive):
    moment = _later(archive)
    make_document(archive.held, archive.report_item, title="Appendix 2", position=3)
    assert SITE + API + f"agenda-item/{archive.report_item.pk}/" in _item_ids(
        client, archive, moment
    )


def test_it_still_sends_a_path_without_its_final_slash_to_the_object(client, archive):
    response = client.get(f"{API}meeting/{archive.held.pk}?omit_internal=true")
    assert response.status_code == 301
    assert response["Location"] == f"{API}meeting/{archive.held.pk}/?omit_internal=true"
