"""Public pages of executive and officer decisions: the list, a page per notice (with its
call-in state and, for a member of the scrutiny committee within the period, the call-in
form), the printed notice and an Atom feed. Everything is read through the access policy; the
printed notice and the feed show the public's share, whoever asks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_POST, require_safe

from moot import site
from moot.access import policy
from moot.meetings.choices import exempt_paragraphs, paragraph_list
from moot.meetings.services.common import ServiceError

from . import notice_services as services
from .models import DecisionMaker, DecisionNotice, ExecutiveRules, MakerKind

PAGE_SIZE = 50


def _public(viewer=None):
    """Listed for everyone alike: a clerk's drafts are reached from the back office."""
    return policy.public_decision_notices()


def basis_of(notice: DecisionNotice) -> str:
    """ "Exempt information (Schedule 12A), paragraph 3: Information relating to ...", the
    public's label for a restricted notice ("" for an open one)."""
    if not notice.restriction:
        return ""
    label = notice.get_restriction_display()
    paragraphs = paragraph_list(notice.exempt_paragraphs)
    if not paragraphs:
        return label
    described = exempt_paragraphs(notice.body.jurisdiction)
    texts = [described.get(int(p), "") for p in notice.exempt_paragraphs if str(p).isdigit()]
    return f"{label}, {paragraphs}" + (f": {'; '.join(t for t in texts if t)}" if texts else "")


def plan_url(notice: DecisionNotice) -> str:
    """The address of the forward plan entry that announced the decision ("" if none, or if
    the forward plan's pages are not installed)."""
    entry = notice.plan_entry
    if entry is None:
        return ""
    try:
        return entry.get_absolute_url()
    except NoReverseMatch:
        return ""


def notice_context(viewer, notice: DecisionNotice, today=None) -> dict:
    rules = ExecutiveRules.of(notice.body)
    return {
        "plan_url": plan_url(notice),
        "notice": notice,
        "detail": policy.can_see_notice_detail(viewer, notice),
        "basis": basis_of(notice),
        "state": services.call_in_state(notice, rules, today),
        "rules": rules,
        "wards": list(notice.wards.all()),
    }


@require_safe
def notice_list(request):
    """Published decision notices, the latest first, filtered by decision maker, key
    decision and kind (executive or officer)."""
    viewer = policy.viewer_for(request)
    notices = _public(viewer).select_related("maker", "body")
    makers = DecisionMaker.objects.filter(notices__in=notices).distinct().order_by("title")
    maker = request.GET.get("maker", "")
    if maker.isdigit():
        notices = notices.filter(maker_id=int(maker))
    if request.GET.get("key") == "1":
        notices = notices.filter(key_decision=True)
    kind = request.GET.get("kind", "")
    if kind == "officer":
        notices = notices.filter(maker__kind=MakerKind.OFFICER)
    elif kind == "executive":
        notices = notices.exclude(maker__kind=MakerKind.OFFICER)
    return render(
        request,
        "executive/notice_list.html",
        {
            "notices": notices[:PAGE_SIZE],
            "makers": makers,
            "chosen": {"maker": maker, "key": request.GET.get("key", ""), "kind": kind},
        },
    )


def _visible(viewer, pk: int) -> DecisionNotice:
    return get_object_or_404(policy.decision_notices(viewer).select_related("maker", "body"), pk=pk)


@require_safe
def notice(request, pk: int):
    viewer = policy.viewer_for(request)
    found = _visible(viewer, pk)
    context = notice_context(viewer, found)
    today = timezone.localdate()
    context["may_call_in"] = (
        context["state"].stage == services.Stage.OPEN
        or context["state"].stage == services.Stage.REQUESTED
    ) and services.scrutiny_member(found, request.user, today) is not None
    return render(request, "executive/notice.html", context)


@require_POST
def call_in(request, pk: int):
    """A member of the scrutiny committee calls the decision in."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    found = _visible(policy.viewer_for(request), pk)
    try:
        services.request_call_in(found, request.user, request.POST.get("reasons", ""))
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Your call-in request is recorded. The clerk will confirm it.")
    return redirect(found.get_absolute_url())


@require_safe
def notice_pdf(request, pk: int):
    """The printed notice: the public's share only, whoever asks."""
    from moot.documents.papers import render as papers

    found = _visible(policy.Viewer.public(), pk)
    context = notice_context(policy.Viewer.public(), found)
    context["title"] = f"Decision notice: {found.title}"
    data = papers.pdf("executive/notice_pdf.html", context)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="decision-notice-{found.pk}.pdf"'
    return response


@require_safe
def report(request, pk: int):
    """The report the decision maker considered, to those who may read the whole record."""
    viewer = policy.viewer_for(request)
    found = _visible(viewer, pk)
    if not found.report or not policy.can_see_notice_detail(viewer, found):
        raise Http404("Not found")
    return FileResponse(found.report.open("rb"), content_type="application/pdf")


@require_safe
def feed(request):
    """An Atom feed of published decision notices (the public's share)."""
    base = site.site_url(request)
    atom = Atom1Feed(
        title="Executive and officer decisions",
        link=f"{base}/executive-decisions/",
        description="Decision notices of the executive, its members and officers.",
        language="en-GB",
        feed_url=f"{base}/executive-decisions/feed.atom",
    )
    for found in _public(policy.Viewer.public()).select_related("maker")[:PAGE_SIZE]:
        summary = found.public_summary if found.restriction else found.decision
        atom.add_item(
            title=found.title,
            link=f"{base}{found.get_absolute_url()}",
            description=f"{found.maker.title}, {found.taken_on:%d %B %Y}: {summary}",
            unique_id=f"{base}{found.get_absolute_url()}",
            updateddate=found.updated_at,
            pubdate=found.published_at,
        )
    return HttpResponse(atom.writeString("utf-8"), content_type="application/atom+xml")
