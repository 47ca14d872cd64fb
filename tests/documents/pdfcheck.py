"""Reading the produced PDFs the way the tests check them."""

from __future__ import annotations

import io

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def bookmarks(data: bytes) -> list[tuple[int, str, int]]:
    """(depth, title, page index) for every bookmark, in order."""
    pdf = reader(data)
    found = []

    def walk(nodes, depth):
        for node in nodes:
            if isinstance(node, list):
                walk(node, depth + 1)
            else:
                found.append((depth, node.title, pdf.get_destination_page_number(node)))

    walk(pdf.outline, 0)
    return found


def tagged_pages(data: bytes) -> set[int]:
    """Indexes of the pages the structure tree's elements point at."""
    pdf = reader(data)
    index_of = {page.indirect_reference.idnum: n for n, page in enumerate(pdf.pages)}
    root = pdf.trailer["/Root"].get("/StructTreeRoot")
    if root is None:
        return set()
    seen: set[int] = set()
    stack = [root.get_object()]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(n.get_object() for n in node)
            continue
        if not hasattr(node, "get"):
            continue
        page = node.get("/Pg")
        if page is not None and page.idnum in index_of:
            seen.add(index_of[page.idnum])
        kids = node.get("/K")
        if kids is not None:
            kids = kids.get_object() if hasattr(kids, "get_object") else kids
            stack.append(kids)
    return seen


def catalog(data: bytes):
    return reader(data).trailer["/Root"]
