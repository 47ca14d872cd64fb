"""Text and page count of stored documents (PDF, DOCX), for search and checks.

Pages are separated by form feeds (\\f) so a search hit can name its page.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class ExtractionError(ValueError):
    """The file is not what it claims to be, or cannot be read; the message says why."""


@dataclass
class Extracted:
    media_type: str
    format: str
    text: str
    page_count: int | None


def sniff(data: bytes) -> str:
    """The media type from the content, never from the name."""
    if data.startswith(PDF_MAGIC) or PDF_MAGIC in data[:1024]:
        return "application/pdf"
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX_TYPE
        except zipfile.BadZipFile:
            pass
        return "application/zip"
    return "application/octet-stream"


def extract(data: bytes) -> Extracted:
    media_type = sniff(data)
    if media_type == "application/pdf":
        return _pdf(data)
    if media_type == DOCX_TYPE:
        return _docx(data)
    raise ExtractionError("not a PDF or Word (DOCX) document")


def _pdf(data: bytes) -> Extracted:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ExtractionError(f"the PDF cannot be opened ({exc})") from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\f", " ").strip())
            textpage.close()
            page.close()
        return Extracted("application/pdf", "PDF", "\f".join(pages), len(pages))
    finally:
        pdf.close()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# More parts than any real Word document has; a zip of millions of empty parts is a bomb too.
MAX_PARTS = 10_000


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"


class _Bounded:
    """A part of a zip read in chunks, counting what it really unpacks to (a part's declared
    size can lie) and stopping at ``limit``."""

    def __init__(self, stream, limit: int, name: str):
        self.stream, self.limit, self.name, self.read_bytes = stream, limit, name, 0

    def read(self, size: int = 64 * 1024) -> bytes:
        chunk = self.stream.read(min(size, 64 * 1024) if size and size > 0 else 64 * 1024)
        self.read_bytes += len(chunk)
        if self.read_bytes > self.limit:
            raise ExtractionError(
                f"the Word document is refused: {self.name} unpacks to more than "
                f"{_megabytes(self.limit)} (MOOT_MAX_UNPACKED_BYTES)"
            )
        return chunk


def _check_sizes(archive: zipfile.ZipFile, limit: int) -> None:
    """Refuse, before anything is unpacked, a zip whose parts declare more than ``limit``
    bytes together, or hold more parts than a Word document does."""
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise ExtractionError(
            f"the Word document is refused: it holds {len(parts):,} parts (at most {MAX_PARTS:,})"
        )
    declared = sum(part.file_size for part in parts)
    if declared > limit:
        raise ExtractionError(
            f"the Word document is refused: its parts unpack to {_megabytes(declared)}, more "
            f"than {_megabytes(limit)} (MOOT_MAX_UNPACKED_BYTES)"
        )


def _docx(data: bytes) -> Extracted:
    """The text of a Word document, read as a stream: the zip's declared sizes are checked
    before anything is unpacked, and ``word/document.xml`` is unpacked and parsed in chunks,
    stopping at ``MOOT_MAX_UNPACKED_BYTES`` whatever its header says — so memory stays small
    however large the document claims or turns out to be."""
    from django.conf import settings

    limit = settings.MAX_UNPACKED_BYTES
    pages: list[list[str]] = [[]]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_sizes(archive, limit)
            with archive.open("word/document.xml") as stream:
                source = _Bounded(stream, limit, "word/document.xml")
                events = etree.iterparse(
                    source,
                    events=("end",),
                    tag=f"{_W}p",
                    resolve_entities=False,
                    no_network=True,
                    huge_tree=False,
                    load_dtd=False,
                )
                for _event, paragraph in events:
                    parts = []
                    for node in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
                        if node.tag == f"{_W}t":
                            parts.append(node.text or "")
                        elif node.tag == f"{_W}br" and node.get(f"{_W}type") == "page":
                            pages[-1].append("".join(parts))
                            parts = []
                            pages.append([])
                    pages[-1].append("".join(parts))
                    # Free what has been read: the tree never grows past one paragraph.
                    paragraph.clear()
                    parent = paragraph.getparent()  # there is one where there is a previous
                    while parent is not None and paragraph.getprevious() is not None:
                        del parent[0]
    except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError) as exc:
        raise ExtractionError(f"the Word document cannot be opened ({exc})") from exc
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(f"the Word document is damaged ({exc})") from exc
    text = "\f".join("\n".join(line for line in page if line.strip()) for page in pages)
    return Extracted(DOCX_TYPE, "DOCX", text, len(pages))
