"""What one item says: its body split at "Decision:" and "Minutes:" labels into agenda text,
decision and minutes (sanitised HTML), its documents lifted out, and the decisions and actions
``outcomes`` finds in it.
"""

from __future__ import annotations

import re

from .lines import Line, TableBlock, blocks_html, has_doc, href_format, split_document
from .marks import (
    COLLAPSED_RE,
    LABEL_FIRST,
    LABEL_RE,
    PAGES_RE,
    SHARE_FIRST,
    SHARE_RE,
    TIME_ONLY_RE,
    TITLE_TIME_RE,
    is_restricted_doc,
    is_view,
)
from .outcomes import find_outcomes
from .parsed import ParsedDocument, ParsedItem
from .restrictions import is_item_restricted_link

_REASONS_SPLIT_RE = re.compile(r"(?i)\s*view the reasons")


def read_item(
    lines: list[Line],
    pos: int,
    number: str,
    title: str,
    body_from: int,
    body_to: int,
    unlabelled: str,
) -> tuple[ParsedItem, str, bool]:
    """The item at ``pos`` whose body is ``lines[body_from:body_to]``, its plain text, and
    whether the page marks it restricted ("View the reasons why item 9. is restricted").
    ``unlabelled`` is the section ("agenda" or "minutes") of text before any label."""
    head_line = lines[body_from - 1] if body_from > 0 else None
    title, documents = _title_and_document(title, head_line)
    body = _Body(title, documents, unlabelled)
    for i in range(body_from, body_to):
        if lines[i].text:
            body.read(lines[i])
    blocks = {k: _blocks(v) for k, v in body.sections.items()}
    item = ParsedItem(position=pos, number=number, title=title, documents=documents)
    item.agenda_text = blocks_html(blocks["agenda"])
    item.minutes = blocks_html(blocks["minutes"])
    item.decision_text = blocks_html(blocks["decision"])
    minute_decisions, actions = find_outcomes(blocks["minutes"])
    if blocks["decision"]:
        decisions, more_actions = find_outcomes(blocks["decision"], all_decisions=True)
        actions = more_actions + actions
    else:
        decisions = minute_decisions
    item.decisions = _dedupe(decisions)
    item.actions = _dedupe(actions)
    plain = " ".join(
        b if isinstance(b, str) else " ".join(b)
        for key in ("agenda", "decision", "minutes")
        for b in blocks[key]
    )
    return item, plain, body.marked


def _title_and_document(title: str, head_line: Line | None) -> tuple[str, list[ParsedDocument]]:
    """The item's title cleaned of its time, size and page reference, and the report its
    title line names or links to."""
    title = TITLE_TIME_RE.sub("", title).strip()
    documents: list[ParsedDocument] = []
    if has_doc(title):
        name, doc = split_document(title)
        if doc is not None and name:
            if name[-1] == ")":
                name = PAGES_RE.sub("", name).strip() or name
            title = name
            doc.title = name
            if head_line is not None:
                doc.url = head_line.href
                doc.restricted = head_line.restricted
            documents.append(doc)
    elif head_line is not None and head_line.href and title:
        # A saved HTML page's title linked to its report, with no size printed.
        documents.append(
            ParsedDocument(
                title=title,
                format=href_format(head_line.href),
                size_bytes=None,
                url=head_line.href,
                restricted=head_line.restricted,
            )
        )
    if "minutes text" in title.lower():
        title = COLLAPSED_RE.sub("", title).strip()
    if title and title[-1] == ")":
        title = PAGES_RE.sub("", title).strip() or title
    return title, documents


class _Body:
    """An item's body being read: the section a line belongs to follows the last label."""

    def __init__(self, title: str, documents: list[ParsedDocument], unlabelled: str) -> None:
        self.title = title
        self.documents = documents
        self.sections: dict[str, list[Line]] = {"agenda": [], "decision": [], "minutes": []}
        self.cur = unlabelled
        self.in_docs = False
        self.marked = False

    def read(self, ln: Line) -> None:
        """Read one line with text."""
        t = ln.text
        # First-character gates spare most body lines the label and link regexes.
        c0 = t[0]
        if (c0 in SHARE_FIRST and SHARE_RE.match(t)) or (c0.isdigit() and TIME_ONLY_RE.match(t)):
            return
        if is_view(t) and not is_restricted_doc(t):
            self._view(ln)
            return
        lab = LABEL_RE.match(t) if c0 in LABEL_FIRST else None
        if lab:
            rest_line = self._label(ln, lab)
            if rest_line is None:
                return
            ln = rest_line
        if self._document(ln):
            return
        self.in_docs = False
        self.sections[self.cur].append(ln)

    def _view(self, ln: Line) -> None:
        """A "View the minutes text for item …" link: kept only for the text before it."""
        t = ln.text
        if is_item_restricted_link(t):
            self.marked = True
        stripped = COLLAPSED_RE.sub("", t).strip() if "minutes text" in t.lower() else t
        if stripped and stripped != t:
            self.sections[self.cur].append(Line(ln.lineno, stripped, ln.indent, ln.bullet))

    def _label(self, ln: Line, lab: re.Match[str]) -> Line | None:
        """Switch section at a "Minutes:" or "Decision:" label (or start a documents list);
        the text after the label on its line, if any, as a line of its own."""
        name = lab.group("label").lower()
        rest = lab.group("rest").strip()
        if name.startswith("minute"):
            self.cur, self.in_docs = "minutes", False
        elif name.startswith("decision"):
            self.cur, self.in_docs = "decision", False
        else:
            self.in_docs = True
        if not rest:
            return None
        return Line(ln.lineno, rest, ln.indent, ln.bullet, href=ln.href, restricted=ln.restricted)

    def _document(self, ln: Line) -> bool:
        """Lift a document out of the body: a restricted enclosure, a report with its size,
        or a link in a documents list."""
        t = ln.text
        documents = self.documents
        if is_restricted_doc(t):
            if not (
                t.lower().startswith("view the reasons") and documents and documents[-1].restricted
            ):
                name_part = _REASONS_SPLIT_RE.split(t)[0].strip() or "Restricted enclosure"
                documents.append(
                    ParsedDocument(
                        title=name_part, format="", size_bytes=None, restricted=True, url=ln.href
                    )
                )
            return True
        if (
            len(t) < 250
            and has_doc(t)
            and (self.in_docs or self.cur == "agenda" or ln.href or len(t) < 120)
        ):
            name, doc = split_document(t)
            if doc is not None:
                doc.title = name or self.title
                doc.url = ln.href
                doc.restricted = ln.restricted
                documents.append(doc)
                return True
        if self.in_docs and ln.href:
            documents.append(
                ParsedDocument(
                    title=t,
                    format=href_format(ln.href),
                    size_bytes=None,
                    url=ln.href,
                    restricted=ln.restricted,
                )
            )
            return True
        return False


def _blocks(lines: list[Line]) -> list[str | list[str]]:
    """Paragraphs and bullet lists: a bulleted line, or one indented past the body's own
    indentation, is a list entry; consecutive entries make one list."""
    if not lines:
        return []
    plain = [ln.indent for ln in lines if not ln.bullet]
    base = min(plain) if plain else 0
    out: list[str | list[str]] = []
    for ln in lines:
        if ln.table:
            out.append(TableBlock(ln.text, ln.table))
        elif ln.bullet or ln.indent >= base + 4:
            if out and isinstance(out[-1], list):
                out[-1].append(ln.text)
            else:
                out.append([ln.text])
        else:
            out.append(ln.text)
    return out


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out
