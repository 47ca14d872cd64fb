"""Rules written on 7 December 2026 after the first measure of `heldout45` (24 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import acronyms_on_page, on_page
from tests.quality.minutes import texts_in_item as found

PRESENT = "Present: Cllr A Jones, Cllr B Smith, Cllr C Brown\n\n"


def test_letters_of_words_in_the_page_s_heading_are_the_body_s():
    page = (
        "Minutes of a Meeting of the Neighbourhood Development Plan Steering Group\n"
        "held in the Epworth Hall at 7.00pm on Wednesday 18 October 2017\n\n"
        + PRESENT
        + "1. NDP drafting\n\nThe NDP draft was sent to the LPA.\n"
    )
    assert acronyms_on_page(page) == ["LPA"]


def test_commissioners_own_letters_and_members_initials_after_apologies():
    page = (
        "RUSHEN PARISH COMMISSIONERS\n\nMinutes of the meeting held on 19 April 2017\n\n"
        "Present: Mr A Kelly, Mr B Quayle\nApologies: AC, PCW\n\n"
        "1. Waste\n\nRPC agreed to write to the DoI/Local Authority. The EGM is in May.\n"
    )
    assert acronyms_on_page(page) == ["DoI"]


def test_an_acronym_whose_words_end_a_run_written_in_its_item_is_a_hint():
    page = (
        "Minutes of the meeting of Rushen Parish Commissioners held on 19 April 2017\n\n"
        + PRESENT
        + "1. Political WWG. There was a Political Waste Working Group meeting in April.\n"
    )
    assert acronyms_on_page(page) == []
    assert ("acronym", "WWG") in on_page(page, min_confidence=0)


def test_a_semicolon_after_a_list_s_label():
    page = (
        "Minutes of the meeting of Amport Parish Council held on 25 April 2017\n\n"
        "Present; Ian Long (Chairman), Nicholas Hoare, Sue Hill\n"
        "Welcome and Apologies. Apologies; Sarah Roberts, Tom Hill\n\n"
        "2. Roads\n\nThe lines were painted; Cllr Long thanked the team.\n"
    )
    assert sorted(on_page(page, "punctuation")) == [
        ("punctuation", "Apologies;"),
        ("punctuation", "Present;"),
    ]


def test_a_dash_glued_to_the_word_after_it():
    assert found("spacing", "There were 3 Road Traffic Collisions –which it was thought.") == [
        "Collisions -which"
    ]
    # a hyphen so spaced is a list's or a range's, and passes; so does a dash spaced both sides
    assert found("spacing", "Items 3 -five were read. North of Axe – vacancy.") == []


def test_in_line_with_and_wrong_forms_of_a_verb():
    assert found("spacing", "This would commence inline with the new season.") == ["inline"]
    assert found("spacing", "The inline skates were noted.") == []
    assert found("slip", "A newsletter will be send out.") == ["will be send"]
    assert found("slip", "The meeting had not even began.") == ["had not even began"]
    assert found("slip", "James maybe to give fire training.") == ["maybe to"]
    assert found("slip", "Maybe the hall is free.") == []


def test_apostrophes_a_day_s_meeting_a_councillor_s_report_and_letters_made_plural():
    assert found("punctuation", "To be discussed at Thursdays meeting.") == ["Thursdays meeting"]
    assert found("punctuation", "Noted under District Councillors report.") == [
        "District Councillors report"
    ]
    assert found("punctuation", "Two more GP’s will be starting.") == ["GP's"]
    assert found("punctuation", "The GP’s surgery is open on Thursdays.") == []


def test_eponyms_and_trade_words_in_lower_case():
    assert found("slip", "A belisha beacon and a satnav were discussed.") == []
    assert found("spelling", "A belisha beacon and a satnav were discussed.") == []
