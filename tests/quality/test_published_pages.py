"""Minutes read from a published page are judged as a page can be: what the items are and what
was decided are read from headings and wording, so a missing decision there is a hint, while
the clerk's own record, where decisions are fields, still reports it."""

from io import StringIO

import pytest
from django.core.management import call_command

from moot.meetings.html import paragraphs_to_html
from moot.quality.adapters import from_text
from moot.quality.core import PUBLISHED_NO_DECISION, check_meeting
from moot.quality.findings import MinutesItem
from tests.factories import make_item, make_meeting

# A parish council's minutes as its website prints them: item 3's by-election result is
# declared, not decided, and item 4 (business) records no decision in words a check knows.
PAGE = """Minutes of the Meeting of Ashby Parva Parish Council held on Tuesday 9 June 2020

Present: Cllrs J Brown (Chair), P Green, S White

1. Apologies for absence
None.

2. Declarations of interest
None were made.

3. Result of the By-Election for the North Ward
The Returning Officer declared Mrs K Black elected for the North Ward.

4. Village Hall Car Park
Cllr Green reported on the state of the car park surface after the winter and the cost of
resurfacing it this year.

5. Date of next meeting
Tuesday 14 July 2020 at 7.30pm.
"""


def _no_decision(findings):
    return [(f.item_reference, f.confidence) for f in findings if f.check == "no_decision"]


def test_a_missing_decision_on_a_published_page_is_a_hint_not_a_finding():
    meeting = from_text(PAGE)
    assert meeting.published
    assert [i.reference for i in meeting.items] == ["Preamble", "1", "2", "3", "4", "5"]
    assert _no_decision(meeting.check()) == []
    hints = _no_decision(from_text(PAGE).check(min_confidence=0))
    assert hints == [("3", PUBLISHED_NO_DECISION), ("4", PUBLISHED_NO_DECISION)]
    assert PUBLISHED_NO_DECISION < 0.6


def test_the_clerks_record_still_reports_business_without_a_decision():
    business = MinutesItem(
        "PC/4/20",
        "Village Hall Car Park",
        "decision",
        paragraphs_to_html(["Cllr Green reported on the state of the car park surface."]),
    )
    assert _no_decision(check_meeting([business])) == [("PC/4/20", 0.8)]
    assert check_meeting([business], published=True) == []
    assert _no_decision(check_meeting([business], published=True, min_confidence=0)) == [
        ("PC/4/20", PUBLISHED_NO_DECISION)
    ]


def test_other_checks_on_a_published_page_keep_their_confidence():
    page = PAGE.replace("the cost of", "the the cost of")
    [slip] = [f for f in from_text(page).check() if f.check == "slip"]
    assert slip.text == "the the" and slip.confidence >= 0.9


def _run(*args) -> str:
    out = StringIO()
    call_command("check_minutes", *args, stdout=out)
    return out.getvalue()


def test_check_minutes_prints_hints_when_asked(tmp_path):
    page = tmp_path / "minutes.txt"
    page.write_text(PAGE)
    assert "no_decision" not in _run(str(page))
    out = _run(str(page), "--hints")
    assert "  no_decision  0.50  The minutes record no decision" in out


def _car_park_meeting(**kw):
    """A stored meeting whose one item of business records no decision."""
    meeting = make_meeting(**kw)
    make_item(
        meeting,
        reference="TC/4/25",
        title="Village Hall Car Park",
        kind="decision",
        minutes="<p>Cllr Green reported on the state of the car park surface.</p>",
    )
    return meeting


@pytest.mark.django_db
def test_a_stored_meeting_reports_a_missing_decision_and_hints_on_asking():
    meeting = _car_park_meeting()
    assert "no_decision  0.80" in _run(str(meeting.pk))
    assert "no_decision  0.80" in _run(str(meeting.pk), "--hints")


@pytest.mark.django_db
def test_a_meeting_imported_from_its_published_page_is_judged_as_the_page():
    from moot.importers.moderngov_page.importer import SOURCE
    from moot.quality.adapters import PAGE_SOURCE, from_meeting

    assert PAGE_SOURCE == SOURCE
    meeting = _car_park_meeting(source=SOURCE, external_id="page:1")
    assert from_meeting(meeting).published
    assert "no_decision" not in _run(str(meeting.pk))
    assert "no_decision  0.50" in _run(str(meeting.pk), "--hints")
