"""A CDN in front: public pages say a shared cache may keep them and name what they show
(``Surrogate-Key``), a current copy costs a bare 304, anything personal is
``private, no-store``, and every committed change sends the CDN a purge of exactly what it
made stale — material taken down first, in a request of its own."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from moot.meetings import events
from moot.meetings.services import publishing, setup
from moot.portal.cdn import purge_keys
from tests.clerk.personas import make_personas
from tests.factories import make_item, make_meeting, make_person

pytestmark = pytest.mark.django_db


def test_a_public_page_may_be_kept_by_a_cdn_and_names_its_meeting_committee_and_body(
    client, settings
):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    meeting = make_meeting()
    response = client.get(reverse("portal:meeting", args=[meeting.pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == (
        "public, max-age=0, s-maxage=3600, stale-while-revalidate=60"
    )
    keys = response["Surrogate-Key"].split()
    assert keys == [
        "moot",
        f"meeting-{meeting.pk}",
        f"committee-{meeting.committee_id}",
        f"body-{meeting.committee.body_id}",
    ]


def test_without_a_purge_address_shared_caches_must_ask_again_each_time(client):
    meeting = make_meeting()
    response = client.get(reverse("portal:meeting", args=[meeting.pk]))
    assert response["Cache-Control"] == "public, max-age=0, no-cache"


def test_a_current_copy_is_answered_with_a_bare_304_that_keeps_the_rules(client):
    meeting = make_meeting()
    url = reverse("portal:meeting", args=[meeting.pk])
    first = client.get(url)
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["Cache-Control"] == first["Cache-Control"]
    make_item(meeting, title="A new report")  # the page changes: a full answer again
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_pages_for_a_signed_in_reader_are_never_kept_by_a_shared_cache():
    personas = make_personas()
    meeting = make_meeting(personas.committee)
    for reader in (personas.member, personas.clerk):
        response = reader.get(reverse("portal:meeting", args=[meeting.pk]))
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert not response.has_header("Surrogate-Key")


@pytest.mark.parametrize("path", ["/alerts/", "/accounts/login/"])
def test_a_page_with_a_form_token_is_the_reader_s_own(client, path):
    response = client.get(path)
    assert response.status_code == 200
    rules = response["Cache-Control"].replace(" ", "").split(",")
    assert "private" in rules and "no-store" in rules and "public" not in rules


def test_a_form_post_and_a_redirect_to_sign_in_are_never_kept(client):
    assert client.get("/clerk/")["Cache-Control"] == "private, no-store"
    response = client.post("/alerts/", {"email": "x@example.org"})
    assert response["Cache-Control"] == "private, no-store"


def test_a_missing_page_may_be_kept_but_an_error_may_not(client):
    assert client.get("/meetings/987654/")["Cache-Control"].startswith("public")


# The purge -----------------------------------------------------------------------------


class Recorder(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Recorder.received.append(
            {
                "header": self.headers["Surrogate-Key"],
                "auth": self.headers["Authorization"],
                "keys": body["surrogate_keys"],
            }
        )
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    """A purge endpoint on loopback that records what it is asked."""
    Recorder.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CDN_PURGE_URL = f"http://127.0.0.1:{server.server_port}/purge"
    settings.CDN_PURGE_TOKEN = "s3cret"
    yield Recorder.received
    server.shutdown()


@pytest.mark.django_db(transaction=True)
def test_a_take_down_is_purged_first_on_its_own_then_the_rest(cdn):
    meeting = make_meeting()
    item = make_item(meeting, title="Published by mistake")
    cdn.clear()  # the set-up's own purges
    publishing.withdraw_item(item, "Published in error")
    first = cdn[0]  # then those of the papers rebuilt without the item
    assert first["keys"][:2] == [f"meeting-{meeting.pk}", f"committee-{meeting.committee_id}"]
    assert first["header"] == " ".join(first["keys"])
    assert first["auth"] == "Bearer s3cret"
    assert "lists" in first["keys"] and "moot" not in first["keys"]


def test_what_was_taken_down_is_apart_from_the_rest_and_not_purged_twice():
    down, other = make_meeting(), make_meeting()
    taken, rest = purge_keys(
        events.Change.of(
            withdrawn=[down.pk], documents=[(down.pk, 7)], items=[(other.pk, 5), (down.pk, 6)]
        )
    )
    assert taken == [
        f"meeting-{down.pk}",
        f"committee-{down.committee_id}",
        "document-7",
        "lists",
    ]
    assert rest == [f"meeting-{other.pk}", f"committee-{other.committee_id}"]


@pytest.mark.django_db(transaction=True)
def test_a_change_to_a_person_purges_everything(cdn):
    person = make_person(name="Cllr Ann Example")
    cdn.clear()
    setup.save_record(person, {"name": "Cllr Ann Example-Smith"}, user=None)
    assert [call["keys"] for call in cdn] == [["moot"]]


@pytest.mark.django_db(transaction=True)
def test_an_unreachable_cdn_never_fails_the_change(settings, caplog):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"  # nothing listens on the discard port
    meeting = make_meeting()
    item = make_item(meeting, title="An item")
    publishing.withdraw_item(item, "Wrong meeting")
    item.refresh_from_db()
    assert item.withdrawn_at is not None
    assert "The CDN purge of" in caplog.text


def test_the_keys_of_a_change_name_its_documents_and_committees():
    meeting = make_meeting()
    taken, rest = purge_keys(
        events.Change.of(documents=[(meeting.pk, 41)], committees=[meeting.committee_id])
    )
    assert taken == []
    assert "document-41" in rest and f"meeting-{meeting.pk}" in rest
    assert f"body-{meeting.committee.body_id}" in rest and "lists" in rest
