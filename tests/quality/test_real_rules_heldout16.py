"""Rules written after the labelled real minutes' sixteenth held-out part had been measured:
each a general rule, with made-up sentences in the likeness of real minutes — the slip, and
the near misses written so on purpose that must pass."""

import pytest

from moot.quality.adapters import from_text
from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update", **kw):
    items = [item("T/1/25", *paragraphs, title=title)]
    return [f.text for f in check_meeting(items, **kw) if f.check == check]


# --- spaces lost around numbers, headings and titles --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The press and public were excluded (items1-6) as exempt.", "items1"),
        ("Exempt under paragraphs1 – 7 of Part 1 of Schedule 12A.", "paragraphs1"),
        ("The outturn for 2023-24as at 31 March was reported.", "2023-24as"),
        ("Exempt under Paragraph 3of Part 1 of Schedule 12A.", "3of"),
        ("The meeting closed at 15:00hours.", "15:00hours"),
    ],
)
def test_a_word_run_into_a_number_or_a_number_into_a_word_is_found(sentence, slip):
    assert found("spacing", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting on 21st June closed at 7pm and reopened at 18.50hrs.",
        "A 500mm pipe and an 11kV cable run under the road.",
        "The A66 and the M1 were closed; see page 12 and item 3.",
        "Members discussed Covid-19 and the covid19 dashboard.",
    ],
)
def test_ordinals_times_units_and_road_numbers_pass(sentence):
    assert found("spacing", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("PRESENTProvost Derek Stewart (in the Chair)", "PRESENTProvost"),
        ("IN ATTENDANCEDave Jones, Chief Executive", "ATTENDANCEDave"),
        ("Apologies were received from CouncillorsJA Brinsden and P Morgan.", "CouncillorsJA"),
    ],
)
def test_a_heading_or_a_title_run_into_a_name_is_found(sentence, slip):
    assert found("spacing", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    ["PRESENT: Provost Derek Stewart", "Mr McDonald and Mrs MacLeod attended.", "Cllr JA Smith"],
)
def test_headings_and_titles_spaced_pass(sentence):
    assert found("spacing", sentence) == []


# --- wrong words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The Chair could only apologies for the delay in replying.", "only apologies"),
        ("The Clerk wished to apologies to residents.", "to apologies"),
        ("Councillor Hall spoke on behalf residents of the ward.", "on behalf residents"),
        ("The motion was seconded my KM and carried.", "seconded my KM"),
    ],
)
def test_a_noun_for_a_verb_a_lost_of_and_my_for_by_are_found(sentence, slip):
    assert slip in found("slip", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Apologies were received from Councillor Hall.",
        "The Chair noted the apologies from two members.",
        "The Chair said only apologies for absence would be recorded.",
        "Councillor Hall spoke on behalf of residents.",
        "The motion was seconded by my colleague and carried.",
    ],
)
def test_apologies_as_a_noun_and_behalf_of_pass(sentence):
    assert found("slip", sentence) == []


# --- spelling ---------------------------------------------------------------------------------


def test_a_letter_typed_three_times_in_a_name_is_found():
    assert found("spelling", "Apologies were received from Maelor Willliams.") == ["Willliams"]
    assert found("spelling", "Section XXX of the Act, and Mr Williams, attended.") == []


def test_a_title_with_its_r_lost_is_found():
    assert found("spelling", "Present: Clls Robinson and Hall.") == ["Clls"]


def test_markup_a_page_shows_as_text_is_not_spell_checked():
    assert found("spelling", 'HTML tags allowed in your comment: <a href="" title=""> <abbr>') == []


@pytest.mark.parametrize("word", ["covid", "disapply", "tbc"])
def test_words_minutes_use_that_the_dictionary_lacks_pass(word):
    assert found("spelling", f"The committee noted {word} and moved on.") == []


# --- names and dates --------------------------------------------------------------------------


def test_a_role_before_bracketed_initials_is_no_name():
    sentence = (
        "Present: Betty Wright, Chair (BW), Silvia Muras, Vice Chair (SM), Marion Turner, "
        "Treasurer (MT), Andy Wright (AW), Rob Pope (RP)"
    )
    assert found("name", sentence) == []


def test_a_page_stopping_inside_a_name_is_no_second_spelling():
    text = (
        "Agenda and minutes\n\nCouncil - Thursday, 26th January, 2023 6.30 pm\n\n"
        "Venue: Civic Centre\n\nItems\nNo. Item\n\n1.\n\nAppointments\n\nMinutes:\n\n"
        "Councillor Ron Beadle to replace Councillor Jane Wallace as Vice Chair.\n\n"
        "Councillor Chris Ord to replace Councillor Ron Beadle as Deputy Leader.\n\n"
        "Councillor Ron Beadl"
    )
    assert [f for f in from_text(text).check() if f.check == "name"] == []


def test_a_date_broken_over_two_lines_is_read_whole():
    minutes = item(
        "2",
        "COUNCIL RESOLVED - That the minutes of the meeting held on 24",
        "November 2023 be approved as a correct record.",
        title="Minutes",
        kind="minutes",
        agenda_title="To confirm the minutes of the meeting held on 24 November 2022",
    )
    [finding] = [f for f in check_meeting([minutes], meeting_date=None) if f.check == "date"]
    assert finding.text == "24 November 2023"
    assert "24 November 2022" in finding.message


def test_a_resolution_line_is_never_an_items_title():
    from moot.importers.moderngov_page.parser import parse_page

    page = parse_page(
        "Agenda and minutes\n\nCouncil - Thursday, 26th January, 2023 6.30 pm\n\n"
        "Venue: Civic Centre\n\nItems\nNo. Item\n\n1.\n\n"
        "To confirm the Minutes of the meeting held 24 November 2022\n\nMinutes:\n\n"
        "COUNCIL RESOLVED - That the minutes of the meeting held on 24\n\n"
        "November 2022 be approved as a correct record.\n\n2.\n\nOfficial Announcements\n\n"
        "Minutes:\n\nThe Mayor announced the honours list.\n"
    )
    assert [i.title for i in page.items] == [
        "To confirm the Minutes of the meeting held 24 November 2022",
        "Official Announcements",
    ]
