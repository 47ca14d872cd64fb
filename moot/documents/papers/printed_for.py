"""The reader's name at the foot of every page of a restricted PDF, added as it is downloaded.

A member who opens an exempt or confidential paper (or a members' pack) gets a copy that says
whom it was printed for and when: "Confidential — printed for Cllr Ann Member, 4 December
2026". The stored file is never changed, and nothing public is stamped.

The line is laid out once per download by WeasyPrint as a small PDF page, turned into a form
XObject and drawn at the foot of each page (above where the packs print "Page n") with a few
bytes added after the page's own content, which is never decoded or rewritten: a long pack is
stamped in milliseconds per page.
"""

from __future__ import annotations

import html
import io
import logging
from datetime import date

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)

from . import render

log = logging.getLogger(__name__)

WIDTH = 420.0  # points: the footer's box, centred on the page
HEIGHT = 14.0
FROM_EDGE = 26.0  # above the "Page n" of a pack (8pt from the edge, 16pt high)
MARGIN = 8.0
FOOTER = NameObject("/MootPrintedFor")


def footer_line(reader: str, on: date) -> str:
    """ "Confidential — printed for Cllr Ann Member, 4 December 2026"."""
    return f"Confidential — printed for {reader}, {on.day} {on:%B %Y}"


def _overlay(line: str):
    """The line laid out on a page of its own (WeasyPrint): a pypdf page."""
    from weasyprint import HTML

    markup = (
        "<!DOCTYPE html><html lang='en-GB'><head><style>"
        f"@page {{ size: {WIDTH:g}pt {HEIGHT:g}pt; margin: 0 }}"
        "html, body { margin: 0; padding: 0 }"
        "p { margin: 0; height: 14pt; line-height: 14pt; text-align: center; background: #fff;"
        " color: #000; font: bold 8pt 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;"
        " white-space: nowrap; overflow: hidden }"
        f"</style></head><body><p>{html.escape(line)}</p></body></html>"
    )
    data = HTML(string=markup, url_fetcher=render._local_only).write_pdf()
    return PdfReader(io.BytesIO(data)).pages[0]


def placement(box, rotation: int) -> list[float]:
    """The matrix that puts the footer centred near the foot of the page *as displayed*,
    shrunk to fit a narrow page. ``box`` is the crop box, ``rotation`` the page's /Rotate."""
    llx, lly, urx, ury = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    width, height = urx - llx, ury - lly
    rotation %= 360
    across = height if rotation in (90, 270) else width
    s = min(1.0, max(across - 2 * MARGIN, 1.0) / WIDTH)
    w, m = WIDTH * s, FROM_EDGE
    if rotation == 90:
        return [0, s, -s, 0, urx - m, lly + (height - w) / 2]
    if rotation == 180:
        return [-s, 0, 0, -s, llx + (width + w) / 2, ury - m]
    if rotation == 270:
        return [0, -s, s, 0, llx + m, lly + (height + w) / 2]
    return [s, 0, 0, s, llx + (width - w) / 2, lly + m]


def _form(writer: PdfWriter, overlay):
    """The overlay page as a form XObject of ``writer``."""
    form = DecodedStreamObject()
    form.set_data(overlay.get_contents().get_data())
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        [FloatObject(0), FloatObject(0), FloatObject(WIDTH), FloatObject(HEIGHT)]
    )
    form[NameObject("/Resources")] = overlay["/Resources"].get_object().clone(writer)
    return writer._add_object(form)


def _stream(writer: PdfWriter, data: bytes):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def stamp(data: bytes, line: str) -> bytes:
    """``data`` (a PDF) with ``line`` at the foot of every page. Raises on a PDF pypdf cannot
    read or write (encrypted with a password, broken)."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")  # opens only a file with no user password; else raises below
    writer = PdfWriter(clone_from=reader)
    footer = _form(writer, _overlay(line))
    opening = _stream(writer, b"q\n")
    for page in writer.pages:
        # A page's resources are often shared with its neighbours: each page gets its own
        # shallow copy, so adding the footer never touches another page.
        resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
        xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
        xobjects[FOOTER] = footer
        resources[NameObject("/XObject")] = xobjects
        page[NameObject("/Resources")] = resources
        cm = " ".join(f"{v:.3f}" for v in placement(page.cropbox, page.get("/Rotate", 0) or 0))
        closing = _stream(
            writer,
            (
                f"Q\nq /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n{cm} cm\n"
                f"{FOOTER} Do\nEMC Q\n"
            ).encode("latin-1"),
        )
        contents = page.get("/Contents")
        existing = [] if contents is None else contents.get_object()
        if not isinstance(existing, ArrayObject):
            existing = [contents]
        page[NameObject("/Contents")] = ArrayObject([opening, *existing, closing])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stamped_or_none(data: bytes, line: str) -> bytes | None:
    """``stamp``, or None (logged) when the PDF cannot be stamped: the caller then serves the
    stored file as it is."""
    try:
        return stamp(data, line)
    except Exception:  # a file from outside: pypdf may fail on it in many ways
        log.warning("Could not print the reader's name on a PDF", exc_info=True)
        return None


def reader_name(user) -> str:
    """How the footer names a signed-in reader: their member record as styled ("Cllr Ann
    Member"), else the account's full name, else its username. One query (the person)."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        person = user.person
    except ObjectDoesNotExist:
        person = None
    if person is not None:
        return str(person)
    return user.get_full_name() or user.get_username()


def for_reader(data: bytes, user, on: date) -> bytes | None:
    """``data`` stamped for ``user`` on the day ``on``; None when it cannot be stamped."""
    return stamped_or_none(data, footer_line(reader_name(user), on))
