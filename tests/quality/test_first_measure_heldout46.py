"""Rules written on 7 December 2026 after the first measure of `heldout46` (24 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found

HEADING = "Minutes of the meeting of Breinton Parish Council held on 20 January 2016\n\n"
PRESENT = "Present: Cllr A Jones, Cllr B Smith, Cllr C Brown\n\n"


def test_a_capitalised_word_one_changed_letter_from_a_word_is_a_hint():
    # a surname beside a word ("Bettle", "Battle"): a hint, not a finding
    page = (
        "Minutes of a Trustee Meeting\nheld on 23rd July 2018 at 7.30pm.\n\n"
        "Alan Cadman (Chairman), Liz Winter (Secretary), Maureen Shouksmith (Treasurer)\n\n"
        "Apologies for Absence\nDaphne Bettle, James Puxley, Marlena Lipski.\n"
    )
    assert on_page(page, "spelling") == []
    assert on_page(page, "spelling", min_confidence=0) == [("spelling", "Bettle")]
    # a letter dropped or a key struck twice is still a finding
    assert found("spelling", "Assocation members wrote. Counciilors agreed.") == [
        "Assocation",
        "Counciilors",
    ]


def test_a_key_struck_twice_before_a_vowel_is_a_misspelling_not_a():
    assert found("spacing", "There is aanother meeting.") == []
    assert found("spelling", "There is aanother meeting.") == ["aanother"]
    assert found("spacing", "It was agift to the village.") == ["agift"]


def test_a_mixed_case_acronym_and_its_words_with_a_small_word():
    page = (
        HEADING
        + PRESENT
        + "1. Footpaths\n\nThe diversion of the PRoW at Veldifer had been approved.\n\n"
        "2. Records\n\nFind my Past were still interested. FmP would reply.\n"
    )
    acronyms = [text for _, text in on_page(page, "acronym")]
    assert acronyms == ["PRoW"]
    # initials with "Mc" are a person's: "CMcD"
    assert found("acronym", "Action: CMcD to write.") == []


def test_a_portable_cabin_s_trade_name():
    assert found("spelling", "A porta-cabin and two portacabins were hired.") == []


def test_a_comma_glued_to_a_short_word_that_opens_a_clause():
    assert found("spacing", "They will draw up a Neighbourhood Plan,if required.") == ["Plan,if"]
    assert found("spacing", "The Clerk noted that,as no candidates stood, none was elected.") == [
        "that,as"
    ]
    assert found("spacing", "Items a,b,c and the B,Sc were noted.") == []
