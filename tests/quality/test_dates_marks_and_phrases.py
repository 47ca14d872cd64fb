"""More slips of kinds seen in real minutes, each with the near misses that must pass: a day
of the week that is not the date's, a date left to fill in, a postcode with the letter O,
words written twice in a row, "licencing", "childrens", a semicolon that opens a list, spaces
at commas, dashes and titles; and what is not a slip on a bilingual or a Scots page. Minutes
made in the likeness of real ones."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(*paragraphs, check=None, title="Update"):
    findings = check_meeting([item("1", *paragraphs, title=title)])
    return [(f.check, f.text) for f in findings if check in (None, f.check)]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The minutes of the meeting held on Wednesday 16 May 2024 were agreed.", "16 May 2024"),
        ("A special meeting would be held on Monday 29 March 2003 at 7.00pm.", "29 March 2003"),
        ("The next meeting is on Monday, 3rd June 2025.", "3rd June 2025"),
        ("The next meeting is on Thursday 07/03/2025 at 10am.", "07/03/2025"),
    ],
)
def test_a_day_of_the_week_that_is_not_the_dates_is_found(sentence, written):
    findings = check_meeting([item("1", sentence)])
    [finding] = [f for f in findings if f.check == "date"]
    assert finding.text.endswith(written)
    assert " was a " in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the meeting held on Thursday 16 May 2024 were agreed.",
        "The next meeting is on Tuesday, 3rd June 2025 at 7pm.",
        "The next meeting is on Friday 7 March at 10am.",
        "Wednesday 16 May 2024 was the date of the hearing.".replace("Wednesday", "Thursday"),
    ],
)
def test_a_day_that_is_the_dates_passes(sentence):
    assert found(sentence, check="date") == []


def test_a_date_left_to_fill_in_is_found():
    text = "That the minutes of the meeting held on Wednesday …. be approved as a correct record."
    assert found(text, check="slip") == [("slip", "Wednesday ….")]
    quoted = 'The Chair said "we will meet on Wednesday ..." Members agreed.'
    assert found(quoted, check="slip") == []


def test_a_postcode_with_the_letter_o_for_a_zero_is_found():
    assert found("Held at 169 Union Street, London SE1 OLL.", check="slip") == [("slip", "SE1 OLL")]
    assert found("Held at 169 Union Street, London SE1 0LL.", check="slip") == []
    assert found("Traffic on the A1 OLD North Road was noted.", check="slip") == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The group was chaired by Chaired by Councillor Smith.", "chaired by Chaired by"),
        (
            "District Councillors: District Councillors Mrs J Cordwell and Mr P Smith.",
            "District Councillors: District Councillors",
        ),
        (
            "Prior to the start of the meeting Prior to the start of the meeting Members "
            "received a presentation.",
            "Prior to the start of the meeting Prior to the start of the meeting",
        ),
    ],
)
def test_words_written_twice_in_a_row_are_found(sentence, slip):
    assert found(sentence, check="slip") == [("slip", slip)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Apologies for Absence Apologies for absence were received from Cllr Brown.",
        "The events were The Queen's Jubilee, The Queen's Jubilee Picnic and a fete.",
        "DECLARATIONS OF INTEREST Declarations of interest were made by Cllr Brown.",
    ],
)
def test_a_heading_run_into_its_sentence_or_a_list_is_not_words_twice(sentence):
    assert found(sentence, check="slip") == []


def test_licencing_and_a_plurals_possessive_without_its_apostrophe_are_found():
    text = "The Corporate Director of Childrens Services reported on liquor licencing."
    assert found(text, check="spelling") == [("spelling", "licencing")]
    assert found(text, check="punctuation") == [("punctuation", "Childrens")]
    fine = "The children's centre, the women's refuge and the licensing policy were discussed."
    assert found(fine) == []
    assert found("Intent, or mens rea, was not shown.", check="punctuation") == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The policy sets out the rules including; a definition of nuisance.", "including;"),
        ("The Executive made the following decision; to approve the plan.", "decision;"),
    ],
)
def test_a_semicolon_that_opens_a_list_is_found(sentence, slip):
    [(_check, text)] = found(sentence, check="punctuation")
    assert text.endswith(slip)


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Present: Cllr Cubitt , Cllr Hoyle and Cllr Brown.", "Cubitt ,"),
        ("In attendance: Parish Clerk- R Turner.", "Clerk- R"),
        ("The report of CllrWhittal Williams was noted.", "CllrWhittal"),
    ],
)
def test_spaces_at_commas_dashes_and_titles(sentence, slip):
    assert found(sentence, check="spacing") == [("spacing", slip)]


@pytest.mark.parametrize(
    "sentence",
    [
        "RESOLVED- That the report be noted.",
        "Papers were sent pre- and post-meeting.",
        "The Dragon's Den bid was noted.",
    ],
)
def test_dashes_written_so_elsewhere_pass(sentence):
    assert found(sentence, check="spacing") == []


def test_the_other_language_of_a_bilingual_heading_is_not_spell_checked():
    text = "Declarations of interest / Datganiadau o fudd\nCadarnhau cofnodion y Cyngor"
    assert found(text, check="spelling") == []
    assert found("Members recieved the buget.", check="spelling") == [
        ("spelling", "recieved"),
        ("spelling", "buget"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was conducted on-line: LINK: https://example.org/join/915717165",
        "Highways works would be carried out by CORMAC next month.",
        "Reference NMD/C/2020 was noted.",
    ],
)
def test_labels_names_in_capitals_and_references_are_not_acronyms(sentence):
    assert found(sentence, check="acronym") == []


def test_letters_before_a_slash_and_a_word_are_an_acronym():
    assert found("Cllr AW declared an interest in JBLC/Allotments.", check="acronym") == [
        ("acronym", "JBLC")
    ]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The meeting held on Monday 26th June 2107in the Village Hall.", "26th June 2107"),
        ("Under the Social Services and Well-being (Wales) Act 2105 the duty.", "Act 2105"),
    ],
)
def test_a_year_that_cannot_be_is_found(sentence, slip):
    assert [t for c, t in found(sentence, check="date") if slip in t]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council aims for net zero by 2100 at the latest.",
        "Under the Local Government Act 1972 the meeting was held.",
        "The plan runs from 1 April 2025 to 31 March 2030.",
    ],
)
def test_years_that_can_be_pass(sentence):
    assert found(sentence, check="date") == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Present: Cllr.Gale (Chair), Cllr Brown.", "Cllr.Gale"),
        ("Councillors J Bell,J Chaplow and M Simmons attended.", "J Bell,J Chaplow"),
        ("Councillors J Bell, M Simmons andA Willis attended.", "andA"),
    ],
)
def test_spaces_lost_in_lists_of_names(sentence, slip):
    assert ("spacing", slip) in found(sentence, check="spacing")


def test_two_untitled_names_side_by_side_in_a_list_need_a_comma():
    text = "Councillors – J Archibald, A Bennington, M Cooper, J Gilmour M Goodman, P Hamill."
    assert found(text, check="punctuation") == [("punctuation", "J Gilmour M Goodman")]
    irish = "Councillors J Beynon, D Burrell, S O'Connor J Phillips (Town Team), C Evans."
    assert found(irish, check="punctuation") == [("punctuation", "S O'Connor J Phillips")]
    fine = "Councillors – J Archibald, A Bennington, M Cooper, J Gilmour, M Goodman."
    assert found(fine, check="punctuation") == []
    short = "Members thanked J Gilmour M Goodman for the report."
    assert found(short, check="punctuation") == []


@pytest.mark.parametrize(
    ("sentence", "check", "slip"),
    [
        ("The last meeting was on 4th March. 2019 in the hall.", "punctuation", "4th March. 2019"),
        ("A letter was received form Conwy County Council.", "slip", "received form Conwy"),
        ("Councilor Mr Arfon Jones gave apologies.", "spelling", "Councilor"),
        ("Members declared any discloseable interests.", "spelling", "discloseable"),
    ],
)
def test_more_slips_of_real_minutes(sentence, check, slip):
    assert (check, slip) in found(sentence, check=check)


@pytest.mark.parametrize(
    "sentence",
    [
        "Grants/Grantiau: the mynwentydd/cemetery fees were set.",
        "The external audit by PKF Littlejohn was received.",
        "The meeting was held on ZOOM. The TUC's guidance was noted.",
        "The form the Clerk had sent was returned. The Council met on 4th March 2019.",
    ],
)
def test_their_near_misses_pass(sentence):
    assert found(sentence) == []
