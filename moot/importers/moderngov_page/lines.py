"""The line stream both readers produce: a saved text page or a saved HTML page becomes a list
of ``Line``s, which the parser then reads the same way.

A text page gives one ``Line`` per physical line (indentation counted, non-breaking spaces
folded to spaces, bullets noted). A pipe-table row (``| 4. | Title Minutes: … |``) is spread
over several lines as if the page had been saved the plain way.
"""

from __future__ import annotations

import re

from .parsed import ParsedDocument

# Every kind of space a saved page carries; tabs count as four spaces of indentation.
_LEAD_SPACE = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
SPACE_RUN_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_BULLET_RE = re.compile(r"^[•·▪◦●○■\u2022\u25aa\uf0b7](?:\s+|$)|^[-*–](?:\s+)(?=\S)")

# "Title pdf icon PDF 100 KB", "PDF 65 KB", "(PDF, 132 KB)", "word icon DOCX 20 KB", and
# "TitlePDF 500 KB" where the page had no space before its file-size span.
DOC_DECOR_RE = re.compile(
    r"\(?(?:(?:pdf|word|excel|powerpoint|html|text|rtf|image|zip|video|audio)\s+icon\s*)?"
    r"(?:\b|(?<=[a-z]))(PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|ODS|HTML?|TXT|CSV|ZIP|JPE?G|PNG|MP3|MP4)\s*,?\s*"
    r"(\d{1,6}(?:\.\d{1,3})?)\s*(KB|MB|GB|bytes|B)\)?\s*$",
    re.IGNORECASE,
)
_UNIT = {"B": 1, "BYTES": 1, "KB": 1024, "MB": 1024 * 1024, "GB": 1024 * 1024 * 1024}
RESTRICTED_DOC_RE = re.compile(
    r"^(?:restricted enclosure|exempt enclosure|confidential enclosure)\b"
    r"|view the reasons why document\b",
    re.IGNORECASE,
)


class Line:
    """One line of the page as the parser sees it."""

    __slots__ = (
        "body",
        "bullet",
        "hint",
        "href",
        "indent",
        "lineno",
        "restricted",
        "table",
        "text",
    )

    def __init__(
        self,
        lineno: int | None,
        text: str,
        indent: int = 0,
        bullet: bool = False,
        hint: str = "",
        href: str = "",
        restricted: bool = False,
        table: str = "",
        body: bool = False,
    ) -> None:
        self.lineno = lineno
        self.text = text
        self.indent = indent
        self.bullet = bullet
        # "num" (an item-number cell), "title" (an item-title paragraph), "row" (from a pipe
        # table row): layout evidence that a line starts an item. "window": a saved HTML
        # page's window title, always the first line.
        self.hint = hint
        self.href = href
        self.restricted = restricted
        # A table inside an item, saved as HTML: its sanitised markup (``text`` is its cells'
        # text, for reading decisions and restriction).
        self.table = table
        # An item's text that never titles an item: the agenda's description of an item, cut
        # from the cell that runs it on from the title.
        self.body = body

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.lineno}, {self.text!r}, indent={self.indent}, hint={self.hint!r})"


def clean(text: str) -> str:
    """Fold every kind of space into one plain space and trim."""
    return SPACE_RUN_RE.sub(" ", text).strip()


_UNIT_END_RE = re.compile(r"(?:KB|MB|GB|B|bytes)\)?$", re.IGNORECASE)


def doc_match(text: str) -> re.Match[str] | None:
    """The document decoration ending ``text``, searched in its tail only (cheap on long
    paragraphs). Offsets are relative to ``text[-80:]``."""
    if not text or text[-1] not in "BbSs)" or not _UNIT_END_RE.search(text[-7:]):
        return None
    return DOC_DECOR_RE.search(text[-80:])


def has_doc(text: str) -> bool:
    return doc_match(text) is not None


def split_document(text: str) -> tuple[str, ParsedDocument | None]:
    """``("Evacuation Procedure", ParsedDocument(...))`` from ``"Evacuation Procedure pdf icon
    PDF 100 KB"``; ``(text, None)`` when the text carries no document decoration."""
    m = doc_match(text)
    if not m:
        return text, None
    offset = max(0, len(text) - 80)
    size = float(m.group(2)) * _UNIT[m.group(3).upper()]
    fmt = m.group(1).upper()
    if fmt == "JPEG":
        fmt = "JPG"
    name = text[: offset + m.start()].strip().rstrip("(,-–").strip()
    return name, ParsedDocument(title=name, format=fmt, size_bytes=round(size))


_HREF_FORMATS = frozenset(
    {"PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "RTF", "ODT", "ODS", "CSV", "TXT"}
    | {"HTML", "HTM", "ZIP", "JPG", "JPEG", "PNG", "MP3", "MP4"}
)


def href_format(href: str) -> str:
    """The format of a linked document whose size the page does not print: from the file
    name's extension; ModernGov's ``mgConvert2PDF.aspx`` serves a PDF. ``""`` when unknown."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if "mgconvert2pdf" in path.lower():
        return "PDF"
    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    if ext == "JPEG":
        ext = "JPG"
    return ext if ext in _HREF_FORMATS else ""


_BULLET_FIRST = frozenset("•·▪◦●○■\u2022\u25aa\uf0b7-*–")


def text_lines(text: str) -> list[Line]:
    """Lines of a plain-text page, 1-based line numbers kept. One cheap pass: a line of plain
    ASCII with single spaces needs no folding, only a strip."""
    out: list[Line] = []
    append = out.append
    prev = ""  # the line before, stripped
    for n, raw in enumerate(text.splitlines(), start=1):
        body = raw.lstrip(_LEAD_SPACE)
        prev, line_before = body.strip(), prev
        if not body:
            append(Line(n, "", len(raw) + 3 * raw.count("\t")))
            continue
        if body[0] == "|":
            out.extend(pipe_row_lines(n, raw))
            continue
        lead_len = len(raw) - len(body)
        indent = lead_len + 3 * raw.count("\t", 0, lead_len) if lead_len else 0
        if body.isascii() and "  " not in body and "\t" not in body:
            txt = body.strip()
        else:
            txt = SPACE_RUN_RE.sub(" ", body).strip()
        if "ocuments" in txt and _CELL_LABELS_RE.search(txt):
            # A table row whose cell runs over several lines ("|" on a line of its own, then
            # "Apologies for absence Additional documents: Minutes: An apology …"): its labels
            # part the title from the minutes as they do in a one-line row.
            pieces = _split_labels(txt.rstrip(" |"))
            if line_before == "|" and pieces[0][-1:] != ":":
                # The cell's first line: its words before the label are the item's title
                out.extend(_title_lines(n, pieces.pop(0)))
            out.extend(Line(n, piece, indent) for piece in pieces)
            continue
        bullet = False
        if txt and txt[0] in _BULLET_FIRST:
            m = _BULLET_RE.match(txt)
            if m:
                bullet = True
                txt = txt[m.end() :].strip()
        append(Line(n, txt, indent, bullet))
    return out


def _escape(text: str) -> str:
    # What the sanitiser's serialiser escapes in text: &, <, > and the non-breaking space.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\xa0" in text:
        text = text.replace("\xa0", "&nbsp;")
    return text


class TableBlock(str):
    """A paragraph-like block that is a table: its text reads as a paragraph for decisions
    and restriction, and ``html`` (already sanitised) is what the minutes keep."""

    html: str

    def __new__(cls, text: str, html: str) -> TableBlock:
        block = super().__new__(cls, text)
        block.html = html
        return block


def blocks_html(blocks: list[str | list[str]]) -> str:
    """Sanitised HTML of paragraph and list blocks (a string is a paragraph, a list a bullet
    list): the same as ``sanitise(paragraphs_to_html(blocks))``, built straight from escaped
    text since the parser's own text holds no markup. Text with a carriage return or NUL,
    which the sanitiser's HTML parser rewrites, goes the long way round."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, TableBlock):
            out.append(block.html)
        elif isinstance(block, list):
            if block:
                out.append("<ul>")
                out.extend(f"<li>{_escape(x)}</li>" for x in block)
                out.append("</ul>")
        else:
            block = block.strip()
            if block:
                out.append(f"<p>{_escape(block)}</p>")
    html = "".join(out)
    if "\r" in html or "\x00" in html:
        from moot.meetings.html import paragraphs_to_html, sanitise

        return sanitise(paragraphs_to_html(blocks))
    return html


_ROW_LABEL_RE = re.compile(
    r"\b(Minutes|Decision|Decisions|Additional documents|Supporting documents)\s*:", re.IGNORECASE
)
_CELL_LABELS_RE = re.compile(r"\S\s+(?:Additional|Supporting) documents\s*:", re.IGNORECASE)
# Where a long title runs into its description without "To consider": at a colon
# ("Declarations of Interest: Code of …"), or at a capital after a word in lower case
# ("Urgent matters Notice of items …").
_LONG_TITLE_CUT_RE = re.compile(r"(?<=[a-z]):\s|(?<=[a-z]{4})\s(?=[A-Z][a-z]+ [a-z])")
# Where a one-cell row runs the title into its description.
_DESCRIPTION_START_RE = re.compile(
    r"\s(?=(?:To (?:consider|receive|note|approve|agree|review|discuss|elect|appoint|confirm)"
    r"|Report (?:of|by)|The (?:Committee|Board|Panel|Cabinet|report|purpose)|This report"
    r"|Members (?:are|will|were)|Presentation by)\b)"
)
_NUM_CELL_RE = re.compile(
    r"^(?:[•·]\s*)?(?:Item\s+)?(?:[A-Z][A-Za-z]{0,5}/)?\d{1,4}(?:/\d{1,4})?"
    r"(?:(?:\.\d{1,2})+|[a-z]|\([a-z0-9]\))?\.?$"
)


def pipe_row_lines(lineno: int, raw: str) -> list[Line]:
    """Spread one ``| … | … |`` row over plain lines; header rows become ``No. Item``."""
    cells = [clean(c) for c in raw.strip().strip("|").split("|")]
    cells = [c for c in cells if c and not set(c) <= set("-: ")]
    if not cells:
        return [Line(lineno, "")]
    joined = " ".join(cells)
    if re.fullmatch(r"(?i)(?:note\s+)?no\.?\s+item(?:\s+note)?|item|no\.?", joined):
        return [Line(lineno, "No. Item")]
    out: list[Line] = []
    number = ""
    if len(cells) > 1 and _NUM_CELL_RE.match(cells[0]):
        number = cells.pop(0)
    if not number:
        # A continuation row: body text only.
        return [Line(lineno, c) for c in _split_labels(" ".join(cells))]
    out.append(Line(lineno, number, hint="num"))
    first = cells[0]
    rest = cells[1:]
    m = _ROW_LABEL_RE.search(first)
    head, tail = (first[: m.start()].strip(), first[m.start() :]) if m else (first, "")
    out.extend(_title_lines(lineno, head))
    for piece in _split_labels(" ".join([tail, *rest]).strip()):
        out.append(Line(lineno, piece))
    return out


def _title_lines(lineno: int, head: str) -> list[Line]:
    """A row's title, and the description the cell runs it into ("Minutes of the Cabinet To
    approve and sign …", "Declarations of Interest: Code of Local Government Conduct …",
    "Urgent matters Notice of items which …")."""
    title, doc = split_document(head)
    if doc is not None:
        return [Line(lineno, head, hint="row")]
    from .marks import title_like

    cut = _DESCRIPTION_START_RE.search(title)
    if cut is None and not title_like(title, True):
        cut = _LONG_TITLE_CUT_RE.search(title)
    if cut and cut.start() > 3:
        return [
            Line(lineno, title[: cut.start()].strip(" :"), hint="row"),
            Line(lineno, title[cut.end() :].strip(), body=True),
        ]
    return [Line(lineno, title, hint="row")]


def _split_labels(text: str) -> list[str]:
    """``"a Minutes: b Decision: c"`` → ``["a", "Minutes:", "b", "Decision:", "c"]``."""
    out: list[str] = []
    pos = 0
    for m in _ROW_LABEL_RE.finditer(text):
        before = text[pos : m.start()].strip()
        if before:
            out.append(before)
        out.append(m.group(1).capitalize() + ":")
        pos = m.end()
    after = text[pos:].strip()
    if after:
        out.append(after)
    return out
