"""Where a page's heading is: the first line above the items shaped "Committee name -
Wednesday 14th May 2025 9.00 am" (site chrome and the page title before it are skipped), one
saved over two lines, or, without either, the committee and date ``details`` finds elsewhere
before the items. Also the page title and, on an "Agenda item" page, the item's title.
"""

from __future__ import annotations

from dataclasses import dataclass

from .details import Details, find_details
from .header import HEADER_LABEL_RE, TITLE_RE, Heading, parse_heading, parse_when
from .lines import Line
from .marks import SENTENCE_END_RE, is_structural, next_text, starts_items, title_like


@dataclass
class Top:
    """The top of a page, above its header."""

    title: str
    title_idx: int | None
    heading: Heading
    # The heading's line, or the last line the committee and date were read from.
    at: int
    # The first line of the page proper (a saved HTML page's window title comes before it).
    first: int
    # Where the items begin, when a line before any heading shows them.
    stop: int
    # What was read outside a heading, when there was none.
    details: Details | None = None
    # Lines above the header that named the committee or the page: not header text.
    skip: frozenset[int] = frozenset()
    # The item's title on an "Agenda item" page.
    single_title: str = ""

    @property
    def minutes_page(self) -> bool:
        """Printed minutes ("Minutes of the meeting of …" opening the page, no page title)."""
        return self.details is not None and self.details.minutes


def find_heading(lines: list[Line]) -> Top:
    """The page title, the heading and where they are. Cost: one pass over the lines above
    the items, at most."""
    # A saved HTML page's window title comes first, marked: the last place to look.
    first = 1 if lines and lines[0].hint == "window" else 0
    title, title_idx, heading, at, stop = _one_line_heading(lines, first)
    if heading is None:
        heading, at = split_heading(lines, first, stop)
    if heading is None and first:
        heading = parse_heading(lines[0].text)
        at = 0 if heading is not None else -1
    if heading is None:
        top = _from_details(lines, first, stop, title, title_idx)
    else:
        top = Top(title, title_idx, heading, at, first, stop)
    _read_single_title(lines, top)
    return top


def _one_line_heading(
    lines: list[Line], first: int
) -> tuple[str, int | None, Heading | None, int, int]:
    """``(title, title line, heading, heading line, stop)``: the page title and the heading
    above the items; ``stop`` is where the items begin when a line shows them first."""
    title = ""
    title_idx = None
    heading: Heading | None = None
    for i in range(first, len(lines)):
        t = lines[i].text
        if not t:
            continue
        if TITLE_RE.match(t):
            title, title_idx = t, i
            continue
        if starts_items(t):
            # The heading is printed above the items; a date-shaped line below them is
            # an item's text, not the meeting.
            return title, title_idx, heading, -1, i
        heading = parse_heading(t)
        if heading:
            return title, title_idx, heading, i, len(lines)
    return title, title_idx, heading, -1, len(lines)


def split_heading(lines: list[Line], first: int, stop: int) -> tuple[Heading | None, int]:
    """A heading saved over two lines, the committee above the date ("Cabinet" then
    "Monday, 2nd June, 2025 10.00 am"), as a browser saves the page's heading cells. Only
    tried when no one-line heading exists."""
    prev = ""
    for i in range(first, min(stop, 400)):
        t = lines[i].text
        if not t:
            continue
        if prev and len(t) < 80 and t[0].isalnum():
            when = parse_when(t)
            if when:
                return Heading(prev, *when), i
        if (
            len(t) <= 150
            and not TITLE_RE.match(t)
            and not HEADER_LABEL_RE.match(t)
            and any(ch.isalpha() for ch in t)
            and not SENTENCE_END_RE.search(t)
        ):
            prev = t
        else:
            prev = ""
    return None, -1


def _from_details(
    lines: list[Line], first: int, stop: int, title: str, title_idx: int | None
) -> Top:
    """The top of a page without a heading: the committee and date from ``details``."""
    details = find_details(lines, 0, stop, title_idx)
    heading = Heading(details.committee, details.start, details.time_printed, details.cancelled)
    at = title_idx if title_idx is not None else first - 1
    if details.used:
        at = max(at, max(details.used))
    skip: frozenset[int] = frozenset()
    if details.block is not None and details.block <= at:
        # "Date:", "Venue:" … printed above the page title: read them as the header.
        at = details.block - 1
        skip = frozenset(details.used)
        if title_idx is not None:
            skip |= {title_idx}
    if not title and details.item_title:
        title = "Agenda item"
    return Top(title, title_idx, heading, at, first, stop, details=details, skip=skip)


def _read_single_title(lines: list[Line], top: Top) -> None:
    """On an "Agenda item" page, the item's title: from the window title, the line under
    the page title (which is then no header line), or the line between the page title and
    the heading."""
    if top.title.lower() != "agenda item":
        return
    if top.details is not None:
        top.single_title = top.details.item_title
        # The item's title printed under the page title is the item's, not a header.
        after = max(top.at, top.title_idx if top.title_idx is not None else -1)
        nxt = next_text(lines, after + 1)
        if nxt is not None and nxt < top.stop and _title_line(lines[nxt].text):
            top.single_title, top.at = lines[nxt].text, nxt
    elif top.title_idx is not None:
        between = [ln.text for ln in lines[top.title_idx + 1 : top.at] if ln.text]
        top.single_title = between[0] if between else ""


def _title_line(t: str) -> bool:
    return (
        title_like(t, False)
        and not is_structural(t)
        and not HEADER_LABEL_RE.match(t)
        and not TITLE_RE.match(t)
    )


def title_under(lines: list[Line], at: int) -> int | None:
    """The page title printed under the heading at ``at``, as on pages saved with the window
    title ("Agenda for Cabinet on …") first; ``None`` when the next line is no page title."""
    nxt = next_text(lines, at + 1, skip_times=False)
    if nxt is not None and TITLE_RE.match(lines[nxt].text):
        return nxt
    return None
