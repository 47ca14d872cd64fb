"""Rules written on 7 December 2026 after the first measures of `heldout43` and `heldout44`
(24 pages of new bodies each, kept as addresses and labels only:
tests/fixtures/real_minutes/unstored). Made-up pages in the likeness of what they showed: the
slip that must be found, and the text beside it that must be left alone."""

from tests.quality.minutes import acronyms_on_page, on_page
from tests.quality.minutes import texts_in_item as found

PRESENT = "Present: Cllr A Jones, Cllr B Smith, Cllr C Brown\n\n"


def test_a_body_s_own_letters_in_its_name_on_the_first_line():
    page = (
        "KPT Development Trust\nMinute of Directors’ Meeting held on Thursday 29th October "
        "2020 via ZOOM\n1. Present: Maureen Hallet (Chair), James Collins, Sue King-Smith\n\n"
        "2. Funding\n\nKPT has applied to the JCBF for a grant.\n"
    )
    assert acronyms_on_page(page) == ["JCBF"]
    # and a name ending "Ltd": "Portgordon Community Harbour Group Ltd", then "PCHG"
    page = (
        "Portgordon Community Harbour Group Ltd\n\nMinutes of the meeting of the Portgordon "
        "Community Harbour Group held on Tuesday 29th April 2014 at 7.00pm.\n\n"
        + PRESENT
        + "1. Accounts\n\nThe accounts of PCHG went to the "
        "OSCR.\n\nHMRC have queried our NIL Corporation Tax return.\n"
    )
    assert acronyms_on_page(page) == ["OSCR"]


def test_of_gives_its_letter_to_words_written_out_in_the_item():
    page = (
        "Minutes of the meeting of Holmer Parish Council held on 11 September 2017\n\n"
        + PRESENT
        + "1. To consider the council's Rights of Way Improvement Plan consultation\n\n"
        "The Council considered the ROWIP consultation and agreed a response.\n"
    )
    # its words are in its own item, not tied to it: a hint, not a finding
    assert acronyms_on_page(page) == []
    assert ("acronym", "ROWIP") in on_page(page, min_confidence=0)


def test_a_police_rank_before_a_name():
    page = (
        "Minutes of the meeting of Stone Parish Council held on 10 March 2020\n\n"
        + PRESENT
        + "1. Police\n\nWPC Kate Easthope introduced PC Ross Williams. The NPT was noted.\n"
    )
    assert acronyms_on_page(page) == ["NPT"]


def test_then_after_if_is_no_slip_for_than():
    assert found("slip", "If we don't have more voting directors then we will have to act.") == []
    assert found("slip", "There were more people then we expected.") == ["more people then we"]


def test_cllr_ending_a_phrase_is_no_title_before_a_comma():
    text = (
        "Apologies were received from Cllr Khan – attending another meeting as a District "
        "Cllr, Cllr O’Brien – unwell."
    )
    assert found("punctuation", text) == []
    assert found("punctuation", "It was proposed by Cllr, Smith that it be noted.") == [
        "Cllr, Smith that"
    ]


def test_a_rank_before_a_name_in_a_list_is_one_person():
    text = (
        "Others: Alasdair Mackenzie, Morag Douglas, Mary Petrie, Sandy Sutherland, James "
        "Henderson, Area Commander Ian McClellan, Jo Ellen (minutes)."
    )
    assert found("punctuation", text) == []


def test_initials_of_a_longer_name_begun_before_the_words_read_as_a_person_s():
    text = (
        "Present: Fiona Mackay (FM), Sandy Murray (SM), Helen Ross (HR).\n"
        "A House of Multiple Occupancy (HMO) was discussed. John Hughes (JM) would write."
    )
    assert found("name", text) == ["John Hughes (JM)"]


def test_numbers_and_letters_run_into_a_heading_after_a_list_s_number():
    page = (
        "Minutes of the meeting of Gorsley Parish Council held on 14 May 2018\n\n"
        + PRESENT
        + "  1. 5.Requests for Dispensations: there were none.\n\n"
        "  1. Annual Subscriptions:\n    1. a)Gloucestershire Association - £75\n"
        "a)The Chair welcomed all.\n\n2. Finance\n\nThe accounts (see 6a) were agreed.\n"
    )
    spacing = [text for _, text in on_page(page, "spacing")]
    assert spacing == ["5.Requests", "a)Gloucestershire", "a)The"]


def test_a_word_run_into_a_title_a_sum_or_letters_run_into_the_next_sentence():
    assert found("spacing", "PresentMrs B Gillen (Chair), Mr A Brown") == ["PresentMrs"]
    assert found("spacing", "Treasurers Account £7,762.02Cheques drawn.") == ["£7,762.02Cheques"]
    assert found("spacing", "The clerk will ask advice from PWLB.Should the loan be taken?") == [
        "PWLB.Should"
    ]
    # a web address, a decimal and initials pass
    assert found("spacing", "See www.NALC.Gov.uk, £7,762.02 in all, and U.K.Sales.") == []


def test_a_lower_case_l_for_in_and_mis_with_its_s_doubled():
    assert found("spelling", "ln the year 2018/19, the hall did well.") == ["ln"]
    assert found("spelling", "It could be seen as miss-appropriation of funds.") == [
        "miss-appropriation"
    ]
    assert found("spelling", "In the year the miss was noted; a Miss-World contest.") == []


def test_a_full_stop_after_the_day_with_the_month_first():
    text = (
        "The minutes of November 8th.2016 were signed on Tuesday January 17th. 2017. She "
        "came back on January 23rd. having been away. The next meeting is on March 3rd."
    )
    assert found("punctuation", text) == [
        "November 8th.2016",
        "January 17th. 2017",
        "January 23rd. ",
    ]


def test_wrong_words_that_are_still_words():
    assert found("slip", "He had jointed the newly merged team.") == ["had jointed"]
    assert found("slip", "The fence at the side if the Coastal Path.") == ["side if the"]
