"""The ModernGov web-service importer against the real recorded responses, served locally."""

import pytest
from django.core.management import CommandError, call_command

from moot.access.policy import Viewer
from moot.importers.moderngov_service import importer
from moot.importers.moderngov_service.client import ServiceClient
from moot.importers.moderngov_service.importer import ServiceImporter
from moot.importers.moderngov_service.parser import (
    ServiceDataError,
    parse_time,
    unescape_title,
)
from moot.meetings.choices import AttendanceStatus, MeetingStatus, Restriction
from moot.meetings.models import Attendance, Committee, Document, Item, Meeting, Revision
from moot.search import indexer
from moot.search.models import IndexTask
from moot.search.service import search
from tests.factories import local, make_body
from tests.unanswered import Impatient

from .moderngov_server import Site, recorded, serve

pytestmark = pytest.mark.django_db

FROM, TO = "2026-01-01", "2026-03-31"


def _pdf(text: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<p>{text}</p>").write_pdf()


@pytest.fixture
def site():
    site = Site()
    server = serve(site)
    site.service("GetCommittees", recorded("lgsf_GetCommittees_manchester.xml"))
    empty = b'<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount> 0</meetingscount></getmeetings>'
    for committee in ("163", "312"):
        site.service(
            "GetMeetings",
            empty,
            lCommitteeId=committee,
            sFromDate="01/01/2026",
            sToDate="31/03/2026",
        )
    site.service(
        "GetMeetings",
        recorded("lgsf_GetMeetings_manchester.xml"),
        lCommitteeId="144",
        sFromDate="01/01/2026",
        sToDate="31/03/2026",
    )
    site.service(
        "GetMeeting", recorded("lgsf_GetMeeting_no_minutes_manchester.xml"), lMeetingId="4966"
    )
    site.service(
        "GetMeeting", recorded("lgsf_GetMeeting_with_minutes_manchester.xml"), lMeetingId="4967"
    )
    site.add(
        "/mgConvert2PDF.aspx", _pdf("Minutes of the Audit Committee, 25 November 2025."), ID="60860"
    )
    site.add("/mgConvert2PDF.aspx", _pdf("Draft work programme for February 2026."), ID="60909")
    yield site
    site.unanswered.release()
    server.shutdown()


@pytest.fixture
def body():
    return make_body(name="Manchester City Council", slug="manchester")


def _run(site, body, **kw):
    client = ServiceClient(
        site.base,
        min_interval=0,
        backoff=0.01,
        retries=kw.pop("retries", 2),
        timeout=kw.pop("timeout", 5),
        transport=kw.pop("transport", None),
    )
    try:
        return ServiceImporter(client, body=body, **kw).run(
            __import__("datetime").date(2026, 1, 1), __import__("datetime").date(2026, 3, 31)
        )
    finally:
        client.close()


def test_it_imports_committees_meetings_items_documents_and_invitees(site, body):
    report = _run(site, body)
    assert report.failed == []
    assert set(Committee.objects.values_list("name", flat=True)) == {
        "Appointment Sub Committee for Director of Adult Social Services",
        "Art Galleries Committee",
        "Audit Committee",
    }
    assert not Committee.objects.get(name__startswith="Appointment").active  # expired
    meeting = Meeting.objects.get(source="moderngov", external_id__endswith=":meeting:4967")
    assert meeting.start == local(2026, 2, 10, 10, 0)
    assert meeting.end == local(2026, 2, 10, 14, 0)
    assert meeting.location.name == "Council Antechamber, Level 2, Town Hall Extension"
    items = list(meeting.items.order_by("position"))
    assert [(i.reference, i.title, i.minute_number) for i in items] == [
        ("1.", "Minutes", "1"),
        ("9.", "Work Programme", "9"),
    ]
    assert "WordSection1" not in items[0].minutes and "MsoNormal" not in items[0].minutes
    assert items[0].minutes.startswith("<p>To approve the minutes")
    docs = Document.objects.filter(meeting=meeting).order_by("item__position")
    assert [d.title for d in docs] == [
        "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
        "DRAFT WP FEBRUARY 2026",
    ]
    assert all(d.file and d.page_count == 1 for d in docs)
    assert "work programme" in docs[1].text.lower()
    attendance = Attendance.objects.get(meeting=meeting)
    assert attendance.status == AttendanceStatus.INVITED  # expected, not present
    assert (attendance.person.honorific, attendance.person.name) == ("Cllr", "Basil Curley")
    cancelled = Meeting.objects.get(external_id__endswith=":meeting:4966")
    assert cancelled.status == MeetingStatus.CANCELLED
    assert report.documents_fetched == 2
    assert all("Moot" in ua for ua in site.user_agents)


def test_dates_go_to_the_service_as_dd_mm_yyyy(site, body):
    _run(site, body)
    assert any("sFromDate=01%2F01%2F2026" in r for r in site.requests)


def test_running_it_again_changes_nothing(site, body):
    _run(site, body)
    counts = (Meeting.objects.count(), Item.objects.count(), Document.objects.count())
    report = _run(site, body)
    assert not report.changed
    assert (Meeting.objects.count(), Item.objects.count(), Document.objects.count()) == counts
    assert report.documents_fetched == 0  # files already held


def test_the_update_path_changed_item_cancelled_meeting_new_document(site, body):
    _run(site, body)
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml")
    changed = (
        xml.replace(
            b"<agendaitemtitle>Work Programme</agendaitemtitle>",
            b"<agendaitemtitle>Work Programme 2025/26</agendaitemtitle>",
        )
        .replace(
            b"<meetingstatus>Confirmed</meetingstatus>", b"<meetingstatus>Cancelled</meetingstatus>"
        )
        .replace(
            b"</linkeddocuments>\n    </agendaitem>\n  </agendaitems>",
            b"<linkeddoc><attachmentid>70000</attachmentid><title>Appendix A</title>"
            b"<url>https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=70000</url>"
            b"<isrestricted>False</isrestricted><restrictionsRef>\n</restrictionsRef>"
            b"<publicationdate>05/02/2026</publicationdate></linkeddoc>"
            b"</linkeddocuments>\n    </agendaitem>\n  </agendaitems>",
        )
    )
    assert changed.count(b"70000") == 2
    site.service("GetMeeting", changed, lMeetingId="4967")
    site.add("/mgConvert2PDF.aspx", _pdf("Appendix A."), ID="70000")
    report = _run(site, body)
    meeting = Meeting.objects.get(external_id__endswith=":meeting:4967")
    assert meeting.status == MeetingStatus.CANCELLED
    assert meeting.items.get(position=2).title == "Work Programme 2025/26"
    assert Document.objects.filter(title="Appendix A", file__gt="").exists()
    assert report.documents_fetched == 1


def test_a_clerk_edit_is_kept_and_reported_on_re_import(site, body):
    _run(site, body)
    item = Item.objects.get(title="Work Programme")
    item.title = "Audit Committee Work Programme"
    item.save()
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml").replace(
        b"Work Programme</agendaitemtitle>", b"Work Plan</agendaitemtitle>"
    )
    site.service("GetMeeting", xml, lMeetingId="4967")
    report = _run(site, body)
    item.refresh_from_db()
    assert item.title == "Audit Committee Work Programme"
    assert any(c.field == "title" for c in report.conflicts)


def test_a_re_import_of_a_corrected_item_keeps_history_and_queues_it_for_search(site, body):
    _run(site, body, fetch_documents=False)
    item = Item.objects.get(title="Work Programme")
    IndexTask.objects.all().delete()
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml").replace(
        b"Work Programme</agendaitemtitle>", b"Work Plan</agendaitemtitle>"
    )
    site.service("GetMeeting", xml, lMeetingId="4967")
    report = _run(site, body, fetch_documents=False)
    item.refresh_from_db()
    assert item.title == "Work Plan"
    assert report.counts[("item", "updated")] == 1
    revision = Revision.objects.get(object_id=item.pk, action="update", origin="import:moderngov")
    assert revision.changes["title"] == ["Work Programme", "Work Plan"]
    assert ("item", item.pk) in IndexTask.objects.values_list("target", "object_id")


def test_each_meeting_writes_its_history_and_search_tasks_with_it(site, body):
    _run(site, body, fetch_documents=False)
    items = Item.objects.filter(source="moderngov")
    documents = Document.objects.filter(source="moderngov")
    assert items.exists() and documents.exists()
    tasks = set(IndexTask.objects.values_list("target", "object_id"))
    assert {("item", pk) for pk in items.values_list("pk", flat=True)} <= tasks
    assert {("document", pk) for pk in documents.values_list("pk", flat=True)} <= tasks
    created = Revision.objects.filter(action="create", origin="import:moderngov")
    assert created.filter(content_type__model="item").count() == items.count()
    assert created.filter(content_type__model="document").count() == documents.count()


def test_a_failure_part_way_through_a_meeting_writes_nothing_of_it(site, body, monkeypatch):
    upsert_many = importer.upsert_many

    def failing(model, **kw):
        rows = kw["rows"].values()
        if model is Document and any(
            v["meeting"].external_id.endswith(":meeting:4967") for v in rows
        ):
            raise ServiceDataError("GetMeeting lMeetingId=4967: a document nobody can read")
        return upsert_many(model, **kw)

    monkeypatch.setattr(importer, "upsert_many", failing)
    report = _run(site, body, fetch_documents=False)
    assert report.failed == ["GetMeeting lMeetingId=4967: a document nobody can read"]
    assert not Meeting.all_objects.filter(external_id__endswith=":meeting:4967").exists()
    assert not Item.all_objects.exclude(meeting__external_id__endswith=":meeting:4966").exists()
    assert not Revision.objects.filter(changes__title__1="Work Programme").exists()
    assert Meeting.objects.filter(external_id__endswith=":meeting:4966").exists()


@pytest.mark.django_db(transaction=True)
def test_the_search_index_is_brought_up_to_date_once_at_the_end_of_the_run(
    site, body, settings, tmp_path, monkeypatch
):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    drain, drains = indexer.drain, []
    monkeypatch.setattr(indexer, "drain", lambda *a, **kw: drains.append(drain(*a, **kw)))
    _run(site, body, fetch_documents=False)
    assert len(drains) == 1 and drains[0] > 0
    assert not IndexTask.objects.exists()
    assert search(Viewer.public(), "work programme").total >= 1


def test_a_restricted_document_is_recorded_but_never_fetched(site, body):
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml").replace(
        b"<attachmentid>60909</attachmentid>\n          <title>DRAFT WP  FEBRUARY 2026</title>\n          <isurl>False</isurl>\n"
        b"          <url>https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909</url>\n          <isrestricted>False</isrestricted>",
        b"<attachmentid>60909</attachmentid>\n          <title>DRAFT WP  FEBRUARY 2026</title>\n          <isurl>False</isurl>\n"
        b"          <url>https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909</url>\n          <isrestricted>True</isrestricted>",
    )
    assert xml.count(b"<isrestricted>True</isrestricted>") == 1
    site.service("GetMeeting", xml, lMeetingId="4967")
    _run(site, body)
    doc = Document.objects.get(title="DRAFT WP FEBRUARY 2026")
    assert doc.restriction == Restriction.EXEMPT and not doc.file
    assert not any("ID=60909" in r for r in site.requests)


def test_truncated_xml_fails_that_meeting_only_naming_it_and_writes_nothing_of_it(site, body):
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml")
    site.service("GetMeeting", xml[: len(xml) // 2], lMeetingId="4967")
    report = _run(site, body)
    assert any(
        "GetMeeting lMeetingId=4967" in f and "damaged or cut short" in f for f in report.failed
    )
    assert not Meeting.all_objects.filter(external_id__endswith=":meeting:4967").exists()
    assert Meeting.objects.filter(external_id__endswith=":meeting:4966").exists()


def test_an_interrupted_run_resumes_where_it_stopped(site, body):
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml")
    site.service("GetMeeting", b"oops", status=500, lMeetingId="4967")
    first = _run(site, body, retries=1)
    assert first.failed and "answered 500 after 2 tries" in first.failed[0]
    site.service("GetMeeting", xml, lMeetingId="4967")
    site.requests.clear()
    second = _run(site, body)
    assert second.failed == []
    assert second.skipped == 1  # 4966 was done last time
    assert not any("lMeetingId=4966" in r for r in site.requests)
    assert Meeting.objects.filter(external_id__endswith=":meeting:4967").exists()


def test_a_wrong_date_is_a_clear_error_naming_the_meeting(site, body):
    xml = recorded("lgsf_GetMeeting_no_minutes_manchester.xml").replace(
        b"<meetingdate>13/01/2026</meetingdate>", b"<meetingdate>2026-01-13</meetingdate>", 1
    )
    site.service("GetMeeting", xml, lMeetingId="4966")
    report = _run(site, body)
    assert any("GetMeeting lMeetingId=4966" in f and "dd/mm/yyyy" in f for f in report.failed)


def test_a_server_that_times_out_is_retried_then_reported(site, body):
    site.service(
        "GetMeeting",
        recorded("lgsf_GetMeeting_no_minutes_manchester.xml"),
        unanswered=True,
        lMeetingId="4966",
    )
    report = _run(site, body, retries=1, transport=Impatient("GetMeeting?lMeetingId=4966"))
    assert any("lMeetingId=4966" in f and "no answer" in f for f in report.failed)


def test_html_in_titles_is_text_not_markup(site, body):
    xml = recorded("lgsf_GetMeeting_with_minutes_manchester.xml").replace(
        b"<agendaitemtitle>Work Programme</agendaitemtitle>",
        b"<agendaitemtitle>Work &amp;amp;#39;Programme&amp;amp;#39; &amp;lt;script&amp;gt;x&amp;lt;/script&amp;gt;</agendaitemtitle>",
    )
    site.service("GetMeeting", xml, lMeetingId="4967")
    _run(site, body)
    title = Item.objects.get(external_id__endswith=":item:18833").title
    assert title == "Work 'Programme' <script>x</script>"  # stored as text; templates escape it


def test_times_as_real_sites_write_them():
    assert str(parse_time("10.00 am")) == "10:00:00"
    assert str(parse_time("2.00 pm")) == "14:00:00"
    assert str(parse_time("13:30")) == "13:30:00"
    assert str(parse_time("12 noon")) == "12:00:00"
    assert parse_time("") is None and parse_time("tbc") is None


def test_titles_escaped_twice_are_read_once():
    assert unescape_title("Councillors&amp;#39; allowances") == "Councillors' allowances"


def test_the_command_prints_a_closing_report(site, body, capsys):
    call_command("import_moderngov", site.base, "--from", FROM, "--to", TO, "--interval", "0")
    out = capsys.readouterr().out
    assert "created" in out and "documents fetched" in out


def test_the_command_refuses_dates_it_cannot_read(site, body):
    with pytest.raises(CommandError, match="not a date"):
        call_command("import_moderngov", site.base, "--from", "14th May", "--to", TO)


def _queries_of_a_run(site, body, monkeypatch, batch: int) -> tuple[int, dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(importer, "BATCH_MEETINGS", batch)
    with CaptureQueriesContext(connection) as queries:
        report = _run(site, body, fetch_documents=False)
    assert report.failed == []
    return len(queries), dict(report.counts)


def test_meetings_are_written_in_batches_with_fewer_queries_and_the_same_result(
    site, body, monkeypatch
):
    one_by_one, counted_alone = _queries_of_a_run(site, body, monkeypatch, batch=1)
    rows = {
        model: sorted(model.all_objects.values_list("external_id", flat=True))
        for model in (Meeting, Item, Document, Attendance)
    }
    for model in (Attendance, Document, Item, Meeting):
        model.all_objects.all().delete()
    batched, counted_together = _queries_of_a_run(site, body, monkeypatch, batch=20)
    assert batched < one_by_one - 10, (batched, one_by_one)
    assert {
        model: sorted(model.all_objects.values_list("external_id", flat=True)) for model in rows
    } == rows
    # Each row counted once either way (the locations and invitees the two meetings share
    # are counted once in a batch; the committees were there for the second run).
    shared = {"committee", "location", "person"}
    assert {k: v for k, v in counted_together.items() if k[0] not in shared} == {
        k: v for k, v in counted_alone.items() if k[0] not in shared
    }


def test_a_meeting_that_cannot_be_kept_is_taken_out_of_its_batch_and_counted_once(
    site, body, monkeypatch
):
    def refuse_4967(model, **kw):
        if model is Item and any(
            v["meeting"].external_id.endswith(":meeting:4967") for v in kw["rows"].values()
        ):
            from django.core.exceptions import ValidationError

            raise ValidationError({"title": ["Ensure this value has at most 500 characters."]})
        return upsert_many(model, **kw)

    upsert_many = importer.upsert_many
    monkeypatch.setattr(importer, "upsert_many", refuse_4967)
    report = _run(site, body, fetch_documents=False)
    assert report.failed == [
        "GetMeeting lMeetingId=4967: title: Ensure this value has at most 500 characters."
    ]
    kept = Meeting.objects.get()
    assert kept.external_id.endswith(":meeting:4966")
    assert report.counts[("meeting", "created")] == 1
    assert report.counts[("item", "created")] == kept.items.count()


def test_an_address_that_is_no_address_is_refused_at_once_naming_it():
    from moot.importers.moderngov_service.client import ServiceError

    waits: list[float] = []
    client = ServiceClient("https://democracy.example.gov.uk", min_interval=0, sleep=waits.append)
    try:
        with pytest.raises(ServiceError, match=r"^minutes PDF: not a web address"):
            client.document("0\x1f0", what="minutes PDF")
    finally:
        client.close()
    assert client.requests == 1 and waits == []
