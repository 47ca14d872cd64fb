"""Parser of published ModernGov meeting pages ("Agenda and minutes", "Agenda", "Agenda item"),
saved as text or as HTML. Pure Python: it reads a page and returns a ``ParsedPage``; it never
touches the database.

How it reads a page (one pass over the lines, regexes compiled once, so cost is linear):

1. The heading (``heading``): the first line above the items shaped "Committee name -
   Wednesday 14th May 2025 9.00 am" (site chrome and the page title before it are skipped).
   Without one, ``details`` looks for the committee and date elsewhere before the items
   ("Date:" lines, "Minutes of the meeting of X held on …", a breadcrumb, the window title);
   a page that says neither is read with ``committee=""`` and ``start=None`` when its items
   read as a meeting's, and refused with ``PageParseError`` when they do not.
2. The header (``header``): "Venue:", "Contact:", "Note:", "Link:", "Media", meeting-level
   documents and "cancelled" notices, up to the "Items" / "No. Item" marker or the first
   item.
3. The items (``items``). Item numbers come in many shapes (``SSP/4/25``, ``77/21``, ``70.``,
   ``P/142``, ``3a``, ``5.1``, ``• 4.``), so every numbered line is a candidate, weighed by
   layout evidence (a "Minutes:" label, a document size or "Share this item" after its title,
   a procedural title, an HTML item cell). The page's dominant numbering family wins; a
   candidate must move the numbering forward, which rules out numbered lists inside minutes.
   Pages with no numbers are read by their titles' layout instead.
4. Each item's body (``body``) is split at "Decision:" and "Minutes:" labels into agenda
   text, decision and minutes (sanitised HTML), with documents lifted out; ``outcomes``
   finds decisions and actions, ``restrictions`` whether the item is restricted.

The lines come from ``lines`` (saved text) or ``html_input`` (saved HTML); ``marks`` knows
the lines that mark the page's structure.
"""

from __future__ import annotations

import os
from pathlib import Path

from .details import complete_time
from .header import CANCELLED_RE, heading_status, read_header
from .heading import find_heading, title_under
from .items import procedural, read_items
from .lines import Line, text_lines
from .marks import footer_at, is_structural, next_text
from .parsed import PageParseError, ParsedContact, ParsedDocument, ParsedItem, ParsedPage

__all__ = [
    "PageParseError",
    "ParsedContact",
    "ParsedDocument",
    "ParsedItem",
    "ParsedPage",
    "parse_page",
    "parse_page_file",
]

HEADING_EXPECTED = (
    "a heading like 'Committee name - Wednesday 14th May 2025 9.00 am', or the meeting's items"
)

# Why a page is refused: it has no items, or what read as items are paragraphs (a page that
# names no committee or date, with no numbers, labels, venue or documents).
NO_ITEMS = "no items found"
NOT_ITEMS = "no committee or date, and the text reads as paragraphs, not a meeting's items"


def parse_page(text: str, *, source_name: str = "") -> ParsedPage:
    """Parse a saved ModernGov meeting page (text or HTML).

    Raises ``PageParseError`` when the text is not a meeting page; a page cut short parses
    as far as it goes with ``truncated=True``.
    """
    if not isinstance(text, str):
        raise PageParseError("not text", line=None, expected="page text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    head = text[:2000].lstrip().lower()
    cut = False
    if head.startswith(("from:", "mime-version:", "content-type:", "subject:", "date:")):
        from .html_input import is_mhtml, mhtml_to_html

        if is_mhtml(head):
            # A page saved as one MHTML file: its HTML part, decoded.
            text = mhtml_to_html(text) or text
            head = text[:2000].lstrip().lower()
    if head.startswith("<") or "<html" in head or "<table" in text[:200000].lower():
        from .html_input import html_lines

        lines, cut = html_lines(text)
    else:
        lines = text_lines(text)
        cut = _cut_table_row(text)
    page = _read(lines, source_name)
    page.truncated = page.truncated or cut
    if page.truncated and page.items:
        # The page stops inside its last item.
        page.items[-1].truncated = True
    return page


def _cut_table_row(text: str) -> bool:
    """Whether a text page ends inside a table row ("| 4. | Title | Minutes: … rep"): a
    row that never reached its closing bar was cut off."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    return last.startswith("|") and not last.endswith("|")


def parse_page_file(path: str | os.PathLike[str]) -> ParsedPage:
    """Read ``path`` (UTF-8, falling back to Windows-1252) and parse it."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_page(text, source_name=str(path))


def _read(lines: list[Line], source_name: str) -> ParsedPage:
    top = find_heading(lines)
    heading = top.heading
    page = ParsedPage(
        title=top.title,
        committee=heading.committee,
        start=heading.start,
        time_printed=heading.time_printed,
        cancelled=heading.cancelled,
        source_name=source_name,
    )
    if 0 <= top.at < len(lines) and heading_status(lines[top.at].text) == "postponed":
        page.cancelled, page.postponed = False, True
    header_from = top.at + 1
    if not top.title:
        under = title_under(lines, top.at)
        if under is not None:
            page.title = lines[under].text
            header_from = under + 1
    region_start, marker_seen = read_header(lines, page, header_from, top.skip)
    if top.details is None and page.start is not None and not page.time_printed:
        # "Cabinet - Tuesday 3 June 2025" over a "Time: 7.00 pm" line.
        timed = complete_time(lines, header_from, region_start, page.start)
        if timed is not None:
            page.start, page.time_printed = timed, True
    region_end = footer_at(lines, region_start)
    read_items(lines, page, region_start, region_end, heading, top.single_title, top.minutes_page)
    if (
        top.details is not None
        and not (page.committee or page.start)
        and not _meeting_layout(lines, page, marker_seen, region_start, region_end)
    ):
        reason = NOT_ITEMS if page.items else NO_ITEMS
        raise _no_heading(lines, source_name, top.title_idx, top.first, reason)
    if not page.items:
        if not page.cancelled:
            rest = " ".join(ln.text for ln in lines[top.at + 1 : region_end] if ln.text)
            page.cancelled = bool(CANCELLED_RE.search(rest))
        if marker_seen and not page.cancelled:
            page.truncated = True
    return page


def _meeting_layout(
    lines: list[Line], page: ParsedPage, marker_seen: bool, start: int, end: int
) -> bool:
    """Whether a page with neither committee nor date still reads as a meeting's items:
    numbered items, an items table, a venue or contact, documents, or item labels.
    Paragraphs alone ("Welcome to our website") do not."""
    if not page.items:
        return False
    if marker_seen or page.venue or page.contact or page.documents:
        return True
    if any(i.number or i.documents for i in page.items):
        return True
    if len(page.items) >= 2 and any(procedural(i.title) for i in page.items):
        # "Apologies for Absence", "Minutes of the Last Meeting": no website's paragraphs.
        return True
    return any(lines[i].text and is_structural(lines[i].text) for i in range(start, end))


def _no_heading(
    lines: list[Line], source_name: str, title_idx: int | None, first: int, reason: str
) -> PageParseError:
    if title_idx is not None:
        nxt = next_text(lines, title_idx + 1, skip_times=False)
        line = lines[nxt].lineno if nxt is not None else lines[title_idx].lineno
    else:
        at = next_text(lines, first, skip_times=False)
        line = lines[at].lineno if at is not None else (1 if lines else None)
    where = f"{source_name}:{line}" if source_name else f"line {line}"
    return PageParseError(
        f"{where}: {reason}: expected {HEADING_EXPECTED}",
        line=line,
        expected=HEADING_EXPECTED,
        reason=reason,
    )
