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


def texts_in_item(check, *paragraphs, title="Update") -> list[str]:
    """The text of each finding of ``check`` on one made-up item whose minutes are
    ``paragraphs``."""
    from moot.quality.core import check_meeting

    return [
        f.text
        for f in check_meeting([item("T/1/25", *paragraphs, title=title)])
        if f.check == check
    ]


def on_page(text, check=None, min_confidence=0.6) -> list[tuple[str, str]]:
    """(check, text) of each finding on a saved page's ``text``, read as the bench reads it."""
    from moot.quality.adapters import from_text

    return [
        (f.check, f.text)
        for f in from_text(text, lenient=True).check(min_confidence=min_confidence)
        if check is None or f.check == check
    ]


def acronyms_on_page(text) -> list[str]:
    """The text of each acronym finding on a saved page's ``text``."""
    return [found for _, found in on_page(text, "acronym")]
