"""The numbering check: a minute number given to two items in a row, or skipped in a count
that runs on from meeting to meeting. Made-up minutes in the likeness of real ones (a
community council's 3807 then 3809; a parish council's "14/16" twice)."""

from moot.quality.core import check_meeting
from tests.quality.minutes import item, on_page


def numbering(*items):
    return [
        (f.item_reference, f.message, f.confidence)
        for f in check_meeting(list(items), min_confidence=0)
        if f.check == "numbering"
    ]


def run(*references, titles=None):
    titles = titles or [f"Business {n}" for n in range(len(references))]
    return [
        item(ref, "The council noted the report.", title=title)
        for ref, title in zip(references, titles, strict=True)
    ]


def test_a_number_given_to_two_items_in_a_row_is_reported():
    items = run(
        "12/16",
        "13/16",
        "14/16",
        "14/16",
        "16/16",
        titles=["Apologies", "Minutes", "Planning", "Finance", "Correspondence"],
    )
    [(reference, message, confidence)] = numbering(*items)
    assert reference == "14/16"
    assert "numbered as the minute before it" in message
    assert confidence >= 0.8
    [finding] = [f for f in check_meeting(items) if f.check == "numbering"]
    assert ("Minute 14/16", "Planning") in finding.evidence
    assert ("Minute 14/16", "Finance") in finding.evidence
    assert "cited by their numbers" in finding.why


def test_a_number_skipped_in_a_running_count_is_reported():
    [(reference, message, _)] = numbering(*run("3805", "3806", "3807", "3809", "3810"))
    assert reference == "3809"
    assert "no minute is numbered 3808" in message
    # written with its year, the count is the number that changes
    [(reference, message, _)] = numbering(*run("C14/041", "C14/042", "C14/043", "C14/045"))
    assert "no minute is numbered C14/044" in message


def test_what_is_not_a_numbering_slip():
    # an agenda's small numbers: an item withdrawn or taken in private leaves a gap
    assert numbering(*run("1", "2", "4", "5", "6")) == []
    # the skipped number is in the minutes before: a heading run into them
    items = run("3805", "3806", "3807", "3809")
    items[2] = item("3807", "The report was received. 3808 Correspondence was read.")
    assert numbering(*items) == []
    # a new run: the minutes after a list of the agenda, or a second meeting
    assert numbering(*run("101", "102", "103", "104", "101", "102", "103")) == []
    # sub-items and a preamble are not the count
    assert numbering(*run("Preamble", "201", "202", "202.1", "202.2", "203", "204")) == []
    # one item written in two parts under its number, with the same title
    assert numbering(*run("301", "302", "302", "303", titles=["A", "B", "B", "C"])) == []
    # too few to say how the minutes are numbered
    assert numbering(*run("3805", "3807")) == []


def test_a_saved_page_numbered_as_it_runs():
    text = (
        "Minutes of the meeting of the Community Council held on 19 November 2015\n\n"
        "4574 Apologies for Absence\n\nC Vaughan and W Jones.\n\n"
        "4575 Minutes of the Previous Meeting\n\nResolved that the minutes be confirmed.\n\n"
        "4576 Correspondence\n\nA letter from the county council was read and noted.\n\n"
        "4578 Planning Matters\n\nNo objection was raised to the application.\n\n"
        "4579 Finance\n\nResolved that the accounts be paid.\n"
    )
    assert ("numbering", "4578") in on_page(text, "numbering")
