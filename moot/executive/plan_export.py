"""The forward plan as JSON lines for the bulk export (``forwardPlanEntry.jsonl``): every
entry published on a plan, as its public page shows it (never the clerk's note of the exempt
information, nor who made each change). Outside OParl, which has no forward plan; the shape
is documented in docs/executive.md."""

from __future__ import annotations

import json
from typing import Any

from .models import PlanEntry


def published():
    return (
        PlanEntry.objects.filter(first_published_on__isnull=False)
        .select_related("maker", "body")
        .prefetch_related("wards", "events")
        .order_by("pk")
    )


def _day(value) -> str | None:
    return value.isoformat() if value else None


def entry_json(entry: PlanEntry, site: str) -> dict[str, Any]:
    return {
        "id": f"{site}{entry.get_absolute_url()}",
        "reference": entry.reference,
        "body": entry.body.name,
        "matter": entry.matter,
        "decisionMaker": {"title": entry.maker.title, "kind": entry.maker.kind},
        "decisionDate": _day(entry.decision_on),
        "period": entry.period,
        "state": entry.state,
        "firstPublished": _day(entry.first_published_on),
        "keyDecision": entry.key_decision,
        "overThreshold": entry.over_threshold,
        "wards": [w.name for w in entry.wards.all()],
        "documents": entry.documents,
        "representations": {"contact": entry.contact, "by": _day(entry.representations_by)},
        "private": entry.private,
        "exemptParagraphs": list(entry.exempt_paragraphs) if entry.private else [],
        "privateReason": entry.private_reason if entry.private else "",
        "secondNotice": (
            {
                "date": _day(entry.second_notice_on),
                "representationsReceived": entry.representations_received,
                "response": entry.response,
            }
            if entry.private and entry.second_notice_on
            else None
        ),
        "exception": (
            {
                "kind": entry.exception,
                "reason": entry.exception_reason,
                "scrutinyChair": entry.scrutiny_chair,
                "noticeDate": _day(entry.exception_notice_on),
                "agreedDate": _day(entry.urgency_agreed_on),
            }
            if entry.exception
            else None
        ),
        "takenOn": _day(entry.taken_on),
        "history": [
            {"kind": e.kind, "at": e.at.isoformat(), "what": e.what} for e in entry.events.all()
        ],
    }


def write_jsonl(path, site: str) -> int:
    """Every published entry, one a line; the count."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for entry in published():
            handle.write(json.dumps(entry_json(entry, site), ensure_ascii=False) + "\n")
            count += 1
    return count
