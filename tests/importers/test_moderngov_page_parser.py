"""The ModernGov page parser: the seed page and every page shape councils publish."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from moot.importers.moderngov_page.parser import (
    PageParseError,
    parse_page,
    parse_page_file,
)

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "000_4552ca065d52f92d.txt"
if not SEED.exists():  # the sample kept next to the checkout
    SEED = Path("/work/shared/samples/000_4552ca065d52f92d.txt")
PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str):
    return parse_page_file(PAGES / name)


@pytest.fixture(scope="module")
def seed():
    return parse_page_file(SEED)


def by_number(parsed, number):
    return next(i for i in parsed.items if i.number == number)


# --- the seed page ------------------------------------------------------------------------


def test_it_reads_the_seed_header(seed):
    assert seed.title == "Agenda and minutes"
    assert seed.committee == "Safer Stockton Partnership"
    assert seed.start == datetime(2025, 5, 14, 9, 0)
    assert seed.venue == "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ"
    assert seed.contact.name == "John Devine"
    assert seed.contact.role == "Democratic Services Support Officer"
    assert not seed.cancelled and not seed.truncated


def test_it_finds_the_eleven_seed_items_with_titles_as_printed(seed):
    assert [i.number for i in seed.items] == [f"SSP/{n}/25" for n in range(1, 12)]
    assert [i.title for i in seed.items] == [
        "Evacuation Procedure",
        "Declarations of Interest",
        "Minutes",
        "Update On DARDRS",
        "DAPO Pilot",
        "Recorded Crime & Disorder Report",
        "Project Harmony/ Shield Update",
        "Prevent (CT) Update",
        "Any Other Business",
        "iQuanta Report",
        "SBC Performance",
    ]
    assert [i.position for i in seed.items] == list(range(1, 12))


def test_it_lifts_the_seed_documents_off_the_titles(seed):
    with_docs = {i.position: i.documents for i in seed.items if i.documents}
    assert sorted(with_docs) == [1, 3, 6]
    sizes = [with_docs[p][0].size_bytes for p in (1, 3, 6)]
    assert sizes == [102400, 101376, 1048576]
    assert all(len(d) == 1 and d[0].format == "PDF" and not d[0].restricted for d in with_docs.values())


def test_it_records_decisions_on_the_seed_items_that_took_them(seed):
    decided = [i.position for i in seed.items if i.decisions]
    assert decided == [3, 4, 5, 6, 7, 8, 10, 11]
    assert seed.items[3].decisions == ["Members AGREED to note the report."]
    assert seed.items[4].decisions == ["AGREED to note the update."]
    assert seed.items[6].decisions == ["Members agreed to note the report."]
    assert seed.items[7].decisions == ["Members agreed to note the report."]
    assert seed.items[9].decisions == ["AGREED that the report be noted."]
    assert seed.items[10].decisions == ["Agreed that the update be noted."]


def test_a_bare_agreed_takes_its_meaning_from_the_paragraph_before(seed):
    assert seed.items[2].decisions == [
        "The minutes of the previous meeting held on Wednesday 19th March 2025 were agreed as a "
        "true record."
    ]


def test_what_officers_agree_to_do_is_an_action_not_a_decision(seed):
    assert "It was also agreed that the links would be shared following the meeting." in (
        seed.items[3].actions
    )
    assert not any("Officers agreed" in d for d in seed.items[4].decisions)


def test_the_restricted_report_leaves_item_10_public_but_item_11_is_restricted(seed):
    assert seed.items[9].restricted is False
    assert seed.items[9].documents == []
    assert seed.items[10].restricted is True
    assert "ongoing Police investigation" in seed.items[10].restricted_reason
    assert not any(i.restricted for i in seed.items[:10])


def test_seed_minutes_keep_paragraphs_and_bullet_lists(seed):
    minutes = seed.items[3].minutes
    assert minutes.startswith("<p>Members were given a brief update")
    assert minutes.count("<ul>") == 1 and minutes.count("<li>") == 4
    assert "<li>Keeps people safe – can learn" in minutes
    assert "adult’s rights" in minutes  # curly quote kept
    assert "\u00a0" not in minutes
    assert seed.items[4].minutes.count("<li>") == 5


def test_the_seed_json_has_the_documented_shape(seed):
    data = seed.to_json_dict()
    assert data["start"] == "2025-05-14T09:00:00"
    assert data["contact"]["name"] == "John Devine"
    item = data["items"][0]
    assert item["number"] == "SSP/1/25"
    assert item["documents"][0] == {
        "title": "Evacuation Procedure",
        "format": "PDF",
        "size_bytes": 102400,
        "restricted": False,
        "url": "",
    }
    for key in ("agenda_text", "minutes", "decisions", "restricted", "restricted_reason"):
        assert key in item


def test_the_seed_parses_in_about_two_milliseconds():
    text = SEED.read_text(encoding="utf-8")
    parse_page(text)
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        parse_page(text)
    per_parse = (time.perf_counter() - began) / runs
    assert per_parse < 0.02  # generous for slow CI; about 2 ms on a laptop


# --- not a meeting page -------------------------------------------------------------------


def test_a_page_without_a_meeting_heading_names_the_line_and_what_was_expected():
    with pytest.raises(PageParseError) as caught:
        parse_page("Agenda and minutes\n\nWelcome to our website\n\nNothing to see here.\n")
    assert caught.value.line == 3
    assert "Committee name - Wednesday 14th May 2025 9.00 am" in caught.value.expected


def test_empty_text_is_not_a_meeting_page():
    with pytest.raises(PageParseError):
        parse_page("")


# --- saved HTML of ieListDocuments.aspx ----------------------------------------------------


def test_it_reads_a_saved_ielistdocuments_page():
    p = page("html_ielistdocuments.html")
    assert p.title == "Agenda, decisions and minutes"
    assert p.committee == "Harbourside Licensing Committee"
    assert p.start == datetime(2025, 6, 3, 18, 30)
    assert p.venue == "Committee Room 2, Harbour House, Quay Street, Porthaven PH1 2AB"
    assert (p.contact.name, p.contact.phone) == ("Priya Natarajan", "01632 960 123")
    assert p.contact.email == "committees@porthaven.example.gov.uk"
    assert [d.title for d in p.documents] == ["Agenda frontsheet", "Printed minutes"]
    assert p.documents[0].url.startswith("documents/g812/")
    assert [(i.number, i.title) for i in p.items] == [
        ("1.", "Apologies for absence"),
        ("2.", "Minutes of the previous meeting"),
        ("3.", "Street Trading Policy Review"),
        ("4.", "Exclusion of the press and public"),
        ("5.", "Review of a Private Hire Driver Licence"),
    ]
    docs = p.items[2].documents
    assert [(d.title, d.size_bytes, d.restricted) for d in docs] == [
        ("Street Trading Policy Review", 1048576, False),
        ("Appendix A - Consultation responses", 365 * 1024, False),
        ("Appendix B - Trader financial details", 40 * 1024, True),
        ("Restricted enclosure", None, True),
    ]
    assert docs[2].url == "documents/s9004/Appendix B.pdf"


def test_html_decision_and_minutes_sections_are_kept_apart():
    item = page("html_ielistdocuments.html").items[2]
    assert item.agenda_text == "<p>To consider the revised street trading policy following consultation.</p>"
    assert item.decision_text.startswith("<p>RESOLVED that:</p><ul><li>the revised")
    assert "Against: Councillor Doyle" in item.minutes
    assert item.decisions == [
        "RESOLVED that the revised Street Trading Policy be adopted from 1 July 2025",
        "RESOLVED that the fees in Appendix A be approved.",
    ]


def test_items_after_the_exclusion_resolution_are_restricted_but_the_resolution_is_not():
    items = page("html_ielistdocuments.html").items
    assert items[3].restricted is False
    assert items[4].restricted is True
    assert "exclude the press and public" in items[4].restricted_reason
    assert "item 4" in items[4].restricted_reason
