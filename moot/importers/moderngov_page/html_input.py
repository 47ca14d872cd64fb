"""Saved HTML of ModernGov's ``ieListDocuments.aspx`` (and ``mgAi.aspx``) as a line stream.

The markup ModernGov publishes, as far as the parser relies on it::

    <h1 class="mgMainTitleTxt">Agenda and minutes</h1>
    <h2 class="mgSubTitleTxt">Committee - Wednesday 14th May 2025 9.00 am</h2>
    <p><span class="mgLabel">Venue: </span>…</p>
    <table class="mgItemTable">
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
titles carry a layout hint (the window title, first, is marked "window"), and each line keeps the first document link in it (its URL, and
whether ModernGov marked it restricted).
"""

from __future__ import annotations

import re

from lxml import etree, html

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
    "footer",
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
_SKIP = {"script", "style", "head", "noscript", "template", "iframe", "select", "button", "svg"}
_DOC_HREF_RE = re.compile(r"documents/|\.(?:pdf|docx?|xlsx?|pptx?|rtf|odt)\b|mgConvert2PDF", re.I)


class _Builder:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buf: list[str] = []
        self.lineno: int | None = None
        self.hint = ""
        self.bullet = False
        self.href = ""
        self.restricted = False

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


def _classes(el) -> str:
    return (el.get("class") or "").lower()


def _walk(el, b: _Builder, in_item_table: bool, in_number: bool) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if not tag or tag in _SKIP:
        b.add(el.tail, getattr(el, "sourceline", None))
        return
    cls = _classes(el)
    line = el.sourceline
    if "mgitemtable" in cls:
        in_item_table = True
    if "mgitemnumbercell" in cls:
        in_number = True
    if (
        tag == "tr"
        and len(el)
        and all(isinstance(c.tag, str) and c.tag.lower() == "th" for c in el)
    ):
        # A header row reads as one line: "No. Item".
        b.flush()
        b.add(" ".join(clean(c.text_content()) for c in el), line)
        b.flush()
        b.add(el.tail, line)
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
    for child in el:
        _walk(child, b, in_item_table, in_number)
    if block:
        b.flush()
    b.add(el.tail, line)


def html_lines(text: str) -> tuple[list[Line], bool]:
    """``(lines, cut_short)`` of a saved HTML page; ``cut_short`` when the document ends
    before its closing ``</html>``."""
    lower_tail = text[-2000:].lower()
    cut_short = "<html" in text[:5000].lower() and "</html>" not in lower_tail
    try:
        root = html.document_fromstring(text.encode("utf-8"))
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
    _walk(modgov[0] if modgov else start, b, False, False)
    b.flush()
    return b.lines, cut_short
