"""Rules written on 7 December 2026 after the first measure of `heldout51` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import acronyms_on_page
from tests.quality.minutes import texts_in_item as found

PAGE = """Minutes of the meeting of Holtby Parish Council held on 9 July 2020
Present: Cllr A Jones, Cllr B Smith
4. Minutes of the last meeting had been circulated. They were pro RT and sec JSM as being a
true record, approved and signed.
5. A parishioner reported a pothole in School Lane. {council} will be notified.
"""


def test_a_seconders_initials_after_sec_are_a_persons():
    assert acronyms_on_page(PAGE.format(council="The highways team")) == []


def test_a_councils_letters_before_will_are_a_body_not_an_actions_owner():
    assert acronyms_on_page(PAGE.format(council="DCC")) == ["DCC"]
    # a person's initials before "will" still are theirs
    assert acronyms_on_page(PAGE.format(council="JS")) == []


def test_a_councillors_title_shortened_with_its_councils_letter_is_no_initial():
    text = "Our ward member C.Cllr. S Tilbey attended; D.Cllr McMullon sent a report."
    assert found("spacing", text) == []
    assert found("spacing", "The report of J.Hart was noted.") == ["J.Hart"]


def test_hours_shortened_is_no_misspelling():
    assert found("spelling", "The meeting closed at 21.30 hrs after a long debate.") == []


def test_being_for_been_before_a_verb_in_ing():
    assert found("slip", "The secretary has being tying up the loose ends.") == ["being tying"]
    assert found("slip", "The secretary has been tying up the loose ends.") == []


def test_a_word_with_a_letter_added_that_makes_a_name_is_a_misspelling():
    assert found("spelling", "The hawthorne hedge on the green was cut back.") == ["hawthorne"]
    # a name in lower case with no word inside it is still a capital left out
    assert found("slip", "The walk went along the river to windermere and back.") == ["windermere"]
