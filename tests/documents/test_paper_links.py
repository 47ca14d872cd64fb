"""Printed papers link to the meeting page on the address the site is served on: a paper built
while a clerk publishes on one host names that host; ``MOOT_SITE_URL``, when set, wins; a
paper built by a command without it names the process's own address."""

from __future__ import annotations

import pytest

from moot import site
from moot.documents.models import Paper, PaperKind
from moot.documents.papers.build import build_papers
from tests.clerk.personas import make_clerk, signed_in
from tests.factories import local, make_committee, make_item, make_meeting

from .conftest import add_report
from .pdfcheck import texts
from .pdfs import report_pdf

pytestmark = pytest.mark.django_db(transaction=True)

HOST = "localhost:8104"


def _front_sheet_text(meeting) -> str:
    paper = Paper.objects.get(meeting=meeting, kind=PaperKind.FRONT_SHEET)
    with paper.document.file.open("rb") as handle:
        return "".join("".join(texts(handle.read())).split())


def _publish_as_clerk(settings):
    settings.ROOT_URLCONF = "moot.urls"
    committee = make_committee(name="Safer Stockton Partnership", reference_prefix="SSP")
    meeting = make_meeting(committee, start=local(2030, 5, 14, 9), published=False)
    item = make_item(meeting, title="Recorded crime and disorder", published=False)
    add_report(meeting, item, "Recorded crime report", report_pdf("Recorded crime report", 1))
    clerk = signed_in(make_clerk(committee.body))
    response = clerk.post(
        f"/clerk/meetings/{meeting.pk}/publish/",
        {"accept_short_notice": "1"},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    return meeting


def test_a_paper_built_while_a_clerk_publishes_links_to_the_host_they_used(settings):
    settings.SITE_URL = ""
    meeting = _publish_as_clerk(settings)
    text = _front_sheet_text(meeting)
    assert f"http://{HOST}/meetings/{meeting.pk}/" in text
    assert ":8000" not in text


def test_a_paper_built_while_a_clerk_publishes_links_to_moot_site_url_when_set(settings):
    meeting = _publish_as_clerk(settings)
    text = _front_sheet_text(meeting)
    assert f"https://democracy.example.gov.uk/meetings/{meeting.pk}/" in text
    assert HOST not in text


def test_a_paper_built_by_a_command_links_to_the_process_address(settings, meeting):
    settings.SITE_URL = ""
    site.use_site_url("http://192.0.2.7:8200")
    try:
        build_papers(meeting)
    finally:
        site.use_site_url(None)
    assert f"http://192.0.2.7:8200/meetings/{meeting.pk}/" in _front_sheet_text(meeting)
