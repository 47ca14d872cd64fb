"""Properties of the page parser: whatever it is given, it answers with a page or a
``PageParseError``, never anything else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from moot.importers.moderngov_page.parser import PageParseError, parse_page
from tests.samples import SEED_PAGE

PAGES = Path(__file__).parent / "fixtures" / "pages"
REAL_LINES = sorted(
    {
        line
        for path in [*PAGES.glob("*.txt"), SEED_PAGE]
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
    }
)
EXTRA_LINES = [
    "Committee - Wednesday 14th May 2025 9.00 am",
    "Minutes:",
    "Decision:",
    "RESOLVED that:",
    "AGREED.",
    "| 1. | Title Minutes: x |",
    "| | | |",
    "3a",
    "• 4.",
    "Additional documents:",
    "PDF 65 KB",
    "Items",
    "No. Item",
    '<table class="mgItemTable"><tr><td>',
    "</td></tr>",
    "\u00a0\u00a0\u00a0 bullet",
    "Meeting: 14/05/2025 - X (Item 4.)",
    "Agenda item",
]


def _parse_or_refuse(text: str) -> None:
    try:
        page = parse_page(text)
    except PageParseError as exc:
        assert exc.line is None or exc.line >= 1
        assert exc.expected
        return
    page.to_json_dict()
    assert [i.position for i in page.items] == list(range(1, len(page.items) + 1))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_is_a_page_or_a_parse_error(text):
    _parse_or_refuse(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(REAL_LINES + EXTRA_LINES), max_size=60))
def test_any_mix_of_real_lines_is_a_page_or_a_parse_error(lines):
    _parse_or_refuse("\n".join(lines))


TEXT_LINES = [line for line in REAL_LINES + EXTRA_LINES if "<" not in line]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(TEXT_LINES), max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="<"), max_size=40),
)
def test_a_text_page_with_a_heading_then_anything_always_parses(lines, noise):
    text = (
        "Agenda and minutes\n\nCabinet - Monday 2 June 2025 6.00 pm\n\n" + "\n".join(lines) + noise
    )
    page = parse_page(text)
    assert page.committee
