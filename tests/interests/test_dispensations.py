"""A declaration at a meeting points to the register entry it concerns and cites a
dispensation (s.33 Localism Act 2011) from the register of dispensations: the clerk chooses
among the declaring member's own entries and dispensations, a dispensation must be in force on
the day of the meeting, the public sees both where the declaration is shown (never a sensitive
interest's details), and a member with a disclosable pecuniary interest is recorded voting only
under a dispensation that lets them vote on that day."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from moot.access.models import MonitoringOfficerRole
from moot.interests import services
from moot.interests.models import (
    Category,
    DeclarationEntry,
    Dispensation,
    GrantedBy,
    RegisterEntry,
)
from moot.meetings.choices import AttendanceStatus, InterestKind, VotePosition
from moot.meetings.models import Vote
from moot.meetings.services import attending, decisions
from moot.meetings.services.common import ServiceError
from tests.clerk.personas import make_personas, make_user, signed_in
from tests.factories import make_item, make_meeting, make_membership, make_person

pytestmark = pytest.mark.django_db

SECRET = "Refuge at 12 Hidden Lane"


def _entry(person, body, description, *, sensitive=False, category=Category.LAND):
    entry = services.save(
        RegisterEntry(person=person, body=body),
        None,
        submit=True,
        category=category,
        description=description,
        sensitive=sensitive,
    )
    services.publish(entry, None)
    return entry


def _dispensation(person, body, **kw):
    values = {
        "granted_by": GrantedBy.STANDARDS,
        "granted_on": date(2025, 4, 1),
        "valid_from": date(2025, 4, 1),
        "valid_to": date(2026, 3, 31),
        "scope": "Any item on the Ambridge housing site",
        "may_speak": True,
        "may_vote": False,
    }
    values.update(kw)
    return services.save_dispensation(Dispensation(person=person, body=body), None, **values)


class Scene:
    def __init__(self):
        self.p = make_personas()
        body, committee = self.p.body, self.p.committee
        self.meeting = make_meeting(committee)  # Wednesday 14 May 2025, draft minutes
        self.item = make_item(self.meeting, title="Housing at Ambridge")
        self.ann = make_person(name="Cllr Ann")
        self.bob = make_person(name="Cllr Bob")
        for person in (self.ann, self.bob):
            make_membership(person, committee)
            attending.record_attendance(self.meeting, person, AttendanceStatus.PRESENT)
        self.field = _entry(self.ann, body, "Field at Ambridge")
        self.refuge = _entry(self.ann, body, SECRET, sensitive=True)
        self.bobs = _entry(
            self.bob, body, "Shares in Ambridge Homes Ltd", category=Category.SECURITIES
        )
        self.declaration = attending.add_declaration(self.item, self.ann, InterestKind.DPI)

    def edit(self, **fields):
        data = {"person": self.ann.pk, "kind": InterestKind.DPI, "nature": "", **fields}
        return self.p.clerk.post(
            reverse("clerk:declaration_edit", args=[self.declaration.pk]), data
        )


@pytest.fixture
def scene():
    return Scene()


def test_the_clerk_chooses_among_the_declaring_members_entries_only(scene):
    page = scene.p.clerk.get(reverse("clerk:declaration", args=[scene.declaration.pk]))
    html = page.content.decode()
    assert "Concerns register entry" in html
    assert "Land: Field at Ambridge" in html
    assert "Sensitive interest (details withheld)" in html and SECRET not in html
    assert "Shares in Ambridge Homes" not in html
    refused = scene.edit(register_entry=scene.bobs.pk)
    assert refused.status_code == 200 and "valid choice" in refused.content.decode()
    assert not DeclarationEntry.objects.exists()
    assert scene.edit(register_entry=scene.field.pk).status_code == 302
    assert DeclarationEntry.objects.get().entry == scene.field


def test_the_service_refuses_another_members_entry(scene):
    with pytest.raises(services.RegisterError, match="declaring member"):
        services.link_declaration(scene.declaration, entry=scene.bobs, dispensation=None)


def test_a_dispensation_must_be_in_force_on_the_day_of_the_meeting(scene):
    body = scene.p.body
    expired = _dispensation(
        scene.ann,
        body,
        valid_from=date(2024, 1, 1),
        valid_to=date(2025, 5, 13),
        granted_on=date(2024, 1, 1),
    )
    future = _dispensation(scene.ann, body, valid_from=date(2025, 5, 15))
    bobs = _dispensation(scene.bob, body)
    for d in (expired, future):
        page = scene.edit(cited_dispensation=d.pk).content.decode()
        assert "not on the day of the meeting (Wednesday 14 May 2025)" in page
    assert "valid choice" in scene.edit(cited_dispensation=bobs.pk).content.decode()
    with pytest.raises(services.RegisterError, match="declaring member"):
        services.link_declaration(scene.declaration, entry=None, dispensation=bobs)
    assert not DeclarationEntry.objects.exists()
    good = _dispensation(scene.ann, body, valid_from=date(2025, 5, 14), valid_to=date(2025, 5, 14))
    assert scene.edit(cited_dispensation=good.pk).status_code == 302
    # Once cited, it cannot be cut short to end before the meeting.
    with pytest.raises(services.RegisterError, match="must stay in force"):
        services.save_dispensation(
            good, None, valid_from=date(2025, 5, 15), valid_to=date(2025, 6, 1)
        )


def test_a_dispensation_lasts_at_most_four_years_and_ends_after_it_starts(scene):
    with pytest.raises(services.RegisterError, match="four years"):
        _dispensation(
            scene.ann, scene.p.body, valid_from=date(2025, 4, 1), valid_to=date(2029, 4, 2)
        )
    with pytest.raises(services.RegisterError, match="on or after"):
        _dispensation(
            scene.ann, scene.p.body, valid_from=date(2025, 4, 1), valid_to=date(2025, 3, 1)
        )
    with pytest.raises(services.RegisterError, match="speak, vote or both"):
        _dispensation(scene.ann, scene.p.body, may_speak=False, may_vote=False)
    assert _dispensation(scene.ann, scene.p.body, valid_to=date(2029, 4, 1)).pk


def test_the_public_sees_the_entry_and_the_dispensation_where_the_declaration_is_shown(scene):
    d = _dispensation(scene.ann, scene.p.body, may_vote=True)
    assert scene.edit(register_entry=scene.field.pk, cited_dispensation=d.pk).status_code == 302
    public = Client()
    for page in (scene.meeting.get_absolute_url(), scene.ann.get_absolute_url()):
        html = public.get(page).content.decode()
        assert f'href="{scene.ann.get_absolute_url()}#interest-{scene.field.pk}"' in html
        assert "the register entry “Land: Field at Ambridge”" in html
        assert (
            "Dispensation granted by the Standards Committee on Tuesday 1 April 2025, in force "
            "from Tuesday 1 April 2025 to Tuesday 31 March 2026, to speak and vote on: Any item "
            "on the Ambridge housing site"
        ) in html
    councillor = public.get(scene.ann.get_absolute_url()).content.decode()
    assert f'id="interest-{scene.field.pk}"' in councillor


def test_the_old_dispensation_in_words_is_still_shown(scene):
    attending.edit_declaration(
        scene.declaration,
        {
            "dispensation": "Standards Committee: may speak",
            "dispensation_granted": date(2025, 5, 1),
        },
    )
    html = Client().get(scene.meeting.get_absolute_url()).content.decode()
    assert "Dispensation: Standards Committee: may speak, granted Thursday 1 May 2025" in html


def test_a_sensitive_entry_never_shows_its_details_on_a_public_page(scene):
    scene.edit(nature="", register_entry=scene.refuge.pk)
    assert DeclarationEntry.objects.get().entry == scene.refuge
    public = Client()
    pages = [
        scene.meeting.get_absolute_url(),
        scene.ann.get_absolute_url(),
        reverse("interests:register"),
    ]
    for url in pages:
        html = public.get(url).content.decode()
        assert SECRET not in html and "Hidden Lane" not in html, url
    meeting = public.get(scene.meeting.get_absolute_url()).content.decode()
    assert "a sensitive interest on the register of interests (details withheld)" in meeting
    assert f"#interest-{scene.refuge.pk}" in meeting


def test_an_entry_taken_off_the_register_is_no_longer_linked(scene):
    scene.edit(register_entry=scene.field.pk)
    services.remove(scene.field, None)
    html = Client().get(scene.meeting.get_absolute_url()).content.decode()
    assert "Field at Ambridge" not in html and "#interest-" not in html


class TestVoting:
    def _vote(self, scene):
        return decisions.record_vote(
            scene.item,
            positions={scene.ann: VotePosition.FOR, scene.bob: VotePosition.FOR},
            motion="that the plan be approved",
        )

    def test_a_dispensation_that_lets_them_vote_allows_the_vote(self, scene):
        d = _dispensation(scene.ann, scene.p.body, may_vote=True)
        services.link_declaration(scene.declaration, entry=None, dispensation=d)
        assert self._vote(scene).votes_for == 2

    def test_a_dispensation_only_to_speak_does_not(self, scene):
        d = _dispensation(scene.ann, scene.p.body, may_vote=False)
        services.link_declaration(scene.declaration, entry=None, dispensation=d)
        # Words on the declaration do not override the dispensation cited.
        attending.edit_declaration(scene.declaration, {"dispensation": "May vote"})
        with pytest.raises(ServiceError, match=r"Cllr Ann.*speak but not vote"):
            self._vote(scene)
        assert not Vote.objects.exists()

    def test_an_expired_dispensation_does_not(self, scene):
        d = _dispensation(scene.ann, scene.p.body, may_vote=True)
        services.link_declaration(scene.declaration, entry=None, dispensation=d)
        # The meeting is later moved past the dispensation's end.
        scene.meeting.start = scene.meeting.start.replace(year=2026, month=6)
        scene.meeting.save()
        with pytest.raises(ServiceError, match=r"Cllr Ann.*not in force"):
            self._vote(scene)

    def test_without_any_dispensation_they_cannot_vote(self, scene):
        with pytest.raises(ServiceError, match=r"Cllr Ann.*no dispensation"):
            self._vote(scene)


def _boxes(name: str, day: str) -> dict[str, str]:
    """A date as typed in the three boxes: "2025-04-01" → 1, 4, 2025."""
    year, month, date_of_month = day.split("-")
    return {f"{name}_day": date_of_month, f"{name}_month": month, f"{name}_year": year}


class TestTheScreen:
    def _post(self, client, body, **kw):
        data = {
            "person": kw.pop("person"),
            "granted_by": GrantedBy.MONITORING_OFFICER,
            **_boxes("granted_on", kw.pop("granted_on", "2025-04-01")),
            **_boxes("valid_from", kw.pop("valid_from", "2025-04-01")),
            **_boxes("valid_to", kw.pop("valid_to", "2026-03-31")),
            "scope": "Council tax setting",
            "may_speak": "on",
            "may_vote": "on",
            "ground": "e",
            **kw,
        }
        return client.post(reverse("interests:dispensation_add", args=[body.pk]), data)

    def test_the_monitoring_officer_and_the_bodys_clerk_record_them(self, scene):
        mo = make_user("mo")
        MonitoringOfficerRole.objects.create(user=mo, body=scene.p.body)
        assert self._post(signed_in(mo), scene.p.body, person=scene.ann.pk).status_code == 302
        assert self._post(scene.p.clerk, scene.p.body, person=scene.bob.pk).status_code == 302
        assert Dispensation.objects.count() == 2
        page = scene.p.clerk.get(reverse("interests:dispensations")).content.decode()
        assert "Council tax setting" in page and "lets them speak and vote" in page

    def test_others_may_not(self, scene):
        _dispensation(scene.ann, scene.p.body, scope="Stockton's precept")
        for client in (scene.p.member, scene.p.other_clerk):
            assert self._post(client, scene.p.body, person=scene.ann.pk).status_code == 403
        assert scene.p.member.get(reverse("interests:dispensations")).status_code == 403
        # Another body's clerk sees their own body's only.
        theirs = scene.p.other_clerk.get(reverse("interests:dispensations")).content.decode()
        assert "Hartlepool" in theirs and "precept" not in theirs and "Cllr Ann" not in theirs
        assert Client().get(reverse("interests:dispensations")).status_code == 302
        assert Dispensation.objects.count() == 1

    def test_it_says_what_is_wrong(self, scene):
        page = self._post(scene.p.clerk, scene.p.body, person=scene.ann.pk, valid_to="2030-01-01")
        assert page.status_code == 400 and "at most four years" in page.content.decode()

    def test_the_member_list_opens_with_choose_a_member(self, scene):
        page = scene.p.clerk.get(reverse("interests:dispensations")).content.decode()
        assert '<option value="" selected>Choose a member</option>' in page
        assert "---------" not in page

    def test_the_dates_are_typed_as_day_month_and_year(self, scene):
        page = scene.p.clerk.get(reverse("interests:dispensations")).content.decode()
        for name in ("granted_on", "valid_from", "valid_to"):
            for part in ("day", "month", "year"):
                assert f'name="{name}_{part}"' in page
            assert f'name="{name}"' not in page
        assert 'type="date"' not in page and "2025-05-14" not in page
        assert '<legend class="legend">Date granted</legend>' in page
        saved = self._post(
            scene.p.clerk,
            scene.p.body,
            person=scene.ann.pk,
            granted_on="2025-03-28",
            valid_from="2025-04-01",
            valid_to="2026-03-31",
        )
        assert saved.status_code == 302
        d = Dispensation.objects.get()
        assert (d.granted_on, d.valid_from, d.valid_to) == (
            date(2025, 3, 28),
            date(2025, 4, 1),
            date(2026, 3, 31),
        )

    def test_a_date_not_whole_or_not_real_is_refused_naming_the_field(self, scene):
        data = {
            **_boxes("valid_from", "2025-04-01"),
            "granted_on_day": "31",
            "granted_on_month": "2",
            "granted_on_year": "2025",
            "valid_to_day": "31",
            "valid_to_month": "3",
            "valid_to_year": "",
        }
        page = scene.p.clerk.post(
            reverse("interests:dispensation_add", args=[scene.p.body.pk]),
            {
                "person": scene.ann.pk,
                "granted_by": GrantedBy.MONITORING_OFFICER,
                "scope": "Council tax setting",
                "may_speak": "on",
                "ground": "e",
                **data,
            },
        )
        body = page.content.decode()
        assert page.status_code == 400
        assert "<title>Error: " in body
        assert (
            f'href="#id_b{scene.p.body.pk}_granted_on_day">Date granted must be a real date' in body
        )
        assert "In force until must include a year" in body
        # What was typed stays in the boxes.
        assert 'name="granted_on_day" value="31"' in body
        assert not Dispensation.objects.exists()

    def test_each_bodys_form_has_ids_of_its_own(self, scene):
        admin = make_user("admin", is_superuser=True, is_staff=True)
        page = signed_in(admin).get(reverse("interests:dispensations")).content.decode()
        for body in (scene.p.body, scene.p.other_body):
            assert f'id="id_b{body.pk}_granted_on_day"' in page
        ids = re.findall(r'\bid="([^"]+)"', page)
        assert len(ids) == len(set(ids)), "every id on the page is its own"

    def test_a_script_may_still_post_a_date_whole(self, scene):
        data = {
            "person": scene.ann.pk,
            "granted_by": GrantedBy.MONITORING_OFFICER,
            "granted_on": "2025-04-01",
            "valid_from": "2025-04-01",
            "valid_to": "2026-03-31",
            "scope": "Council tax setting",
            "may_speak": "on",
            "ground": "e",
        }
        url = reverse("interests:dispensation_add", args=[scene.p.body.pk])
        assert scene.p.clerk.post(url, data).status_code == 302
        assert Dispensation.objects.get().valid_to == date(2026, 3, 31)

    def test_a_change_is_saved(self, scene):
        d = _dispensation(scene.ann, scene.p.body)
        url = reverse("interests:dispensation_edit", args=[d.pk])
        shown = scene.p.clerk.get(url)
        assert shown.status_code == 200
        # The saved dates fill the boxes.
        page = shown.content.decode()
        assert 'name="valid_to_day" value="31"' in page
        assert 'name="valid_to_month" value="3"' in page
        assert 'name="valid_to_year" value="2026"' in page
        data = {
            "granted_by": GrantedBy.OTHER,
            "granted_by_name": "Audit and Governance Committee",
            **_boxes("granted_on", "2025-04-01"),
            **_boxes("valid_from", "2025-04-01"),
            **_boxes("valid_to", "2025-12-31"),
            "scope": "Item 6 only",
            "may_vote": "on",
            "ground": "a",
        }
        assert scene.p.clerk.post(url, data).status_code == 302
        d.refresh_from_db()
        assert d.grantor == "Audit and Governance Committee" and d.may_vote and not d.may_speak
        assert d.valid_to == date(2025, 12, 31)


class TestAddingADeclaration:
    """The add-a-declaration part of an item's record screen offers every member's published
    entries and dispensations, listed under each member's name (it works without JavaScript
    whoever is chosen), and keeps to the declaring member's and to the day of the meeting."""

    def _add(self, scene, **fields):
        p = f"i{scene.item.pk}-dec"
        data = {f"{p}-person": scene.ann.pk, f"{p}-kind": InterestKind.DPI, "go": "save"}
        data.update({f"{p}-{name}": value for name, value in fields.items()})
        return scene.p.clerk.post(reverse("clerk:record_item", args=[scene.item.pk]), data)

    def _page(self, scene) -> str:
        page = scene.p.clerk.get(reverse("clerk:record_item", args=[scene.item.pk]))
        return html.unescape(page.content.decode())

    def test_every_members_entries_and_dispensations_are_offered_under_their_name(self, scene):
        _dispensation(scene.bob, scene.p.body, scope="Bob's shares in Ambridge Homes")
        page = self._page(scene)
        entries = page.split(f'name="i{scene.item.pk}-dec-register_entry"')[1].split("</select>")[0]
        ann, bob = entries.split('<optgroup label="Cllr Ann">')[1].split(
            '<optgroup label="Cllr Bob">'
        )
        assert "Land: Field at Ambridge" in ann and "Shares in Ambridge" not in ann
        assert ">Sensitive interest (details withheld)</option>" in ann
        assert "Securities: Shares in Ambridge Homes Ltd" in bob
        cited = page.split(f'name="i{scene.item.pk}-dec-cited_dispensation"')[1]
        assert '<optgroup label="Cllr Bob">' in cited.split("</select>")[0]
        assert "Bob's shares in Ambridge Homes" in cited.split("</select>")[0]

    def test_a_sensitive_entry_is_offered_and_shown_without_its_details(self, scene):
        assert SECRET not in self._page(scene) and "Hidden Lane" not in self._page(scene)
        assert self._add(scene, register_entry=scene.refuge.pk).status_code == 302
        assert DeclarationEntry.objects.get().entry == scene.refuge
        page = self._page(scene)
        assert "a sensitive interest on the register of interests (details withheld)" in page
        assert SECRET not in page and "Hidden Lane" not in page

    def test_an_entry_and_a_dispensation_of_the_declaring_member_are_both_saved(self, scene):
        d = _dispensation(scene.ann, scene.p.body, may_vote=True)
        saved = self._add(scene, register_entry=scene.field.pk, cited_dispensation=d.pk)
        assert saved.status_code == 302
        declaration = scene.item.declarations.exclude(pk=scene.declaration.pk).get()
        link = DeclarationEntry.objects.get(declaration=declaration)
        assert (link.entry, link.dispensation) == (scene.field, d)
        page = self._page(scene)
        assert (
            f'Concerns <a href="{scene.ann.get_absolute_url()}#interest-{scene.field.pk}">' in page
        )
        assert "the register entry “Land: Field at Ambridge”" in page
        assert "Dispensation granted by the Standards Committee on Tuesday 1 April 2025" in page

    def test_another_members_entry_or_dispensation_is_refused_saying_whose_it_is(self, scene):
        bobs = _dispensation(scene.bob, scene.p.body)
        refused = self._add(scene, register_entry=scene.bobs.pk)
        page = html.unescape(refused.content.decode())
        assert refused.status_code == 200
        assert "This entry is Cllr Bob's: choose one of Cllr Ann's, the member declaring" in page
        refused = self._add(scene, cited_dispensation=bobs.pk)
        page = html.unescape(refused.content.decode())
        assert "This dispensation was granted to Cllr Bob: choose one granted to Cllr Ann" in page
        assert scene.item.declarations.count() == 1 and not DeclarationEntry.objects.exists()

    def test_a_dispensation_not_in_force_on_the_day_of_the_meeting_is_refused(self, scene):
        expired = _dispensation(
            scene.ann,
            scene.p.body,
            granted_on=date(2024, 1, 1),
            valid_from=date(2024, 1, 1),
            valid_to=date(2025, 5, 13),
        )
        refused = self._add(scene, register_entry=scene.field.pk, cited_dispensation=expired.pk)
        assert refused.status_code == 200
        assert (
            "in force from Monday 1 January 2024 to Tuesday 13 May 2025, not on the day of the "
            "meeting (Wednesday 14 May 2025)"
        ) in html.unescape(refused.content.decode())
        assert scene.item.declarations.count() == 1 and not DeclarationEntry.objects.exists()

    def test_a_declaration_citing_nothing_is_saved_as_before(self, scene):
        assert self._add(scene, nature="Owns a field").status_code == 302
        assert scene.item.declarations.count() == 2 and not DeclarationEntry.objects.exists()
