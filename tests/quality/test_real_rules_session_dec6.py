"""Rules written on 6 December 2026 from the labelled real minutes already seen (tuning parts
only): each a general rule, with made-up sentences in the likeness of real minutes — the slip,
and the near misses written so on purpose that must pass."""

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update"):
    items = [item("T/1/25", *paragraphs, title=title)]
    return [f.text for f in check_meeting(items) if f.check == check]


def test_a_word_one_slip_from_a_word_in_a_capitalised_title_is_a_misspelling():
    assert found("spelling", "Apologies were received from the Corporate Direcor of Housing.") == [
        "Direcor"
    ]
    assert found("spelling", "The meeting was held at the Municipal Buldings in Boston.") == [
        "Buldings"
    ]


def test_surnames_forenames_titles_places_and_cut_off_words_in_titles_pass():
    # after a forename that is also a word ("Carol"), a person's title, before a place's noun
    assert found("spelling", "Present: Carol Heycocks, Joyce Jones and Brian Lloyd.") == []
    assert found("spelling", "A letter from Professor Margetts was read to the meeting.") == []
    assert found("spelling", "The gates at Scroggy Road were repaired last week.") == []
    # a table of surnames, one row a line
    assert found("spelling", "Present:\nBarker Brash Cook\nCoward Cranney Fenwick\n") == []
    # a page cut short in mid-word at the end of a line
    assert found("spelling", "Minutes of the Safer and Stronger Communitie\nend") == []
    # a rare word the dictionary lacks
    assert (
        found("spelling", "Members completed their Compulsory Registerable Interests forms.") == []
    )
