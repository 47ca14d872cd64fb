"""Email alerts: subscribe (double opt-in), confirm, unsubscribe, send digests, purge.

The write services for ``Subscription`` and ``Delivery``; views and the ``send-alerts``
command stay thin and call these.

Sending is safe to repeat. For each subscription, the events not yet delivered are recorded
(``Delivery``, unique per subscription and event) and the digest is sent inside one
transaction: if sending fails, the records roll back and the next run tries again; if
another run recorded the same events first, the unique constraint stops this one before it
sends. The one gap left is a crash after the mail server accepted the message and before
the commit, which would send that digest again on the next run; losing an alert silently
would be worse.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from moot import site
from moot.access import policy
from moot.meetings.models import Committee, Item
from moot.portal.branding import site_title

from .events import PUBLIC, Event, absolute, public_meetings, publications
from .matching import Matcher
from .models import Delivery, Subscription

log = logging.getLogger(__name__)

# How far back send-alerts looks for events. A run that finds cron stopped for longer than
# this skips what is older rather than mailing weeks of news at once.
LOOKBACK = timedelta(days=30)


# Subscribing -------------------------------------------------------------------------------


def normalise(email: str) -> str:
    return email.strip().lower()


def subscribe(email: str, *, committee: Committee | None = None, query: str = "") -> Subscription:
    """Ask to follow ``committee`` or the saved search ``query``; mails a confirmation link
    once the transaction commits.

    An address already following the same thing gets nothing new (and the caller says the
    same either way, so the form cannot tell anyone who subscribes to what). An unconfirmed
    request is renewed and its link sent again.
    """
    email = normalise(email)
    query = " ".join(query.split())  # one line: it goes into subject headers
    same = Subscription.objects.filter(
        email=email, committee=committee, query="" if committee else query, unsubscribed_at=None
    ).first()
    if same is not None and same.confirmed_at is not None:
        return same
    if same is None:
        same = Subscription.objects.create(
            email=email, committee=committee, query="" if committee else query
        )
    else:
        same.created_at = timezone.now()
        same.save(update_fields=["created_at"])
    subscription = same
    transaction.on_commit(lambda: send_confirmation(subscription))
    return subscription


def confirm(token: str) -> Subscription | None:
    """Confirm the subscription with ``token``; alerts cover what is published from now on.
    None for an unknown token or one already unsubscribed."""
    subscription = Subscription.objects.filter(token=token, unsubscribed_at=None).first()
    if subscription is not None and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe(token: str) -> Subscription | None:
    """Stop the subscription with ``token``. Doing it twice is harmless."""
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is not None and subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return subscription


def purge(now: datetime | None = None) -> tuple[int, int]:
    """Delete addresses kept no longer than the privacy notice says: unconfirmed after
    ``MOOT_ALERT_UNCONFIRMED_DAYS``, unsubscribed after ``MOOT_ALERT_UNSUBSCRIBED_DAYS``.
    Returns (unconfirmed, unsubscribed) counts. Two DELETEs (and their deliveries)."""
    now = now or timezone.now()
    unconfirmed = Subscription.objects.filter(
        confirmed_at=None,
        unsubscribed_at=None,
        created_at__lt=now - timedelta(days=settings.ALERT_UNCONFIRMED_DAYS),
    )
    unsubscribed = Subscription.objects.filter(
        unsubscribed_at__lte=now - timedelta(days=settings.ALERT_UNSUBSCRIBED_DAYS)
    )
    count_unconfirmed = _delete(unconfirmed)
    return count_unconfirmed, _delete(unsubscribed)


def _delete(subscriptions) -> int:
    ids = list(subscriptions.values_list("pk", flat=True))
    Delivery.objects.filter(subscription_id__in=ids).delete()
    Subscription.objects.filter(pk__in=ids).delete()
    return len(ids)


# Messages ----------------------------------------------------------------------------------


def _message(subscription: Subscription, subject: str, template: str, context: dict):
    unsubscribe_url = absolute(subscription.unsubscribe_url())
    context = {
        **context,
        "subscription": subscription,
        "unsubscribe_url": unsubscribe_url,
        "privacy_url": absolute(reverse("feeds:privacy")),
        "site_name": site_title(),
        "site_url": site.site_url(),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"feeds/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            # RFC 2369 and RFC 8058: mail clients offer their own one-click unsubscribe.
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(
        render_to_string(f"feeds/email/{template}.html", context), "text/html"
    )
    return message


def send_confirmation(subscription: Subscription) -> None:
    _message(
        subscription,
        f"Confirm your email alerts for {subscription.subject}",
        "confirm",
        {"confirm_url": absolute(subscription.confirm_url())},
    ).send()


# Sending digests ---------------------------------------------------------------------------


@dataclass
class Report:
    digests: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0  # another run got there first


def send_alerts(now: datetime | None = None) -> Report:
    """Mail every active subscription one digest of what it has not had yet.

    Costs a handful of queries to find the events, one to find what was delivered, and one
    short transaction per digest sent. A digest that cannot be sent is logged and retried
    on the next run; the others still go.
    """
    now = now or timezone.now()
    since = now - LOOKBACK
    subscriptions = list(Subscription.objects.active().select_related("committee"))
    if not subscriptions:
        return Report()
    pending = _events_for(subscriptions, since)
    keys = {e.key for events in pending.values() for e in events}
    delivered = defaultdict(set)
    for sub_id, event in Delivery.objects.filter(
        subscription__in=subscriptions, event__in=keys
    ).values_list("subscription_id", "event"):
        delivered[sub_id].add(event)
    report = Report()
    connection = get_connection()
    for subscription in subscriptions:
        events = [
            e
            for e in pending.get(subscription.pk, [])
            if e.at >= subscription.confirmed_at and e.key not in delivered[subscription.pk]
        ]
        if not events:
            continue
        try:
            sent = _deliver(subscription, events, connection, now)
        except IntegrityError:
            report.skipped += 1
            continue
        except Exception:
            log.exception("Could not send alerts to subscription %s; will retry", subscription.pk)
            report.failed += 1
            continue
        if sent:
            report.digests += 1
            report.events += len(events)
    return report


def _deliver(subscription: Subscription, events: list[Event], connection, now: datetime) -> bool:
    with transaction.atomic():
        # Unsubscribed since the list was read? Then nothing goes.
        if (
            not Subscription.objects.active()
            .select_for_update()
            .filter(pk=subscription.pk)
            .exists()
        ):
            return False
        Delivery.objects.bulk_create(
            [Delivery(subscription=subscription, event=e.key, sent_at=now) for e in events]
        )
        digest(subscription, events, connection=connection).send()
    return True


def digest(subscription: Subscription, events: list[Event], connection=None):
    """The digest message for ``events``, oldest first."""
    events = sorted(events, key=lambda e: (e.at, e.key))
    if subscription.committee is not None:
        subject = (
            f"{subscription.committee.name}: {events[0].headline.lower()}"
            if len(events) == 1
            else f"{subscription.committee.name}: {len(events)} updates"
        )
    else:
        n = len(events)
        subject = f"{n} new match{'es' if n != 1 else ''} for “{subscription.query}”"
    message = _message(subscription, subject, "digest", {"events": events})
    message.connection = connection
    return message


def _events_for(subscriptions: list[Subscription], since: datetime) -> dict[int, list[Event]]:
    """The candidate events of each subscription since ``since`` (delivered ones included)."""
    out: dict[int, list[Event]] = {}
    committee_ids = {s.committee_id for s in subscriptions if s.committee_id}
    if committee_ids:
        by_committee = defaultdict(list)
        for event in publications(
            public_meetings().filter(committee_id__in=committee_ids), since=since
        ):
            by_committee[event.meeting.committee_id].append(event)
        for s in subscriptions:
            if s.committee_id:
                out[s.pk] = by_committee[s.committee_id]
    searches = [s for s in subscriptions if not s.committee_id]
    if searches:
        agenda_items, minutes_items = _candidate_items(since)
        for s in searches:
            out[s.pk] = _search_events(Matcher(s.query), agenda_items, minutes_items)
    return out


def _candidate_items(since: datetime) -> tuple[list[Item], list[Item]]:
    """Public items published since ``since``, and public items whose meeting's minutes were
    published since then. Two queries plus their decisions."""
    items = (
        policy.items(PUBLIC)
        .select_related("meeting__committee", "meeting__location")
        .prefetch_related(
            Prefetch("decisions", queryset=policy.decisions(PUBLIC).order_by("position"))
        )
    )
    agenda = list(items.filter(published_at__gte=since))
    minutes = list(
        items.filter(
            meeting__in=policy.minutes_meetings(PUBLIC), meeting__minutes_published_at__gte=since
        )
    )
    return agenda, minutes


def _search_events(matcher: Matcher, agenda: list[Item], minutes: list[Item]) -> list[Event]:
    if not matcher:
        return []
    events = []
    for item, kind, found, at in (
        *((i, "agenda", matcher.agenda(i), i.published_at) for i in agenda),
        *((i, "minutes", matcher.minutes(i), i.meeting.minutes_published_at) for i in minutes),
    ):
        if found is None:
            continue
        assert at is not None, "both lists were chosen by these dates"
        events.append(
            Event(
                key=f"item:{item.pk}:{kind}",
                kind="item",
                at=at,
                meeting=item.meeting,
                headline="Minutes" if kind == "minutes" else "Agenda",
                item=item,
                snippet=found.snippet,
                url=absolute(item.get_absolute_url()),
            )
        )
    return events
