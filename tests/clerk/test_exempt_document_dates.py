"""An exempt document, like an exempt item, has a review date (a reminder) and a release date
(the day it becomes public): the clerk sets them on the document's restriction form, the
dashboard lists them as they come due, and the daily release makes the document public."""

from __future__ import annotations

import re
from datetime import date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse

from moot.meetings.choices import ItemKind, Restriction
from moot.meetings.services import agenda, reports, restrictions, scheduling
from moot.meetings.services.common import ServiceError
from tests.factories import local, make_document, make_exempt_item, make_meeting
from tests.portal.pdf import one_page_pdf

PUBLIC_INTEREST = "Disclosure would prejudice the council's position while bids are open."


@pytest.fixture
def appendix(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    item = agenda.add_item(meeting, {"title": "Contract award", "kind": ItemKind.DECISION})
    return reports.attach_document(
        meeting, one_page_pdf("Bids"), filename="a.pdf", title="Bid appendix", item=item
    )


def _exempt(document, **dates):
    return restrictions.restrict_document(
        document,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Bids.",
        public_interest=PUBLIC_INTEREST,
        **dates,
    )


def test_it_keeps_a_document_s_review_and_release_dates(appendix):
    _exempt(appendix, review_date=date(2030, 9, 1), release_date=date(2031, 5, 15))
    appendix.refresh_from_db()
    assert appendix.review_date == date(2030, 9, 1)
    assert appendix.release_date == date(2031, 5, 15)


def test_it_refuses_a_review_date_after_the_release_date(appendix):
    with pytest.raises(ServiceError, match="review date must come before the release date"):
        _exempt(appendix, review_date=date(2031, 6, 1), release_date=date(2031, 5, 15))


def test_it_forgets_the_dates_when_the_restriction_is_lifted(appendix):
    _exempt(appendix, review_date=date(2030, 9, 1), release_date=date(2031, 5, 15))
    restrictions.restrict_document(appendix, "")
    appendix.refresh_from_db()
    assert appendix.review_date is None and appendix.release_date is None


def test_the_clerk_sets_both_dates_on_the_document_s_restriction_form(personas, appendix):
    screen = personas.clerk.get(reverse("clerk:document", args=[appendix.pk])).content.decode()
    assert "Reminds you to review the restriction." in screen
    response = personas.clerk.post(
        reverse("clerk:document_restrict", args=[appendix.pk]),
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["3"],
            "restrict-reason": "Bids.",
            "restrict-public_interest": PUBLIC_INTEREST,
            **_date("restrict-review_date", 1, 9, 2030),
            **_date("restrict-release_date", 15, 5, 2031),
        },
    )
    assert response.status_code == 302
    appendix.refresh_from_db()
    assert appendix.review_date == date(2030, 9, 1)
    assert appendix.release_date == date(2031, 5, 15)


def _date(name: str, day: int, month: int, year: int) -> dict[str, str]:
    """A date as the clerk's forms post it: three boxes."""
    return {f"{name}_day": str(day), f"{name}_month": str(month), f"{name}_year": str(year)}


def test_the_dashboard_lists_a_document_due_for_review(personas, time_machine):
    time_machine.move_to(datetime(2025, 5, 12, 9, tzinfo=ZoneInfo("Europe/London")), tick=False)
    meeting = make_meeting(personas.committee, start=local(2025, 4, 9))
    item = make_exempt_item(meeting, title="Land sale")
    appendix = make_document(
        meeting,
        item,
        title="Valuation appendix",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        review_date=date(2025, 5, 16),
    )
    make_document(
        meeting,
        item,
        title="Far-off appendix",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        review_date=date(2025, 9, 1),
    )
    page = personas.clerk.get("/clerk/").content.decode()
    start = page.index('id="restricted"')
    end = page.find("<h2", start)
    restricted = page[start : end if end != -1 else len(page)]
    row = next(r for r in restricted.split("<tr") if f"/clerk/documents/{appendix.pk}/" in r)
    assert "Review by Friday 16 May 2025" in " ".join(re.sub(r"<[^>]+>", " ", row).split())
    assert "Far-off appendix" not in restricted


def test_the_daily_release_makes_a_document_public_and_lists_its_review(personas):
    meeting = make_meeting(personas.committee, start=local(2025, 4, 9))
    item = make_exempt_item(meeting, title="Land sale")
    released = make_document(
        meeting,
        item,
        title="Valuation",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        release_date=date(2025, 8, 1),
    )
    make_document(
        meeting,
        item,
        title="Heads of terms",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        review_date=date(2025, 8, 5),
    )
    out = StringIO()
    call_command("release_due", "--date", "2025-08-01", stdout=out)
    released.refresh_from_db()
    assert not released.restriction
    assert f"released document {released.pk}: Valuation" in out.getvalue()
    assert "review due 2025-08-05: document" in out.getvalue()
    assert "Heads of terms" in out.getvalue()
