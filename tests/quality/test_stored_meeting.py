"""The checks on a stored meeting: decisions, report texts, the previous meeting, the body's
glossary and the archive's acronyms all come from the database."""

import pytest

from moot.meetings.choices import DocumentKind, ItemKind
from moot.quality.adapters import check_stored_meeting, from_meeting
from moot.quality.models import GlossaryTerm
from tests.factories import (
    local,
    make_committee,
    make_decision,
    make_document,
    make_item,
    make_meeting,
)

pytestmark = pytest.mark.django_db

WARDENS = (
    "<p>Officers presented the quarterly update on the neighbourhood wardens scheme. Wardens had "
    "carried out 412 patrols in the quarter, issued 37 fixed penalty notices for littering and "
    "dog fouling, and referred 15 vulnerable residents to the adult social care front door.</p>"
)


@pytest.fixture
def committee():
    return make_committee(reference_prefix="SSP")


def test_it_gathers_decisions_reports_previous_minutes_glossary_and_archive(committee):
    older = make_meeting(committee, start=local(2024, 11, 6))
    make_item(
        older,
        title="Mental Health",
        minutes="<p>Waiting times for Child and Adolescent "
        "Mental Health Services (CAMHS) had fallen.</p>",
    )
    previous = make_meeting(committee, start=local(2025, 3, 19))
    make_item(previous, reference="SSP/40/24", title="Wardens", minutes=WARDENS)
    meeting = make_meeting(committee, start=local(2025, 5, 14))
    item = make_item(
        meeting,
        reference="SSP/1/25",
        title="Wardens",
        kind=ItemKind.INFORMATION,
        minutes=WARDENS + "<p>CAMHS waiting times were noted.</p>",
    )
    make_decision(item, "AGREED to note the update.")
    make_document(meeting, item, kind=DocumentKind.REPORT, text="412 patrols were carried out.")
    GlossaryTerm.objects.create(body=committee.body, term="Thornaby")

    gathered = from_meeting(meeting)

    [mine] = gathered.items
    assert mine.decisions == ["AGREED to note the update."]
    assert "412 patrols" in mine.report_text
    assert [p.reference for p in gathered.previous_items] == ["SSP/40/24"]
    assert gathered.glossary == ["Thornaby"]
    assert gathered.archive_expansions == {"CAMHS": "Child and Adolescent Mental Health Services"}


def test_the_clerks_screen_gets_findings_for_a_stored_meeting(committee):
    previous = make_meeting(committee, start=local(2025, 3, 19))
    make_item(previous, reference="SSP/40/24", title="Wardens", minutes=WARDENS)
    meeting = make_meeting(committee, start=local(2025, 5, 14))
    make_item(
        meeting, reference="SSP/1/25", title="Wardens", kind=ItemKind.DECISION, minutes=WARDENS
    )

    findings = check_stored_meeting(meeting)

    assert [(f.check, f.item_reference, f.other_reference) for f in findings] == [
        ("copied", "SSP/1/25", "SSP/40/24"),
        ("no_decision", "SSP/1/25", None),
    ]


def test_a_glossary_term_silences_the_spelling_check_for_that_body_only(committee):
    meeting = make_meeting(committee)
    make_item(meeting, reference="SSP/1/25", minutes="<p>The carelinc process was agreed.</p>")
    assert [f.text for f in check_stored_meeting(meeting)] == ["carelinc"]
    GlossaryTerm.objects.create(body=committee.body, term="carelinc")
    assert check_stored_meeting(meeting) == []
    other = make_meeting(make_committee())
    make_item(other, reference="X/1/25", minutes="<p>The carelinc process was agreed.</p>")
    assert [f.text for f in check_stored_meeting(other)] == ["carelinc"]


def test_a_stored_items_agenda_text_and_decisions_are_read_and_a_dismissal_keeps(committee):
    from django.contrib.auth import get_user_model

    from moot.clerk.checks import check_minutes
    from moot.quality.dismissals import dismiss

    meeting = make_meeting(committee, start=local(2025, 5, 14))
    item = make_item(
        meeting,
        reference="SSP/1/25",
        title="Wardens",
        agenda_text="<p>To consider the report (to follow.</p>",
        minutes="<p>Officers presented the update.</p>",
    )
    make_decision(item, "AGREED to note the the update.")

    found = [(f.check, f.text) for f in check_stored_meeting(meeting)]
    assert ("slip", "the the") in found
    assert ("punctuation", "(to follow.") in found

    [slip] = [s for s in check_minutes(meeting).by_item["SSP/1/25"] if s.check == "slip"]
    dismiss(
        meeting,
        "slip",
        "SSP/1/25",
        slip.fingerprint,
        slip.text,
        get_user_model().objects.create(username="clerk"),
    )
    # An edit of the minutes elsewhere does not bring back a finding in the decision.
    item.minutes = "<p>Officers presented the quarterly update.</p>"
    item.save()
    checked = check_minutes(meeting)
    assert [s.check for s in checked.dismissed_for_item(item)] == ["slip"]
    assert "slip" not in [s.check for s in checked.for_item(item)]
