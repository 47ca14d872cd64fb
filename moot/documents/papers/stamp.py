"""Page numbers stamped on every page of a merged pack, cheaply.

A pack can run to hundreds of pages, so stamping must not lay anything out per page. A
subset of one TrueType font (just "Page 0123456789") is embedded once; each page then gets a
few bytes of content ("Page 7" on a small white ground) added after its own, which is never
decoded or rewritten. Stamping 200 pages takes a few milliseconds.

The stamp is marked as a pagination artifact (``/Artifact`` marked content) and its font is
embedded, so Moot's tagged pages stay valid PDF/UA and screen readers skip the number.
"""

from __future__ import annotations

import functools
import io
import subprocess
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)

TEXT = "Page 0123456789"
FONT_SIZE = 10.0
STAMP_WIDTH = 70.0
STAMP_HEIGHT = 16.0
FROM_EDGE = 8.0
FONT = NameObject("/MootPageNumberFont")
FONT_NAME = "MOOTPN+PageNumberFont"
FIRST_CHAR, LAST_CHAR = 32, 126
_CANDIDATES = [
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]


def _font_path() -> str:
    for candidate in _CANDIDATES:
        if Path(candidate).exists():
            return candidate
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "sans-serif:bold"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    if not found.lower().endswith(".ttf"):
        raise RuntimeError("no TrueType sans-serif font found for page numbers")
    return found


@functools.cache
def _font() -> tuple[bytes, dict[str, float], dict]:
    """The subset font program, advance widths per character (1/1000 em) and its metrics."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(_font_path())
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=TEXT)
    subsetter.subset(font)
    scale = 1000 / font["head"].unitsPerEm
    cmap = font.getBestCmap()
    widths = {ch: font["hmtx"][cmap[ord(ch)]][0] * scale for ch in TEXT}
    head, hhea = font["head"], font["hhea"]
    metrics = {
        "bbox": [head.xMin * scale, head.yMin * scale, head.xMax * scale, head.yMax * scale],
        "ascent": hhea.ascent * scale,
        "descent": hhea.descent * scale,
    }
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), widths, metrics


def _font_object(writer: PdfWriter):
    data, widths, metrics = _font()
    program = DecodedStreamObject()
    program.set_data(data)
    program[NameObject("/Length1")] = NumberObject(len(data))
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): NameObject(f"/{FONT_NAME}"),
            NameObject("/Flags"): NumberObject(32),  # non-symbolic
            NameObject("/FontBBox"): ArrayObject(FloatObject(v) for v in metrics["bbox"]),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): FloatObject(metrics["ascent"]),
            NameObject("/Descent"): FloatObject(metrics["descent"]),
            NameObject("/CapHeight"): FloatObject(metrics["ascent"]),
            NameObject("/StemV"): NumberObject(120),
            NameObject("/FontFile2"): writer._add_object(program),
        }
    )
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/TrueType"),
            NameObject("/BaseFont"): NameObject(f"/{FONT_NAME}"),
            NameObject("/FirstChar"): NumberObject(FIRST_CHAR),
            NameObject("/LastChar"): NumberObject(LAST_CHAR),
            NameObject("/Widths"): ArrayObject(
                FloatObject(round(widths.get(chr(code), 0), 2))
                for code in range(FIRST_CHAR, LAST_CHAR + 1)
            ),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
        }
    )
    return writer._add_object(font)


def text_width(text: str) -> float:
    _data, widths, _metrics = _font()
    return sum(widths[ch] for ch in text) * FONT_SIZE / 1000


def placement(box, rotation: int) -> list[float]:
    """The matrix that puts the stamp centred at the foot of the page *as displayed*.

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
    labels = labels or [f"Page {n}" for n in range(1, len(writer.pages) + 1)]
    font = _font_object(writer)
    opening = _stream(writer, b"q\n")
    baseline = (STAMP_HEIGHT - FONT_SIZE * 0.72) / 2
    for page, label in zip(writer.pages, labels, strict=True):
        # A page's resources are often shared with its neighbours: each page gets its own
        # shallow copy, so adding the font never touches another page.
        resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
        fonts = DictionaryObject(resources.get("/Font", DictionaryObject()).get_object())
        fonts[FONT] = font
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources

        cm = " ".join(f"{v:.3f}" for v in placement(page.cropbox, page.get("/Rotate", 0) or 0))
        x = (STAMP_WIDTH - text_width(label)) / 2
        closing = _stream(
            writer,
            (
                f"Q\nq /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n{cm} cm\n"
                f"1 g 0 0 {STAMP_WIDTH:.0f} {STAMP_HEIGHT:.0f} re f\n"
                f"0 g BT {FONT} {FONT_SIZE:g} Tf {x:.3f} {baseline:.3f} Td ({label}) Tj ET\n"
                "EMC Q\n"
            ).encode("latin-1"),
        )
        contents = page.get("/Contents")
        existing = [] if contents is None else contents.get_object()
        if not isinstance(existing, ArrayObject):
            existing = [contents]
        page[NameObject("/Contents")] = ArrayObject([opening, *existing, closing])
