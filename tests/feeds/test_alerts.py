"""Email alerts: double opt-in, digests sent once with their context, one-click unsubscribe,
and addresses deleted when the privacy notice says."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone

from moot.feeds import alerts
from moot.feeds.matching import Matcher
from moot.feeds.models import Delivery, Subscription
from moot.meetings.choices import MinutesState
from tests.factories import local, make_item, make_meeting

from .conftest import CANARY


def link_in(text: str, path: str) -> str:
    """The path of the first absolute link to ``path…`` in ``text``."""
    url = re.search(rf"https://meetings\.example\.gov\.uk{path}\S+/", text).group()
    return urlsplit(url).path


def subscribe(client, capture, **data) -> Subscription:
    with capture(execute=True):
        response = client.post("/alerts/", data)
    assert response.status_code == 200
    assert b"Check your email" in response.content
    return Subscription.objects.get(email=data["email"].lower())


def confirm(client, message) -> None:
    path = link_in(message.body, "/alerts/confirm/")
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200


@pytest.fixture
def upcoming(committee):
    """A meeting whose agenda is out and whose minutes are not yet."""
    meeting = make_meeting(
        committee, start=local(2025, 9, 10, 14, 0), minutes_state=MinutesState.NONE
    )
    make_item(meeting, reference="SSP/12/25", title="Domestic abuse services")
    return meeting


def publish_minutes(meeting, text: str) -> None:
    item = meeting.items.get(reference="SSP/12/25")
    item.minutes = text
    item.save()
    meeting.minutes_state = MinutesState.DRAFT
    meeting.minutes_published_at = timezone.now()
    meeting.save()


def test_a_saved_search_alert_goes_once_with_its_context_and_unsubscribes_in_one_click(
    client, upcoming, django_capture_on_commit_callbacks
):
    subscription = subscribe(
        client, django_capture_on_commit_callbacks, email="Resident@Example.org", q="refuge"
    )
    (confirmation,) = mail.outbox
    assert confirmation.to == ["resident@example.org"]
    assert "searches for “refuge”" in confirmation.subject
    assert Subscription.objects.active().count() == 0  # nothing until confirmed

    confirm(client, confirmation)
    subscription.refresh_from_db()
    assert subscription.is_active

    publish_minutes(upcoming, "<p>The new refuge opens in October.</p>")
    call_command("send_alerts")
    call_command("send_alerts")

    digests = mail.outbox[1:]
    assert len(digests) == 1
    digest = digests[0]
    assert digest.subject == "1 new match for “refuge”"
    assert "Safer Stockton Partnership" in digest.body
    assert "Wednesday 10 September 2025, 2.00pm" in digest.body
    assert "SSP/12/25 Domestic abuse services" in digest.body
    assert '"The new refuge opens in October."' in digest.body
    assert f"https://meetings.example.gov.uk/meetings/{upcoming.pk}/#item-1" in digest.body
    html, media_type = digest.alternatives[0]
    assert media_type == "text/html"
    assert "The new <mark>refuge</mark> opens in October." in html

    unsubscribe_url = f"https://meetings.example.gov.uk/alerts/unsubscribe/{subscription.token}/"
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in digest.body and unsubscribe_url in html

    # Opening the link (a person, or a mail scanner) only asks; the one-click POST stops it.
    path = urlsplit(unsubscribe_url).path
    assert client.get(path).status_code == 200
    assert Subscription.objects.active().count() == 1
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None

    later = make_meeting(upcoming.committee, start=local(2025, 10, 1), minutes_state="none")
    make_item(later, reference="SSP/12/25", title="Refuge update")
    call_command("send_alerts")
    assert len(mail.outbox) == 2


def test_a_committee_alert_lists_the_agenda_and_then_the_minutes(
    client, committee, django_capture_on_commit_callbacks
):
    subscription = subscribe(
        client, django_capture_on_commit_callbacks, email="clerk@example.org", committee="ssp"
    )
    confirm(client, mail.outbox[0])

    meeting = make_meeting(
        committee,
        start=local(2025, 9, 10, 14, 0),
        agenda_published_at=timezone.now(),
        minutes_state=MinutesState.NONE,
    )
    make_item(meeting, reference="SSP/12/25", title="Domestic abuse services")
    make_item(
        meeting,
        reference="SSP/13/25",
        title="CCTV contract",
        restriction="exempt",
        agenda_text=f"<p>{CANARY}</p>",
    )
    alerts.send_alerts()
    agenda = mail.outbox[1]
    assert agenda.subject == "Safer Stockton Partnership: agenda published"
    assert "SSP/12/25 Domestic abuse services" in agenda.body
    assert "SSP/13/25 CCTV contract (not for publication)" in agenda.body

    meeting.minutes_state = MinutesState.DRAFT
    meeting.minutes_published_at = timezone.now()
    meeting.save()
    alerts.send_alerts()
    alerts.send_alerts()
    assert [m.subject for m in mail.outbox[1:]] == [
        "Safer Stockton Partnership: agenda published",
        "Safer Stockton Partnership: draft minutes published",
    ]
    assert Delivery.objects.filter(subscription=subscription).count() == 2
    for message in mail.outbox:
        assert CANARY not in message.body
        assert CANARY not in message.alternatives[0][0]


def test_what_was_published_before_confirming_is_not_sent(
    client, committee, django_capture_on_commit_callbacks
):
    make_meeting(committee, agenda_published_at=timezone.now() - timedelta(minutes=5))
    subscribe(client, django_capture_on_commit_callbacks, email="a@example.org", committee="ssp")
    confirm(client, mail.outbox[0])
    alerts.send_alerts()
    assert len(mail.outbox) == 1


def test_an_unconfirmed_address_gets_no_alerts_and_opening_the_link_does_not_confirm(
    client, upcoming, django_capture_on_commit_callbacks
):
    subscription = subscribe(
        client, django_capture_on_commit_callbacks, email="b@example.org", q="refuge"
    )
    client.get(link_in(mail.outbox[0].body, "/alerts/confirm/"))
    publish_minutes(upcoming, "<p>The refuge.</p>")
    alerts.send_alerts()
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    assert len(mail.outbox) == 1


def test_exempt_text_never_matches_a_saved_search(client, upcoming, meeting):
    subscription = Subscription.objects.create(
        email="c@example.org", query=CANARY, confirmed_at=timezone.now() - timedelta(days=1)
    )
    secret = meeting.items.get(reference="SSP/2/25")
    secret.published_at = timezone.now()
    secret.save()
    meeting.minutes_published_at = timezone.now()
    meeting.save()
    alerts.send_alerts()
    assert mail.outbox == []
    assert not subscription.deliveries.exists()


def test_asking_twice_sends_no_second_mail_once_confirmed_and_says_the_same(
    client, committee, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks, email="d@example.org", committee="ssp")
    confirm(client, mail.outbox[0])
    subscribe(client, django_capture_on_commit_callbacks, email="d@example.org", committee="ssp")
    assert len(mail.outbox) == 1
    assert Subscription.objects.count() == 1


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_a_digest_that_cannot_be_sent_is_not_recorded_and_goes_next_time(settings, upcoming):
    subscription = Subscription.objects.create(
        email="e@example.org", query="refuge", confirmed_at=timezone.now() - timedelta(hours=1)
    )
    publish_minutes(upcoming, "<p>The refuge.</p>")
    settings.EMAIL_BACKEND = "tests.feeds.test_alerts.BrokenBackend"
    report = alerts.send_alerts()
    assert (report.digests, report.failed) == (0, 1)
    assert not subscription.deliveries.exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert alerts.send_alerts().digests == 1
    assert alerts.send_alerts().digests == 0
    assert len(mail.outbox) == 1


def test_a_second_run_that_finds_the_events_recorded_sends_nothing(upcoming):
    subscription = Subscription.objects.create(
        email="f@example.org", query="refuge", confirmed_at=timezone.now() - timedelta(hours=1)
    )
    publish_minutes(upcoming, "<p>The refuge.</p>")
    item = upcoming.items.get()
    Delivery.objects.create(subscription=subscription, event=f"item:{item.pk}:minutes")
    assert alerts.send_alerts().digests == 0
    assert mail.outbox == []


def test_old_unconfirmed_and_unsubscribed_addresses_are_deleted(settings, committee):
    settings.ALERT_UNCONFIRMED_DAYS = 7
    settings.ALERT_UNSUBSCRIBED_DAYS = 30
    now = timezone.now()

    def make(email, **kw):
        return Subscription.objects.create(email=email, committee=committee, **kw)

    stale = make("stale@example.org", created_at=now - timedelta(days=8))
    fresh = make("fresh@example.org", created_at=now - timedelta(days=6))
    gone = make(
        "gone@example.org",
        created_at=now - timedelta(days=90),
        confirmed_at=now - timedelta(days=90),
        unsubscribed_at=now - timedelta(days=31),
    )
    leaving = make(
        "leaving@example.org",
        created_at=now - timedelta(days=90),
        confirmed_at=now - timedelta(days=90),
        unsubscribed_at=now - timedelta(days=29),
    )
    active = make(
        "active@example.org",
        created_at=now - timedelta(days=900),
        confirmed_at=now - timedelta(days=900),
    )
    Delivery.objects.create(subscription=gone, event="agenda:1")

    call_command("send_alerts")

    left = set(Subscription.objects.values_list("email", flat=True))
    assert left == {fresh.email, leaving.email, active.email}
    assert not Delivery.objects.exists()
    assert stale.email not in left and gone.email not in left


def test_the_form_refuses_a_request_without_a_committee_or_words(client, db):
    response = client.post("/alerts/", {"email": "g@example.org"})
    assert response.status_code == 400
    assert b"Choose a committee or type the words" in response.content
    assert not Subscription.objects.exists()


def test_one_connection_may_ask_only_so_often(client, committee):
    for n in range(10):
        client.post("/alerts/", {"email": f"h{n}@example.org", "committee": "ssp"})
    response = client.post("/alerts/", {"email": "last@example.org", "committee": "ssp"})
    assert response.status_code == 429
    assert Subscription.objects.count() == 10


def test_the_alerts_page_and_the_privacy_notice_render(client, committee, settings):
    settings.ALERT_UNCONFIRMED_DAYS = 7
    page = client.get("/alerts/?committee=ssp")
    assert page.status_code == 200
    assert b'<option value="ssp" selected>' in page.content
    assert b"csrfmiddlewaretoken" in page.content
    notice = client.get("/alerts/privacy/")
    assert b"deleted after 7 days" in notice.content


def test_the_alerts_form_needs_its_csrf_token(committee):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/alerts/", {"email": "i@example.org", "committee": "ssp"})
    assert response.status_code == 403


def test_an_old_unsubscribe_link_after_the_address_was_deleted_still_says_unsubscribed(client, db):
    for method in (client.get, client.post):
        response = method("/alerts/unsubscribe/no-such-token/")
        assert response.status_code == 200
        assert b"You are unsubscribed" in response.content


def test_a_saved_search_matches_phrases_as_the_search_page_does(meeting):
    """Common words are not indexed, so a phrase's common word may be any: an alert must
    agree with the search page, or it would announce what a search then cannot find."""
    matcher = Matcher('"task and finish group" -parking')
    assert matcher.matches("A task or finish group was set up.")
    assert not matcher.matches("The task was to finish the group.")
    assert not matcher.matches("A task and finish group on parking.")
    assert Matcher("DAPO").matches("The DAPO pilot") and not Matcher("DAPO").matches("dapo")
