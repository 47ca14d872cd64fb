"""iCalendar (RFC 5545) for all meetings, a committee's meetings, or one meeting.

Times are written in Europe/London with a VTIMEZONE (``DTSTART;TZID=Europe/London``), so a
meeting at 9.00am stays at 9.00am on both sides of a clock change in every calendar.
Each meeting keeps one UID (``meeting-<pk>@<host of MOOT_SITE_URL>``); SEQUENCE counts the
recorded changes to the meeting row, so a calendar that already has the meeting takes a
moved or cancelled meeting as a newer version of it.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from icalendar import Calendar, Event

from moot.access import policy
from moot.meetings.choices import MeetingStatus
from moot.meetings.models import Meeting, Membership, Person, Revision

from .events import PUBLIC, absolute, site_host

LONDON = ZoneInfo("Europe/London")
# How far back the "all meetings" and committee calendars reach; upcoming meetings are all in.
PAST = timedelta(days=400)

STATUS: dict[str, str] = {
    MeetingStatus.SCHEDULED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.POSTPONED: "TENTATIVE",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def calendar_meetings() -> QuerySet[Meeting]:
    """Public meetings with their committee, location and change count (``sequence``), in
    one query however many meetings."""
    changes = (
        Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(Meeting),
            object_id=OuterRef("pk"),
        )
        .exclude(action="create")
        .order_by()
        .values("object_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        policy.meetings(PUBLIC)
        .select_related("committee", "location")
        .annotate(sequence=Coalesce(Subquery(changes, output_field=IntegerField()), 0))
        .order_by("start", "pk")
    )


def person_meetings(person: Person) -> QuerySet[Meeting]:
    """``calendar_meetings`` of the committees ``person`` has a seat on (any role) and those
    the public record names them at."""
    seats = Membership.objects.filter(person=person).values("committee_id")
    named = policy.attendances(PUBLIC).filter(person=person).values("meeting_id")
    return calendar_meetings().filter(Q(committee_id__in=seats) | Q(pk__in=named))


def recent(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    return meetings.filter(start__gte=timezone.now() - PAST)


def uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.pk}@{site_host()}"


def calendar(meetings, name: str) -> bytes:
    """The calendar of ``meetings`` (from ``calendar_meetings``) as bytes."""
    cal = Calendar()
    cal.add("prodid", "-//Moot//Committee meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    stamp = timezone.now()
    starts = []
    for meeting in meetings:
        cal.add_component(event(meeting, stamp))
        starts.append(meeting.start)
    if starts:
        # Transitions only for the years the meetings span: the whole 1970-2038 default
        # would make every calendar a few hundred lines longer.
        cal.add_missing_timezones(
            first_date=(min(starts) - timedelta(days=366)).date(),
            last_date=(max(starts) + timedelta(days=366)).date(),
        )
    return cal.to_ical()


def event(meeting: Meeting, stamp) -> Event:
    committee = meeting.committee
    ev = Event()
    ev.add("uid", uid(meeting))
    ev.add("dtstamp", stamp)
    ev.add("sequence", getattr(meeting, "sequence", 0))
    ev.add("dtstart", timezone.localtime(meeting.start, LONDON))
    if meeting.end and meeting.end > meeting.start:
        ev.add("dtend", timezone.localtime(meeting.end, LONDON))
    summary = committee.name
    if meeting.status == MeetingStatus.CANCELLED:
        summary = f"CANCELLED: {summary}"
    elif meeting.status == MeetingStatus.POSTPONED:
        summary = f"POSTPONED: {summary}"
    ev.add("summary", summary)
    ev.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    if meeting.location is not None:
        ev.add("location", meeting.location.full)
    url = absolute(meeting.get_absolute_url())
    ev.add("url", url)
    lines = [meeting.status_reason] if meeting.status_reason else []
    lines.append(f"Agenda, papers and minutes: {url}")
    ev.add("description", "\n\n".join(lines))
    ev.add("last-modified", meeting.updated_at)
    return ev
