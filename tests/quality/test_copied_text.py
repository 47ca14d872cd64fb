from moot.quality.core import check_meeting
from tests.quality.minutes import found, item

REPORT = (
    "Officers presented the quarterly update on the neighbourhood wardens scheme. Wardens had "
    "carried out 412 patrols in the quarter, issued 37 fixed penalty notices for littering and "
    "dog fouling, and referred 15 vulnerable residents to the adult social care front door."
)
OTHER = (
    "The Housing Manager explained the changes to the allocations policy, which would give "
    "more priority to families living in overcrowded homes and to people leaving the armed "
    "forces, and answered questions about the length of the waiting list."
)


def copied(findings):
    return [f for f in findings if f.check == "copied"]


def test_it_names_both_items_and_how_much_is_shared_when_minutes_repeat_an_earlier_item():
    items = [item("T/1/25", REPORT, title="Wardens"), item("T/2/25", REPORT, title="Prevent")]
    [finding] = copied(check_meeting(items))
    assert (finding.item_reference, finding.other_reference) == ("T/2/25", "T/1/25")
    assert finding.shared == 1.0
    assert finding.confidence >= 0.9
    assert "T/1/25" in finding.message


def test_it_finds_minutes_copied_from_the_previous_meeting():
    previous = [item("T/9/24", REPORT, title="Wardens")]
    items = [item("T/1/25", REPORT + " Members thanked the wardens for their work.")]
    [finding] = copied(check_meeting(items, previous_items=previous))
    assert finding.other_reference == "T/9/24"
    assert "previous meeting" in finding.message
    assert 0.7 < finding.shared < 1


def test_different_minutes_sharing_a_stock_phrase_are_not_copies():
    items = [
        item("T/1/25", REPORT, "Members AGREED to note the report."),
        item("T/2/25", OTHER, "Members AGREED to note the report."),
    ]
    assert copied(check_meeting(items)) == []


def test_procedural_items_may_repeat_their_wording_from_meeting_to_meeting():
    text = (
        "The minutes of the previous meeting held on Wednesday 19 March 2025 were agreed as a "
        "true record and signed by the Chair, subject to the spelling of a name being corrected."
    )
    previous = [item("T/3/24", text, title="Minutes", kind="minutes")]
    items = [item("T/1/25", text, title="Minutes", kind="minutes")]
    assert found(check_meeting(items, previous_items=previous), "copied") == []
