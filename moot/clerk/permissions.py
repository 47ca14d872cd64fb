"""Who may use the back office, screen by screen.

``clerk_required(body_of)`` wraps a view: a visitor who is not signed in is sent to sign in; a
signed-in user who clerks no body (a committee member, an officer) gets 403; a clerk of
another body gets 404 — the object might as well not exist — and a clerk of the body gets the
page. ``body_of`` turns the URL's arguments into the body's id (one query), or None for
screens that belong to no single body (the dashboard, the shared registers of people and
venues).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from moot.access.policy import Viewer, viewer_for
from moot.meetings.models import (
    Action,
    Body,
    Committee,
    Decision,
    Declaration,
    Document,
    Item,
    Meeting,
    Membership,
)


def _first(qs):
    value = qs.first()
    if value is None:
        raise Http404("Not found")
    return value


def body_by_slug(slug, **_):
    return _first(Body.objects.filter(slug=slug).values_list("pk", flat=True))


def body_of_committee(committee, **_):
    return _first(Committee.objects.filter(pk=committee).values_list("body_id", flat=True))


def body_of_meeting(meeting, **_):
    return _first(Meeting.objects.filter(pk=meeting).values_list("committee__body_id", flat=True))


def body_of_item(item, **_):
    return _first(
        Item.objects.filter(pk=item).values_list("meeting__committee__body_id", flat=True)
    )


def body_of_document(document, **_):
    return _first(
        Document.objects.filter(pk=document).values_list("meeting__committee__body_id", flat=True)
    )


def body_of_membership(membership, **_):
    return _first(
        Membership.objects.filter(pk=membership).values_list("committee__body_id", flat=True)
    )


def _body_of_item_part(model):
    def body_of(pk, **_):
        return _first(
            model.objects.filter(pk=pk).values_list("item__meeting__committee__body_id", flat=True)
        )

    return body_of


body_of_declaration = _body_of_item_part(Declaration)
body_of_decision = _body_of_item_part(Decision)
body_of_action = _body_of_item_part(Action)


def clerk_required(body_of: Callable[..., int] | None = None):
    """Decorator for clerk views; sets ``request.viewer``. See the module docstring."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            viewer = viewer_for(request)
            if not viewer.is_clerk:
                raise PermissionDenied("The back office is for clerks.")
            if body_of is not None and not viewer.clerks(body_of(**kwargs)):
                raise Http404("Not found")
            request.viewer = viewer
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def my_bodies(viewer: Viewer):
    """The bodies this clerk runs (all, for an administrator)."""
    qs = Body.objects.all()
    return qs if viewer.superuser else qs.filter(pk__in=viewer.clerk_of)
