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


def _docx(data: bytes) -> Extracted:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ExtractionError(f"the Word document cannot be opened ({exc})") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(f"the Word document is damaged ({exc})") from exc
    pages: list[list[str]] = [[]]
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag == f"{_W}br" and node.get(f"{_W}type") == "page":
                pages[-1].append("".join(parts))
                parts = []
                pages.append([])
        pages[-1].append("".join(parts))
    text = "\f".join("\n".join(line for line in page if line.strip()) for page in pages)
    return Extracted(DOCX_TYPE, "DOCX", text, len(pages))
