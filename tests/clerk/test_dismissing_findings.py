"""A clerk dismisses a minutes check's finding for good: it stays away on the same text, comes
back when the text changes, and the dismissals are kept and counted per check."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from moot.meetings.choices import ItemKind
from moot.meetings.services import agenda, minutes, publishing, scheduling
from moot.quality.dismissals import counts_by_check, fingerprint, item_text
from moot.quality.findings import Check, Finding
from moot.quality.models import Dismissal
from tests.factories import local


@pytest.fixture
def held(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    report = agenda.add_item(meeting, {"title": "Recorded crime", "kind": ItemKind.INFORMATION})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    return meeting, report


def _write(item, text):
    item.refresh_from_db()
    minutes.save_minutes(item, text, version=minutes.version_of(item.minutes))


def _form(page: str) -> dict[str, str]:
    form = page.split('class="finding-dismiss"')[1].split("</form>")[0]
    return dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))


def _checks(client, report) -> str:
    page = client.get(f"/clerk/items/{report.pk}/record/").content.decode()
    return page.split("Minutes checks")[1] if "Minutes checks" in page else ""


def test_it_shows_why_a_finding_matters(personas, held):
    _, report = held
    _write(report, "<p>Partners agreed rather then wait.</p>")
    section = _checks(personas.clerk, report)
    assert "rather then" in section
    assert "Why: A real word in the wrong place" in section


def test_it_shows_the_evidence_of_a_finding(personas, held, monkeypatch):
    _, report = held
    found = Finding(
        Check.TITLE,
        report.reference or str(report.position),
        "3 February 2025",
        "The date differs from the agenda.",
        0.9,
        evidence=[("In the agenda", "3 March 2025"), ("In the minutes", "3 February 2025")],
    )
    monkeypatch.setattr("moot.quality.adapters.MeetingInput.check", lambda self: [found])
    section = _checks(personas.clerk, report)
    assert "<dt>In the agenda</dt><dd>3 March 2025</dd>" in section
    assert "<dt>In the minutes</dt><dd>3 February 2025</dd>" in section


def test_a_dismissed_finding_stays_away_on_the_same_text_and_returns_when_it_changes(
    personas, held
):
    meeting, report = held
    _write(report, "<p>Partners agreed rather then wait.</p>")
    page = personas.clerk.get(f"/clerk/items/{report.pk}/record/").content.decode()
    form = _form(page)
    answer = personas.clerk.post(
        f"/clerk/meetings/{meeting.pk}/checks/dismiss/", {**form, "reason": "A quotation"}
    )
    assert answer.status_code == 302
    dismissal = Dismissal.objects.get()
    assert (dismissal.check_kind, dismissal.reason) == ("slip", "A quotation")
    assert dismissal.dismissed_by is not None
    assert dismissal.dismissed_by.username == "clerk"
    section = _checks(personas.clerk, report)
    assert "Why:" not in section
    assert "1 dismissed" in section
    _write(report, "<p>The report was noted.</p><p>Partners agreed rather then wait.</p>")
    assert "1 dismissed" in _checks(personas.clerk, report)
    _write(report, "<p>Members agreed rather then act.</p>")
    assert "Why: A real word in the wrong place" in _checks(personas.clerk, report)


def test_restoring_keeps_the_dismissal_and_shows_the_finding_again(personas, held):
    meeting, report = held
    _write(report, "<p>Partners agreed rather then wait.</p>")
    page = personas.clerk.get(f"/clerk/items/{report.pk}/record/").content.decode()
    personas.clerk.post(f"/clerk/meetings/{meeting.pk}/checks/dismiss/", _form(page))
    dismissal = Dismissal.objects.get()
    answer = personas.clerk.post(f"/clerk/meetings/{meeting.pk}/checks/restore/{dismissal.pk}/")
    assert answer.status_code == 302
    dismissal.refresh_from_db()
    assert dismissal.restored_at is not None
    section = _checks(personas.clerk, report)
    assert "dismissed" not in section and "Why:" in section
    assert counts_by_check() == [("slip", 1, 1)]


def test_only_a_clerk_of_the_body_may_dismiss(personas, held):
    meeting, _ = held
    url = f"/clerk/meetings/{meeting.pk}/checks/dismiss/"
    data = {"check": "slip", "fingerprint": "a" * 64, "text": "rather then"}
    assert personas.other_clerk.post(url, data).status_code == 404
    assert personas.member.post(url, data).status_code == 403
    assert personas.public.post(url, data).status_code == 302
    assert personas.clerk.get(url).status_code == 405
    assert personas.clerk.post(url, {**data, "fingerprint": "x"}).status_code == 400
    assert not Dismissal.objects.exists()


def test_dismissing_needs_the_csrf_token(personas, held):
    meeting, _ = held
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(personas.clerk_user)
    url = f"/clerk/meetings/{meeting.pk}/checks/dismiss/"
    answer = strict.post(url, {"check": "slip", "fingerprint": "a" * 64})
    assert answer.status_code == 403
    assert not Dismissal.objects.exists()


def test_the_fingerprint_follows_the_text_not_the_wording_of_the_message():
    one = Finding(Check.SPELLING, "5", "recieve", "one message", 0.7)
    two = Finding(Check.SPELLING, "5", "recieve", "another message", 0.9)
    other = Finding(Check.SPELLING, "5", "recieved", "one message", 0.7)
    assert fingerprint(one) == fingerprint(two)
    assert fingerprint(one) != fingerprint(other)


def test_the_fingerprint_changes_with_the_sentence_the_words_are_in_only():
    found = Finding(Check.SPELLING, "5", "recieve", "", 0.7)
    text = "Members will recieve the report. The meeting closed."
    same = "Members will recieve the report. The meeting closed at 8pm."
    edited = "Members will recieve the full report. The meeting closed."
    assert fingerprint(found, text) == fingerprint(found, same)
    assert fingerprint(found, text) != fingerprint(found, edited)


def test_the_overview_counts_the_dismissals_of_each_check(personas, held):
    meeting, report = held
    _write(report, "<p>Partners agreed rather then wait.</p>")
    page = personas.clerk.get(f"/clerk/items/{report.pk}/record/").content.decode()
    personas.clerk.post(f"/clerk/meetings/{meeting.pk}/checks/dismiss/", _form(page))
    overview = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/record/").content.decode()
    assert "1 finding of this meeting dismissed" in overview
    table = overview.split('id="dismissed-counts"')[1].split("</table>")[0]
    assert "<td>Word slip</td><td>1</td><td>0</td>" in table


def test_a_dismissal_made_when_a_missing_apostrophe_was_a_slip_still_holds(personas, held):
    # Until 6 December 2026 "Clerks Report" was filed as a slip; it is punctuation now. A
    # clerk who dismissed it then does not see it come back.
    meeting, report = held
    _write(report, "<p>The Clerks Report was noted.</p>")
    assert "Clerks Report" in _checks(personas.clerk, report)
    page = personas.clerk.get(f"/clerk/items/{report.pk}/record/").content.decode()
    form = _form(page)
    assert form["check"] == "punctuation"
    report.refresh_from_db()
    finding = Finding(Check.SLIP, form["item_reference"], form["text"], "", 0.8)
    earlier = fingerprint(finding, item_text(report.title, report.minutes))
    Dismissal.objects.create(
        meeting=meeting,
        check_kind="slip",
        item_reference=form["item_reference"],
        fingerprint=earlier,
        text=form["text"],
        dismissed_by=None,
    )
    section = _checks(personas.clerk, report)
    assert "Why:" not in section
    assert "1 dismissed" in section
