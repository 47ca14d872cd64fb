"""Real PDFs for the papers tests: officers' reports made with WeasyPrint, and broken ones."""

from __future__ import annotations

import io
from functools import lru_cache

from pypdf import PdfReader, PdfWriter


@lru_cache(maxsize=64)
def report_pdf(title: str, pages: int = 2, *, lead: str = "", body: str = "") -> bytes:
    """An untagged report of ``pages`` A4 pages, as officers' reports usually are."""
    from weasyprint import HTML

    first = f"<p>Report of {lead}</p>" if lead else ""
    sheets = "".join(
        f'<section style="break-after: page"><h1>{title}</h1>{first if n == 1 else ""}'
        f"<p>{body or 'Report text'}: page {n} of {title}.</p></section>"
        for n in range(1, pages + 1)
    )
    return HTML(string=f"<html><body>{sheets}</body></html>").write_pdf()


def encrypted(data: bytes, password: str = "s3cret") -> bytes:  # noqa: S107
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated(data: bytes) -> bytes:
    """The first half of the file, as an interrupted upload leaves it."""
    return data[: len(data) // 2]


NOT_A_PDF = b"Minutes of the working group\n\nThis is a plain text file named report.pdf.\n"
