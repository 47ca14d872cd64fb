"""``moot parse-page FILE [--json]``: parse only, print, write nothing."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

PAGES = Path(__file__).parent / "fixtures" / "pages"


def run(*args) -> str:
    out = StringIO()
    call_command("parse_page", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_meeting_as_json():
    data = json.loads(run(str(PAGES / "no_title_line.txt"), "--json"))
    assert data["committee"] == "Development Management Committee"
    assert data["start"] == "2025-06-05T13:30:00"
    assert [i["number"] for i in data["items"]] == ["P/142", "P/143", "P/144"]
    assert data["items"][2]["documents"][0]["size_bytes"] == 98 * 1024


def test_without_json_it_prints_a_short_summary():
    out = run(str(PAGES / "exempt.txt"))
    assert out.startswith("Resources Scrutiny Panel – Thursday 19 June 2025 17:30")
    assert "3b  Commercial Property Disposal  [restricted]" in out
    assert out.rstrip().endswith("8 items")


def test_a_page_that_is_not_a_meeting_names_the_file_and_line(tmp_path):
    path = tmp_path / "not-a-meeting.txt"
    path.write_text("Agenda\n\nOur opening hours\n", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run(str(path), "--json")
    assert str(caught.value) == (
        f"{path}:3: no items found: expected a heading like "
        "'Committee name - Wednesday 14th May 2025 9.00 am', or the meeting's items"
    )


def test_a_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError):
        run(str(tmp_path / "missing.txt"))


def test_the_summary_says_when_the_page_names_no_committee_or_date():
    out = run(str(PAGES / "no_heading_items_table.txt"))
    assert out.startswith("committee not stated – date not stated\n")
    assert out.rstrip().endswith("5 items")
    data = json.loads(run(str(PAGES / "breadcrumb_committee_only.txt"), "--json"))
    assert (data["committee"], data["start"], data["time_printed"]) == (
        "Licensing Committee",
        None,
        False,
    )
