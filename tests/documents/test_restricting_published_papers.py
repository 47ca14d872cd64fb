"""Restricting or taking down material already published takes it out of every printed paper
and every export at once: the papers holding it are withdrawn in the same transaction and
rebuilt after it without the withheld parts, and until they are nothing stale is served —
not the papers, not the zip the site offers, not ``moot export``."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone

from moot.documents.models import Paper
from moot.meetings.choices import DecisionKind, InterestKind, Restriction
from moot.meetings.models import Document, Item, Meeting
from moot.meetings.services import agenda as agenda_service
from moot.meetings.services import approval as approval_service
from moot.meetings.services import attending as attending_service
from moot.meetings.services import decisions as decisions_service
from moot.meetings.services import minutes as minutes_service
from moot.meetings.services import publishing, scheduling, upsert
from moot.meetings.services import reports as reports_service
from moot.meetings.services import restrictions as restrictions_service
from tests.factories import make_committee, make_membership, make_person

from .pdfcheck import bookmarks, reader, texts
from .pdfs import report_pdf

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Cleaning contract"
SUMMARY = "Members considered the award of the cleaning contract."
PUBLIC_DECISION = "RESOLVED that the contract be let."
# One word each for what a restriction withholds, so PDF text extraction keeps it whole.
WITHHELD = {
    "agenda text": "Xylomint",
    "report text": "Brambleworth",
    "report title": "Pellucidar",
    "lead officer": "Ottercombe",
    "minutes": "Fennimore",
    "decision": "Glasswing",
    "declaration": "Marrowbone",
}


@pytest.fixture(autouse=True)
def _whole_site(settings):
    settings.ROOT_URLCONF = "moot.urls"


def readable(body: bytes) -> str:
    """What a reader finds in a download: a PDF's text, bookmarks and title; every member of
    a zip, read the same way; anything else as text."""
    if body.startswith(b"%PDF-"):
        pdf = reader(body)
        title = (pdf.metadata or {}).get("/Title", "") or ""
        return " ".join([*texts(body), *(t for _, t, _ in bookmarks(body)), str(title)])
    if body.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return " ".join(readable(archive.read(name)) for name in archive.namelist())
    return body.decode("utf-8", "replace")


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def withheld_in(text: str) -> list[str]:
    return sorted(name for name, word in WITHHELD.items() if word in text)


@pytest.fixture
def published(db):
    """A meeting with a public report item, its agenda and draft minutes published and every
    paper built, as the clerk's services leave it."""
    committee = make_committee(name="Safer Stockton Partnership", reference_prefix="SSP")
    member = make_person(name="Kate Smith")
    make_membership(member, committee)
    meeting = scheduling.schedule_meeting(committee, timezone.now() - timezone.timedelta(days=3))
    item = agenda_service.add_item(
        meeting,
        {
            "title": TITLE,
            "kind": "decision",
            "agenda_text": f"<p>The {WITHHELD['agenda text']} terms.</p>",
        },
    )
    report = reports_service.attach_document(
        meeting,
        report_pdf("Cleaning", 2, body=f"Prices {WITHHELD['report text']} tendered"),
        filename="cleaning.pdf",
        title=f"{WITHHELD['report title']} tender report",
        item=item,
        lead_officer=f"Jane {WITHHELD['lead officer']}, Director of Finance",
    )
    publishing.publish_agenda(meeting, accept_short_notice=True)
    minutes_service.save_minutes(
        item,
        f"<p>Members debated {WITHHELD['minutes']} prices.</p>",
        version=minutes_service.version_of(item.minutes),
    )
    decisions_service.add_decision(
        item,
        f"RESOLVED that {WITHHELD['decision']} Limited be awarded the contract.",
        kind=DecisionKind.RESOLVED,
        public_text=PUBLIC_DECISION,
    )
    attending_service.add_declaration(
        item, member, InterestKind.OTHER, nature=f"Knows the {WITHHELD['declaration']} family"
    )
    approval_service.publish_minutes(meeting)
    meeting = Meeting.objects.get(pk=meeting.pk)
    kinds = set(Paper.objects.filter(meeting=meeting).values_list("kind", flat=True))
    assert {"front_sheet", "pack", "minutes"} <= kinds
    item.refresh_from_db()
    report.refresh_from_db()
    return meeting, item, report


def paper_urls(meeting) -> list[str]:
    return [p.document.get_absolute_url() for p in Paper.objects.filter(meeting=meeting)]


def served_papers(meeting) -> dict[str, str]:
    """Every paper of the meeting as an anonymous visitor gets it; None where it answers 404."""
    found = {}
    for url in paper_urls(meeting):
        response = Client().get(url, follow=True)
        assert response.status_code in (200, 404), url
        found[url] = readable(body_of(response)) if response.status_code == 200 else None
    return found


def the_export_zip() -> str:
    response = Client().get("/oparl/v1/export.zip")
    assert response.status_code == 200
    return readable(body_of(response))


def the_export_command(tmp_path) -> str:
    target = tmp_path / f"export-{timezone.now():%H%M%S%f}.zip"
    call_command("export", zip=str(target), verbosity=0)
    return readable(target.read_bytes())


def restrict_the_item(meeting, item, report):
    restrictions_service.restrict_item(
        item,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Commercial terms of named bidders.",
        public_summary=SUMMARY,
        public_interest="Withholding it outweighs disclosure for now.",
    )


def restrict_the_report(meeting, item, report):
    restrictions_service.restrict_document(
        report,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Commercial terms.",
        public_interest="Withholding it outweighs disclosure for now.",
    )


def take_down_the_item(meeting, item, report):
    publishing.withdraw_item(item, "Published by mistake: commercial terms.")


def take_down_the_report(meeting, item, report):
    publishing.withdraw_document(report, "Published by mistake: commercial terms.")


def test_it_prints_every_withheld_part_before_the_change(published, tmp_path):
    meeting, _, _ = published
    papers = served_papers(meeting)
    printed = " ".join(text for text in papers.values() if text)
    # The report's title and text are in the pack, the rest on the front sheet and minutes
    # (agenda text is printed on none of them: it is on the meeting page).
    assert withheld_in(printed) == sorted(set(WITHHELD) - {"agenda text"})
    assert withheld_in(the_export_zip()) == withheld_in(the_export_command(tmp_path))
    assert "report text" in withheld_in(the_export_zip())


def test_restricting_a_published_item_leaves_only_its_public_parts_in_every_paper(
    published, tmp_path
):
    meeting, item, report = published
    restrict_the_item(meeting, item, report)

    papers = served_papers(meeting)
    assert {url: withheld_in(text) for url, text in papers.items() if text} == {
        url: [] for url, text in papers.items() if text
    }
    front_sheet, pack, minutes = (
        Paper.objects.get(meeting=meeting, kind=kind).document.get_absolute_url()
        for kind in ("front_sheet", "pack", "minutes")
    )
    # Rebuilt after the commit, with the public parts of the item.
    for url in (front_sheet, pack, minutes):
        assert papers[url] is not None, url
        assert TITLE in papers[url] and "paragraph 3" in papers[url]
    assert SUMMARY in " ".join(papers[minutes].split())
    assert PUBLIC_DECISION in papers[minutes]
    assert withheld_in(the_export_zip()) == []
    assert withheld_in(the_export_command(tmp_path)) == []


@pytest.mark.parametrize(
    "change",
    [restrict_the_item, restrict_the_report, take_down_the_item, take_down_the_report],
    ids=[
        "restricting the item",
        "restricting its report",
        "taking down the item",
        "taking down its report",
    ],
)
def test_nothing_stale_is_served_while_the_papers_wait_to_be_rebuilt(
    published, tmp_path, monkeypatch, change
):
    """The export zip the site cached before, and the papers built before, are out of reach
    from the moment the change commits — even if nothing after the commit ever runs."""
    meeting, item, report = published
    assert "report text" in withheld_in(the_export_zip())  # cached now
    monkeypatch.setattr(transaction, "on_commit", lambda *args, **kwargs: None)

    change(meeting, item, report)

    papers = served_papers(meeting)
    assert set(papers.values()) == {None}
    assert not Document.objects.filter(meeting=meeting, item=None, withdrawn_at=None).exists()
    in_zip = withheld_in(the_export_zip())
    assert "report text" not in in_zip and "report title" not in in_zip
    assert "report text" not in withheld_in(the_export_command(tmp_path))


@pytest.mark.parametrize(
    "change",
    [restrict_the_report, take_down_the_item, take_down_the_report],
    ids=["restricting the report", "taking down the item", "taking down its report"],
)
def test_the_rebuilt_papers_and_exports_leave_out_what_was_withdrawn(published, tmp_path, change):
    meeting, item, report = published
    change(meeting, item, report)

    papers = served_papers(meeting)
    pack = Paper.objects.get(meeting=meeting, kind="pack").document.get_absolute_url()
    assert papers[pack] is not None
    for text in (papers[pack], the_export_zip(), the_export_command(tmp_path)):
        assert not {"report text", "report title", "lead officer"} & set(withheld_in(text))
    if change is take_down_the_item:
        assert all(withheld_in(text) == [] for text in papers.values() if text)


def the_source_restricts_the_item(meeting, item, report):
    Item.objects.filter(pk=item.pk).update(source="oparl", external_id="item-1", imported={})
    upsert.upsert(
        Item,
        source="oparl",
        external_id="item-1",
        values={"restriction": Restriction.EXEMPT, "exempt_paragraphs": [3]},
        origin="import",
    )


def the_source_deletes_the_item(meeting, item, report):
    upsert.soft_delete(item, origin="import", note="Deleted in the source system.")


def the_source_deletes_the_meeting(meeting, item, report):
    upsert.soft_delete(meeting, origin="import", note="Deleted in the source system.")


@pytest.mark.parametrize(
    "change",
    [the_source_restricts_the_item, the_source_deletes_the_item, the_source_deletes_the_meeting],
    ids=["restricted in the source", "item deleted in the source", "meeting deleted"],
)
def test_an_import_that_withholds_published_material_withdraws_the_papers_at_once(
    published, tmp_path, monkeypatch, change
):
    meeting, item, report = published
    assert "report text" in withheld_in(the_export_zip())
    monkeypatch.setattr(transaction, "on_commit", lambda *args, **kwargs: None)

    with transaction.atomic():
        change(meeting, item, report)

    assert set(served_papers(meeting).values()) == {None}
    assert "report text" not in withheld_in(the_export_zip())
