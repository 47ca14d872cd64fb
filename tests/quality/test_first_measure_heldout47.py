"""Rules written on 7 December 2026 after the first measure of `heldout47` (24 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import acronyms_on_page
from tests.quality.minutes import texts_in_item as found


def test_a_body_s_name_in_capitals_or_a_friends_group_gives_its_own_letters():
    page = (
        "CHINNOR ALLOTMENT & GARDEN\nASSOCIATION ESTABLISHED Circa. 1840\n"
        "Minutes of meeting held on 20th December 2023 at 7:00pm at the Distribution Centre\n"
        "Present\nSandy Russell (SR), Mike Gill - Chair (MG), Mike Ibbett (MI)\n"
        "1. Apologies\nNone\n"
        "2. Shop\nCAGA takings are low. The RHS show was noted. The PTA will help.\n"
    )
    assert acronyms_on_page(page) == ["RHS"]
    page = (
        "Minutes of Committee Meeting\n\nFriends of Lonford Park\nJune 2024\n"
        "Minutes of Committee Meeting held on Monday 10 June 2024 at 7:00 pm\n"
        "Present: Ann Hill, Bob Lee, Cath Moss\n\n"
        "1. Events\n\nFOLP will run the fair with the RHS.\n"
    )
    assert acronyms_on_page(page) == ["RHS"]


def test_a_label_then_a_sentence_that_opens_with_its_words():
    text = "Approval of minutes of the last meeting: minutes of the last meeting were approved."
    assert found("slip", text) == []
    assert found("slip", "District Councillors: District Councillors Mrs J Cordwell.") == [
        "District Councillors: District Councillors"
    ]


def test_wrong_forms_and_a_full_stop_after_the_day():
    assert found("slip", "The were no matters arising.") == ["The were no"]
    assert found("slip", "Apologises for absence were received.") == ["Apologises for absence"]
    assert found("slip", "Photos have being taken.") == ["being taken"]
    assert found("slip", "The wet weather was no help; there were no matters.") == []
    assert found("punctuation", "It was held on 23rd.June.") == ["23rd.June"]


def test_inc_is_a_word():
    assert found("spelling", "The cost is £40 inc VAT.") == []


def test_a_capitalised_word_and_its_full_stop_run_into_the_next_sentence():
    text = "3. Treasurer’s Report.Current balance in the bank is £2,374.24."
    assert found("spacing", text) == ["Report.Current"]
    # a title's run-in is the title rule's, reported once
    assert found("spacing", "Cllr.Legg also noted that the hedge was cut.") == ["Cllr.Legg"]
