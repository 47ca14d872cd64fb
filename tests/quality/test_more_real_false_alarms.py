"""False alarms and a misfiled slip seen on real minutes (the fourth held-out part, after it
was measured), each written as a rule with made-up text in their likeness."""

from moot.quality.core import check_meeting
from tests.quality.minutes import found, item


def _no_decision(title: str, text: str) -> list:
    items = [item("1", text, title=title, decisions=[])]
    return found(check_meeting(items, checks=["no_decision"]))


def test_a_tribute_needs_no_decision():
    assert (
        _no_decision(
            "Tribute to Cllr Ann Example",
            "The Vice Chair led the Board in a tribute to Cllr Example. Members held a minute "
            "silence in her memory.",
        )
        == []
    )


def test_a_resolution_in_the_present_tense_is_a_decision():
    assert (
        _no_decision(
            "Overview Report",
            "The Committee considered the report.\n\nThe Committee notes the report and agrees "
            "the work programme.",
        )
        == []
    )
    # "notes that" is discussion, not a resolution.
    assert _no_decision(
        "Overview Report", "The Committee notes that the report was late and asked why."
    ) == [("no_decision", "1", "Overview Report")]


def test_a_standing_items_wording_repeated_is_not_copied_text():
    standing = (
        "To answer any written questions about matters which are within the powers and duties "
        "of the Board. The closing date for receipt of questions is 10.00am on 14 January."
    )
    items = [
        item("4", standing, title="Public Questions", decisions=[]),
        item("5", standing.replace("written", "written members'"), title="Members' Questions"),
    ]
    assert found(check_meeting(items, checks=["copied"])) == []


def test_a_bracket_opened_before_an_address_the_page_lost_is_not_reported():
    text = "Please send questions to the Chief Executive (email:\n\nNo questions were received."
    items = [item("1", text)]
    assert found(check_meeting(items, checks=["punctuation"])) == []
    # Any other aside left open still is.
    items = [item("1", "Please send questions to the Chief Executive (by Friday.")]
    assert found(check_meeting(items, checks=["punctuation"])) != []


def test_two_words_run_together_are_a_spacing_slip():
    [finding] = check_meeting([item("1", "It was agreed that theyleave the building.")])
    assert (finding.check, finding.text) == ("spacing", "theyleave")
    assert '"they leave"' in finding.message
