"""Stored HTML read as plain text: what search, the checks and the plain-text ways out read."""

from moot.meetings.html import to_text
from moot.meetings.words import acronyms


def test_block_ends_become_lines_and_spaces_one_space():
    html = (
        "<p>The  Committee&nbsp;received\tthe report.</p>"
        "<ul><li>First&amp;foremost</li><li> </li></ul>"
        "<h3>Decision</h3>RESOLVED<br>that it be noted<BR/>"
        "<table><tr><td>a</td><td>b</td></tr></table>"
    )
    assert to_text(html) == (
        "The Committee received the report.\nFirst&foremost\nDecision\nRESOLVED\n"
        "that it be noted\nab"
    )


def test_nothing_but_spaces_and_tags_is_no_text():
    assert to_text("") == ""
    assert to_text("<p> &nbsp; </p><p>\u3000</p><br>") == ""


def test_acronyms_of_no_text_are_none_and_of_text_as_written():
    assert acronyms("") == set()
    assert acronyms("The DAPO pilot and two CSPs, not RECOMMENDATIONS") == {"DAPO", "CSPs"}


def test_every_run_of_blanks_becomes_one_space_whatever_it_opens_with():
    import random
    import re

    blanks = " \t\u00a0\u2003\u200b\u202f\u3000"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(["word", "x", *blanks]) for _ in range(rng.randint(1, 12)))
        plain = "".join(" " if c in blanks else c for c in text)
        assert to_text(f"<p>{text}</p>") == re.sub(" +", " ", plain).strip(), repr(text)
