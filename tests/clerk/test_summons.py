"""The summons: the agenda and each supplement are emailed to members, substitutes and the
circulation list when published; never anything exempt; every message recorded."""

from email import message_from_bytes
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from moot.clerk import summons
from moot.clerk.models import CirculationEntry, SummonsDelivery, SummonsStatus
from moot.meetings.choices import AttendanceStatus
from moot.meetings.models import Attendance
from moot.meetings.services import publishing
from tests.factories import (
    local,
    make_exempt_item,
    make_item,
    make_location,
    make_meeting,
    make_membership,
    make_person,
)

SECRET = "SECRET-PURPLE-HERON-4471"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "summons"

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(personas):
    committee = personas.committee
    meeting = make_meeting(
        committee, published=False, start=local(2025, 5, 14, 9), location=make_location()
    )
    ann = committee.memberships.get().person
    ann.email = "ann.member@example.org"
    ann.save()
    make_membership(make_person(name="Bob Nomail"), committee)  # no address: not summoned
    sub = make_person(name="Sam Substitute", email="sam@example.org")
    Attendance.objects.create(
        meeting=meeting, person=sub, substitute_for=ann, status=AttendanceStatus.SUBSTITUTE
    )
    CirculationEntry.objects.create(
        committee=committee, name="Olive Officer", email="olive@example.org", role="Legal adviser"
    )
    make_item(meeting, published=False, title="Community safety plan")
    make_exempt_item(
        meeting,
        published=False,
        title="Contract award",
        agenda_text=f"<p>{SECRET}</p>",
        public_summary=f"Summary {SECRET}",
        restriction_reason=f"Reason {SECRET}",
    )
    return meeting


def publish(meeting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return publishing.publish_agenda(meeting, accept_short_notice=True)


def test_it_summons_members_substitutes_and_the_circulation_list(
    meeting, django_capture_on_commit_callbacks
):
    publish(meeting, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "ann.member@example.org",
        "olive@example.org",
        "sam@example.org",
    ]
    subject = mail.outbox[0].subject
    assert subject.startswith("Agenda: Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am")
    body = mail.outbox[0].body
    assert "Council Chamber" in body
    assert "Community safety plan" in body
    assert "Exempt item: SSP" in body and "Contract award" in body
    assert reverse("portal:my_meetings") in body
    assert SummonsDelivery.objects.filter(status=SummonsStatus.SENT).count() == 3
    delivery = SummonsDelivery.objects.get(address="olive@example.org")
    assert delivery.kind == "agenda" and delivery.sent_at is not None
    (olive,) = [m for m in mail.outbox if m.to == ["olive@example.org"]]
    assert delivery.message_id == olive.extra_headers["Message-ID"]


def test_it_never_puts_exempt_content_in_the_email(meeting, django_capture_on_commit_callbacks):
    publish(meeting, django_capture_on_commit_callbacks)
    assert mail.outbox
    for message in mail.outbox:
        raw = message.message().as_bytes().decode("utf-8", "replace")
        html = message.alternatives[0][0]
        for text in (message.subject, message.body, html, raw):
            assert SECRET not in text
            assert "confidential contract" not in text  # the factory's public summary


def test_it_sends_a_supplement_summons_listing_only_the_new_items(
    meeting, django_capture_on_commit_callbacks
):
    publish(meeting, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    make_item(meeting, published=False, title="Late report on street lighting")
    publish(meeting, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3
    message = mail.outbox[0]
    assert message.subject.startswith("Supplementary agenda: Safer Stockton Partnership")
    assert "Late report on street lighting" in message.body
    assert "Community safety plan" not in message.body
    assert SummonsDelivery.objects.filter(kind="supplement").count() == 3


def test_it_records_a_failed_address_and_still_sends_the_others(
    meeting, django_capture_on_commit_callbacks, monkeypatch
):
    real_send = summons.EmailMultiAlternatives.send

    def send(self, *args, **kwargs):
        if self.to == ["sam@example.org"]:
            raise OSError("550 mailbox unavailable")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(summons.EmailMultiAlternatives, "send", send)
    publication = publish(meeting, django_capture_on_commit_callbacks)
    assert publication.items  # published all the same
    assert len(mail.outbox) == 2
    failed = SummonsDelivery.objects.get(address="sam@example.org")
    assert failed.status == SummonsStatus.FAILED
    assert "550 mailbox unavailable" in failed.error
    assert failed.sent_at is None


def test_it_does_not_summons_when_publishing_fails(meeting, django_capture_on_commit_callbacks):
    publish(meeting, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with (
        pytest.raises(publishing.ServiceError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        publishing.publish_agenda(meeting, accept_short_notice=True)  # nothing new
    assert mail.outbox == []


def test_it_lets_the_clerk_see_and_resend_the_summons(
    personas, meeting, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(summons.EmailMultiAlternatives, "send", _fail_for("sam@example.org"))
    publish(meeting, django_capture_on_commit_callbacks)
    monkeypatch.undo()
    page = personas.clerk.get(reverse("clerk:summons", args=[meeting.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "olive@example.org" in text and "Failed" in text and "Sent" in text
    mail.outbox.clear()
    olive = SummonsDelivery.objects.get(address="olive@example.org")
    response = personas.clerk.post(reverse("clerk:summons_resend", args=[olive.pk]))
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["olive@example.org"]]
    mail.outbox.clear()
    response = personas.clerk.post(reverse("clerk:summons_resend_failed", args=[meeting.pk]))
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert SummonsDelivery.objects.filter(address="sam@example.org").count() == 2
    assert summons.latest(meeting)[0].status == SummonsStatus.SENT


def test_it_lets_only_the_clerk_of_the_body_see_or_resend(
    personas, meeting, django_capture_on_commit_callbacks
):
    publish(meeting, django_capture_on_commit_callbacks)
    delivery = SummonsDelivery.objects.first()
    mail.outbox.clear()
    assert personas.other_clerk.get(reverse("clerk:summons", args=[meeting.pk])).status_code == 404
    response = personas.other_clerk.post(reverse("clerk:summons_resend", args=[delivery.pk]))
    assert response.status_code == 404
    assert (
        personas.clerk.get(reverse("clerk:summons_resend", args=[delivery.pk])).status_code == 405
    )
    assert mail.outbox == []


def test_it_lets_the_clerk_keep_the_circulation_list(personas, meeting):
    committee = personas.committee
    url = reverse("clerk:circulation_add", args=[committee.pk])
    response = personas.clerk.post(
        url, {"name": "Pat Planner", "email": "pat@example.org", "role": "Planning officer"}
    )
    assert response.status_code == 302
    entry = CirculationEntry.objects.get(email="pat@example.org")
    assert (
        personas.other_clerk.post(url, {"name": "X", "email": "x@example.org"}).status_code == 404
    )
    remove = reverse("clerk:circulation_remove", args=[entry.pk])
    assert personas.clerk.post(remove).status_code == 302
    assert not CirculationEntry.objects.filter(pk=entry.pk).exists()


def test_it_marks_a_bounced_summons_from_a_delivery_status_notification(
    meeting, django_capture_on_commit_callbacks, tmp_path
):
    publish(meeting, django_capture_on_commit_callbacks)
    delivery = SummonsDelivery.objects.get(address="sam@example.org")
    raw = (FIXTURES / "dsn-failed.eml").read_text()
    raw = raw.replace("<ORIGINAL-MESSAGE-ID>", delivery.message_id)
    maildir = tmp_path / "bounces"
    for folder in ("new", "cur", "tmp"):
        (maildir / folder).mkdir(parents=True)
    (maildir / "new" / "1.eml").write_text(raw)
    call_command("summons_bounces", str(maildir))
    delivery.refresh_from_db()
    assert delivery.status == SummonsStatus.BOUNCED
    assert "5.1.1" in delivery.error
    others = SummonsDelivery.objects.exclude(pk=delivery.pk)
    assert set(others.values_list("status", flat=True)) == {SummonsStatus.SENT}


def test_it_reads_bounces_from_an_mbox_and_ignores_delays(
    meeting, django_capture_on_commit_callbacks, tmp_path
):
    publish(meeting, django_capture_on_commit_callbacks)
    delivery = SummonsDelivery.objects.get(address="olive@example.org")
    failed = (FIXTURES / "dsn-failed.eml").read_text()
    failed = failed.replace("<ORIGINAL-MESSAGE-ID>", delivery.message_id)
    failed = failed.replace("sam@example.org", "olive@example.org")
    delayed = (FIXTURES / "dsn-delayed.eml").read_text()
    mbox = tmp_path / "bounces.mbox"
    mbox.write_text(
        "From MAILER-DAEMON Thu May  8 10:00:00 2025\n"
        + delayed
        + "\nFrom MAILER-DAEMON Thu May  8 10:05:00 2025\n"
        + failed
    )
    call_command("summons_bounces", str(mbox))
    statuses = dict(SummonsDelivery.objects.values_list("address", "status"))
    assert statuses["olive@example.org"] == SummonsStatus.BOUNCED
    assert statuses["ann.member@example.org"] == SummonsStatus.SENT


def test_it_reads_the_failed_recipient_of_a_real_shaped_report():
    raw = (FIXTURES / "dsn-failed.eml").read_bytes()
    bounce = summons.read_bounce(message_from_bytes(raw))
    assert bounce is not None
    assert bounce.recipients == ("sam@example.org",)
    assert bounce.message_id == "<ORIGINAL-MESSAGE-ID>"


def _fail_for(address):
    real_send = summons.EmailMultiAlternatives.send

    def send(self, *args, **kwargs):
        if self.to == [address]:
            raise OSError("421 try again later")
        return real_send(self, *args, **kwargs)

    return send


def test_it_marks_the_latest_summons_to_the_address_when_the_report_has_no_message_id(
    meeting, django_capture_on_commit_callbacks, tmp_path
):
    publish(meeting, django_capture_on_commit_callbacks)
    raw = (
        (FIXTURES / "dsn-failed.eml").read_text().replace("Message-ID: <ORIGINAL-MESSAGE-ID>\n", "")
    )
    mbox = tmp_path / "bounces.mbox"
    mbox.write_text("From MAILER-DAEMON Thu May  8 10:05:00 2025\n" + raw)
    call_command("summons_bounces", str(mbox))
    statuses = dict(SummonsDelivery.objects.values_list("address", "status"))
    assert statuses == {
        "ann.member@example.org": SummonsStatus.SENT,
        "olive@example.org": SummonsStatus.SENT,
        "sam@example.org": SummonsStatus.BOUNCED,
    }
