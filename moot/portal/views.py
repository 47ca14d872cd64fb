"""The public site: home, committee, meeting and document pages (the councillors' pages are
in ``councillors``).

Every page asks ``moot.access.policy`` what the viewer may see and reads nothing else. Each
page costs a fixed number of queries whatever the size of the meeting (tests/portal checks
them with ``assertNumQueries``).
"""

from __future__ import annotations

import mimetypes
from itertools import groupby
from typing import Any

from django.apps import apps
from django.db.models import Max, Prefetch, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from moot import site
from moot.access import policy
from moot.documents import serving
from moot.documents.papers import printed_for
from moot.meetings.choices import (
    EXEMPT_PARAGRAPHS,
    ActionStatus,
    AttendanceStatus,
    ItemKind,
    MinutesState,
    Restriction,
    paragraph_list,
    schedule_12a_part,
    urgency_statement,
)
from moot.meetings.models import (
    Body,
    Document,
    Membership,
    Revision,
)
from moot.meetings.queries import matter_history, with_postponements, with_votes
from moot.meetings.references import municipal_year

from . import cdn
from .branding import brand_of
from .cache import part, public_page

# The order the minutes list people in: who was there first.
ATTENDANCE_ORDER: list[str] = [
    AttendanceStatus.PRESENT,
    AttendanceStatus.SUBSTITUTE,
    AttendanceStatus.IN_ATTENDANCE,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
    AttendanceStatus.INVITED,
]


def _brand(body: Body | None) -> dict:
    """What the header shows: the body's name, logo and (legible) accent colour."""
    return brand_of(body)


def _year_label(year: int) -> str:
    """2025 → "2025/26"."""
    return f"{year}/{(year + 1) % 100:02d}"


def exemption_label(item, jurisdiction: str) -> str:
    """The public basis of a restriction, in the Part of Schedule 12A of the body's
    jurisdiction: "Exempt: paragraph 7 of Part 1 of Schedule 12A" (England), "… of Part 4 …"
    (Wales)."""
    if item.restriction == Restriction.EXEMPT:
        part = schedule_12a_part(jurisdiction)
        numbers = paragraph_list(item.exempt_paragraphs)
        if not numbers:
            return f"Exempt information under {part} of Schedule 12A"
        return f"Exempt: {numbers} of {part} of Schedule 12A"
    if item.restriction == Restriction.CONFIDENTIAL:
        return "Confidential information (Local Government Act 1972, s.100A(3))"
    return ""


def paragraph_descriptions(item, jurisdiction: str) -> list[str]:
    """What each exempt paragraph covers, from the jurisdiction's own list (a paragraph the
    list does not have is left out rather than described from another's)."""
    known = EXEMPT_PARAGRAPHS.get(jurisdiction, {})
    return [
        known[int(p)] for p in item.exempt_paragraphs or [] if str(p).isdigit() and int(p) in known
    ]


@require_safe
@public_page
def home(request):
    """Committees (by body when there are several), upcoming and recent meetings. 3 queries."""
    viewer = policy.viewer_for(request)
    committees = list(
        policy.committees(viewer)
        .filter(active=True)
        .select_related("body")
        .order_by("body__name", "name")
    )
    bodies = [(body, list(group)) for body, group in groupby(committees, key=lambda c: c.body)]
    now = timezone.now()
    meetings = policy.meetings(viewer).select_related("committee")
    upcoming = list(meetings.filter(start__gte=now).order_by("start")[:10])
    recent = list(meetings.filter(start__lt=now).order_by("-start")[:10])
    only_body = bodies[0][0] if len(bodies) == 1 else None
    return render(
        request,
        "portal/home.html",
        {
            "bodies": bodies,
            "several_bodies": len(bodies) > 1,
            "upcoming": upcoming,
            "recent": recent,
            "brand": _brand(only_body),
        },
    )


@require_safe
@public_page
def committee(request, slug):
    """Purpose, contact, current members and meetings by municipal year. 4 queries."""
    viewer = policy.viewer_for(request)
    committee = (
        policy.committees(viewer).filter(slug=slug).select_related("body").order_by("pk").first()
    )
    if committee is None:
        raise Http404("No such committee")
    today = timezone.localdate()
    members = list(
        Membership.objects.filter(committee=committee)
        .filter(
            Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gte=today)
        )
        .select_related("person")
        .order_by("person__name")
    )
    role_order = {"chair": 0, "vice_chair": 1}
    members.sort(key=lambda m: (role_order.get(m.role, 2), m.person.name))
    annual = [a.date for a in committee.body.annual_meetings.all()]
    meetings = list(
        policy.meetings(viewer)
        .filter(committee=committee)
        .select_related("location")
        .order_by("-start")
    )
    years: dict[int, list] = {}
    for meeting in meetings:
        year = municipal_year(timezone.localdate(meeting.start), annual, committee.start_month)
        years.setdefault(year, []).append(meeting)
    response = render(
        request,
        "portal/committee.html",
        {
            "committee": committee,
            "members": members,
            "years": [(_year_label(y), ms) for y, ms in sorted(years.items(), reverse=True)],
            "brand": _brand(committee.body),
        },
    )
    return cdn.tag(response, committee=committee.pk, body=committee.body_id)


@require_safe
@public_page
def meeting(request, pk):
    """A meeting's agenda, papers, minutes and decisions, item by item.

    The page's content is rendered for the reader's audience (``policy.audience``: the public,
    a member of the committee, a clerk of its body …) and, for signed-in readers, kept in the
    cache for the next reader of the same audience until anything changes: a repeat costs
    five queries (session, user, viewer, meeting, content version). Rendering it costs 12 more;
    one more each for a matters arising item (the committee's action log), approved minutes
    (the corrections recorded at later meetings) and a postponement (the meetings it links).
    Anonymous readers get the whole page from the page cache (``public_page``).

    Restricted items show only what s.100C(2) makes public: title, reference, basis, reason,
    public summary and public decision wording.
    """
    viewer = policy.viewer_for(request)
    meeting = get_object_or_404(
        with_postponements(
            policy.meetings(viewer).select_related(
                "committee__body", "location", "minutes_approved_at_item__meeting"
            )
        ),
        pk=pk,
    )
    committee = meeting.committee
    name, audience = policy.audience(viewer, committee.pk, committee.body_id)
    address = site.site_url(request)

    def render_main() -> str:
        return render_to_string(
            "portal/_meeting_main.html", _meeting_main(audience, meeting) | {"site_url": address}
        )

    content = (
        render_main() if viewer.is_public else part(request, f"meeting:{pk}:{name}", render_main)
    )
    return cdn.tag(
        render(
            request,
            "portal/meeting.html",
            {
                "meeting": meeting,
                "committee": committee,
                "content": content,
                "brand": _brand(committee.body),
            },
        ),
        meeting=meeting.pk,
        committee=committee.pk,
        body=committee.body_id,
    )


def _meeting_main(viewer: policy.Viewer, meeting) -> dict[str, Any]:
    """What the meeting page's content shows ``viewer`` (an audience: ``policy.audience``)."""
    committee = meeting.committee
    visible_documents = policy.documents(viewer).order_by("position", "pk")
    items = shown_items(viewer, meeting, policy.items(viewer, meeting), visible_documents)
    show_minutes = policy.can_see_minutes(viewer, meeting)
    arising = next((i for i in items if i.kind == ItemKind.MATTERS_ARISING and i.show_detail), None)
    if arising is not None:
        arising.action_log = action_log(viewer, meeting)
    meeting_documents = policy.in_place_of_originals(
        visible_documents.filter(meeting=meeting, item__isnull=True)
    )
    postponement = postponement_of(viewer, meeting)
    attendances = []
    if show_minutes:
        attendances = list(
            policy.attendances(viewer)
            .filter(meeting=meeting)
            .select_related("person", "substitute_for")
        )
        order = {status: n for n, status in enumerate(ATTENDANCE_ORDER)}
        attendances.sort(key=lambda a: (order.get(a.status, len(order)), a.person.name))
    siblings = policy.meetings(viewer).filter(committee=committee).exclude(pk=meeting.pk)
    return {
        "meeting": meeting,
        "committee": committee,
        "items": items,
        "approved_at": policy.minutes_approved_at(meeting),
        "amendment": policy.minutes_amendment(meeting),
        "minutes_status": meeting.minutes_state,
        "meeting_documents": meeting_documents,
        "attendances": attendances,
        "previous": siblings.filter(start__lte=meeting.start).order_by("-start", "-pk").first(),
        "following": siblings.filter(start__gt=meeting.start).order_by("start", "pk").first(),
        "postponed_to": postponement.get("postponed_to"),
        "postponed_from": postponement.get("postponed_from"),
    }


@require_safe
@public_page
def item(request, pk, item_pk):
    """One agenda item's own page (its permalink): its reference and title, the meeting, and
    what the meeting page shows of it to this viewer — papers, minutes, decisions, votes,
    declarations, actions. A restricted item shows only what s.100C(2) makes public."""
    viewer = policy.viewer_for(request)
    meeting = get_object_or_404(
        policy.meetings(viewer).select_related("committee__body", "location"), pk=pk
    )
    visible_documents = policy.documents(viewer).order_by("position", "pk")
    chosen = policy.items(viewer, meeting).filter(pk=item_pk)
    found = shown_items(viewer, meeting, chosen, visible_documents)
    if not found:
        raise Http404("No such item on this meeting's agenda.")
    shown = found[0]
    if shown.kind == ItemKind.MATTERS_ARISING and shown.show_detail:
        shown.action_log = action_log(viewer, meeting)
    committee = meeting.committee
    shown.meeting = meeting
    visible = policy.items(viewer).filter(meeting__in=policy.meetings(viewer))
    history = matter_history(shown, visible)
    return cdn.tag(
        render(
            request,
            "portal/item.html",
            {
                "item": shown,
                "meeting": meeting,
                "committee": committee,
                "history": history if len(history) > 1 else [],
                "brand": _brand(committee.body),
            },
        ),
        meeting=meeting.pk,
        committee=committee.pk,
        body=committee.body_id,
        meetings=[i.meeting_id for i in history],
    )


@require_safe
def item_by_reference(request, reference):
    """``/items/SSP/4/25/``: the item the reference names, as the viewer may know it (the
    latest meeting's, should a reference have been used twice)."""
    viewer = policy.viewer_for(request)
    found = (
        policy.items(viewer)
        .filter(reference__iexact=reference.strip("/"), meeting__in=policy.meetings(viewer))
        .order_by("-meeting__start", "-pk")
        .only("pk", "meeting_id")
        .first()
    )
    if found is None:
        raise Http404("No item has that reference.")
    return redirect(found.page_url)


def shown_items(viewer, meeting, chosen, visible_documents) -> list[Any]:
    """The items of ``chosen`` (the viewer's items of ``meeting``), in agenda order, each
    given what a page shows of it as far as the viewer may read it (the policy decides):
    papers, decisions, votes, declarations, actions, corrections. A fixed number of queries,
    whatever the number of items."""
    jurisdiction = meeting.committee.body.jurisdiction
    # Any: each item is given what the page shows of it (show_detail, minutes_shown, …).
    items: list[Any] = list(
        chosen.order_by("position", "pk").prefetch_related(
            Prefetch("documents", queryset=visible_documents, to_attr="visible_documents"),
            # What the minutes record, as far as the viewer may read it: the policy decides.
            Prefetch(
                "decisions",
                queryset=with_votes(policy.decisions(viewer)),
                to_attr="known_decisions",
            ),
            Prefetch("actions", queryset=policy.actions(viewer), to_attr="actions_shown"),
            Prefetch(
                "declarations",
                queryset=policy.declarations(viewer).select_related("person"),
                to_attr="declarations_shown",
            ),
            Prefetch(
                "approves_meetings",
                queryset=policy.meetings(viewer).only("pk", "start", "committee_id"),
                to_attr="approved_meetings",
            ),
            *corrections_prefetch(viewer, meeting),
        )
    )
    show_minutes = policy.can_see_minutes(viewer, meeting)
    updated = (
        dict(
            Revision.objects.filter(
                public=True,
                content_type__app_label="meetings",
                content_type__model="item",
                object_id__in=[item.pk for item in items],
            )
            .values("object_id")
            .annotate(last=Max("at"))
            .values_list("object_id", "last")
        )
        if items
        else {}
    )
    if apps.is_installed("moot.interests"):
        from moot.interests.register import show_links

        # The register entry and the dispensation each declaration cites: one query.
        show_links([d for item in items for d in item.declarations_shown])
    for item in items:
        item.meeting = meeting  # the policy reads the committee from here: no query
        item.show_detail = policy.can_see_item_detail(viewer, item)
        record = policy.can_see_record(viewer, item)
        item.minutes_shown = item.minutes if record else ""
        item.decision_text_shown = item.decision_text if record else ""
        item.decisions_shown = [
            wording
            for decision in item.known_decisions
            if (wording := policy.decision_wording(viewer, item, decision))
        ]
        item.votes_shown = [
            vote
            for decision in item.known_decisions
            if (vote := policy.vote_of(viewer, item, decision))
        ]
        item.withheld = policy.is_withheld(item)
        item.exemption = exemption_label(item, jurisdiction) if item.withheld else ""
        item.urgency = urgency_statement(item.urgency_reason, jurisdiction) if item.urgent else ""
        item.paragraph_descriptions = (
            paragraph_descriptions(item, jurisdiction) if item.withheld else []
        )
        item.updated_at = updated.get(item.pk)
        item.visible_documents = policy.in_place_of_originals(item.visible_documents)
        item.corrections_shown = (
            corrections_shown(viewer, getattr(item, "all_corrections", [])) if show_minutes else []
        )
    return items


def corrections_prefetch(viewer, meeting) -> list[Prefetch]:
    """Corrections recorded at later meetings, read only where there can be any: approved
    minutes are corrected, draft ones edited. One query, for approved minutes only."""
    if meeting.minutes_state != MinutesState.APPROVED:
        return []
    # Joins, not ``item__in=policy.items(viewer)``: SQLite would list every item the viewer
    # may know (150,000 on a large archive, 0.3 s) before looking up the few corrections.
    # Those the viewer may not read yet are left out by ``corrections_shown``.
    later = (
        policy.decisions(viewer)
        .filter(item__meeting__committee__body__deleted_at__isnull=True)
        .select_related("item__meeting__committee")
        .order_by("item__meeting__start", "pk")
    )
    return [Prefetch("corrections", queryset=later, to_attr="all_corrections")]


def corrections_shown(viewer, corrections) -> list[tuple]:
    """(decision, wording) for each correction of an item the viewer may read: recorded at a
    later meeting whose minutes they may read; a restricted later item gives only its public
    wording. No query (the later item, meeting and committee are selected)."""
    shown = []
    for decision in corrections:
        if wording := policy.correction_wording(viewer, decision):
            shown.append((decision, wording))
    return shown


def postponement_of(viewer, meeting) -> dict:
    """The meetings this one was postponed to and from (``with_postponements`` annotated
    their ids), as far as the viewer may know them. One query, only when there are any."""
    links = {
        key: pk
        for key in ("postponed_to", "postponed_from")
        if (pk := getattr(meeting, f"{key}_id", None))
    }
    if not links:
        return {}
    found = policy.meetings(viewer).in_bulk(set(links.values()))
    return {key: found[pk] for key, pk in links.items() if pk in found}


def action_log(viewer, meeting) -> list:
    """The committee's actions from earlier meetings still open when ``meeting`` met, with
    their status now and where each was closed (when the viewer may read that). One query."""
    log: list[Any] = list(  # Any: each action is given closing_shown
        policy.actions(viewer)
        .filter(
            item__meeting__committee_id=meeting.committee_id,
            item__meeting__start__lt=meeting.start,
        )
        .filter(Q(status=ActionStatus.OPEN) | Q(closed_at_item__meeting__start__gte=meeting.start))
        .select_related("item__meeting", "closed_at_item__meeting__committee")
        .order_by("item__meeting__start", "pk")
    )
    for action in log:
        action.closing_shown = policy.can_see_closing(viewer, action)
    return log


@require_safe
def document(request, pk, filename):
    """The stored file of a document, shown inline. 404 (never 403) when the viewer may not
    see it, so a restricted document's existence is not given away; 404 when Moot holds no
    file for it."""
    viewer = policy.viewer_for(request)
    doc = Document.objects.filter(pk=pk).select_related("item", "redacts").first()
    if doc is None or not doc.file or not policy.can_see_document(viewer, doc):
        raise Http404("No such document")
    name = doc.filename or "document"
    if filename != name:
        return redirect(doc.get_absolute_url(), permanent=True)
    content_type = doc.media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    try:
        handle = doc.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file is missing") from None
    public = policy.document_is_public(doc)
    if not public and content_type == "application/pdf":
        # A restricted PDF carries its reader's name (docs/members-guide.md); the stored
        # file is never changed. One that cannot be stamped is served as stored.
        with handle:
            data = handle.read()
        stamped = printed_for.for_reader(data, request.user, timezone.localdate())
        response: HttpResponse | FileResponse = HttpResponse(
            stamped or data, content_type=content_type
        )
        response["Content-Disposition"] = content_disposition_header(False, name) or ""
    else:
        response = FileResponse(
            handle, content_type=content_type, as_attachment=False, filename=name
        )
    response = serving.harden(response)
    if not public:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return cdn.tag(response, document=doc.pk, meeting=doc.meeting_id)


@require_safe
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {site.site_url(request)}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def accessibility(request):
    """The accessibility statement the 2018 Regulations require."""
    bodies = list(Body.objects.order_by("name"))
    return render(
        request,
        "portal/accessibility.html",
        {"bodies": bodies, "brand": _brand(bodies[0] if len(bodies) == 1 else None)},
    )
