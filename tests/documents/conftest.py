import pytest
from django.core.files.base import ContentFile

from tests.factories import (
    local,
    make_committee,
    make_document,
    make_exempt_item,
    make_item,
    make_location,
    make_meeting,
    make_membership,
    make_person,
)

from .pdfs import report_pdf

EXEMPT_WORDS = "Tender prices from Acme Security Limited"


@pytest.fixture(autouse=True)
def _papers_urls(settings):
    settings.ROOT_URLCONF = "tests.documents.urls"
    settings.SITE_URL = "https://democracy.example.gov.uk"


def add_report(meeting, item, title, data: bytes, **kw):
    document = make_document(meeting, item, title=title, **kw)
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(data), save=True)
    return document


@pytest.fixture
def meeting(db):
    """A published meeting: two public reports, a verbal item and an exempt report."""
    committee = make_committee(
        name="Safer Stockton Partnership", reference_prefix="SSP", contact_name="John Devine"
    )
    committee.body.name = "Stockton-on-Tees Borough Council"
    committee.body.save()
    chair = make_person(name="Steve Nelson", honorific="Cllr")
    make_membership(chair, committee, role="chair")
    make_membership(make_person(name="Kate Smith"), committee, organisation="Cleveland Police")
    meeting = make_meeting(
        committee,
        start=local(2025, 5, 14, 9),
        location=make_location(name="Council Chamber, Dunedin House"),
        contact_name="John Devine",
        contact_role="Democratic Services Officer",
        contact_email="democratic.services@example.gov.uk",
        minutes_state="none",
    )
    apologies = make_item(
        meeting, title="Apologies for absence", reference="SSP/1/25", kind="apologies"
    )
    crime = make_item(meeting, title="Recorded crime and disorder", reference="SSP/2/25")
    add_report(
        meeting,
        crime,
        "Recorded crime report",
        report_pdf("Recorded crime report", 3),
        text="Report of the Director of Community Services\nCrime fell.",
    )
    harmony = make_item(meeting, title="Project Harmony", reference="SSP/3/25")
    add_report(meeting, harmony, "Project Harmony update", report_pdf("Project Harmony update", 2))
    add_report(
        meeting,
        harmony,
        "Appendix 1: figures",
        report_pdf("Appendix 1", 1),
        kind="appendix",
        position=2,
    )
    contract = make_exempt_item(meeting, title="CCTV contract award", reference="SSP/4/25")
    add_report(
        meeting, contract, "CCTV contract report", report_pdf("CCTV contract", 2, body=EXEMPT_WORDS)
    )
    meeting.test_items = {
        "apologies": apologies,
        "crime": crime,
        "harmony": harmony,
        "contract": contract,
    }
    return meeting
