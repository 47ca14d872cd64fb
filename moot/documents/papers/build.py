"""``build_papers(meeting)``: make, store and keep current every paper Moot prints.

Which papers a meeting gets:

- once the agenda is published: the front sheet (AGENDA), the public reports pack (PACK) and,
  when there are exempt or confidential papers, the members' pack (PACK, restricted, so the
  access policy shows it only to those entitled);
- once a supplement is published: the supplementary pack (SUPPLEMENT), and its members'
  version when it holds restricted papers;
- once minutes are published: the printed minutes (MINUTES), with exempt items' public
  summary and public decision wording only; when there are exempt or confidential items, the
  members' minutes (MEMBERS_MINUTES, restricted), with those items' minutes in full; and a
  decision notice where the committee publishes them (``PaperSettings.decision_notices``).

Each paper is a ``Document`` row with a real file, so every way out lists it with its format,
size and page count. Building is idempotent: a paper is rebuilt only when the hash of what it
is made from (the HTML of Moot's own pages and the bytes of every report in it) changes. A
paper that no longer applies is withdrawn, never deleted.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from moot import site
from moot.access import policy
from moot.meetings.choices import DocumentKind, Restriction
from moot.meetings.models import Meeting
from moot.meetings.services.printed import Printed, store_printed, withdraw_printed

from ..models import Paper, PaperKind, PaperSettings
from . import frontsheet, render
from .agenda import Agenda, agenda, members_viewer, public_viewer
from .minutes import minutes_context, notice_context
from .pack import PaperProblem, build_pack, load

logger = logging.getLogger(__name__)

# Bump when the way papers are put together changes without their templates changing.
BUILD_VERSION = "papers-2"

MEMBERS_ONLY = (
    "Contains exempt or confidential papers: for members and officers of the committee only."
)


@dataclass
class Built:
    data: bytes
    page_count: int
    problems: list[PaperProblem] = field(default_factory=list)


@dataclass
class Plan:
    """One paper the meeting should have, and how to make it (only called when needed)."""

    kind: str
    document_kind: str
    title: str
    filename: str
    input_hash: str
    make: Callable[[], Built]
    published_at: datetime | None
    restriction: str = ""
    position: int = 0


@dataclass
class PapersResult:
    built: list[Paper] = field(default_factory=list)
    unchanged: list[Paper] = field(default_factory=list)
    withdrawn: list[Paper] = field(default_factory=list)
    problems: list[PaperProblem] = field(default_factory=list)


def _hash(*parts: str | bytes) -> str:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()


def _pack_files(sheet: Agenda) -> tuple[dict[int, bytes | None], list[str]]:
    """Each paper's bytes, read once, and what of them goes into the input hash."""
    files, parts = {}, []
    for _entry, paper in sheet.papers:
        document = paper.document
        data = load(document)
        files[document.pk] = data
        digest = hashlib.sha256(data).hexdigest() if data is not None else "missing"
        parts.append(f"{document.pk}|{document.title}|{document.restriction}|{digest}")
    return files, parts


def _pack_plan(
    kind: str, sheet: Agenda, *, label: str, filename: str, members: bool, published_at
) -> Plan:
    """``label`` is the document's title; the PDF's title adds the committee and date."""
    files, parts = _pack_files(sheet)
    title = f"{label}: {sheet.title.split(': ', 1)[1]}"
    site_url = site.site_url()
    markup = frontsheet.html(sheet, site_url=site_url)

    def make() -> Built:
        built = build_pack(sheet, title=title, members_pack=members, site_url=site_url, files=files)
        return Built(built.data, built.page_count, built.problems)

    document_kind = DocumentKind.SUPPLEMENT if sheet.supplement else DocumentKind.PACK
    return Plan(
        kind=kind,
        document_kind=document_kind,
        title=label,
        filename=filename,
        input_hash=_hash(kind, title, markup, *parts),
        make=make,
        published_at=published_at,
        restriction=Restriction.RESTRICTED if members else "",
        position=10 if sheet.supplement else 2,
    )


def _template_plan(
    kind,
    document_kind,
    template,
    context,
    *,
    label,
    filename,
    published_at,
    position,
    members=False,
):
    markup = render.html(template, context)

    def make() -> Built:
        laid_out = render.document(markup)
        return Built(render.write(laid_out), len(laid_out.pages))

    return Plan(
        kind=kind,
        document_kind=document_kind,
        title=label,
        filename=filename,
        input_hash=_hash(kind, markup),
        make=make,
        published_at=published_at,
        restriction=Restriction.RESTRICTED if members else "",
        position=position,
    )


def _restricted_papers(sheet: Agenda) -> bool:
    return any(entry.withheld or paper.withheld for entry, paper in sheet.papers)


def plans(meeting: Meeting) -> list[Plan]:
    """The papers ``meeting`` should have now. Renders HTML and reads reports; no PDF yet."""
    if meeting.agenda_published_at is None or meeting.deleted_at is not None:
        return []
    day = timezone.localdate(meeting.start).isoformat()
    result = []

    public = agenda(meeting, public_viewer(), supplement=False)
    site_url = site.site_url()
    result.append(
        _template_plan(
            PaperKind.FRONT_SHEET,
            DocumentKind.AGENDA,
            frontsheet.TEMPLATE,
            frontsheet.printed_context(public, site_url=site_url),
            label="Agenda front sheet",
            filename=f"agenda-front-sheet-{day}.pdf",
            published_at=meeting.agenda_published_at,
            position=1,
        )
    )
    result.append(
        _pack_plan(
            PaperKind.PACK,
            public,
            label="Agenda reports pack",
            filename=f"agenda-reports-pack-{day}.pdf",
            members=False,
            published_at=meeting.agenda_published_at,
        )
    )
    members = agenda(meeting, members_viewer(meeting), supplement=False)
    if _restricted_papers(members):
        result.append(
            _pack_plan(
                PaperKind.MEMBERS_PACK,
                members,
                label="Members' reports pack (not for publication)",
                filename=f"members-reports-pack-{day}.pdf",
                members=True,
                published_at=meeting.agenda_published_at,
            )
        )

    supplement = agenda(meeting, public_viewer(), supplement=True)
    if supplement.entries:
        published = max(
            e.item.published_at for e in supplement.entries if e.item.published_at is not None
        )
        result.append(
            _pack_plan(
                PaperKind.SUPPLEMENT,
                supplement,
                label="Supplementary reports pack",
                filename=f"supplementary-pack-{day}.pdf",
                members=False,
                published_at=published,
            )
        )
        members_supplement = agenda(meeting, members_viewer(meeting), supplement=True)
        if _restricted_papers(members_supplement):
            result.append(
                _pack_plan(
                    PaperKind.MEMBERS_SUPPLEMENT,
                    members_supplement,
                    label="Members' supplementary pack (not for publication)",
                    filename=f"members-supplementary-pack-{day}.pdf",
                    members=True,
                    published_at=published,
                )
            )

    if policy.minutes_public(meeting):
        published = meeting.minutes_published_at or timezone.now()
        context = minutes_context(meeting, site_url=site_url)
        state = "draft-minutes" if context["draft"] else "minutes"
        result.append(
            _template_plan(
                PaperKind.MINUTES,
                DocumentKind.MINUTES,
                "papers/minutes.html",
                context,
                label="Draft minutes" if context["draft"] else "Minutes",
                filename=f"{state}-{day}.pdf",
                published_at=published,
                position=20,
            )
        )
        context = minutes_context(meeting, site_url=site_url, viewer=members_viewer(meeting))
        if any(entry.withheld for entry in context["entries"]):
            result.append(
                _template_plan(
                    PaperKind.MEMBERS_MINUTES,
                    DocumentKind.MINUTES,
                    "papers/minutes.html",
                    context,
                    label=f"Members' {'draft minutes' if context['draft'] else 'minutes'} "
                    "(not for publication)",
                    filename=f"members-{state}-{day}.pdf",
                    published_at=published,
                    position=22,
                    members=True,
                )
            )
        options = PaperSettings.objects.filter(committee_id=meeting.committee_id).first()
        if options is not None and options.decision_notices:
            context = notice_context(meeting, call_in_days=options.call_in_days, site_url=site_url)
            context["published"] = published
            if context["entries"]:
                result.append(
                    _template_plan(
                        PaperKind.DECISION_NOTICE,
                        DocumentKind.OTHER,
                        "papers/notice.html",
                        context,
                        label="Decision notice",
                        filename=f"decision-notice-{day}.pdf",
                        published_at=published,
                        position=21,
                    )
                )
    return result


def _store(meeting: Meeting, plan: Plan, built: Built, paper: Paper | None) -> Paper:
    """Record one paper: its document through the domain's service for printed papers, and
    Moot's note of how it was made. One transaction."""
    printed = Printed(
        data=built.data,
        filename=plan.filename,
        title=plan.title,
        kind=plan.document_kind,
        position=plan.position,
        page_count=built.page_count,
        restriction=plan.restriction,
        restriction_reason=MEMBERS_ONLY if plan.restriction else "",
        published_at=plan.published_at,
    )
    problems = [p.as_dict() for p in built.problems]
    with transaction.atomic():
        document = store_printed(meeting, printed, paper.document if paper else None)
        if paper is None:
            paper = Paper.objects.create(
                meeting=meeting,
                kind=plan.kind,
                document=document,
                input_hash=plan.input_hash,
                problems=problems,
            )
        else:
            paper.input_hash = plan.input_hash
            paper.problems = problems
            paper.built_at = timezone.now()
            paper.save()
    return paper


def build_papers(meeting: Meeting, *, force: bool = False) -> PapersResult:
    """Bring every printed paper of ``meeting`` up to date; return what changed and problems.

    Costs a few queries and an HTML render per paper even when nothing changed (that is how
    a change is noticed); a PDF is laid out only for papers whose inputs changed.
    """
    meeting = Meeting.objects.select_related("committee__body", "location").get(pk=meeting.pk)
    result = PapersResult()
    existing = {p.kind: p for p in Paper.objects.filter(meeting=meeting).select_related("document")}
    wanted = plans(meeting)
    for plan in wanted:
        paper = existing.get(plan.kind)
        current = (
            paper is not None
            and paper.input_hash == plan.input_hash
            and paper.document.withdrawn_at is None
            and paper.document.file
            and default_storage.exists(paper.document.file.name)
        )
        if paper is not None and current and not force:
            result.unchanged.append(paper)
            result.problems += [PaperProblem(**p) for p in paper.problems]
            continue
        built = plan.make()
        paper = _store(meeting, plan, built, paper)
        result.built.append(paper)
        result.problems += built.problems
        for problem in built.problems:
            logger.warning("Paper left out of %s: %s", plan.title, problem)
    kinds = {plan.kind for plan in wanted}
    gone = [p for kind, p in existing.items() if kind not in kinds]
    withdrawn = withdraw_printed(
        [p.document for p in gone], note="No longer printed: nothing left for it to show"
    )
    result.withdrawn += [p for p in gone if p.document in withdrawn]
    return result
