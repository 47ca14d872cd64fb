"""Made-up minutes for the quality tests."""

from moot.meetings.html import paragraphs_to_html
from moot.quality.findings import MinutesItem


def item(reference="T/1/25", *paragraphs, title="Update", kind="information", **kw) -> MinutesItem:
    """An item whose minutes are ``paragraphs`` (a list among them is a bullet list)."""
    kw.setdefault("decisions", ["AGREED that the report be noted."])
    return MinutesItem(reference, title, kind, paragraphs_to_html(list(paragraphs)), **kw)


def found(findings, check=None) -> list[tuple[str, str, str]]:
    """(check, item, text) of each finding, optionally of one check only."""
    return [(f.check, f.item_reference, f.text) for f in findings if check in (None, f.check)]
