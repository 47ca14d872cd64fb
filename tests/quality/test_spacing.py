"""A missing space after a full stop, and two words run together where a line break was lost."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def spacing(*paragraphs):
    return [
        (f.text, f.message)
        for f in check_meeting([item("T/1/25", *paragraphs)])
        if f.check == "spacing"
    ]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The budget was set in March 2023.The Chair thanked officers.", "2023.The"),
        ("The minutes were agreed as a correct record.The Chair signed them.", "record.The"),
        ("Members noted the report.Councillor Hughes asked about parking.", "report.Councillor"),
    ],
)
def test_it_finds_a_missing_space_after_a_full_stop(sentence, slip):
    assert [text for text, _ in spacing(sentence)] == [slip]


def test_it_says_what_is_missing_and_what_to_write():
    [(_, message)] = spacing("The budget was set in March 2023.The Chair thanked officers.")
    assert "2023. The" in message and "space" in message


@pytest.mark.parametrize(
    "sentence",
    [
        "Details are at www.stockton.gov.uk/Minutes.Html and democratic.services@stockton.gov.uk.",
        "Growth was 3.5 per cent, e.g.The figure in the report was lower.",
        "The plan (see report.pdf and Appendix.PDF) was noted.",
        # (an initial run into a surname once or twice is a slip: test_real_rules_heldout22)
        "Mr A.B.Jones attended, as did St.Mary's School.",
        "The item was deferred (see item 6.The Chair agreed).",
        "Members asked about No.The officer replied.",
    ],
)
def test_it_leaves_addresses_decimals_abbreviations_initials_and_file_names_alone(sentence):
    assert spacing(sentence) == []


def test_it_finds_two_words_run_together_where_a_line_break_was_lost():
    found = spacing("Councillor Smith, Parish RepresentativeHarrogate, asked about the roads.")
    assert [text for text, _ in found] == ["RepresentativeHarrogate"]
    assert "Representative Harrogate" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The slides were shared in PowerPoint and on YouTube and LinkedIn.",
        "Mr McDonald said the iPhone app and SharePoint site were live.",
        "The StreetScene team and HomeStart volunteers were thanked.",
        "The WellbeingPartnership met twice; the WellbeingPartnership reported in May.",
    ],
)
def test_it_leaves_names_written_solid_alone(sentence):
    assert spacing(sentence) == []


def test_it_finds_a_space_before_a_full_stop():
    found = spacing("Members said the minutes were an accurate record .  The Chair signed them.")
    assert [text for text, _ in found] == ["record ."]


@pytest.mark.parametrize(
    "sentence",
    ["He paused . . . and went on.", "See the site at www.stockton.gov.uk .", "Item 4 ."],
)
def test_it_leaves_ellipses_addresses_and_numbers_before_a_full_stop_alone(sentence):
    assert spacing(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip", "meant"),
    [
        ("Questions must reach us the day before the meetingis held.", "meetingis", "meeting is"),
        ("The decisionis final and was noted.", "decisionis", "decision is"),
        ("The reportof the Clerk was received.", "reportof", "report of"),
        ("The grant was agreedto support the hall.", "agreedto", "agreed to"),
        ("The reportwas noted by members.", "reportwas", "report was"),
        ("Copies of the minutesand agenda were sent.", "minutesand", "minutes and"),
    ],
)
def test_a_word_run_together_with_a_short_word_after_it_is_a_missing_space(sentence, slip, meant):
    findings = [f for f in check_meeting([item("T/1/25", sentence)]) if f.text == slip]
    assert [(f.check, meant in f.message) for f in findings] == [("spacing", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # real words that end as a short word does, and plain misspellings
        "The analysis formed the basis of the synopsis, with a potato and tomato stall.",
        "The format was proof that the combat was over, said the motto.",
        "The commitee met the secretery.",
    ],
)
def test_real_words_ending_in_a_short_word_are_not_split(sentence):
    assert [f for f in check_meeting([item("T/1/25", sentence)]) if f.check == "spacing"] == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Present: Mr B Lobban, Ms M Smith (pm only) andMr B Thompson.", "andMr"),
        ("Apologies were received fromCllr Hughes.", "fromCllr"),
        ("The report was presented byDr Patel.", "byDr"),
        ("The item was referred to theCouncil for approval.", "theCouncil"),
        ("Parish Council minutesPresent: Jeremy Gaunt (Chairman).", "minutesPresent"),
    ],
)
def test_a_word_run_into_a_title_or_a_capitalised_word_is_found(sentence, slip):
    assert [text for text, _ in spacing(sentence)] == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The item was shared on eBay, on an iPhone and on PowerPoint.",
        "Councillor McDonald and Mr MacKenzie attended.",
        "Follow the council on social media: #theCouncil and @andMr.",
        "The Chair thanked Mr B Thompson and Dr Patel.",
        "The inTouch service, the onTrack programme, atHome visits and forCare were noted.",
        "The theHub café opened.",
    ],
)
def test_names_written_solid_and_handles_pass(sentence):
    assert spacing(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("A meeting be held on Wednesday 16 May 2018 at 15:00hours.", "15:00hours"),
        ("The hall is open from 9.30until noon.", "9.30until"),
    ],
)
def test_a_time_run_into_the_word_after_it_is_found(sentence, slip):
    assert [text for text, _ in spacing(sentence)] == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting began at 10.00am and closed at 2pm; the next is at 5.30pm.",
        "The site opens at 0900hrs and at 15:00hrs on Sundays.",
        "The grant of £2.50million was agreed.",
    ],
)
def test_times_with_their_units_written_solid_pass(sentence):
    assert spacing(sentence) == []
