import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import found, item

DISCUSSION = "Officers presented the report and answered questions from members about the figures."


def test_business_with_minutes_but_no_decision_is_found():
    items = [item("T/4/25", DISCUSSION, title="Budget Monitoring", kind="decision", decisions=[])]
    assert found(check_meeting(items), "no_decision") == [
        ("no_decision", "T/4/25", "Budget Monitoring")
    ]


def test_a_decision_written_into_the_minutes_counts_as_recorded():
    for wording in (
        "RESOLVED that the report be noted.",
        "Members agreed to note the report.",
        "Agreed that the update be noted.",
        "The report was noted.",
    ):
        items = [item("T/4/25", DISCUSSION, wording, decisions=[])]
        assert found(check_meeting(items), "no_decision") == [], wording


def test_it_was_noted_that_is_discussion_not_a_decision():
    items = [
        item("T/4/25", DISCUSSION, "It was noted that the figures were provisional.", decisions=[])
    ]
    assert [f[0] for f in found(check_meeting(items))] == ["no_decision"]


def test_procedural_items_need_no_decision():
    items = [
        item(
            "T/1/25",
            "There were no declarations of interest.",
            title="Declarations of Interest",
            kind="declarations",
            decisions=[],
        ),
        item(
            "T/2/25",
            "The Chair welcomed everyone to the meeting.",
            title="Welcome and Introductions",
            kind="other",
            decisions=[],
        ),
        item(
            "T/3/25",
            "There was no other business.",
            title="Any Other Business",
            kind="aob",
            decisions=[],
        ),
    ]
    assert found(check_meeting(items), "no_decision") == []


def test_a_decision_with_no_minutes_is_found_when_the_meeting_has_minutes():
    items = [
        item("T/4/25", DISCUSSION),
        item("T/5/25", title="Fees and Charges", decisions=["RESOLVED that the fees be approved."]),
    ]
    assert found(check_meeting(items), "no_minutes") == [
        ("no_minutes", "T/5/25", "RESOLVED that the fees be approved.")
    ]


def test_a_meeting_minuted_only_as_decisions_is_left_alone():
    items = [
        item("T/4/25", decisions=["RESOLVED that the plan be approved."]),
        item("T/5/25", decisions=["RESOLVED that the fees be approved."]),
    ]
    assert found(check_meeting(items)) == []


def test_a_restricted_item_may_keep_its_decision_in_the_exempt_minutes():
    items = [
        item(
            "T/4/25",
            "This item was restricted due to commercial negotiations.",
            decisions=[],
            restricted=True,
        )
    ]
    assert found(check_meeting(items)) == []


def test_an_election_is_a_decision_and_an_open_forum_needs_none():
    items = [
        item(
            "T/1/25",
            "Councillor Rees was elected Chair for the meeting.",
            title="Election of Chair",
            kind="other",
            decisions=[],
        ),
        item(
            "T/2/25",
            "No members of the public had registered to speak.",
            title="Open forum",
            kind="other",
            decisions=[],
        ),
    ]
    assert found(check_meeting(items)) == []


# Items of communications, information or updates for members to note: nothing to decide.
COMMUNICATION = (
    "The Chief Fire Officer advised that communications had been reported to Members at the "
    "recent induction event and further information would be given at the development day."
)


@pytest.mark.parametrize(
    "title",
    [
        "Communications",
        "Chair's Communications",
        "Chief Fire Officer's Communications",
        "Chief Executive’s Communications",
        "Information Items",
        "Items for Information",
        "Information items (to note)",
        "Updates",
        "Verbal Updates",
        "Members' Updates",
        "Clerk's Update",
        "Announcements",
        "Communications and Announcements",
    ],
)
def test_communications_and_information_items_need_no_decision(title):
    items = [item("FRA/6", COMMUNICATION, title=title, kind="decision", decisions=[])]
    assert found(check_meeting(items), "no_decision") == [], title


@pytest.mark.parametrize(
    "title",
    [
        "Communications Strategy",
        "Communications and Engagement Plan",
        "Internal Communications Review",
        "Budget Update",
        "Local Plan Update",
        "Information Governance Policy",
    ],
)
def test_an_item_about_communications_or_an_update_on_something_still_needs_a_decision(title):
    items = [item("FRA/7", COMMUNICATION, title=title, kind="decision", decisions=[])]
    assert [f[0] for f in found(check_meeting(items))] == ["no_decision"], title


@pytest.mark.parametrize(
    "title,minutes",
    [
        ("Prayers", "Prayers were said by the Reverend Anne Holt of St Mary's Church."),
        ("Minute's Silence", "Members stood to remember former Councillor Peter Lane."),
        ("Recording of Proceedings", "The Mayor said the meeting would be webcast."),
        ("Disclosures by Members and Officers", "Councillor Reid said she was a governor."),
        ("Disclosures of Lobbying", "All members had been lobbied on item 12."),
        ("Question(s) from Members of the Council", "Councillor Gray asked about bus routes."),
        ("Annual Fleet Report - for information", "Officers presented the report."),
    ],
)
def test_ceremony_disclosures_questions_and_reports_for_information_need_no_decision(
    title, minutes
):
    items = [item("C/7/26", minutes, title=title, kind="decision", decisions=[])]
    assert found(check_meeting(items), "no_decision") == []


@pytest.mark.parametrize(
    "title",
    [
        "Disclosure and Barring Service Checks Policy",
        "Recording Equipment for the Council Chamber",
        "Prayer Room Refurbishment",
        "Information Governance Report",
        "Budget Report for Approval",
    ],
)
def test_business_whose_title_only_shares_a_word_with_ceremony_still_needs_one(title):
    items = [item("C/7/26", DISCUSSION, title=title, kind="decision", decisions=[])]
    assert found(check_meeting(items), "no_decision") == [("no_decision", "C/7/26", title)]


def test_the_last_item_of_a_page_cut_off_in_mid_sentence_is_left_alone():
    # the saved page stops in mid-word: the decision may be in what was lost
    minutes = (
        "GM Patel introduced Sarah Quinn, Crew Manager at Kendal, who described the flood "
        "response in Cumbria. CM Quinn thanked the Authority for its support.\nCM Quin"
    )
    items = [item("F/9/26", minutes, title="Flood Response in Cumbria", decisions=[])]
    assert found(check_meeting(items), "no_decision") == []


def test_a_last_short_line_that_is_a_whole_name_is_not_taken_for_a_cut():
    minutes = "CM Quinn described the flood response in Cumbria.\nCM Quinn"
    items = [item("F/9/26", minutes, title="Flood Response in Cumbria", decisions=[])]
    assert found(check_meeting(items), "no_decision") == [
        ("no_decision", "F/9/26", "Flood Response in Cumbria")
    ]


def test_an_item_ending_in_a_full_stop_or_before_other_items_is_still_found():
    cut = "Officers described the figures and said that"
    items = [
        item("F/1/26", cut, title="Fleet Replacement", decisions=[]),
        item("F/2/26", DISCUSSION, title="Budget Monitoring", decisions=[]),
    ]
    assert found(check_meeting(items), "no_decision") == [
        ("no_decision", "F/1/26", "Fleet Replacement"),
        ("no_decision", "F/2/26", "Budget Monitoring"),
    ]
