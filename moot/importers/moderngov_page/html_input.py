"""Saved HTML of ModernGov's ``ieListDocuments.aspx`` (and ``mgAi.aspx``) as a line stream.

The markup ModernGov publishes, as far as the parser relies on it::

    <h1 class="mgMainTitleTxt">Agenda and minutes</h1>
    <h2 class="mgSubTitleTxt">Committee - Wednesday 14th May 2025 9.00 am</h2>
    <p><span class="mgLabel">Venue: </span>…</p>
    <table class="mgItemTable">            (or id="mgItemTable"; the number column may be absent)
      <tr><th>No.</th><th>Item</th></tr>
      <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>
          <td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/x.pdf">Title
                <span class="mgFileSize">PDF 100 KB</span></a></p>
              <div class="mgWordPara">agenda text</div>
              <p class="mgSubItemTitleTxt">Additional documents:</p>
              <ul class="mgBulletList"><li><a href="documents/s2/y.pdf">Appendix …</a></li></ul>
              <p class="mgSubItemTitleTxt">Minutes:</p>
              <div class="mgWordPara"><p>…</p></div></td></tr>

Block elements become lines, list entries become bulleted lines, item-number cells and item
titles carry a layout hint (the window title, first, is marked "window"), and each line keeps
the first document link in it (its URL, and whether ModernGov marked it restricted). A simple
table inside an item (a recorded vote, a list of declared interests) becomes one line holding
the table as sanitised HTML, so the minutes keep it as a table.

Site chrome a browser saves with the page (scripts, styles, navigation, footers, cookie
banners) is dropped; a page saved as a single MHTML file is unpacked first.
"""

from __future__ import annotations

import email
import email.policy
import re

from lxml import etree, html
from lxml.html import HtmlElement

from .lines import Line, clean

_BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "section",
    "article",
    "header",
    "main",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "form",
    "fieldset",
    "body",
    "br",
    "hr",
    "pre",
    "address",
}
_SKIP = {
    "script",
    "style",
    "head",
    "noscript",
    "template",
    "iframe",
    "select",
    "button",
    "svg",
    "nav",
    "footer",
    "dialog",
}
# Site chrome by its role or name: never part of a meeting page's content.
_SKIP_ROLES = {"navigation", "contentinfo", "search", "dialog", "alertdialog"}
_CHROME_NAME_RE = re.compile(r"cookie|consent|gdpr|skip-?link", re.I)
_DOC_HREF_RE = re.compile(
    r"documents/|\.(?:pdf|docx?|xlsx?|pptx?|rtf|odt|ods|csv)\b|mgConvert2PDF", re.I
)
# A cell holding nothing but an item number: "4.", "24a", "5.1", "HB/7", "(b)".
_NUMBER_CELL_RE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,5}/)?\d{1,4}(?:/\d{1,4})?(?:(?:\.\d{1,2})+|[a-z]|\([a-z0-9]\))?\.?$"
    r"|^\(?[a-z]\)$|^[IVXLC]{1,6}\.$"
)
# Tables inside an item bigger than this are read as text, not kept as tables.
_MAX_TABLE_CELLS = 400


class _Builder:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buf: list[str] = []
        self.lineno: int | None = None
        self.hint = ""
        self.bullet = False
        self.href = ""
        self.restricted = False
        # Where the last items table ended: what a page prints after it is site chrome.
        self.items_end: int | None = None

    def flush(self) -> None:
        text = clean("".join(self.buf))
        if text:
            self.lines.append(
                Line(self.lineno, text, 0, self.bullet, self.hint, self.href, self.restricted)
            )
        self.buf = []
        self.hint = ""
        self.bullet = False
        self.href = ""
        self.restricted = False
        self.lineno = None

    def add(self, text: str | None, lineno: int | None) -> None:
        if text:
            if self.lineno is None and text.strip():
                self.lineno = lineno
            self.buf.append(text)


def _tag(el: HtmlElement) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.lower().rsplit("}", 1)[-1]


def _classes(el: HtmlElement) -> str:
    return (el.get("class") or "").lower()


def _is_chrome(el: HtmlElement, tag: str, cls: str) -> bool:
    if tag in _SKIP:
        return True
    if (el.get("role") or "").lower() in _SKIP_ROLES:
        return True
    name = cls + " " + (el.get("id") or "")
    return "mg" not in name.lower() and bool(_CHROME_NAME_RE.search(name))


def _is_item_table(el: HtmlElement, cls: str) -> bool:
    return "mgitemtable" in cls or (el.get("id") or "").lower() == "mgitemtable"


def _first_cell_is_number(tr: HtmlElement) -> bool:
    """A row of the items table whose first cell holds only an item number, as on pages
    whose number cells carry no class."""
    cells = [c for c in tr if _tag(c) in ("td", "th")]
    if len(cells) < 2 or _tag(cells[0]) != "td":
        return False
    return bool(_NUMBER_CELL_RE.match(clean(cells[0].text_content())))


def _simple_table(table: HtmlElement) -> str:
    """Sanitised HTML of a table of text cells (a recorded vote, declared interests), or ``""``
    when the table lays out something else: nested tables, lists, item titles, one cell."""
    rows = []
    cells_seen = 0
    widest = 0
    for el in table.iter():
        tag = _tag(el)
        if el is table:
            continue
        if tag in ("table", "ul", "ol", "img") or "mgai" in _classes(el):
            return ""
        if tag == "tr":
            row = []
            for cell in el:
                ctag = _tag(cell)
                if ctag not in ("td", "th"):
                    continue
                cells_seen += 1
                if cells_seen > _MAX_TABLE_CELLS:
                    return ""
                attrs = ""
                for name in ("colspan", "rowspan"):
                    value = (cell.get(name) or "").strip()
                    if value.isdigit() and value not in ("0", "1") and len(value) < 4:
                        attrs += f' {name}="{value}"'
                row.append((ctag, attrs, clean(_cell_text(cell))))
            if row and any(text for _, _, text in row):
                rows.append(row)
                widest = max(widest, len(row))
    if not rows or (len(rows) == 1 and widest < 2) or (widest < 2 and len(rows) < 2):
        return ""
    out = ["<table><tbody>"]
    for row in rows:
        out.append("<tr>")
        out.extend(f"<{t}{a}>{_escape(text)}</{t}>" for t, a, text in row)
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _cell_text(cell: HtmlElement) -> str:
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        tag = _tag(el)
        if tag in _SKIP:
            return
        if tag in _BLOCK and parts:
            parts.append(" ")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(cell)
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table_text(table_html: str) -> str:
    """The table's text for the parser's own reading (decisions, restriction): one cell after
    another, rows separated by semicolons."""
    rows = re.findall(r"<tr>(.*?)</tr>", table_html)
    out = []
    for row in rows:
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)
        text = " ".join(c for c in cells if c)
        if text:
            out.append(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    return "; ".join(out)


def _walk(
    el: HtmlElement, b: _Builder, in_item_table: bool, in_number: bool, in_body: bool
) -> None:
    tag = _tag(el)
    cls = _classes(el) if tag else ""
    if not tag or _is_chrome(el, tag, cls):
        b.add(el.tail, getattr(el, "sourceline", None))
        return
    line = el.sourceline
    if (
        tag == "table"
        and (in_item_table or in_body)
        and not _is_item_table(el, cls)
        and _inline_table(el, b, line)
    ):
        return
    ends_items = False
    if _is_item_table(el, cls) and not in_item_table:
        in_item_table = ends_items = True
    if "mgitemnumbercell" in cls:
        in_number = True
    if "mgwordpara" in cls:
        in_body = True
    if tag == "tr" and _row(el, b, line, in_item_table, in_number, in_body):
        return
    block = tag in _BLOCK
    if block:
        b.flush()
        if tag == "li":
            b.bullet = True
        if in_number:
            b.hint = "num"
        elif "mgaititletxt" in cls and in_item_table:
            b.hint = "title"
    _open(el, b, tag, cls, line)
    for child in el:
        _walk(child, b, in_item_table, in_number, in_body)
    if block:
        b.flush()
    if ends_items:
        b.items_end = len(b.lines)
    b.add(el.tail, line)


def _inline_table(el: HtmlElement, b: _Builder, line: int | None) -> bool:
    """A simple table inside an item, as one line holding it; ``False`` when the table lays
    out something else, to be read as text."""
    table = _simple_table(el)
    if not table:
        return False
    b.flush()
    b.lines.append(Line(line, _table_text(table), table=table))
    b.add(el.tail, line)
    return True


def _row(
    el: HtmlElement,
    b: _Builder,
    line: int | None,
    in_item_table: bool,
    in_number: bool,
    in_body: bool,
) -> bool:
    """A header row, or an items table row whose first cell is the number; ``False`` for
    any other row."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if kids and all(_tag(c) == "th" for c in kids):
        # A header row reads as one line: "No. Item".
        b.flush()
        b.add(" ".join(clean(c.text_content()) for c in kids), line)
        b.flush()
        b.add(el.tail, line)
        return True
    if in_item_table and not in_number and _first_cell_is_number(el):
        b.flush()
        first = True
        for child in el:
            is_cell = _tag(child) in ("td", "th")
            _walk(child, b, in_item_table, in_number or (first and is_cell), in_body)
            first = first and not is_cell
        b.flush()
        b.add(el.tail, line)
        return True
    return False


def _open(el: HtmlElement, b: _Builder, tag: str, cls: str, line: int | None) -> None:
    """What an element's start adds to the line: its restricted mark, its document link,
    its text."""
    if "restricted" in cls or "exempt" in cls:
        b.restricted = True
    if tag == "a":
        href = el.get("href") or ""
        if not b.href and _DOC_HREF_RE.search(href):
            b.href = href
    if tag == "img":
        pass  # "pdf icon" alt text adds nothing the size span does not say
    elif tag != "br":
        b.add(el.text, line)


def is_mhtml(head: str) -> bool:
    """Whether ``head`` (the lower-cased start of a file) opens a page saved as MHTML."""
    return "multipart/related" in head and ("mime-version" in head or "content-type" in head)


def mhtml_to_html(text: str) -> str:
    """The HTML part of a page a browser saved as one MHTML file (quoted-printable or base64,
    in its declared charset); ``""`` when there is none."""
    try:
        message = email.message_from_string(text.lstrip(), policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() != "text/html":
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset() or _meta_charset(payload)
            if charset:
                try:
                    return payload.decode(charset, errors="replace")
                except LookupError:
                    pass
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                return payload.decode("cp1252", errors="replace")
    except (ValueError, TypeError, IndexError, LookupError, AttributeError):
        return ""
    return ""


_META_CHARSET_RE = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I
)


def _meta_charset(payload: bytes) -> str:
    m = _META_CHARSET_RE.search(payload[:4000])
    return m.group(1).decode("ascii") if m else ""


_PARSER = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def html_lines(text: str) -> tuple[list[Line], bool]:
    """``(lines, cut_short)`` of a saved HTML page; ``cut_short`` when the document ends
    before its closing ``</html>``."""
    lower_tail = text[-2000:].lower()
    cut_short = "<html" in text[:5000].lower() and "</html>" not in lower_tail
    try:
        # The text is already decoded: a "charset=windows-1252" meta tag must not make the
        # parser decode it a second time.
        root = html.document_fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return [], cut_short
    b = _Builder()
    window = root.find(".//title")
    if window is not None and clean(window.text_content()):
        # The window title ("Agenda for Cabinet on Monday, 2nd June, 2025, 10.00 am"): where
        # the committee and date are when the page's own heading is missing. Marked so the
        # parser reads it last.
        b.lines.append(Line(window.sourceline, clean(window.text_content()), hint="window"))
    body = root.find("body")
    start = body if body is not None else root
    # The part of the page ModernGov renders itself, when it is there: skips site chrome.
    modgov = start.xpath(".//*[@id='modgov']")
    _walk(modgov[0] if modgov else start, b, False, False, False)
    b.flush()
    if b.items_end is not None:
        # Footers, feedback forms and cookie notices follow the items table.
        del b.lines[b.items_end :]
    return b.lines, cut_short
