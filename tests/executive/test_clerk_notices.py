"""The clerk writes, publishes and withdraws decision notices and records each call-in's
validity, scrutiny meeting and outcome; the dashboard reminds and lists."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.executive import notice_services as services
from moot.executive.models import CallInOutcome, CallInStatus, DecisionNotice
from moot.meetings.members import Ward
from tests.clerk.personas import signed_in
from tests.executive.conftest import make_notice
from tests.factories import make_meeting
from tests.portal.pdf import one_page_pdf

LONDON = ZoneInfo("Europe/London")


def _form(executive, **extra):
    data = {
        "maker": executive.cabinet_member.pk,
        "taken_by": "Cllr Hope Holder",
        "title": "Rent setting 2027",
        "decision": "To set rents as in the report.",
        "taken_on_day": "15",
        "taken_on_month": "12",
        "taken_on_year": "2026",
        "reasons": "Affordability.",
        "alternatives": "A higher rise: rejected.",
        "restriction": "",
    }
    data.update(extra)
    return data


def test_a_clerk_writes_a_notice_with_its_report_and_wards(executive, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ward = Ward.objects.create(body=executive.personas.body, name="Newtown")
    response = executive.personas.clerk.post(
        "/clerk/bodies/stockton/decision-notices/new/",
        _form(
            executive,
            key_decision="on",
            wards=[ward.pk],
            report_title="Rents report",
            report=SimpleUploadedFile("r.pdf", one_page_pdf("Rents"), "application/pdf"),
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    notice = DecisionNotice.objects.get()
    assert notice.taken_on == date(2026, 12, 15) and notice.key_decision
    assert list(notice.wards.all()) == [ward] and notice.report
    assert notice.published_at is None


def test_it_refuses_an_urgent_decision_without_its_reason(executive):
    response = executive.personas.clerk.post(
        "/clerk/bodies/stockton/decision-notices/new/", _form(executive, urgent="on")
    )
    assert response.status_code == 200
    assert "urgency reason" in response.content.decode()
    assert not DecisionNotice.objects.exists()


@pytest.mark.parametrize("who", ["public", "member", "other_clerk"])
def test_only_the_bodys_clerks_reach_the_notice_screens(executive, who):
    notice = make_notice(executive.cabinet_member)
    call_in = services.request_call_in(
        services.publish_notice(notice, now=datetime(2026, 12, 17, 10, tzinfo=LONDON)),
        executive.scrutineer_person.user,
        "Reasons",
        now=datetime(2026, 12, 18, 10, tzinfo=LONDON),
    )
    client = executive.personas.all()[who]
    expected = {"public": 302, "member": 403, "other_clerk": 404}[who]
    for url in (
        "/clerk/bodies/stockton/decision-notices/",
        f"/clerk/decision-notices/{notice.pk}/",
        f"/clerk/decision-notices/{notice.pk}/edit/",
    ):
        assert client.get(url).status_code == expected, url
    for url in (
        f"/clerk/decision-notices/{notice.pk}/withdraw/",
        f"/clerk/call-ins/{call_in.pk}/validity/",
    ):
        assert client.post(url, {f"v{call_in.pk}-valid": "no"}).status_code == expected
    notice.refresh_from_db()
    call_in.refresh_from_db()
    assert notice.withdrawn_at is None and call_in.status == CallInStatus.REQUESTED


def test_a_clerk_publishes_then_records_a_call_in_from_request_to_outcome(executive):
    clerk = executive.personas.clerk
    notice = make_notice(executive.cabinet_member)
    assert clerk.post(f"/clerk/decision-notices/{notice.pk}/publish/").status_code == 302
    notice.refresh_from_db()
    assert notice.published_at is not None
    call_in = services.request_call_in(notice, executive.scrutineer_person.user, "Reasons")
    meeting = make_meeting(executive.scrutiny)
    page = clerk.get(f"/clerk/decision-notices/{notice.pk}/").content.decode()
    assert "Sam Scrutineer" in page and "Record validity" in page
    clerk.post(
        f"/clerk/call-ins/{call_in.pk}/validity/",
        {f"v{call_in.pk}-valid": "yes", f"v{call_in.pk}-meeting": meeting.pk},
    )
    clerk.post(
        f"/clerk/call-ins/{call_in.pk}/outcome/",
        {f"o{call_in.pk}-outcome": CallInOutcome.REFERRED_TO_COUNCIL},
    )
    call_in.refresh_from_db()
    assert call_in.status == CallInStatus.VALID and call_in.meeting == meeting
    assert call_in.outcome == CallInOutcome.REFERRED_TO_COUNCIL


def _dashboard(executive, when: datetime) -> str:
    """The clerk's dashboard on the day ``when`` (signed in that day: sessions expire)."""
    with time_machine.travel(when, tick=False):
        client = signed_in(executive.personas.clerk_user)
        response = client.get("/clerk/")
        assert response.status_code == 200
        return response.content.decode()


def test_the_dashboard_reminds_and_lists_decisions_in_and_called_in(executive):
    late = make_notice(
        executive.officer, title="Unpublished write-off", taken_on=date(2026, 12, 23)
    )
    open_ = services.publish_notice(
        make_notice(executive.cabinet_member, title="Open to call-in"),
        now=datetime(2026, 12, 17, 10, tzinfo=LONDON),
    )
    called = services.publish_notice(
        make_notice(executive.cabinet_member, title="Called-in grant"),
        now=datetime(2026, 12, 17, 10, tzinfo=LONDON),
    )
    services.request_call_in(
        called,
        executive.scrutineer_person.user,
        "Reasons",
        now=datetime(2026, 12, 18, 10, tzinfo=LONDON),
    )
    page = _dashboard(executive, datetime(2026, 12, 29, 12, tzinfo=LONDON))
    assert late.title not in page  # two working days: 24 and 29 December
    page = _dashboard(executive, datetime(2026, 12, 22, 12, tzinfo=LONDON))
    assert open_.title in page and "Thursday 24 December 2026" in page
    assert called.title in page
    page = _dashboard(executive, datetime(2026, 12, 30, 12, tzinfo=LONDON))
    assert late.title in page and "more than two working days" in page
    assert open_.title not in page
    assert executive.personas.other_clerk.get("/clerk/").content.decode().count("grant") == 0
