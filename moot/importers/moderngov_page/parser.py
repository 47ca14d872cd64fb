"""Parser of published ModernGov meeting pages ("Agenda and minutes", "Agenda", "Agenda item"),
saved as text or as HTML. Pure Python: it reads a page and returns a ``ParsedPage``; it never
touches the database.

How it reads a page (one pass over the lines, regexes compiled once, so cost is linear):

1. The heading: the first line above the items shaped "Committee name - Wednesday 14th May
   2025 9.00 am" (site chrome and the page title before it are skipped). Without one,
   ``details`` looks for the committee and date elsewhere before the items ("Date:" lines,
   "Minutes of the meeting of X held on …", a breadcrumb, the window title); a page that
   says neither is read with ``committee=""`` and ``start=None`` when its items read as a
   meeting's, and refused with ``PageParseError`` when they do not.
2. The header: "Venue:", "Contact:", "Note:", "Link:", "Media", meeting-level documents and
   "cancelled" notices, up to the "Items" / "No. Item" marker or the first item.
3. The items. Item numbers come in many shapes (``SSP/4/25``, ``77/21``, ``70.``, ``P/142``,
   ``3a``, ``5.1``, ``• 4.``), so every numbered line is a candidate, weighed by layout
   evidence (a "Minutes:" label, a document size or "Share this item" after its title, a
   procedural title, an HTML item cell). The page's dominant numbering family wins; a
   candidate must move the numbering forward, which rules out numbered lists inside minutes.
   Pages with no numbers are read by their titles' layout instead.
4. Each item's body is split at "Decision:" and "Minutes:" labels into agenda text, decision
   and minutes (sanitised HTML), with documents lifted out; ``outcomes`` finds decisions,
   actions and restriction.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .details import complete_time, find_details
from .header import (
    TITLE_RE,
    Heading,
    clean_venue,
    parse_contact,
    parse_heading,
    parse_when,
)
from .lines import (
    RESTRICTED_DOC_RE,
    Line,
    TableBlock,
    blocks_html,
    has_doc,
    href_format,
    split_document,
    text_lines,
)
from .numbers import NUM_INLINE_RE, NUM_RE, Candidate, number_parts, successors
from .outcomes import find_outcomes
from .parsed import PageParseError, ParsedContact, ParsedDocument, ParsedItem, ParsedPage
from .restrictions import excluded_after, is_item_restricted_link, restrict

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

TIME_ONLY_RE = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$", re.I
)
_TITLE_TIME_RE = re.compile(r"\s+\d{1,2}[.:]\d{2}\s*[ap]\.?\s?m\.?$", re.I)
LABEL_RE = re.compile(
    r"^(?P<label>Minutes?|Decisions?|Additional documents|Supporting documents|"
    r"Background (?:papers|documents)|Documents)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
SHARE_RE = re.compile(r"^(?:[•·]\s*)?share this (?:item|page)\b", re.IGNORECASE)
VIEW_RE = re.compile(
    r"(?:^|\s)(?:view|see)\s+the\s+(?:full\s+)?(?:minutes\s+text|decision|background|"
    r"reasons?\s+why\s+(?:item|document))\b.*\bfor\s+item\b"
    r"|^view the (?:full )?minutes text for item\b|^view the decision for item\b"
    r"|^view the background to item\b|^view the reasons why (?:item|document)\b",
    re.IGNORECASE,
)
_COLLAPSED_RE = re.compile(
    r"\s*(?:\.\.\.|…)?\s*view the full minutes text for item\s*\S*\s*$", re.I
)
ITEMS_MARKER_RE = re.compile(
    r"^(?:items|agenda items|(?:note\s+)?no\.?\s*item(?:\s+note)?|item\s+no\.?(?:\s+item)?|"
    r"no\.\s+item\s+time)$",
    re.IGNORECASE,
)
_HEADER_LABEL_RE = re.compile(
    r"^(?P<label>Venue|Contact|Contact officer|Note|Notes|Link|Links|Media|Webcast|"
    r"Meeting status|Status|(?:Location|Place|Where|(?:Meeting\s+)?Date(?:\s+(?:and|&)\s+time)?|"
    r"(?:Start\s+)?Time|When|Committee|Meeting|Body)(?=\s*:))\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
CANCELLED_RE = re.compile(
    r"\b(?:meeting\s+(?:has\s+been\s+|was\s+|is\s+)?(?:cancell?ed|postponed)|cancell?ed\b)", re.I
)
_FOOTER_RE = re.compile(
    r"^(?:back to top|top of page|print this page|return to top|©.*|copyright\b.*|"
    r"accessibility statement|cookie(?:s| policy)|privacy (?:notice|policy)|"
    r"what do you think of this page\??)$",
    re.IGNORECASE,
)
# The characters those patterns can start with (they match case-insensitively; "ſ" folds
# to "s"), for cheap gates before the regexes.
_SHARE_FIRST = frozenset("•·sSſ")
_LABEL_FIRST = frozenset("MmDdAaSsBbſ")
_FOOTER_FIRST = frozenset("BbTtPpRr©CcAaWw")
_CONTACT_MORE_RE = re.compile(r"@|\b(?:tel|telephone|phone|e-?mail|mobile)\b|^or\s|\d{4,}", re.I)
_PROCEDURAL_RE = re.compile(
    r"^(?:apolog|declarations?\b|disclosures?\b|minutes\b|exclusion|urgent|any other business|"
    r"chair(?:man)?['’]?s? (?:announcements|communications|business)|public (?:questions|forum|"
    r"participation)|date (?:and time )?of (?:the )?next meeting|welcome|introductions|"
    r"matters arising|substitut|evacuation|petitions|questions|election of|appointment of|"
    r"declaration of|open forum|forward plan|work ?programme)",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?:;)\"”’'…]$")
# The printed agenda's page reference after a title: "(Pages 5 - 12)", "(Page 3)".
_PAGES_RE = re.compile(r"\s*\(\s*(?:Pages?|pp?\.)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)\s*$", re.I)


def parse_page(text: str, *, source_name: str = "") -> ParsedPage:
    """Parse a saved ModernGov meeting page (text or HTML).

    Raises ``PageParseError`` when the text is not a meeting page; a page cut short parses
    as far as it goes with ``truncated=True``.
    """
    if not isinstance(text, str):
        raise PageParseError("not text", line=None, expected="page text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    head = text[:2000].lstrip().lower()
    truncated_html = False
    if head.startswith(("from:", "mime-version:", "content-type:", "subject:", "date:")):
        from .html_input import is_mhtml, mhtml_to_html

        if is_mhtml(head):
            # A page saved as one MHTML file: its HTML part, decoded.
            text = mhtml_to_html(text) or text
            head = text[:2000].lstrip().lower()
    if head.startswith("<") or "<html" in head or "<table" in text[:200000].lower():
        from .html_input import html_lines

        lines, truncated_html = html_lines(text)
    else:
        lines = text_lines(text)
    page = _Reader(lines, source_name).read()
    page.truncated = page.truncated or truncated_html
    return page


def parse_page_file(path) -> ParsedPage:
    """Read ``path`` (UTF-8, falling back to Windows-1252) and parse it."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_page(text, source_name=str(path))


class _Reader:
    def __init__(self, lines: list[Line], source_name: str) -> None:
        self.lines = lines
        self.source_name = source_name
        self.n = len(lines)
        # Printed minutes ("Minutes of the meeting of …" opening the page, no page title).
        self.minutes_page = False

    # -- helpers ---------------------------------------------------------------------------

    def _next(self, i: int, skip_times: bool = True) -> int | None:
        lines = self.lines
        while i < self.n:
            t = lines[i].text
            if t and not (skip_times and TIME_ONLY_RE.match(t)):
                return i
            i += 1
        return None

    def _is_structural(self, t: str) -> bool:
        return bool(LABEL_RE.match(t) or SHARE_RE.match(t) or _is_view(t) or _is_restricted_doc(t))

    # -- the page ----------------------------------------------------------------------------

    def read(self) -> ParsedPage:
        lines = self.lines
        title = ""
        title_idx = None
        heading: Heading | None = None
        h = -1
        # A saved HTML page's window title comes first, marked: the last place to look.
        first = 1 if self.n and lines[0].hint == "window" else 0
        stop = self.n
        for i in range(first, self.n):
            t = lines[i].text
            if not t:
                continue
            if TITLE_RE.match(t):
                title, title_idx = t, i
                continue
            if self._starts_items(t):
                # The heading is printed above the items; a date-shaped line below them is
                # an item's text, not the meeting.
                stop = i
                break
            heading = parse_heading(t)
            if heading:
                h = i
                break
        if heading is None:
            heading, h = self._split_heading(first, stop)
        if heading is None and first:
            heading = parse_heading(lines[0].text)
            h = 0 if heading is not None else -1
        details = None
        skip: frozenset[int] = frozenset()
        if heading is None:
            details = find_details(lines, 0, stop, title_idx)
            heading = Heading(
                details.committee, details.start, details.time_printed, details.cancelled
            )
            h = title_idx if title_idx is not None else first - 1
            if details.used:
                h = max(h, max(details.used))
            if details.block is not None and details.block <= h:
                # "Date:", "Venue:" … printed above the page title: read them as the header.
                h = details.block - 1
                skip = frozenset(details.used)
                if title_idx is not None:
                    skip |= {title_idx}
            if not title and details.item_title:
                title = "Agenda item"
            self.minutes_page = details.minutes
        single_title = ""
        if title.lower() == "agenda item":
            if details is not None:
                single_title = details.item_title
                # The item's title printed under the page title is the item's, not a header.
                nxt = self._next(max(h, title_idx if title_idx is not None else -1) + 1)
                if nxt is not None and nxt < stop and self._title_line(nxt):
                    single_title, h = lines[nxt].text, nxt
            elif title_idx is not None:
                between = [ln.text for ln in lines[title_idx + 1 : h] if ln.text]
                single_title = between[0] if between else ""

        page = ParsedPage(
            title=title,
            committee=heading.committee,
            start=heading.start,
            time_printed=heading.time_printed,
            cancelled=heading.cancelled,
            source_name=self.source_name,
        )
        header_from = h + 1
        if not title:
            # The page title printed under the heading, as on pages saved with the window
            # title ("Agenda for Cabinet on …") first.
            nxt = self._next(h + 1, skip_times=False)
            if nxt is not None and TITLE_RE.match(lines[nxt].text):
                page.title = lines[nxt].text
                header_from = nxt + 1
        region_start, marker_seen = self._read_header(page, header_from, skip)
        if details is None and page.start is not None and not page.time_printed:
            # "Cabinet - Tuesday 3 June 2025" over a "Time: 7.00 pm" line.
            timed = complete_time(lines, header_from, region_start, page.start)
            if timed is not None:
                page.start, page.time_printed = timed, True
        region_end = self.n
        for i in range(region_start, self.n):
            t = lines[i].text
            if t and t[0] in _FOOTER_FIRST and _FOOTER_RE.match(t):
                region_end = i
                break
        self._read_items(page, region_start, region_end, heading, single_title)
        if (
            details is not None
            and not (page.committee or page.start)
            and not self._meeting_layout(page, marker_seen, region_start, region_end)
        ):
            raise self._no_heading(title_idx, first)
        if not page.items:
            if not page.cancelled:
                rest = " ".join(ln.text for ln in lines[h + 1 : region_end] if ln.text)
                page.cancelled = bool(CANCELLED_RE.search(rest))
            if marker_seen and not page.cancelled:
                page.truncated = True
        return page

    def _title_line(self, i: int) -> bool:
        t = self.lines[i].text
        return (
            self._title_like(t, False)
            and not self._is_structural(t)
            and not _HEADER_LABEL_RE.match(t)
            and not TITLE_RE.match(t)
        )

    @staticmethod
    def _starts_items(t: str) -> bool:
        c0 = t[0]
        return bool(
            (c0 in _LABEL_FIRST and LABEL_RE.match(t))
            or (c0 in _SHARE_FIRST and SHARE_RE.match(t))
            or (c0.isdigit() and NUM_RE.match(t))
            or ITEMS_MARKER_RE.match(t)
        )

    def _meeting_layout(self, page: ParsedPage, marker_seen: bool, start: int, end: int) -> bool:
        """Whether a page with neither committee nor date still reads as a meeting's items:
        numbered items, an items table, a venue or contact, documents, or item labels.
        Paragraphs alone ("Welcome to our website") do not."""
        if not page.items:
            return False
        if marker_seen or page.venue or page.contact or page.documents:
            return True
        if any(i.number or i.documents for i in page.items):
            return True
        return any(
            self.lines[i].text and self._is_structural(self.lines[i].text)
            for i in range(start, end)
        )

    def _no_heading(self, title_idx: int | None, first: int) -> PageParseError:
        lines = self.lines
        if title_idx is not None:
            nxt = self._next(title_idx + 1, skip_times=False)
            line = lines[nxt].lineno if nxt is not None else lines[title_idx].lineno
        else:
            at = self._next(first, skip_times=False)
            line = lines[at].lineno if at is not None else (1 if self.n else None)
        where = f"{self.source_name}:{line}" if self.source_name else f"line {line}"
        return PageParseError(
            f"{where}: expected {HEADING_EXPECTED}", line=line, expected=HEADING_EXPECTED
        )

    def _split_heading(self, first: int, stop: int) -> tuple[Heading | None, int]:
        """A heading saved over two lines, the committee above the date ("Cabinet" then
        "Monday, 2nd June, 2025 10.00 am"), as a browser saves the page's heading cells. Only
        tried when no one-line heading exists."""
        prev = ""
        for i in range(first, min(stop, 400)):
            t = self.lines[i].text
            if not t:
                continue
            if prev and len(t) < 80 and t[0].isalnum():
                when = parse_when(t)
                if when:
                    return Heading(prev, *when), i
            if (
                len(t) <= 150
                and not TITLE_RE.match(t)
                and not _HEADER_LABEL_RE.match(t)
                and any(ch.isalpha() for ch in t)
                and not _SENTENCE_END_RE.search(t)
            ):
                prev = t
            else:
                prev = ""
        return None, -1

    def _read_header(
        self, page: ParsedPage, start: int, skip: frozenset[int] = frozenset()
    ) -> tuple[int, bool]:
        """Fill venue, contact, note and meeting documents; return where the items begin.
        Lines in ``skip`` (the page title, the lines that named the committee) are passed
        over."""
        lines = self.lines
        marker = None
        for i in range(start, min(self.n, start + 400)):
            t = lines[i].text
            if not t:
                continue
            if ITEMS_MARKER_RE.match(t):
                marker = i
                break
            if (NUM_RE.match(t) or lines[i].hint) and i > start:
                break
        contact_raw: list[str] = []
        note: list[str] = []
        mode = ""
        i = start
        stop = marker if marker is not None else self.n
        while i < stop:
            ln = lines[i]
            t = ln.text
            i += 1
            if not t or (i - 1) in skip:
                continue
            m = _HEADER_LABEL_RE.match(t)
            if m and (m.group("rest") or m.group("label").lower() in {"media", "webcast"}):
                label = m.group("label").lower()
                rest = m.group("rest").strip()
                if label in {"venue", "location", "place", "where"}:
                    page.venue = clean_venue(rest)
                    mode = ""
                elif label.startswith("contact"):
                    contact_raw.append(rest)
                    mode = "contact"
                elif label.startswith("note"):
                    note.append(rest)
                    mode = "note"
                elif label.startswith("link"):
                    page.link = rest
                    mode = ""
                elif label in {"media", "webcast"}:
                    mode = "media"
                else:
                    if CANCELLED_RE.search(rest):
                        page.cancelled = True
                    mode = ""
                continue
            if m and m.group("label").lower() in {"media", "webcast"}:
                mode = "media"
                continue
            if CANCELLED_RE.search(t) and len(t) < 200 and not NUM_INLINE_RE.match(t):
                page.cancelled = True
                continue
            if has_doc(t) and (marker is not None or not self._looks_like_item(i - 1)):
                name, doc = split_document(t)
                if doc is not None:
                    doc.title = name or "Document"
                    doc.url = ln.href
                    doc.restricted = ln.restricted
                    page.documents.append(doc)
                    mode = ""
                    continue
            if mode == "contact" and _CONTACT_MORE_RE.search(t) and not NUM_RE.match(t):
                contact_raw.append(t)
                continue
            if ln.href and marker is not None and mode != "note" and len(t) < 150:
                # A saved HTML page's meeting document linked without its size.
                page.documents.append(
                    ParsedDocument(
                        title=t,
                        format=href_format(ln.href),
                        url=ln.href,
                        restricted=ln.restricted,
                    )
                )
                mode = ""
                continue
            if marker is not None:
                # Chrome, media links or a note running on: all before the items marker.
                if mode == "note":
                    note.append(t)
                continue
            # No marker: the first line that is none of the above starts the items.
            i -= 1
            break
        if contact_raw:
            page.contact = parse_contact(" ".join(contact_raw))
        page.note = " ".join(x for x in note if x).strip()
        if marker is not None:
            return marker + 1, True
        return i, False

    def _looks_like_item(self, i: int) -> bool:
        t = self.lines[i].text
        if NUM_INLINE_RE.match(t) or self.lines[i].hint:
            return True
        j = self._next(i + 1)
        return j is not None and bool(
            LABEL_RE.match(self.lines[j].text) or SHARE_RE.match(self.lines[j].text)
        )

    # -- items -----------------------------------------------------------------------------

    def _candidates(self, start: int, end: int) -> list[Candidate]:
        lines = self.lines
        out: list[Candidate] = []
        for i in range(start, end):
            ln = lines[i]
            t = ln.text
            if not t or len(t) > 400 or ln.table:
                continue
            m = NUM_RE.match(t)
            if m:
                j = self._next(i + 1)
                if j is None or j >= end:
                    title_idx, title = None, ""
                else:
                    tt = lines[j].text
                    if NUM_RE.match(tt) or (self._is_structural(tt) and ln.hint != "num"):
                        continue
                    title_idx, title = j, tt
                shape = "alone"
            else:
                m = NUM_INLINE_RE.match(t)
                if not m:
                    continue
                title_idx, title = i, m.group("title")
                shape = "inline"
            family, key = number_parts(m)
            strong = self._evidence(ln, title_idx, title, end)
            if (
                title
                and title[0].islower()
                and not (
                    (strong and shape == "alone") or any(ch.isupper() for ch in title.split()[0])
                )
            ):
                continue
            out.append(Candidate(i, title_idx, m.group("num"), family, key, shape, title, strong))
        return out

    def _evidence(self, ln: Line, title_idx: int | None, title: str, end: int) -> bool:
        if ln.hint:
            return True
        if title_idx is None:
            return False
        tl = self.lines[title_idx]
        if tl.hint or has_doc(title) or _PROCEDURAL_RE.match(title):
            return True
        k = self._next(title_idx + 1)
        if k is None or k >= end:
            return True
        nt = self.lines[k].text
        return bool(self._is_structural(nt) or (has_doc(nt) and len(nt) < 200))

    @staticmethod
    def _title_like(title: str, strict: bool) -> bool:
        if title and title[-1] == ")" and "age" in title:
            title = _PAGES_RE.sub("", title)
        if not title or len(title) > (120 if strict else 300):
            return False
        if strict and (_SENTENCE_END_RE.search(title) or len(title.split()) > 16):
            return False
        return not title[0].islower()

    def _accept(self, cands: list[Candidate]) -> list[Candidate]:
        strong = [c for c in cands if c.strong]
        pool = strong or [c for c in cands if self._title_like(c.title, True)]
        if not pool:
            return []
        family = Counter(c.family for c in pool).most_common(1)[0][0]
        fam = [c for c in cands if c.family == family or c.line_idx is None]
        fam_strong = [c for c in fam if c.strong]
        if not fam_strong and len([c for c in fam if self._title_like(c.title, True)]) < 2:
            return []
        shapes = Counter(c.shape for c in (fam_strong or fam))
        shape = shapes.most_common(1)[0][0]
        accepted: list[Candidate] = []
        strong_idx = [k for k, c in enumerate(fam) if c.strong]
        for k, c in enumerate(fam):
            if accepted and c.line_idx == accepted[-1].title_idx:
                # The title of the item before, which starts with a number of its own
                # ("4." then "12 Orchard Close"): part of that item.
                continue
            if c.strong:
                while accepted and not accepted[-1].strong and accepted[-1].key >= c.key:
                    accepted.pop()
                if accepted:
                    prev = accepted[-1]
                    if c.key <= prev.key or c.key[0] - prev.key[0] > 25:
                        continue
                accepted.append(c)
                continue
            if c.shape != shape or not self._title_like(c.title, True):
                continue
            ok = bool(accepted) and c.key in successors(accepted[-1].key)
            if not ok:
                nxt = next((fam[s] for s in strong_idx if s > k), None)
                ok = (
                    nxt is not None
                    and nxt.key in successors(c.key)
                    and (not accepted or c.key > accepted[-1].key)
                )
            if ok:
                accepted.append(c)
        return accepted

    def _unnumbered_titles(self, start: int, end: int, loose: bool) -> list[int]:
        """Title lines of items that carry no number."""
        lines = self.lines
        out: list[int] = []
        has_labels = any(LABEL_RE.match(lines[i].text) for i in range(start, end) if lines[i].text)
        indents = [lines[i].indent for i in range(start, end) if lines[i].text]
        base = min(indents) if indents else 0
        indented_layout = bool(indents) and sum(1 for x in indents if x > base) >= len(indents) / 3
        in_docs = False
        prev_blank = True
        for i in range(start, end):
            ln = lines[i]
            t = ln.text
            if not t:
                prev_blank = True
                continue
            was_blank, prev_blank = prev_blank, False
            lab = LABEL_RE.match(t)
            if lab:
                in_docs = (
                    "doc" in lab.group("label").lower() or "paper" in lab.group("label").lower()
                )
                continue
            if ln.bullet or ln.table or SHARE_RE.match(t) or _is_view(t) or TIME_ONLY_RE.match(t):
                continue
            is_doc = bool(has_doc(t))
            if in_docs and (is_doc or ln.href):
                continue
            in_docs = False
            name = split_document(t)[0] if is_doc else t
            if not self._title_like(name, True):
                continue
            j = self._next(i + 1)
            nxt = lines[j].text if j is not None and j < end else ""
            follows = bool(nxt) and bool(
                SHARE_RE.match(nxt) or LABEL_RE.match(nxt) or _doc_only(nxt)
            )
            by_layout = loose and (
                (indented_layout and ln.indent == base)
                or (not indented_layout and not has_labels and was_blank and bool(nxt))
            )
            by_doc = is_doc and not loose and len(name) < 150
            if ln.hint in ("title", "row") or follows or by_doc or by_layout:
                out.append(i)
        return out

    def _leading_item(self, start: int, first: int) -> int | None:
        """An unnumbered item before the first numbered one whose title is followed by body
        text and then a label ("Available Papers", its text, "Additional documents:"): the
        title is the first line, the label shows the block is an item, not a note."""
        lines = self.lines
        title = None
        for i in range(start, first):
            t = lines[i].text
            if not t or ITEMS_MARKER_RE.match(t):
                continue
            if LABEL_RE.match(t):
                return title
            if title is None:
                if not self._title_like(t, True) or lines[i].bullet or has_doc(t):
                    return None
                title = i
        return None

    def _read_items(self, page, start, end, heading: Heading, single_title: str) -> None:
        cands = self._candidates(start, end)
        accepted = self._accept(cands)
        starts: list[tuple[int, int | None, str, str]] = []  # (line, title line, number, title)
        if accepted:
            first = accepted[0].line_idx
            for i in self._unnumbered_titles(start, first, loose=False):
                starts.append((i, i, "", self.lines[i].text))
            if not starts:
                lead = self._leading_item(start, first)
                if lead is not None:
                    starts.append((lead, lead, "", self.lines[lead].text))
            for c in accepted:
                starts.append((c.line_idx, c.title_idx, c.number, c.title))
        else:
            for i in self._unnumbered_titles(start, end, loose=True):
                starts.append((i, i, "", self.lines[i].text))
        if not starts and (single_title or heading.item_number):
            first = self._next(start)
            if first is not None and first < end:
                starts.append((first - 1, None, heading.item_number, single_title))
        if not starts:
            return
        has_minutes_label = any(
            self.lines[i].text[:7].lower() in ("minutes", "minute:")
            and LABEL_RE.match(self.lines[i].text)
            for i in range(start, end)
            if self.lines[i].text
        )
        unlabelled = "agenda"
        if not has_minutes_label and ("minutes" in page.title.lower() or self.minutes_page):
            unlabelled = "minutes"
        excluded_by = ""
        for pos, (line_idx, title_idx, number, title) in enumerate(starts, start=1):
            body_from = (title_idx if title_idx is not None else line_idx) + 1
            body_to = starts[pos][0] if pos < len(starts) else end
            item, plain, marked = self._item(pos, number, title, body_from, body_to, unlabelled)
            item.line = self.lines[line_idx].lineno if 0 <= line_idx < self.n else None
            if title_idx is None and not title and pos == len(starts) and number:
                page.truncated = True
            restrict(item, plain, excluded_by, marked)
            excluded_by = excluded_after(item, plain, excluded_by)
            page.items.append(item)
        last_title = starts[-1][1]
        if self._ends_short(start, end, last_title):
            page.truncated = True

    def _ends_short(self, start: int, end: int, last_title: int | None) -> bool:
        last = None
        for i in range(end - 1, start - 1, -1):
            if self.lines[i].text:
                last = self.lines[i]
                break
        if last is None or (last_title is not None and self.lines[last_title] is last):
            return False
        t = last.text
        if LABEL_RE.match(t) and not LABEL_RE.match(t).group("rest"):
            return True
        if NUM_RE.match(t):
            return True
        return (
            len(t) > 60
            and not _SENTENCE_END_RE.search(t)
            and not has_doc(t)
            and not last.bullet
            and end == self.n
        )

    def _item(
        self, pos, number, title, body_from, body_to, unlabelled
    ) -> tuple[ParsedItem, str, bool]:
        """The item, its plain text, and whether the page marks it restricted ("View the
        reasons why item 9. is restricted")."""
        title = _TITLE_TIME_RE.sub("", title).strip()
        documents: list[ParsedDocument] = []
        head_line = self.lines[body_from - 1] if body_from > 0 else None
        if has_doc(title):
            name, doc = split_document(title)
            if doc is not None and name:
                if name[-1] == ")":
                    name = _PAGES_RE.sub("", name).strip() or name
                title = name
                doc.title = name
                if head_line is not None:
                    doc.url = head_line.href
                    doc.restricted = head_line.restricted
                documents.append(doc)
        elif head_line is not None and head_line.href and title:
            # A saved HTML page's title linked to its report, with no size printed.
            documents.append(
                ParsedDocument(
                    title=title,
                    format=href_format(head_line.href),
                    size_bytes=None,
                    url=head_line.href,
                    restricted=head_line.restricted,
                )
            )
        if "minutes text" in title.lower():
            title = _COLLAPSED_RE.sub("", title).strip()
        if title and title[-1] == ")":
            title = _PAGES_RE.sub("", title).strip() or title
        sections: dict[str, list[Line]] = {"agenda": [], "decision": [], "minutes": []}
        labelled = False
        marked = False
        cur = unlabelled
        in_docs = False
        for i in range(body_from, body_to):
            ln = self.lines[i]
            t = ln.text
            if not t:
                continue
            # First-character gates spare most body lines the label and link regexes.
            c0 = t[0]
            if (c0 in _SHARE_FIRST and SHARE_RE.match(t)) or (
                c0.isdigit() and TIME_ONLY_RE.match(t)
            ):
                continue
            if _is_view(t) and not _is_restricted_doc(t):
                if is_item_restricted_link(t):
                    marked = True
                stripped = _COLLAPSED_RE.sub("", t).strip() if "minutes text" in t.lower() else t
                if stripped and stripped != t:
                    sections[cur].append(Line(ln.lineno, stripped, ln.indent, ln.bullet))
                continue
            lab = LABEL_RE.match(t) if c0 in _LABEL_FIRST else None
            if lab:
                name = lab.group("label").lower()
                rest = lab.group("rest").strip()
                if name.startswith("minute"):
                    cur, in_docs, labelled = "minutes", False, True
                elif name.startswith("decision"):
                    cur, in_docs, labelled = "decision", False, True
                else:
                    in_docs = True
                if rest:
                    t = rest
                    ln = Line(
                        ln.lineno,
                        rest,
                        ln.indent,
                        ln.bullet,
                        href=ln.href,
                        restricted=ln.restricted,
                    )
                else:
                    continue
            if _is_restricted_doc(t):
                if (
                    t.lower().startswith("view the reasons")
                    and documents
                    and documents[-1].restricted
                ):
                    continue
                name_part = (
                    re.split(r"(?i)\s*view the reasons", t)[0].strip() or "Restricted enclosure"
                )
                documents.append(
                    ParsedDocument(
                        title=name_part, format="", size_bytes=None, restricted=True, url=ln.href
                    )
                )
                continue
            if (
                len(t) < 250
                and has_doc(t)
                and (in_docs or cur == "agenda" or ln.href or len(t) < 120)
            ):
                name, doc = split_document(t)
                if doc is not None:
                    doc.title = name or title
                    doc.url = ln.href
                    doc.restricted = ln.restricted
                    documents.append(doc)
                    continue
            if in_docs and ln.href:
                documents.append(
                    ParsedDocument(
                        title=t,
                        format=href_format(ln.href),
                        size_bytes=None,
                        url=ln.href,
                        restricted=ln.restricted,
                    )
                )
                continue
            in_docs = False
            sections[cur].append(ln)
        del labelled
        blocks = {k: _blocks(v) for k, v in sections.items()}
        item = ParsedItem(position=pos, number=number, title=title, documents=documents)
        item.agenda_text = blocks_html(blocks["agenda"])
        item.minutes = blocks_html(blocks["minutes"])
        item.decision_text = blocks_html(blocks["decision"])
        minute_decisions, actions = find_outcomes(blocks["minutes"])
        if blocks["decision"]:
            decisions, more_actions = find_outcomes(blocks["decision"], all_decisions=True)
            actions = more_actions + actions
        else:
            decisions = minute_decisions
        item.decisions = _dedupe(decisions)
        item.actions = _dedupe(actions)
        plain = " ".join(
            b if isinstance(b, str) else " ".join(b)
            for key in ("agenda", "decision", "minutes")
            for b in blocks[key]
        )
        return item, plain, marked


def _is_view(text: str) -> bool:
    low = text[:200].lower()
    return ("view the" in low or "see the" in low) and bool(VIEW_RE.search(text))


def _is_restricted_doc(text: str) -> bool:
    low = text[:200].lower()
    return ("enclosure" in low or "reasons why" in low) and bool(RESTRICTED_DOC_RE.search(text))


def _doc_only(text: str) -> bool:
    name, doc = split_document(text)
    return doc is not None and not name


def _blocks(lines: list[Line]) -> list[str | list[str]]:
    """Paragraphs and bullet lists: a bulleted line, or one indented past the body's own
    indentation, is a list entry; consecutive entries make one list."""
    if not lines:
        return []
    plain = [ln.indent for ln in lines if not ln.bullet]
    base = min(plain) if plain else 0
    out: list[str | list[str]] = []
    for ln in lines:
        if ln.table:
            out.append(TableBlock(ln.text, ln.table))
        elif ln.bullet or ln.indent >= base + 4:
            if out and isinstance(out[-1], list):
                out[-1].append(ln.text)
            else:
                out.append([ln.text])
        else:
            out.append(ln.text)
    return out


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out
