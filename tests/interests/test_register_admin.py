"""The register of interests and of dispensations in the admin: every table listed and each
record shown, read only where the register's own pages do the writing (and its checks)."""

from __future__ import annotations

from datetime import date

import pytest

from moot.interests import services
from moot.interests.models import DeclarationEntry, Dispensation, RegisterSettings
from moot.portal import cache
from tests.interests.test_dispensations import Scene, _dispensation

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited():
    scene = Scene()
    d = _dispensation(scene.ann, scene.p.body, scope="Ambridge housing site, speaking only")
    services.link_declaration(scene.declaration, entry=scene.field, dispensation=d)
    RegisterSettings.objects.create(body=scene.p.body)
    return scene, d


def test_the_dispensations_are_listed_and_shown_with_the_declarations_citing_them(
    cited, admin_client
):
    scene, d = cited
    listing = admin_client.get("/admin/interests/dispensation/")
    assert listing.status_code == 200
    _dispensation(scene.bob, scene.p.body, scope="Council tax setting")
    assert "Cllr Ann" in listing.content.decode()
    found = admin_client.get("/admin/interests/dispensation/?q=Ambridge+housing").content
    assert "Cllr Ann" in found.decode() and "Cllr Bob" not in found.decode()
    page = admin_client.get(f"/admin/interests/dispensation/{d.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Ambridge housing site, speaking only" in html
    assert "Declarations citing it" in html and str(scene.declaration) in html
    # Read only: recorded on the register of dispensations' pages, which check the dates.
    assert 'name="valid_to"' not in html
    assert admin_client.get("/admin/interests/dispensation/add/").status_code == 403
    before = d.valid_to
    admin_client.post(
        f"/admin/interests/dispensation/{d.pk}/change/",
        {"valid_to": "2030-01-01", "valid_from": "2025-04-01"},
    )
    d.refresh_from_db()
    assert d.valid_to == before == date(2026, 3, 31)


@pytest.mark.parametrize(
    "model", ["registerentry", "registersettings", "declarationentry", "dispensation"]
)
def test_every_table_of_the_register_lists_and_shows_its_records(cited, admin_client, model):
    scene, d = cited
    objects = {
        "registerentry": scene.field,
        "registersettings": RegisterSettings.objects.get(),
        "declarationentry": DeclarationEntry.objects.get(),
        "dispensation": d,
    }
    assert admin_client.get(f"/admin/interests/{model}/").status_code == 200
    page = admin_client.get(f"/admin/interests/{model}/{objects[model].pk}/change/")
    assert page.status_code == 200


@pytest.mark.django_db(transaction=True)
class TestTheCacheMovesOn:
    """A save or a delete in the admin changes what public pages show (a declaration's
    citation is shown on the meeting page and the councillor's page): the content version
    moves on once the admin's transaction commits, so no cached page outlives it. (Real
    commits: inside a test's own transaction the change would join one still waiting.)"""

    def test_saving_a_citation_in_the_admin_moves_the_page_cache_on(self, cited, admin_client):
        scene, _d = cited
        link = DeclarationEntry.objects.get()
        before = cache.current()
        saved = admin_client.post(
            f"/admin/interests/declarationentry/{link.pk}/change/",
            {"declaration": scene.declaration.pk, "entry": scene.refuge.pk},
        )
        assert saved.status_code == 302
        link.refresh_from_db()
        assert link.entry == scene.refuge and link.dispensation is None
        assert cache.current() > before

    def test_a_refused_citation_leaves_the_page_cache_as_it_is(self, cited, admin_client):
        scene, _d = cited
        link = DeclarationEntry.objects.get()
        before = cache.current()
        refused = admin_client.post(
            f"/admin/interests/declarationentry/{link.pk}/change/",
            {"declaration": scene.declaration.pk, "entry": scene.bobs.pk},
        )
        assert refused.status_code == 200 and "declaring member" in refused.content.decode()
        assert cache.current() == before

    def test_deleting_a_dispensation_in_the_admin_moves_the_page_cache_on(
        self, cited, admin_client
    ):
        # Dispensations are read only in the admin (no save there): a delete is its only write.
        scene, _d = cited
        spare = _dispensation(scene.bob, scene.p.body, scope="Council tax setting")
        before = cache.current()
        gone = admin_client.post(
            f"/admin/interests/dispensation/{spare.pk}/delete/", {"post": "yes"}
        )
        assert gone.status_code == 302
        assert not Dispensation.objects.filter(pk=spare.pk).exists()
        assert cache.current() > before
