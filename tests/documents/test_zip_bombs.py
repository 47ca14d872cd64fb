"""A Word document is a zip: a small one can unpack to gigabytes. Moot refuses one whose parts
declare more than MOOT_MAX_UNPACKED_BYTES before unpacking anything, reads the text it keeps in
chunks, and refuses one whose headers lie about their size — all in little memory, for the
clerk's upload and the importers alike (both go through ``extract``)."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
import zlib

import pytest

from moot.documents.extract import DOCX_TYPE, ExtractionError, extract, sniff
from moot.meetings.models import Document
from moot.meetings.services import reports
from moot.meetings.services.common import ServiceError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
TAIL = b"</w:body></w:document>"
TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"/>'
)
GIB = 1 << 30


def paragraph(text: str, page_break: bool = False) -> bytes:
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r>{brk}</w:p>".encode()


def docx(body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("word/document.xml", HEAD + body + TAIL)
    return out.getvalue()


def headers(data: bytearray, name: str) -> tuple[int, int]:
    """Where the part ``name``'s local header and its central directory entry start."""
    encoded = name.encode()
    local = data.index(b"PK\x03\x04")
    while data[local + 30 : local + 30 + len(encoded)] != encoded:
        local = data.index(b"PK\x03\x04", local + 4)
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(encoded)] != encoded:
        central = data.index(b"PK\x01\x02", central + 4)
    return local, central


def packed(name: str, raw_deflate: bytes, size: int, crc: int) -> bytes:
    """A one-part zip holding ``raw_deflate`` as the deflated part ``name`` of ``size`` bytes
    (checksum ``crc``): written as a stored part, then marked deflated, with its real size
    and checksum, in both its headers — a valid zip, built without deflating a gigabyte."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr(name, raw_deflate)
    data = bytearray(out.getvalue())
    local, central = headers(data, name)
    for method, checksum, unpacked in (
        (local + 8, local + 14, local + 22),
        (central + 10, central + 16, central + 24),
    ):
        struct.pack_into("<H", data, method, zipfile.ZIP_DEFLATED)
        struct.pack_into("<I", data, checksum, crc)
        struct.pack_into("<I", data, unpacked, size)
    return bytes(data)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 1 MB holding a 1 GiB document.xml (whitespace between paragraphs). Each MiB of
    spaces is deflated once and its block repeated (a full flush makes blocks independent), so
    neither the test nor the file ever holds the gigabyte."""
    head, tail, spaces = HEAD + paragraph("Start"), TAIL, b" " * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(spaces) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.compress(tail) + deflate.flush()
    crc = zlib.crc32(head)
    for _ in range(1024):
        crc = zlib.crc32(spaces, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + 1024 * len(spaces) + len(tail)
    data = packed("word/document.xml", start + block * 1024 + end, size, crc)
    assert len(data) < 2 * 1024 * 1024 and size > GIB
    return data


def lying(body: bytes, declared: int) -> bytes:
    """A DOCX whose document.xml says, in both its headers, it unpacks to ``declared`` bytes."""
    data = bytearray(docx(body))
    local, central = headers(data, "word/document.xml")
    struct.pack_into("<I", data, local + 22, declared)
    struct.pack_into("<I", data, central + 24, declared)
    return bytes(data)


def peak_of(call):
    tracemalloc.start()
    try:
        try:
            result = call()
        except Exception as exc:  # the outcome is checked by the caller
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_it_reads_a_word_document_page_by_page():
    data = docx(paragraph("First page", page_break=True) + paragraph("Second page"))
    assert sniff(data) == DOCX_TYPE
    got = extract(data)
    assert got.text == "First page\fSecond page"
    assert got.page_count == 2


def test_it_refuses_a_zip_bomb_by_its_declared_size_before_unpacking_it(bomb):
    assert sniff(bomb) == DOCX_TYPE
    refused, peak = peak_of(lambda: extract(bomb))
    assert isinstance(refused, ExtractionError)
    assert "refused" in str(refused) and "1,024 MB" in str(refused)
    assert "MOOT_MAX_UNPACKED_BYTES" in str(refused)
    assert peak < 20 * 1024 * 1024


def test_it_refuses_a_document_bigger_than_the_limit_the_site_sets(settings):
    data = docx(b"".join(paragraph("x" * 1000) for _ in range(3000)))  # ~3 MB unpacked
    settings.MAX_UNPACKED_BYTES = 1024 * 1024
    with pytest.raises(ExtractionError, match="more than 1 MB"):
        extract(data)
    settings.MAX_UNPACKED_BYTES = 16 * 1024 * 1024
    assert extract(data).text.count("x" * 1000) == 3000


def test_it_refuses_a_document_whose_headers_understate_what_it_unpacks_to(settings):
    settings.MAX_UNPACKED_BYTES = 2 * 1024 * 1024
    body = b"".join(paragraph("y" * 1000) for _ in range(20_000))  # ~20 MB unpacked
    data = lying(body, declared=100_000)
    refused, peak = peak_of(lambda: extract(data))
    assert isinstance(refused, ExtractionError), refused
    assert "Word document" in str(refused)
    assert peak < 8 * 1024 * 1024


def test_it_refuses_a_zip_of_a_million_parts():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", HEAD + TAIL)
        for n in range(10_001):
            archive.writestr(f"p/{n}", b"")
    with pytest.raises(ExtractionError, match="10,002 parts"):
        extract(out.getvalue())


@pytest.mark.django_db
def test_a_clerk_uploading_a_zip_bomb_is_told_and_nothing_is_stored(meeting, bomb):
    before = Document.all_objects.count()
    with pytest.raises(ServiceError, match=r"refused.*MOOT_MAX_UNPACKED_BYTES"):
        reports.attach_document(meeting, bomb, filename="report.docx", title="Bomb report")
    assert Document.all_objects.count() == before
    assert not Document.all_objects.filter(title="Bomb report").exists()
