"""A member who sits on two councils has an entry in each council's register of interests and
dispensations from each. A declaration at one council's meeting cites only that council's: the
clerk's forms offer only those, and the form, the service that saves the citation and the admin
each refuse the other council's, saving nothing."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from moot.interests import services
from moot.interests.models import Category, DeclarationEntry
from moot.meetings.choices import AttendanceStatus, InterestKind
from moot.meetings.models import Committee
from moot.meetings.services import attending
from tests.factories import make_item, make_meeting, make_membership, make_person
from tests.interests.test_dispensations import _dispensation, _entry

pytestmark = pytest.mark.django_db


class TwoCouncils:
    def __init__(self):
        from tests.clerk.personas import make_personas

        self.p = make_personas()
        stockton, hartlepool = self.p.body, self.p.other_body
        self.ann = make_person(name="Cllr Ann")
        make_membership(self.ann, self.p.committee)
        make_membership(self.ann, Committee.objects.get(slug="shp"))
        self.meeting = make_meeting(self.p.committee)  # Stockton's, Wednesday 14 May 2025
        self.item = make_item(self.meeting, title="Housing at Ambridge")
        attending.record_attendance(self.meeting, self.ann, AttendanceStatus.PRESENT)
        self.declaration = attending.add_declaration(self.item, self.ann, InterestKind.DPI)
        self.ours = _entry(self.ann, stockton, "Field at Norton")
        self.theirs = _entry(
            self.ann, hartlepool, "Shares in Seaton Carew Ltd", category=Category.SECURITIES
        )
        self.our_dispensation = _dispensation(self.ann, stockton, scope="Norton housing site")
        self.their_dispensation = _dispensation(self.ann, hartlepool, scope="Seaton Carew sea wall")

    def record_page(self) -> str:
        page = self.p.clerk.get(reverse("clerk:record_item", args=[self.item.pk]))
        assert page.status_code == 200
        return html.unescape(page.content.decode())

    def add(self, **fields):
        p = f"i{self.item.pk}-dec"
        data = {f"{p}-person": self.ann.pk, f"{p}-kind": InterestKind.DPI, "go": "save"}
        data.update({f"{p}-{name}": value for name, value in fields.items()})
        return self.p.clerk.post(reverse("clerk:record_item", args=[self.item.pk]), data)

    def edit(self, **fields):
        data = {"person": self.ann.pk, "kind": InterestKind.DPI, "nature": "", **fields}
        return self.p.clerk.post(
            reverse("clerk:declaration_edit", args=[self.declaration.pk]), data
        )


@pytest.fixture
def two():
    return TwoCouncils()


def _select(page: str, name: str) -> str:
    return page.split(f'name="{name}"')[1].split("</select>")[0]


def test_the_forms_offer_only_the_meeting_councils_entries_and_dispensations(two):
    p = f"i{two.item.pk}-dec"
    page = two.record_page()
    entries, dispensations = (
        _select(page, f"{p}-register_entry"),
        _select(page, f"{p}-cited_dispensation"),
    )
    assert "Field at Norton" in entries and "Seaton Carew" not in entries
    assert "Norton housing site" in dispensations and "Seaton Carew" not in dispensations
    edit = two.p.clerk.get(reverse("clerk:declaration", args=[two.declaration.pk]))
    page = html.unescape(edit.content.decode())
    entries, dispensations = _select(page, "register_entry"), _select(page, "cited_dispensation")
    assert "Field at Norton" in entries and "Seaton Carew" not in entries
    assert "Norton housing site" in dispensations and "Seaton Carew" not in dispensations


def test_adding_a_declaration_citing_the_other_councils_is_refused_saying_why(two):
    refused = two.add(register_entry=two.theirs.pk)
    page = html.unescape(refused.content.decode())
    assert refused.status_code == 200
    assert (
        "This entry is in the register of Hartlepool Borough Council, not of Stockton-on-Tees "
        "Borough Council, which holds this meeting" in page
    )
    refused = two.add(cited_dispensation=two.their_dispensation.pk)
    page = html.unescape(refused.content.decode())
    assert (
        "This dispensation is one of Hartlepool Borough Council's, not of Stockton-on-Tees "
        "Borough Council, which holds this meeting" in page
    )
    assert two.item.declarations.count() == 1 and not DeclarationEntry.objects.exists()
    # The meeting council's own are saved.
    saved = two.add(register_entry=two.ours.pk, cited_dispensation=two.our_dispensation.pk)
    assert saved.status_code == 302
    link = DeclarationEntry.objects.get()
    assert (link.entry, link.dispensation) == (two.ours, two.our_dispensation)


def test_editing_a_declaration_to_cite_the_other_councils_is_refused(two):
    for fields in (
        {"register_entry": two.theirs.pk},
        {"cited_dispensation": two.their_dispensation.pk},
    ):
        refused = two.edit(**fields)
        assert refused.status_code == 200
        assert "Hartlepool Borough Council" in html.unescape(refused.content.decode())
    assert not DeclarationEntry.objects.exists()


def test_the_service_refuses_the_other_councils_entry_and_dispensation(two):
    with pytest.raises(services.RegisterError, match="register of Stockton-on-Tees"):
        services.link_declaration(two.declaration, entry=two.theirs, dispensation=None)
    with pytest.raises(services.RegisterError, match="one of Stockton-on-Tees"):
        services.link_declaration(two.declaration, entry=None, dispensation=two.their_dispensation)
    assert not DeclarationEntry.objects.exists()
    # Already citing the council's own, a change to the other's leaves it as it was.
    services.link_declaration(two.declaration, entry=two.ours, dispensation=two.our_dispensation)
    with pytest.raises(services.RegisterError):
        services.link_declaration(
            two.declaration, entry=two.theirs, dispensation=two.our_dispensation
        )
    link = DeclarationEntry.objects.get()
    assert (link.entry, link.dispensation) == (two.ours, two.our_dispensation)


def test_at_the_other_councils_meeting_its_own_are_cited(two):
    meeting = make_meeting(Committee.objects.get(slug="shp"), start=two.meeting.start)
    item = make_item(meeting, title="Seaton Carew sea wall")
    declaration = attending.add_declaration(item, two.ann, InterestKind.DPI)
    with pytest.raises(services.RegisterError, match="Hartlepool"):
        services.link_declaration(declaration, entry=two.ours, dispensation=None)
    services.link_declaration(declaration, entry=two.theirs, dispensation=two.their_dispensation)
    link = DeclarationEntry.objects.get(declaration=declaration)
    assert (link.entry, link.dispensation) == (two.theirs, two.their_dispensation)


def test_the_admin_refuses_the_other_councils_too(two, admin_client):
    url = "/admin/interests/declarationentry/add/"
    refused = admin_client.post(
        url,
        {"declaration": two.declaration.pk, "entry": two.theirs.pk, "dispensation": ""},
    )
    assert refused.status_code == 200
    assert "register of Stockton-on-Tees Borough Council" in html.unescape(refused.content.decode())
    refused = admin_client.post(
        url,
        {
            "declaration": two.declaration.pk,
            "entry": "",
            "dispensation": two.their_dispensation.pk,
        },
    )
    assert "one of Stockton-on-Tees Borough Council's" in html.unescape(refused.content.decode())
    assert not DeclarationEntry.objects.exists()
    saved = admin_client.post(
        url, {"declaration": two.declaration.pk, "entry": two.ours.pk, "dispensation": ""}
    )
    assert saved.status_code == 302
    assert DeclarationEntry.objects.get().entry == two.ours
