"""Importing published meeting pages into the domain: identity, idempotence, updates, conflicts."""

from datetime import date, time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from moot.demo.loader import SEED
from moot.importers.models import ImportRun
from moot.importers.moderngov_page.importer import MissingMeetingDetails, import_page
from moot.importers.moderngov_page.parser import PageParseError
from moot.meetings.choices import MeetingStatus, MinutesState, Restriction
from moot.meetings.models import (
    Action,
    Decision,
    Document,
    Item,
    Meeting,
    ReferenceCounter,
    Revision,
)
from tests.factories import local, make_body, make_committee, make_meeting

pytestmark = pytest.mark.django_db

SEED_TEXT = SEED.read_text(encoding="utf-8")
# The seed as it was before the minutes were approved: a page whose record may still change.
DRAFT_TEXT = SEED_TEXT.replace("Agenda and minutes", "Agenda and draft minutes", 1)


@pytest.fixture
def body():
    return make_body(name="Stockton-on-Tees Borough Council", slug="stockton")


def _import(body, text=SEED_TEXT, location="seed.txt"):
    return import_page(location, body=body, text=text)


def test_the_seed_becomes_one_meeting_with_eleven_referenced_items(body):
    report = _import(body)
    meeting = Meeting.objects.get(pk=report.meeting_id)
    assert meeting.committee.name == "Safer Stockton Partnership"
    assert meeting.committee.reference_prefix == "SSP"
    assert meeting.start == local(2025, 5, 14, 9, 0)
    assert (
        meeting.location.name == "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ"
    )
    assert (meeting.contact_name, meeting.contact_role) == (
        "John Devine",
        "Democratic Services Support Officer",
    )
    assert meeting.status == MeetingStatus.HELD
    assert meeting.minutes_state == MinutesState.APPROVED
    items = list(meeting.items.order_by("position"))
    assert [i.reference for i in items] == [f"SSP/{n}/25" for n in range(1, 12)]
    assert [i.reference_number for i in items] == list(range(1, 12))
    assert {i.reference_year for i in items} == {2025}
    assert ReferenceCounter.objects.get(committee=meeting.committee, year=2025).last == 11


def test_documents_decisions_and_actions_land_on_the_right_items(body):
    meeting = Meeting.objects.get(pk=_import(body).meeting_id)
    docs = (
        Document.objects.filter(meeting=meeting).select_related("item").order_by("item__position")
    )
    assert [(d.item.reference, d.size_bytes) for d in docs] == [
        ("SSP/1/25", 100 * 1024),
        ("SSP/3/25", 99 * 1024),
        ("SSP/6/25", 1024 * 1024),
    ]
    with_decisions = sorted(
        {d.item.position for d in Decision.objects.filter(item__meeting=meeting)}
    )
    assert with_decisions == [3, 4, 5, 6, 7, 8, 10, 11]
    item4 = meeting.items.get(position=4)
    assert [d.text for d in item4.decisions.all()] == ["Members AGREED to note the report."]
    assert Action.objects.filter(item=item4, text__icontains="links would be shared").exists()


def test_a_restricted_item_keeps_only_its_public_record(body):
    meeting = Meeting.objects.get(pk=_import(body).meeting_id)
    item11 = meeting.items.get(position=11)
    assert item11.restriction == Restriction.RESTRICTED
    assert "Police investigation" in item11.restriction_reason
    assert item11.minutes == ""
    # The stated reason and the decision are shown apart, so the summary does not repeat them.
    assert item11.public_summary == ""
    assert [d.public_text for d in item11.decisions.all()] == ["Agreed that the update be noted."]
    assert meeting.items.get(position=10).restriction == Restriction.NONE


def test_minutes_keep_their_paragraphs_and_bullet_lists(body):
    meeting = Meeting.objects.get(pk=_import(body).meeting_id)
    minutes = meeting.items.get(position=5).minutes
    assert minutes.count("<li>") == 5
    assert minutes.startswith("<p>")
    assert "\u00a0" not in minutes


def test_importing_the_same_page_twice_changes_nothing(body):
    _import(body)
    revisions = Revision.objects.count()
    stamps = dict(Item.objects.values_list("pk", "updated_at"))
    report = _import(body)
    assert not report.changed
    assert report.conflicts == []
    assert Revision.objects.count() == revisions
    assert dict(Item.objects.values_list("pk", "updated_at")) == stamps
    assert Meeting.objects.count() == 1
    assert ImportRun.objects.count() == 2  # each run keeps its raw input


def test_a_corrected_page_updates_in_place_and_keeps_history(body):
    _import(body, DRAFT_TEXT)
    item8 = Item.objects.get(reference="SSP/8/25")
    corrected = DRAFT_TEXT.replace(
        "Similar projects had now been implemented in Middlesbrough, Redcar and Hartlepool due to Harmonies",
        "Prevent referrals had risen slightly; the Channel panel met monthly, as Harmonies",
    )
    assert corrected != DRAFT_TEXT
    report = _import(body, corrected)
    item8.refresh_from_db()
    assert "Channel panel" in item8.minutes
    assert Item.objects.get(pk=item8.pk).pk == item8.pk  # same row, updated in place
    revision = Revision.objects.filter(object_id=item8.pk, action="update").get()
    assert set(revision.changes) == {"minutes"}
    assert revision.public
    assert report.counts[("item", "updated")] == 1


def test_a_field_a_clerk_edited_is_kept_and_reported(body):
    _import(body, DRAFT_TEXT)
    item4 = Item.objects.get(reference="SSP/4/25")
    item4.title = "Update on DARDRs"  # the clerk corrects the capitalisation in Moot
    item4.save()
    report = _import(body, DRAFT_TEXT.replace("Update On DARDRS", "Update On DARDR Reviews"))
    item4.refresh_from_db()
    assert item4.title == "Update on DARDRs"
    assert len(report.conflicts) == 1
    assert "title was edited in Moot" in str(report.conflicts[0])


def test_an_item_gone_from_a_corrected_page_is_withdrawn_softly(body):
    _import(body, DRAFT_TEXT)
    start = DRAFT_TEXT.index("SSP/11/25")
    shorter = DRAFT_TEXT[:start] + "\n"
    report = _import(body, shorter)
    assert report.deleted >= 1
    assert not Item.objects.filter(reference="SSP/11/25").exists()
    assert Item.all_objects.filter(reference="SSP/11/25", deleted_at__isnull=False).exists()


def test_a_page_of_approved_minutes_imported_again_changes_none_of_its_record(body):
    _import(body)
    harmony = Item.objects.get(reference="SSP/8/25")
    before = harmony.minutes
    corrected = SEED_TEXT.replace("Hartlepool due to Harmonies", "Hartlepool as Harmonies")
    start = corrected.index("SSP/11/25")
    report = _import(body, corrected[:start] + "\n")
    harmony.refresh_from_db()
    assert harmony.minutes == before  # the approved record stands
    assert Item.objects.filter(reference="SSP/11/25").exists()  # and nothing leaves it
    assert [str(c) for c in report.conflicts] == [
        f"Item {harmony.external_id}: minutes is part of approved minutes; kept "
        f"{before!r}, the source now says {before.replace('Hartlepool due to', 'Hartlepool as')!r}"
    ]
    assert report.deleted == 0


def test_a_page_that_cannot_be_read_writes_nothing(body):
    with pytest.raises(PageParseError) as caught:
        _import(body, "This is not a meeting page.\nJust some words.\n")
    assert caught.value.line is not None
    assert Meeting.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_agreeing_the_previous_minutes_links_the_two_meetings(body):
    ssp = make_committee(body, name="Safer Stockton Partnership", slug="safer-stockton-partnership")
    ssp.source, ssp.external_id = "moderngov_page", f"{body.slug}:safer-stockton-partnership"
    ssp.save()
    march = make_meeting(ssp, start=local(2025, 3, 19))
    _import(body)
    item3 = Item.objects.get(reference="SSP/3/25")
    assert list(item3.approves_meetings.all()) == [march]
    march.refresh_from_db()
    assert march.minutes_state == MinutesState.APPROVED
    assert march.minutes_approved_at_item == item3


def test_the_import_command_reports_what_it_did(body, tmp_path):
    out = StringIO()
    call_command("import_page", str(SEED), stdout=out)
    assert "created" in out.getvalue()
    out = StringIO()
    call_command("import_page", str(SEED), stdout=out)
    assert "unchanged" in out.getvalue() and "0 conflicts" in out.getvalue()


def test_the_import_command_refuses_a_broken_page_naming_the_file(body, tmp_path):
    page = tmp_path / "broken.txt"
    page.write_text("Agenda and minutes\n\nnothing else here\n")
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_page", str(page), stderr=err)
    assert "broken.txt:" in err.getvalue()
    assert Meeting.objects.count() == 0


def test_a_missing_file_gets_a_clear_error(body, tmp_path):
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_page", str(tmp_path / "nope.txt"), stderr=err)
    assert "cannot read the file" in err.getvalue()


PAGES = Path(__file__).parents[1] / "importers" / "fixtures" / "pages"
NO_HEADING = PAGES / "no_heading_items_table.txt"
COMMITTEE_ONLY = PAGES / "breadcrumb_committee_only.txt"


def test_a_page_that_names_no_committee_or_date_is_refused_and_nothing_is_written(body):
    with pytest.raises(MissingMeetingDetails) as caught:
        _import(body, NO_HEADING.read_text(encoding="utf-8"), location=str(NO_HEADING))
    assert str(caught.value) == (
        "the page does not say which committee or when; "
        "give --committee NAME and --date 2025-05-14 --time 09:00"
    )
    assert Meeting.objects.count() == 0
    assert Item.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_the_committee_and_date_the_page_lacks_can_be_given(body):
    report = import_page(
        str(NO_HEADING),
        body=body,
        text=NO_HEADING.read_text(encoding="utf-8"),
        committee="Cabinet",
        on=date(2025, 6, 12),
        at=time(10, 0),
    )
    meeting = Meeting.objects.get(pk=report.meeting_id)
    assert meeting.committee.name == "Cabinet"
    assert meeting.start == local(2025, 6, 12, 10, 0)
    assert meeting.location.name == "Council Chamber, Market Hall, Eastbrook EB1 1AA"
    assert [i.reference for i in meeting.items.order_by("position")] == [
        "",
        "812.",
        "813.",
        "814.",
        "815.",
    ]


def test_a_page_that_names_only_its_committee_needs_only_the_date(body):
    text = COMMITTEE_ONLY.read_text(encoding="utf-8")
    with pytest.raises(MissingMeetingDetails, match="does not say when; give --date"):
        _import(body, text)
    assert Meeting.objects.count() == 0
    report = import_page("page.txt", body=body, text=text, on=date(2025, 6, 3))
    meeting = Meeting.objects.get(pk=report.meeting_id)
    assert (meeting.committee.name, meeting.start) == (
        "Licensing Committee",
        local(2025, 6, 3, 0, 0),
    )


def test_the_import_command_refuses_a_page_without_committee_or_date(body):
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_page", str(NO_HEADING), stderr=err)
    assert (
        "the page does not say which committee or when; "
        "give --committee NAME and --date 2025-05-14 --time 09:00"
    ) in err.getvalue()
    assert Meeting.objects.count() == 0
    assert ImportRun.objects.count() == 0


def test_the_import_command_takes_the_committee_date_and_time(body):
    out = StringIO()
    call_command(
        "import_page",
        str(NO_HEADING),
        "--committee",
        "Cabinet",
        "--date",
        "2025-06-12",
        "--time",
        "18:30",
        stdout=out,
    )
    assert "created" in out.getvalue()
    meeting = Meeting.objects.get()
    assert (meeting.committee.name, meeting.start) == ("Cabinet", local(2025, 6, 12, 18, 30))
    assert meeting.items.count() == 5


def test_the_import_command_refuses_a_date_that_is_not_a_date(body):
    with pytest.raises(CommandError, match="not a date like 2025-05-14"):
        call_command("import_page", str(NO_HEADING), "--date", "12/06/2025")
    assert Meeting.objects.count() == 0
