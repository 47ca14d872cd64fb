"""Dates, times and sizes written the way council papers write them.

``{{ meeting.start|longdatetime }}`` → "Wednesday 14 May 2025, 9.00am". Times are shown in
the site's time zone (Europe/London), whatever zone the value carries.
"""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import timezone

register = template.Library()


def _local(value: datetime) -> datetime:
    return timezone.localtime(value) if timezone.is_aware(value) else value


@register.filter
def longdate(value: date | datetime | None) -> str:
    """ "Wednesday 14 May 2025"."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = _local(value)
    return f"{value:%A} {value.day} {value:%B} {value.year}"


@register.filter
def time12(value: datetime | None) -> str:
    """ "9.00am", "12.00pm" at noon, "12.30am" just after midnight."""
    if not value:
        return ""
    value = _local(value)
    hour = value.hour % 12 or 12
    return f"{hour}.{value.minute:02d}{'am' if value.hour < 12 else 'pm'}"


@register.filter
def longdatetime(value: datetime | None) -> str:
    """ "Wednesday 14 May 2025, 9.00am"."""
    if not value:
        return ""
    return f"{longdate(value)}, {time12(value)}"


@register.filter
def filesize(value: int | None) -> str:
    """Bytes as ModernGov prints them, 1024-based and whole: "100 KB", "1 MB"."""
    if value is None or value == "":
        return ""
    size = int(value)
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    if size < 1024 * 1024:
        return f"{int(size / 1024 + 0.5)} KB"
    if size < 1024**3:
        return f"{int(size / 1024**2 + 0.5)} MB"
    return f"{int(size / 1024**3 + 0.5)} GB"


@register.filter
def sanitised(value: str | None) -> str:
    """Stored HTML (agenda text, minutes, purpose) cleaned once more on the way out.

    The fields are sanitised when written; cleaning again here is cheap and means a row that
    reached the table some other way can still never carry a script onto a page.
    """
    from django.utils.safestring import mark_safe

    from moot.meetings.html import sanitise

    # sanitise() leaves only the safe subset, so marking it safe is sound.
    return mark_safe(sanitise(value or ""))


@register.filter
def document_facts(document) -> str:
    """ "PDF, 100 KB, 4 pages": what a reader wants to know before opening a document."""
    facts = [document.format] if document.format else []
    if document.size_bytes:
        facts.append(filesize(document.size_bytes))
    if document.page_count:
        facts.append(f"{document.page_count} page{'s' if document.page_count != 1 else ''}")
    return ", ".join(facts)
