"""False alarms the checks raised on real published minutes of councils they had never seen
(issue 16; the labelled real set is tests/fixtures/real_minutes). The pages here are made up
in the likeness of the real ones."""

from types import SimpleNamespace

import pytest

from moot.meetings.html import paragraphs_to_html
from moot.quality.adapters import from_page
from moot.quality.core import check_meeting
from moot.quality.findings import MinutesItem
from tests.quality.minutes import found, item


def findings(*items, **kw):
    return found(check_meeting(list(items), **kw))


def undecided(title, *minutes, reference="7"):
    """An item of business with these minutes and no separate decision."""
    return item(reference, *minutes, title=title, kind="decision", decisions=[])


# A page or item cut short.


def test_it_does_not_report_a_word_cut_off_at_the_end_of_a_page_as_a_misspelling():
    minutes = "Members discussed the draft parking strategy and the Committee was asked to recomm"
    assert findings(item("7", minutes)) == []


def test_it_does_not_report_a_cut_off_last_item_as_missing_its_decision():
    cut = undecided(
        "Review of the Statement of Licensing Policy",
        "The Licensing Manager introduced the report. Members asked about the cumulative "
        "impact area in the town centre and the officer explained that the evidence would be",
    )
    assert findings(cut) == []


def test_it_does_not_check_an_item_the_page_marks_as_cut_off():
    cut = undecided("Budget monitoring", "Members discussed the overspend on home to schoo")
    cut.truncated = True
    assert findings(cut) == []


def test_a_cut_off_word_in_mid_page_is_still_reported_when_the_sentence_goes_on():
    minutes = "The Committee was asked to recomm the scheme to Cabinet. AGREED."
    # (a word with no close suggestion is a hint: shown when hints are asked for)
    assert ("spelling", "7", "recomm") in findings(item("7", minutes), min_confidence=0)


# Document sizes and headings in capitals.


def test_document_sizes_are_not_unexpanded_acronyms():
    minutes = "The minutes (PDF 129 KB) and the appendix (PDF 3 MB) were circulated. AGREED."
    assert findings(item("7", minutes, title="Minutes pdf icon PDF 129 KB")) == []


def test_a_heading_in_capitals_is_not_an_acronym():
    minutes = ["PUBLIC QUESTION TIME", "No questions had been received."]
    assert findings(item("7", *minutes, title="Public question time")) == []


def test_a_short_title_in_capitals_is_not_an_acronym():
    assert findings(item("7", "No questions had been received.", title="PUBLIC QUESTIONS")) == []


# Routine items that need no decision.


def test_the_chairs_opening_remarks_need_no_decision():
    remarks = undecided(
        "Chairman's Opening Remarks",
        "The Chairman welcomed everyone to the meeting and reminded those present that the "
        "meeting was being webcast.",
    )
    communications = undecided(
        "Communications from the Chair",
        "The Chair thanked the officers who had organised the Armed Forces Day event.",
        reference="8",
    )
    assert findings(remarks, communications) == []


def test_the_chairs_announcements_need_no_decision_whatever_the_title():
    # An item page saved without its title: the first announcement is read as the title.
    untitled = undecided(
        "(1) The Chair advised that, in accordance with Council Policy, the meeting would be "
        "recorded.",
        "(2) The Chair drew attention to the item on Declarations of Interest and reminded "
        "Members to declare any interest before the item in question.",
        "(3) The Chairman advised a change in the order of the published agenda.",
    )
    assert findings(untitled, checks=["no_decision"]) == []


def test_an_item_where_the_chair_speaks_and_members_discuss_still_needs_a_decision():
    discussed = undecided(
        "Leisure Centre Refurbishment",
        "(1) The Chair advised that the report had been revised since publication.",
        "(2) Members discussed the cost of the new pool and asked about the timetable.",
    )
    assert findings(discussed, checks=["no_decision"]) == [
        ("no_decision", "7", "Leisure Centre Refurbishment")
    ]


def test_references_from_other_committees_when_there_were_none_need_no_decision():
    references = undecided(
        "References from other Committees",
        "There were no references from other committees to consider.",
    )
    assert findings(references) == []


def test_late_items_admitted_by_the_chair_need_no_decision():
    late = undecided(
        "Notification of any items of business which the chair deems urgent",
        "The chair drew members' attention to the addendum report circulated before the meeting.",
    )
    admitted = undecided(
        "Late items",
        "The Chair admitted one late item, on the bus station lease, as a decision was "
        "needed before the next meeting.",
        reference="8",
    )
    assert findings(late, admitted) == []


def test_confirming_which_business_is_taken_in_public_and_in_private_needs_no_decision():
    which = undecided(
        "To confirm which items are to be considered in public and which in private",
        "Items 12 and 13 would be considered in private, as set out on the agenda.",
    )
    exempt = undecided(
        "Determination of exempt items of business",
        "The Convener proposed that the reports marked exempt be taken in private.",
        reference="8",
    )
    assert findings(which, exempt) == []


def test_an_item_resolved_to_recommend_records_its_decision():
    recommend = undecided(
        "Fees and charges 2026/27",
        "The Head of Finance presented the proposed fees.",
        "RESOLVED to RECOMMEND to Council that the fees and charges at Appendix A be approved.",
    )
    also = undecided(
        "Fees and charges 2026/27",
        "The Head of Finance presented the proposed fees.",
        "Resolved to Recommend to Council that the fees be approved.",
        reference="8",
    )
    assert findings(recommend, also) == []


def test_an_outcome_written_this_was_confirmed_records_its_decision():
    confirmed = undecided(
        "Terms of reference",
        "The Committee was asked to confirm its terms of reference for the municipal year.",
        "This was confirmed.",
    )
    assert findings(confirmed) == []


# Several sets of previous minutes, approved one sub-item each.


def test_several_sets_of_previous_minutes_approved_in_sub_items_are_not_copied_text():
    def approval(reference, date):
        return item(
            reference,
            "UNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held "
            f"on the {date} be signed as a correct record.",
            title=f"{date.upper()}; pdf icon PDF 244 KB",
            kind="other",
            decisions=[],
        )

    items = [
        approval("4.1", "5th February, 2025"),
        approval("4.2", "30th April, 2025"),
        approval("4.3", "14th May, 2025"),
    ]
    assert findings(*items) == []


# A recorded vote read as an item of its own.


def _parsed(number, title, minutes="", decisions=()):
    return SimpleNamespace(
        number=number,
        position=0,
        title=title,
        minutes=paragraphs_to_html(minutes) if minutes else "",
        decisions=list(decisions),
        restricted=False,
    )


def test_a_recorded_vote_line_read_as_an_item_stays_with_the_item_it_belongs_to():
    page = SimpleNamespace(
        truncated=False,
        items=[
            _parsed(
                "12",
                "Council Tax Reduction Scheme 2026/27",
                decisions=["RESOLVED that the scheme be adopted."],
            ),
            _parsed(
                "",
                "Recorded vote: For 24, Against 10, Abstain 1",
                [
                    "The Leader moved the scheme and members debated the change to the "
                    "maximum award.",
                    "RESOLVED that the scheme be adopted.",
                ],
            ),
        ],
    )
    meeting = from_page(page)
    assert [i.reference for i in meeting.items] == ["12"]
    assert "maximum award" in meeting.items[0].minutes_html
    assert meeting.check() == []


def test_an_item_marked_truncated_by_the_page_parser_is_carried_to_the_checks():
    parsed = _parsed("3", "Budget monitoring", ["Members discussed the overspend on home to schoo"])
    parsed.truncated = True
    meeting = from_page(
        SimpleNamespace(
            truncated=False,
            items=[parsed, _parsed("4", "Close of meeting", ["The meeting closed at 8.10pm."])],
        )
    )
    assert isinstance(meeting.items[0], MinutesItem)
    assert meeting.items[0].truncated
    assert meeting.check() == []


# Issue 16, second round: the false alarms on the second held-out part (now tuned on).


def test_it_does_not_report_a_cut_off_last_item_as_a_decision_without_minutes():
    """The page stops inside the last item's decision, before its minutes begin."""
    first = item("3", "The minutes were approved as a correct record.", title="Minutes")
    cut = item(
        "4",
        title="Leader's Announcements",
        kind="information",
        decisions=["There were no announ"],
    )
    assert findings(first, cut) == []


def test_a_whole_last_item_with_a_decision_and_no_minutes_is_still_reported():
    first = item("3", "The minutes were approved as a correct record.", title="Minutes")
    whole = item("4", title="Parking charges", kind="decision", decisions=["AGREED the charges."])
    assert [(c, ref) for c, ref, _ in findings(first, whole)] == [("no_minutes", "4")]


@pytest.mark.parametrize(
    "title",
    [
        "Chairman's Notices",
        "Chairman’s Notices (please see below).",
        "Chair's Communications",
        "Mayor's announcements",
        "Leader's announcements",
        "Mayoral Communications/Business",
        "Announcements from the Mayor",
        "Communications from the Vice-Chair",
        "Presiding Member's Announcements",
    ],
)
def test_the_chairs_notices_need_no_decision_whatever_their_title(title):
    notices = undecided(
        title,
        "The Chairman welcomed everyone to the remote meeting. She took Members through some "
        "general housekeeping issues and then asked those attending to introduce themselves.",
        "This was followed by a roll call of all Committee Members present.",
    )
    assert findings(notices) == []


def test_an_item_titled_for_the_mayor_but_not_notices_still_needs_a_decision():
    report = undecided(
        "Mayor's Transport Strategy",
        "Members discussed the strategy and asked about bus routes in the north of the city.",
    )
    assert [c for c, _, _ in findings(report)] == ["no_decision"]


@pytest.mark.parametrize(
    "minutes",
    [
        "Cabinet agreed the basis of the Programme of Meetings for 2012/13 as set out.",
        "That members note: i. the decision taken by officers; and ii. the work under way.",
    ],
)
def test_a_decision_page_worded_without_resolved_records_its_decision(minutes):
    assert findings(undecided("Programme of meetings", minutes)) == []
