"""Findings a clerk dismissed for good, and how often each check is dismissed.

A dismissal is keyed by the check's kind and a fingerprint of the text the finding concerns
(its item, the words found and the evidence compared): the same finding on the same text stays
dismissed; when the text changes, the fingerprint changes and the finding comes back.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from django.db.models import Count, Q
from django.utils import timezone

from .findings import Check, Finding
from .models import Dismissal
from .text import plain, sentences


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def concerned(finding: Finding, item_text: str) -> str:
    """The text a finding concerns in its item's plain text: the sentences holding the words
    found, or the whole item when the words are not in it (a missing decision, copied text)."""
    found = _normal(finding.text)
    if found:
        held = [s for s in sentences(item_text) if found in _normal(s)]
        if held:
            return " ".join(held)
    return item_text


def fingerprint(finding: Finding, item_text: str = "") -> str:
    """A stable digest of what the finding concerns (not of its wording or confidence):
    its check, item, the words found, the evidence and the sentences of ``item_text`` (the
    item's plain text) that hold the words. Edit those sentences and the digest changes."""
    parts = [finding.check, finding.item_reference, _normal(finding.text)]
    parts += [_normal(value) for _, value in finding.evidence]
    parts.append(_normal(concerned(finding, item_text)))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def fingerprints(finding: Finding, item_text: str = "") -> list[str]:
    """The finding's fingerprint, then those it had under an earlier kind: until 6 December
    2026 a possessive's apostrophe left out or misplaced ("Clerks Report") was filed as a
    slip, now as punctuation; a clerk's dismissal of it then still holds."""
    prints = [fingerprint(finding, item_text)]
    if finding.check == Check.PUNCTUATION:
        prints.append(fingerprint(replace(finding, check=Check.SLIP), item_text))
    return prints


def item_text(title: str, minutes_html: str) -> str:
    """The plain text a finding on an item may concern: its title and its minutes."""
    return f"{title}\n{plain(minutes_html)}"


def active_for(meeting) -> dict[str, Dismissal]:
    """The meeting's dismissals not restored, by fingerprint (one query)."""
    rows = Dismissal.objects.filter(meeting=meeting, restored_at__isnull=True).select_related(
        "dismissed_by"
    )
    return {row.fingerprint: row for row in rows}


def dismiss(meeting, finding_check, item_reference, print_, text, user, reason="") -> Dismissal:
    """Dismiss a finding for good (again, if it was dismissed and restored before)."""
    existing = Dismissal.objects.filter(
        meeting=meeting, fingerprint=print_, restored_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    return Dismissal.objects.create(
        meeting=meeting,
        check_kind=finding_check,
        item_reference=item_reference[:100],
        fingerprint=print_,
        text=text[:300],
        reason=reason[:500],
        dismissed_by=user,
    )


def restore(dismissal: Dismissal) -> None:
    """Show the finding again; the dismissal is kept, with when it was restored."""
    if dismissal.restored_at is None:
        dismissal.restored_at = timezone.now()
        dismissal.save(update_fields=["restored_at"])


def counts_by_check(body=None) -> list[tuple[str, int, int]]:
    """(check, dismissed, of which restored) for every check dismissed, most dismissed first;
    for one body's meetings when ``body`` is given."""
    rows = Dismissal.objects.all()
    if body is not None:
        rows = rows.filter(meeting__committee__body=body)
    counted = (
        rows.values("check_kind")
        .annotate(total=Count("pk"), restored=Count("pk", filter=Q(restored_at__isnull=False)))
        .order_by("-total", "check_kind")
    )
    return [(row["check_kind"], row["total"], row["restored"]) for row in counted]
