"""The reports pack: front sheet, contents, then every report the viewer may see, in order.

How a pack is put together, and why:

1. Each report is opened and checked (``open_report``). One that cannot be read — encrypted,
   cut short, not a PDF at all, missing — never stops the pack: a notice page stands in its
   place and a ``PaperProblem`` tells the clerk which and why.
2. Moot's own pages (front sheet, contents, notices) are laid out in one WeasyPrint document,
   twice: once to learn how many pages each part takes, again with the contents page's page
   numbers filled in. They are written as tagged PDF/UA.
3. That tagged document is the base of the merged file (so its structure tree, language and
   title survive) and the report pages are inserted between its pages with pypdf.
4. Bookmarks (one per item, one per paper), page labels and the stamped page numbers are
   added last, from the same numbers the contents page printed.
"""

from __future__ import annotations

import io
import re
from dataclasses import asdict, dataclass, field

from django.core.files.storage import default_storage
from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import NameObject

from moot import site
from moot.documents.extract import DOCX_TYPE, sniff
from moot.meetings.models import Document

from . import render, stamp
from .agenda import Agenda, AgendaEntry, AgendaPaper

# A PDF ends with %%EOF; real files may carry a little padding after it.
_EOF_WINDOW = 2048


@dataclass
class PaperProblem:
    """A paper that could not go into a pack, and why: what the clerk is told."""

    document_id: int
    title: str
    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.title}: {self.reason}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class OpenedPaper:
    entry: AgendaEntry
    paper: AgendaPaper
    reader: PdfReader | None
    problem: str = ""
    page: int | None = None  # first page in the pack, counting from 1

    @property
    def page_count(self) -> int:
        return len(self.reader.pages) if self.reader is not None else 0

    @property
    def first_page(self) -> int:
        """``page``, once the pack is laid out."""
        assert self.page is not None, "read only after the pack is laid out"
        return self.page


@dataclass
class ContentsRow:
    entry: AgendaEntry
    first: bool
    paper: AgendaPaper | None = None
    opened: OpenedPaper | None = None

    @property
    def page(self) -> int | None:
        return self.opened.page if self.opened else None

    @property
    def problem(self) -> str:
        return self.opened.problem if self.opened else ""


@dataclass
class BuiltPack:
    data: bytes
    page_count: int
    problems: list[PaperProblem] = field(default_factory=list)
    generated_pages: int = 0


def load(document: Document) -> bytes | None:
    """The stored file's bytes, or None when there is no file or storage has lost it."""
    if not document.file:
        return None
    try:
        with default_storage.open(document.file.name, "rb") as handle:
            return handle.read()
    except (FileNotFoundError, OSError):
        return None


def _describe(data: bytes) -> str:
    media_type = sniff(data)
    if media_type == DOCX_TYPE:
        return "it is a Word document, not a PDF"
    if media_type == "application/zip":
        return "it is a ZIP archive, not a PDF"
    if not data.strip():
        return "the file is empty"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "it is not a PDF (its format is not one Moot recognises)"
    return "it is not a PDF: the file holds plain text"


def open_report(document: Document, data: bytes | None) -> tuple[PdfReader | None, str]:
    """A reader for the report, or None and the reason it cannot go into a pack."""
    if not document.file:
        return None, "no copy of it is held online"
    if data is None:
        return None, "its file is missing from storage"
    if sniff(data) != "application/pdf":
        return None, _describe(data)
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        return None, (
            "the file is incomplete (it stops before the end of the PDF, so it was probably "
            "cut short when it was saved or uploaded)"
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None, "it is protected by a password, so its pages cannot be copied"
        if len(reader.pages) == 0:
            return None, "it has no pages"
        for page in reader.pages:
            # Resolve what the merge will copy, so damage shows here and not half-way in.
            page.mediabox  # noqa: B018
            if "/Contents" in page:
                page["/Contents"].get_object()
            if "/Resources" in page:
                page["/Resources"].get_object()
    except Exception as exc:  # any damage at all: the pack goes on without this report
        reason = str(exc).strip().rstrip(".") or exc.__class__.__name__
        return None, f"it cannot be read as a PDF ({reason})"
    return reader, ""


def _contents_rows(agenda: Agenda, opened: list[OpenedPaper]) -> list[ContentsRow]:
    by_paper = {id(o.paper): o for o in opened}
    rows = []
    for entry in agenda.entries:
        if not entry.papers:
            rows.append(ContentsRow(entry=entry, first=True))
        for n, paper in enumerate(entry.papers):
            rows.append(ContentsRow(entry, n == 0, paper, by_paper[id(paper)]))
    return rows


def _lay_out(agenda: Agenda, opened: list[OpenedPaper], context: dict):
    """Lay out Moot's pages until the contents page's numbers are the pages they name.

    Returns the laid-out document, the number of front pages (front sheet and contents) and
    the page span of each notice. Usually two layouts; a third only if filling the numbers in
    moved a page break.
    """
    notices = [o for o in opened if o.problem]
    for o in opened:
        o.page = 999  # as wide as a real number, so the first layout matches the last
    context = {
        **context,
        "contents": _contents_rows(agenda, opened),
        "notices": [{"entry": o.entry, "paper": o.paper, "problem": o.problem} for o in notices],
    }
    last = None
    for _attempt in range(4):
        laid_out = render.document(render.html("papers/pack.html", context))
        total = len(laid_out.pages)
        starts: list[int] = []
        for n in range(1, len(notices) + 1):
            start = render.page_of_anchor(laid_out, f"notice-{n}")
            assert start is not None, "the pack template draws every notice's anchor"
            starts.append(start)
        front = starts[0] if starts else total
        ends = [*starts[1:], total] if starts else []
        spans = [b - a for a, b in zip(starts, ends, strict=True)]
        numbers = []
        page = front + 1
        span_of = dict(zip(map(id, notices), spans, strict=True))
        for o in opened:
            o.page = page
            numbers.append(page)
            page += span_of[id(o)] if o.problem else o.page_count
        if numbers == last:
            break
        last = numbers
    return laid_out, front, span_of, render.page_of_anchor(laid_out, "contents") or 0


_UA_CLAIM = re.compile(rb"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=\"1\"")


def _drop_ua_claim(writer: PdfWriter) -> None:
    """A pack with officers' untagged reports in it is not PDF/UA as a whole: do not claim it.

    Moot's own pages keep their tags; only the conformance claim in the XMP goes.
    """
    metadata = writer.root_object.get("/Metadata")
    if metadata is None:
        return
    stream = metadata.get_object()
    data = stream.get_data()
    cleaned = _UA_CLAIM.sub(b"", data)
    if cleaned != data:
        stream.set_data(cleaned)


def build_pack(
    agenda: Agenda,
    *,
    title: str,
    members_pack: bool = False,
    site_url: str | None = None,
    files: dict[int, bytes | None] | None = None,
) -> BuiltPack:
    """Put the pack together. ``files`` maps document ids to bytes already read (else read).

    Costs two or three WeasyPrint layouts of Moot's own pages, one pypdf read of each report
    and one write; memory grows with the reports' size, since all are held at once.
    """
    if site_url is None:
        site_url = site.site_url()
    opened, problems = [], []
    for entry, paper in agenda.papers:
        document = paper.document
        data = files[document.pk] if files is not None and document.pk in files else load(document)
        reader, problem = open_report(document, data)
        opened.append(OpenedPaper(entry, paper, reader, problem))
        if problem:
            problems.append(PaperProblem(document.pk, document.title, entry.label, problem))

    context = {
        "agenda": agenda,
        "meeting": agenda.meeting,
        "title": title,
        "members_pack": members_pack,
        "site_url": site_url,
        "accent": agenda.body.accent_colour,
    }
    laid_out, front, spans, contents_page = _lay_out(agenda, opened, context)
    generated = render.write(laid_out)

    writer = PdfWriter(clone_from=io.BytesIO(generated))
    cursor = front
    for o in opened:
        if o.reader is None:
            cursor += spans[id(o)]
            continue
        for page in o.reader.pages:
            added = writer.insert_page(page, cursor, excluded_keys=("/StructParents",))
            # The report's own tags (if any) point into a structure tree that is not copied.
            for annotation in added.get("/Annots", None) or []:
                annotation = annotation.get_object()
                if "/StructParent" in annotation:
                    del annotation[NameObject("/StructParent")]
            cursor += 1
    page_count = len(writer.pages)

    front_sheet = "Supplementary agenda front sheet" if agenda.supplement else "Agenda front sheet"
    writer.add_outline_item(title=front_sheet, page_number=0)
    writer.add_outline_item(title="Contents", page_number=contents_page)
    by_paper = {id(o.paper): o for o in opened}
    for entry in agenda.entries:
        first = by_paper[id(entry.papers[0])].first_page - 1 if entry.papers else 0
        parent = writer.add_outline_item(title=entry.label, page_number=first)
        for paper in entry.papers:
            writer.add_outline_item(
                title=paper.document.title,
                page_number=by_paper[id(paper)].first_page - 1,
                parent=parent,
            )
    writer.set_page_label(0, page_count - 1, style=PageLabelStyle.DECIMAL, start=1)
    writer.add_metadata({"/Title": title})
    if any(o.reader is not None for o in opened):
        _drop_ua_claim(writer)
    stamp.stamp(writer)

    out = io.BytesIO()
    writer.write(out)
    return BuiltPack(out.getvalue(), page_count, problems, generated_pages=len(laid_out.pages))
