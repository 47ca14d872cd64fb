"""Feeds, calendars and alert emails link to the address the site is served on: the request's
when ``MOOT_SITE_URL`` is unset, ``MOOT_SITE_URL`` whenever it is set, and outside a request
(alerts) ``MOOT_SITE_URL`` or the process's own address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from moot import site
from moot.feeds import alerts
from moot.feeds.models import Subscription
from tests.factories import make_item, make_meeting

HOST = "localhost:8104"


@pytest.fixture
def unset(settings):
    settings.SITE_URL = ""
    yield
    site.use_site_url(None)


def test_the_atom_feed_links_to_the_host_it_was_asked_on(client, meeting, unset):
    text = client.get("/feeds/atom.xml", HTTP_HOST=HOST).content.decode()
    assert f"http://{HOST}/meetings/{meeting.pk}/" in text
    assert f'href="http://{HOST}/feeds/atom.xml"' in text
    assert ":8000" not in text and "example.gov.uk" not in text


def test_the_atom_feed_links_to_moot_site_url_whenever_it_is_set(client, meeting):
    text = client.get("/feeds/atom.xml", HTTP_HOST=HOST).content.decode()
    assert f"https://meetings.example.gov.uk/meetings/{meeting.pk}/" in text
    assert HOST not in text


def test_the_calendar_links_to_the_host_it_was_asked_on_and_keeps_its_uids(client, meeting, unset):
    text = client.get(f"/feeds/meetings/{meeting.pk}.ics", HTTP_HOST=HOST).content.decode()
    assert f"URL:http://{HOST}/meetings/{meeting.pk}/" in text
    assert ":8000" not in text
    # A calendar that imported the meeting from one address must see the same event from
    # another: the UID never follows the reader's host.
    assert f"UID:meeting-{meeting.pk}@127.0.0.1" in text
    other = client.get(f"/feeds/meetings/{meeting.pk}.ics", HTTP_HOST="127.0.0.1:9000")
    assert f"UID:meeting-{meeting.pk}@127.0.0.1" in other.content.decode()


def test_the_calendar_links_to_moot_site_url_whenever_it_is_set(client, meeting):
    text = client.get(f"/feeds/meetings/{meeting.pk}.ics", HTTP_HOST=HOST).content.decode()
    assert f"URL:https://meetings.example.gov.uk/meetings/{meeting.pk}/" in text
    assert f"UID:meeting-{meeting.pk}@meetings.example.gov.uk" in text
    assert HOST not in text


def _subscribed(committee) -> None:
    now = timezone.now()
    Subscription.objects.create(
        email="reader@example.org", committee=committee, confirmed_at=now - timedelta(hours=1)
    )
    meeting = make_meeting(committee, start=now + timedelta(days=10), agenda_published_at=now)
    make_item(meeting, reference="SSP/12/25", title="Domestic abuse services")


def test_an_alert_sent_by_a_command_links_to_moot_site_url(client, committee):
    _subscribed(committee)
    client.get("/feeds/atom.xml", HTTP_HOST=HOST)  # a request served before changes nothing
    alerts.send_alerts()
    (message,) = mail.outbox
    assert "https://meetings.example.gov.uk/meetings/" in message.body
    assert "https://meetings.example.gov.uk/alerts/unsubscribe/" in message.body
    assert HOST not in message.body + message.alternatives[0][0]


def test_an_alert_sent_by_a_command_without_moot_site_url_links_to_the_process_address(
    client, committee, unset
):
    _subscribed(committee)
    client.get("/feeds/atom.xml", HTTP_HOST=HOST)
    alerts.send_alerts()
    assert "http://127.0.0.1:8000/alerts/unsubscribe/" in mail.outbox[0].body
    site.use_site_url("http://192.0.2.7:8200/")
    mail.outbox.clear()
    message = alerts._message(Subscription.objects.get(), "Test", "confirm", {"confirm_url": ""})
    assert "http://192.0.2.7:8200/alerts/unsubscribe/" in message.body
    assert HOST not in message.body
