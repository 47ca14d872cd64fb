"""Rules written after the labelled real minutes' twenty-sixth held-out part had been
measured: each a general rule, with made-up sentences in the likeness of real minutes — the
slip, and the near misses written so on purpose that must pass."""

from moot.quality.adapters import from_text
from moot.quality.core import check_meeting
from moot.quality.findings import MinutesItem
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update"):
    items = [item("T/1/25", *paragraphs, title=title)]
    return [f.text for f in check_meeting(items) if f.check == check]


def test_a_heading_ending_in_items_then_the_next_items_number_is_no_plural_slip():
    assert found("slip", "The minutes were signed.\nPublic Items\n7. Questions were taken.") == []
    assert found("slip", "This was covered under agenda items 4 of the report.") == ["items 4"]


def test_initials_run_into_names_on_a_page_that_runs_titles_in_throughout_pass():
    page = "Present: Mr.C Smith, Mrs.L Jones, Cllr.J Brown and J.Preece."
    assert "J.Preece" not in found("spacing", page)
    assert found("spacing", "Present: Mr C Smith and J.Preece.") == ["J.Preece"]


def test_a_pages_heading_read_as_the_title_names_no_previous_minutes():
    page = (
        "Cabinet - Tuesday, 8th June, 2021 7.00 pm - Agenda and minutes\n\nVenue: Council "
        "Chamber\n\nMINUTES\n\nTo confirm the Minutes of the meeting held on 20th April, 2021.\n\n"
        "The Minutes of the meeting of the Cabinet held on 20th April, 2021 were confirmed.\n"
    )
    assert [f for f in from_text(page, lenient=True).check() if f.check == "date"] == []


def test_a_boards_own_letters_without_board_and_the_welsh_clerc_pass():
    items = [
        MinutesItem(
            "1",
            "Apologies",
            minutes_html="<p>WRS officers reported; the Clerc read the letter.</p>",
        ),
        MinutesItem("2", "Update", minutes_html="<p>The ICB report was noted.</p>"),
    ]
    got = check_meeting(items, body="Worcestershire Regulatory Services Board")
    assert [f.text for f in got if f.check in ("acronym", "spelling")] == ["ICB"]


def test_older_minutes_mentioned_but_not_approved_are_no_wrong_date():
    minutes = MinutesItem(
        "MC/19/30",
        "To confirm the minutes of the meeting held on 24 October 2019",
        kind="minutes",
        minutes_html=(
            "<p>Amendment to the minutes from the meeting held on the 26 September 2019, page 8 "
            "to read: Climate Change Emergency.</p><p>RESOLVED that the minutes be confirmed "
            "as a correct record.</p>"
        ),
    )
    assert [f for f in check_meeting([minutes]) if f.check == "date"] == []
    wrong = MinutesItem(
        "MC/19/30",
        "To confirm the minutes of the meeting held on 24 October 2019",
        kind="minutes",
        minutes_html="<p>The minutes of the meeting held on 24 September 2019 were confirmed.</p>",
    )
    assert [f.text for f in check_meeting([wrong]) if f.check == "date"] == ["24 September 2019"]


# --- written after heldout27 was measured ------------------------------------------------------


def test_an_article_before_a_name_is_not_judged_but_before_a_word_it_is():
    text = "Councillor Mrs McGraw declared an McGraw interest; an Phillips item."
    assert found("slip", text) == []
    assert found("slip", "He was made an Councillor and a Independent member.") == [
        "an Councillor",
        "a Independent",
    ]


def test_a_word_in_capitals_twice_is_a_heading_after_a_name_but_a_lower_case_one_a_slip():
    assert found("slip", "NUNEATON AND BEDWORTH BOROUGH COUNCIL COUNCIL 6th December.") == []
    assert found("slip", "The Clerk said this this was agreed.") == ["this this"]


def test_cremators_are_a_word():
    assert found("spelling", "The cremators were relined.") == []
