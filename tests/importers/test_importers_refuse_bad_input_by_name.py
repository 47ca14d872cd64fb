"""Bad input is an error naming what is wrong, never a traceback, and nothing of it is written:
a contact line too long for its field in a published page, a committee without a title in the
ModernGov web service, a page file too large for parse-page."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from moot.demo.loader import SEED
from moot.importers.models import ImportRun
from moot.importers.moderngov_service.client import ServiceClient
from moot.importers.moderngov_service.importer import ServiceImporter
from moot.importers.pipeline import MAX_PAGE_BYTES
from moot.meetings.models import Committee, Item, Meeting
from tests.factories import make_body
from tests.imports import test_import_moderngov as moderngov
from tests.imports.moderngov_server import recorded

pytestmark = pytest.mark.django_db

site = moderngov.site  # the local ModernGov site serving recorded responses

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture
def body():
    return make_body(name="Stockton-on-Tees Borough Council", slug="stockton")


def test_a_contact_line_too_long_for_its_field_names_the_page_and_writes_nothing(body, tmp_path):
    long_name = "John " + "Devine-" * 60  # longer than the 200 characters a contact name holds
    page = tmp_path / "long-contact.txt"
    page.write_text(
        SEED_TEXT.replace(
            "Contact: Democratic Services Support Officer - John Devine",
            f"Contact: Democratic Services Support Officer - {long_name}",
        ),
        encoding="utf-8",
    )
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 1 pages could not be imported"):
        call_command(
            "import_page", str(page), "--body", "stockton", stdout=io.StringIO(), stderr=err
        )
    assert f"{page}: " in err.getvalue() and "contact" in err.getvalue().lower(), err.getvalue()
    assert "200 characters" in err.getvalue() and "Traceback" not in err.getvalue()
    assert not Meeting.all_objects.exists() and not Item.all_objects.exists()
    assert not ImportRun.objects.exists()


def test_a_committee_without_a_title_is_named_and_the_run_goes_on(site, body):
    committees = recorded("lgsf_GetCommittees_manchester.xml").replace(
        b"<committeetitle>Art Galleries Committee</committeetitle>",
        b"<committeetitle></committeetitle>",
    )
    site.service("GetCommittees", committees)
    client = ServiceClient(site.base, min_interval=0, backoff=0.01, retries=1, timeout=5)
    try:
        report = ServiceImporter(client, body=body, fetch_documents=False).run(
            date(2026, 1, 1), date(2026, 3, 31)
        )
    finally:
        client.close()
    assert any("committee 163" in f and "no title" in f for f in report.failed), report.failed
    assert set(Committee.objects.values_list("name", flat=True)) == {
        "Appointment Sub Committee for Director of Adult Social Services",
        "Audit Committee",
    }
    assert Meeting.objects.filter(source="moderngov").exists()  # the run went on


def test_parse_page_refuses_a_file_larger_than_import_page_reads(tmp_path):
    page = tmp_path / "huge.txt"
    with page.open("wb") as out:
        out.write(SEED_TEXT.encode())
        out.truncate(MAX_PAGE_BYTES + 1)
    with pytest.raises(CommandError, match="larger than"):
        call_command("parse_page", str(page), stdout=io.StringIO())
