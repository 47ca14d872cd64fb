"""Spaces missing or misplaced at a boundary of punctuation: a bracket glued to a name
("Henderson(Chair)") or spaced inside on one side ("( Vice-chair)"), a title's full stop run
into an initial ("Cllr.L.Oxby"), an ampersand or a dash spaced on one side only ("H &S",
"Minutes -These"), a colon glued to an initial or a count ("Councillors:L Maude",
"attendance:2 members"), a heading's number run into its words ("37.PRESENT") and a space
before a full stop after a year ("13 November 2023 ."). Made-up text in the likeness of
parish minutes, with the near misses written so on purpose."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def spacing(*paragraphs):
    return [f.text for f in check_meeting([item("T/1/25", *paragraphs)]) if f.check == "spacing"]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Present: Cllr E. Harrison(Chair), Cllr J. Dobson and the Clerk.", "Harrison(Chair)"),
        ("Present: Alan Wyatt (chair), Mary Hollins ( Vice-chair), Ann Lee.", "( Vice-chair)"),
        ("Present: Cllr W. Green, Cllr.P.Tolley, Cllr R. Hunt.", "Cllr.P"),
        ("Funds were used towards H &S work on the trees by the green.", "H &S"),
        ("Minutes -These were read and signed as a true record.", "Minutes -These"),
        ("Present: Councillors:P Marsh, J Stedman and K Jones.", "Councillors:P"),
        ("Also in attendance:3 members of the public.", "attendance:3"),
        ("41.PRESENT Councillors: P Black, B Cook and Mrs J Jones.", "41.PRESENT"),
        ("To adopt the minutes of the meeting held on 13 March 2024 .", "2024 ."),
    ],
)
def test_it_finds_a_space_missing_or_misplaced_at_punctuation(sentence, slip):
    assert slip in spacing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each member(s) of the panel and any child(ren) attending were named.",
        "The report was exempt under Section 100(A)(4) of the Act.",
        "Present: Cllr J. Smith (Chair), Cllr P. Hale and Dr. Evans.",
        "Funds were used for H & S work and for the Q&A evening.",
        "The pre- and post-election periods were noted.",
        "The meeting opened at 19:30 and closed at 21:05.",
        "Tel:01234 567890, or write to the Clerk.",
        "Item 4.2 was deferred; paragraph 3.1 was noted.",
        "The figure (Appendix 2) and the plan (Annex B) were noted.",
        "The budget rose by 3.4% in 2024.",
    ],
)
def test_it_leaves_punctuation_written_so_on_purpose_alone(sentence):
    assert spacing(sentence) == []


def test_every_one_of_a_kind_in_an_item_is_found_however_many():
    """A page that writes "Attending:5" or "Dick , Elly" throughout has each one wrong: the
    readers of the labelled real minutes marked every one, and none was a false alarm."""
    assert spacing("Attending:5 members, Apologies:3 members, Absent:2 members.") == [
        "Attending:5",
        "Apologies:3",
        "Absent:2",
    ]
    assert spacing("Present: Scott Baillie , Matt Halliday , Carrie White and Elly Baker .") == [
        "Baillie ,",
        "Halliday ,",
        "Baker .",
    ]


def test_a_comma_missing_before_a_name_written_with_initials_only():
    """In a list of names parted by commas, a titled name then one with only its initials
    ("Mrs S Benbow-Jones M Hughes") reads as one person."""
    minutes = item(
        "T/1/25",
        "Apologies were received from Councillors: Mrs A Lloyd-Evans P Hughes, Mrs L Price "
        "& Mrs I Twigg.",
    )
    assert [f.text for f in check_meeting([minutes]) if f.check == "punctuation"] == [
        "Mrs A Lloyd-Evans P Hughes"
    ]
    parted = item(
        "T/1/25",
        "Apologies were received from Councillors: Mrs A Lloyd-Evans, P Hughes, Mrs L Price "
        "& Mrs I Twigg. Mr J Lee MBE was thanked.",
    )
    assert [f for f in check_meeting([parted]) if f.check == "punctuation"] == []


def test_a_space_before_the_closing_bracket_only_a_hint():
    # a hint since readers of the labelled real minutes marked none (test_real_rules_heldout23)
    one_side = item("T/1/25", "Present: Alan Wyatt (chair), Mary Hollins (Vice-chair ).")
    hints = [f.text for f in check_meeting([one_side], min_confidence=0) if f.check == "spacing"]
    assert "(Vice-chair )" in hints
    assert spacing("Present: Alan Wyatt (chair), Mary Hollins ( Vice-chair ).") == []


def test_a_number_run_into_a_word_in_a_title_is_found():
    """A page read as one item takes its heading for the title: "on Wednesday 15thMay 2024"."""
    heading = item(
        "1",
        "Present: Councillors L Maude and J Stedman.",
        title="Minutes of the Annual Meeting held on Wednesday 15thMay 2024, 7pm",
    )
    assert "15thMay" in [f.text for f in check_meeting([heading]) if f.check == "spacing"]
    for title in ("A19 Improvements and KS2 Results", "Covid19 Recovery Plan 2024"):
        plain_title = item("1", "Present: Councillors L Maude and J Stedman.", title=title)
        assert [f for f in check_meeting([plain_title]) if f.check == "spacing"] == [], title
