"""Rules written on 7 December 2026 after the first measure of `heldout64` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from moot.quality.core import check_meeting
from tests.quality.minutes import item, on_page
from tests.quality.minutes import texts_in_item as found

PAGE = (
    "MINUTES OF THE MEETING OF TESTHAM PARISH COUNCIL HELD ON TUESDAY 5 MAY 2020\n"
    "Present: Cllr A Jones (Chair), Cllr B Smith, Cllr C Brown\n\n"
)


def test_a_surname_alone_with_the_person_s_initials_in_a_list():
    text = (
        "Present: Councillors: Day (GD – Chairman), Botham (MB) and Creasey (GC). Clerk to the "
        "Council: Lunn (BL). Ward Councillor: Whitehead (PW). Apologies: Cllrs Hollyman (MH) "
        "and Stevens (DS).\n1. The minutes were approved."
    )
    assert on_page(text, "acronym") == []


def test_a_body_s_letters_after_a_name_are_still_letters():
    # after an initial, the letters would begin with it: the council the member sits on
    text = (
        "In attendance: Cllr Mrs M Bayes (HCC)\nCllr M Carver (EHC)\n1. The minutes were approved."
    )
    assert sorted(t for _, t in on_page(PAGE + text, "acronym")) == ["EHC", "HCC"]
    # nor is a surname the first of a list: nothing yet shows the list gives initials so
    assert [t for _, t in on_page(PAGE + "Apologies: Rankin (SR).", "acronym")] == ["SR"]


def test_a_list_run_on_after_a_colon_with_markers_and_full_stops():
    text = (
        "APPROVAL OF THE MINUTES OF: i). The minutes of the PARISH COUNCIL MEETING held on 27th "
        "March 2013 were AGREED. ii). The minutes of the PLANNING COMMITTEE were AGREED."
    )
    assert found("punctuation", text) == []
    # a number's stray bracket before a full stop is still one
    assert found("punctuation", "The rules in article 20 paragraphs 6 and 9). Then more.") == [
        "paragraphs 6 and 9)"
    ]


def test_a_fellowship_after_degrees_is_no_acronym():
    text = "Parish Clerk: Lee Dunkley BA (Hons), MPhil, FSLCC, Parish Rooms, Vicarage Road."
    assert on_page(PAGE + text, "acronym") == []
    assert found("spacing", text) == []
    assert found("spacing", "Present: MGroat and R Llewelyn.") == ["MGroat"]


def test_a_word_lost_before_a_full_stop():
    text = "There were three calls for Perranzabuloe and . The crews were thanked."
    assert found("slip", text) == []  # a hint only (see the comma's test, h30_h31)
    hints = check_meeting([item("T/1/25", text)], min_confidence=0.5)
    assert [(f.check, f.text) for f in hints] == [("slip", "and .")]
    assert found("spacing", text) == []
    assert found("spacing", "The report was noted by Council .") == ["Council ."]


def test_a_hyphenated_label_run_into_the_name_after_its_colon():
    assert found("spacing", "Present: Vice-Chairman:Cllr Smith, Cllr Jones.") == [
        "Vice-Chairman:Cllr"
    ]
    assert found("spacing", "Present: Vice-Chairman: Cllr Smith, Cllr Jones.") == []
