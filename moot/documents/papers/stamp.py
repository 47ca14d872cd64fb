"""Page numbers stamped on every page of a merged pack, cheaply.

WeasyPrint lays out one small page per pack page ("Page 7"), once for the whole pack, with
its font embedded. Each of those pages becomes a form XObject that is drawn on top of the
pack page: two tiny content streams are added around the page's own, which is never
decoded or rewritten, so stamping costs the same whatever the report pages hold. The stamp
is marked as a pagination artifact, so tagged pages stay valid PDF/UA and screen readers
skip it.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)

from . import render

# The stamp's own page, in points: wide enough for "Page 1234", with a little room round it.
STAMP_WIDTH = 90.0
STAMP_HEIGHT = 20.0
FROM_EDGE = 8.0
XOBJECT = NameObject("/MootPageNumber")

_STAMP_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>Page numbers</title><style>
@page {{ size: {w}pt {h}pt; margin: 0; }}
body {{ margin: 0; font: bold 10pt "Liberation Sans", "DejaVu Sans", sans-serif; }}
div {{ height: {h}pt; line-height: {h}pt; text-align: center; background: #fff;
       break-after: page; }}
</style></head><body>{pages}</body></html>"""


def stamp_pages(labels: list[str]) -> PdfReader:
    """One small page per label ("Page 1", …), laid out in one go. ~0.1 s for 200 pages."""
    pages = "".join(f"<div>{label}</div>" for label in labels)
    markup = _STAMP_PAGE.format(lang=render.LANGUAGE, w=STAMP_WIDTH, h=STAMP_HEIGHT, pages=pages)
    data = render.write(render.document(markup, tagged=False), tagged=False)
    return PdfReader(io.BytesIO(data))


def placement(box, rotation: int) -> list[float]:
    """The matrix that draws the stamp centred at the bottom of the page *as displayed*.

    ``box`` is the page's crop box; ``rotation`` its /Rotate (the viewer turns the page
    clockwise by that much, so the stamp is turned the other way to read upright).
    """
    llx, lly, urx, ury = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    width, height = urx - llx, ury - lly
    w, m = STAMP_WIDTH, FROM_EDGE
    rotation %= 360
    if rotation == 90:
        return [0, 1, -1, 0, urx - m, lly + (height - w) / 2]
    if rotation == 180:
        return [-1, 0, 0, -1, llx + (width + w) / 2, ury - m]
    if rotation == 270:
        return [0, -1, 1, 0, llx + m, lly + (height + w) / 2]
    return [1, 0, 0, 1, llx + (width - w) / 2, lly + m]


def _stream(writer: PdfWriter, data: bytes):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def stamp(writer: PdfWriter, labels: list[str] | None = None) -> None:
    """Draw "Page n" at the foot of every page of ``writer`` (or the given labels)."""
    count = len(writer.pages)
    labels = labels or [f"Page {n}" for n in range(1, count + 1)]
    source = stamp_pages(labels)
    opening = _stream(writer, b"q\n")
    closings: dict[tuple, object] = {}
    for index, page in enumerate(writer.pages):
        stamp_page = source.pages[index]
        form = DecodedStreamObject()
        form.set_data(stamp_page.get_contents().get_data())
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(
                    [
                        FloatObject(0),
                        FloatObject(0),
                        FloatObject(STAMP_WIDTH),
                        FloatObject(STAMP_HEIGHT),
                    ]
                ),
                NameObject("/Resources"): stamp_page["/Resources"].clone(writer),
            }
        )
        form_ref = writer._add_object(form)

        # A page's resources are often shared with its neighbours: give each page its own
        # shallow copy so each can name its own stamp.
        resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
        xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
        xobjects[XOBJECT] = form_ref
        resources[NameObject("/XObject")] = xobjects
        page[NameObject("/Resources")] = resources

        matrix = placement(page.cropbox, page.get("/Rotate", 0) or 0)
        key = tuple(round(v, 3) for v in matrix)
        if key not in closings:
            cm = " ".join(f"{v:.3f}" for v in key)
            closings[key] = _stream(
                writer,
                f"Q\nq /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"
                f"{cm} cm {XOBJECT} Do\nEMC Q\n".encode(),
            )
        contents = page.get("/Contents")
        existing = [] if contents is None else contents.get_object()
        if not isinstance(existing, ArrayObject):
            existing = [contents]
        page[NameObject("/Contents")] = ArrayObject([opening, *existing, closings[key]])
