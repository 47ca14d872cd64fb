"""Executive and officer decision notices in the OParl API, as far as the schema goes.

A decision notice is a ``Paper`` (``paperType`` "Decision notice") whose ``mainFile`` is the
printed notice, with one ``Consultation`` (``authoritative``: the decision maker decided it;
``role`` names the maker). OParl has no object for an executive member or officer who decides
alone, nor a field for a consultation's result: those are ``moot:`` fields (see docs/api.md).
Only published notices are served, and a restricted notice gives its public summary, never
its decision, reasons or report — read through the access policy, the same for everyone.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404

from moot.access import policy
from moot.executive.models import DecisionNotice, MakerKind

from . import serializers as s
from .views import _json, require_safe

PAPER_TYPE = "Decision notice"
PAGE_SIZE = 100


def _public():
    return (
        policy.public_decision_notices()
        .select_related("maker", "body")
        .prefetch_related("wards", "call_ins")
        .order_by("pk")
    )


def _stamps(out: s.Out, row: DecisionNotice) -> dict:
    return {"created": s.stamp(row.created_at, out.zone), "modified": s.stamp(row.updated_at)}


def consultation(out: s.Out, row: DecisionNotice) -> dict:
    from moot.executive import notice_services as services

    state = services.call_in_state(row)
    detail = policy.can_see_notice_detail(policy.Viewer.public(), row)
    return s._clean(
        {
            "id": out.api("notice_consultation", row.pk),
            "type": s.OPARL_VERSION + "Consultation",
            "paper": out.api("notice", row.pk),
            "authoritative": True,
            "role": f"Decision by {row.maker.title}",
            "moot:decisionMaker": row.maker.title,
            "moot:decisionMakerKind": MakerKind(row.maker.kind).label,
            "moot:result": row.decision if detail else row.public_summary,
            "moot:callIn": state.stage,
            "moot:callInDeadline": state.deadline.isoformat() if state.deadline else None,
            "moot:implementableFrom": (
                state.implement_from.isoformat() if state.implement_from else None
            ),
            "moot:urgencyReason": row.urgency_reason if row.urgent else None,
            **_stamps(out, row),
        }
    )


def paper(out: s.Out, row: DecisionNotice) -> dict:
    detail = policy.can_see_notice_detail(policy.Viewer.public(), row)
    web = out.absolute(row.get_absolute_url())
    main = {
        "id": out.api("notice", row.pk) + "#notice",
        "type": s.OPARL_VERSION + "File",
        "name": f"Decision notice: {row.title}",
        "fileName": f"decision-notice-{row.pk}.pdf",
        "mimeType": "application/pdf",
        "date": s.day(row.published_at),
        "accessUrl": web + "notice.pdf",
        "downloadUrl": web + "notice.pdf",
    }
    data = {
        "id": out.api("notice", row.pk),
        "type": s.OPARL_VERSION + "Paper",
        "body": out.api("body", row.body_id),
        "name": row.title,
        "reference": row.reference,
        "date": row.taken_on.isoformat(),
        "paperType": PAPER_TYPE,
        "mainFile": main,
        "consultation": [consultation(out, row)],
        "web": web,
        "moot:keyDecision": row.key_decision,
        "moot:wards": [w.name for w in row.wards.all()],
        "moot:restricted": bool(row.restriction),
        **_stamps(out, row),
    }
    if detail and row.report:
        data["auxiliaryFile"] = [
            {
                "id": out.api("notice", row.pk) + "#report",
                "type": s.OPARL_VERSION + "File",
                "name": row.report_title or "Report considered",
                "mimeType": "application/pdf",
                "accessUrl": web + "report.pdf",
                "downloadUrl": web + "report.pdf",
            }
        ]
    return s._clean(data)


@require_safe
def notice(request, pk: int):
    return _json(paper(s.Out(), get_object_or_404(_public(), pk=pk)))


@require_safe
def notice_consultation(request, pk: int):
    return _json(consultation(s.Out(), get_object_or_404(_public(), pk=pk)))


@require_safe
def body_notices(request, pk: int):
    """The body's published decision notices, an OParl list of Papers, 100 a page."""
    out = s.Out()
    page = Paginator(_public().filter(body_id=pk), PAGE_SIZE).get_page(request.GET.get("page"))
    base = out.api("body_notices", pk)
    links = {}
    if page.has_next():
        links["next"] = f"{base}?page={page.next_page_number()}"
    if page.has_previous():
        links["prev"] = f"{base}?page={page.previous_page_number()}"
    return _json(
        {
            "data": [paper(out, row) for row in page],
            "pagination": {
                "totalElements": page.paginator.count,
                "elementsPerPage": PAGE_SIZE,
                "currentPage": page.number,
                "totalPages": page.paginator.num_pages,
            },
            "links": links,
        }
    )


def write_jsonl(path, out: s.Out) -> int:
    """Every published notice, one Paper a line, as the API serves it; the count."""
    import json

    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for row in _public().iterator(chunk_size=500):
            handle.write(json.dumps(paper(out, row), ensure_ascii=False) + "\n")
            count += 1
    return count
