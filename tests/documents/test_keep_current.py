"""Papers follow the clerk's changes: a take-down leaves no pack holding the withdrawn item."""

import pytest

from moot.documents.models import Paper
from moot.documents.papers.build import build_papers
from moot.meetings.choices import DocumentKind
from moot.meetings.services.publishing import withdraw_item

from .conftest import add_report
from .pdfcheck import texts
from .pdfs import report_pdf

pytestmark = pytest.mark.django_db(transaction=True)

MISTAKE = "Wrongly published salary details of Mr Example"


def _public_pack(meeting):
    paper = Paper.objects.get(
        meeting=meeting, document__kind=DocumentKind.PACK, document__restriction=""
    )
    paper.document.refresh_from_db()
    return paper.document


def test_withdrawing_an_item_rebuilds_the_pack_without_it(meeting):
    item = meeting.test_items["crime"]
    add_report(
        meeting, item, "Staffing annex", report_pdf("Staffing annex", 1, body=MISTAKE), position=3
    )
    build_papers(meeting)
    before = _public_pack(meeting)
    assert MISTAKE in " ".join(texts(before.file.read()))

    withdraw_item(item, "Published by mistake: personal information.")

    after = _public_pack(meeting)
    assert after.withdrawn_at is None  # rebuilt after the commit
    with after.file.open("rb") as handle:
        assert MISTAKE not in " ".join(texts(handle.read()))


def test_editing_published_minutes_rebuilds_the_printed_minutes(meeting):
    from moot.meetings.services import approval as approval_service
    from moot.meetings.services import minutes as minutes_service

    approval_service.publish_minutes(meeting)
    printed = Paper.objects.get(
        meeting=meeting, document__kind=DocumentKind.MINUTES, document__restriction=""
    )
    item = meeting.test_items["crime"]
    minutes_service.save_minutes(
        item,
        "Members noted a fall in burglary of 12 per cent.",
        version=minutes_service.version_of(item.minutes),
    )
    printed.document.refresh_from_db()
    with printed.document.file.open("rb") as handle:
        assert "fall in burglary of 12 per cent" in " ".join(texts(handle.read()))


def test_printed_papers_keep_their_history_like_any_document(meeting):
    from moot.meetings.services.history import revisions_of

    item = meeting.test_items["crime"]
    build_papers(meeting)
    pack = _public_pack(meeting)
    assert [r.action for r in revisions_of(pack)] == ["print"]
    assert revisions_of(pack).get().origin == "papers"

    withdraw_item(item, "Published by mistake: personal information.")

    actions = [r.action for r in revisions_of(_public_pack(meeting)).order_by("at", "pk")]
    assert actions == ["print", "withdraw", "reprint"]
