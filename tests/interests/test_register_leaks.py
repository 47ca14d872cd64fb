"""The leak crawl (tests/clerk/test_leaks.py) over the register of interests: the details of a
sensitive interest (s.32), a submission the Monitoring Officer has not published and a change
waiting for review reach no one outside the member, the clerk and the Monitoring Officer —
not the councillor's page, the whole register, search, feeds, the API, the export or the
sitemap. The public sees the withheld sentence instead."""

from __future__ import annotations

import zipfile

import pytest
from django.test import Client

from moot.access.models import MonitoringOfficerRole
from moot.api.export import build_zip
from moot.interests import services
from moot.interests.models import WITHHELD, Category, RegisterEntry
from moot.meetings.models import Person
from tests.clerk.personas import make_personas, make_user, signed_in
from tests.clerk.test_leaks import _leaks, _outsiders, crawl

pytestmark = pytest.mark.django_db

SENSITIVE = "CANARY-sensitive-4d2a"
UNPUBLISHED = "CANARY-register-draft-8e1"
CHANGED = "CANARY-register-change-b07"


def test_no_sensitive_or_unpublished_interest_reaches_an_outsider(tmp_path):
    personas = make_personas()
    member = Person.objects.get(user=personas.member_user)
    mo = make_user("mo")
    MonitoringOfficerRole.objects.create(user=mo, body=personas.body)

    def entry(description, *, publish=True, sensitive=False):
        made = services.save(
            RegisterEntry(person=member, body=personas.body),
            personas.member_user,
            submit=True,
            category=Category.LAND,
            description=description,
            sensitive=sensitive,
        )
        if publish:
            services.publish(made, mo)
        return made

    entry(f"Home at {SENSITIVE}", sensitive=True)
    entry(f"Allotment {UNPUBLISHED}", publish=False)
    changed = entry("Field at Ambridge")
    services.save(changed, personas.member_user, submit=True, description=f"Field {CHANGED}")
    seeds = [
        "/",
        "/sitemap.xml",
        "/councillors/",
        member.get_absolute_url(),
        "/register-of-interests/",
        f"/oparl/v1/person/{member.pk}/",
        "/search?q=Home",
        "/search?q=Allotment",
    ]
    for who, client in _outsiders(personas).items():
        pages = crawl(client, seeds)
        assert member.get_absolute_url() in pages and "/register-of-interests/" in pages
        for canary in (SENSITIVE, UNPUBLISHED, CHANGED):
            assert (who, _leaks(pages, canary)) == (who, [])
        page = pages[member.get_absolute_url()].decode()
        assert "Field at Ambridge" in page, who
        assert WITHHELD.replace("'", "&#x27;") in page, who
    build_zip(tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        for name in archive.namelist():
            body = archive.read(name)
            for canary in (SENSITIVE, UNPUBLISHED, CHANGED):
                assert canary.encode() not in body, name
    # The member themself sees all three on their own register.
    own = (
        signed_in(personas.member_user)
        .get(f"/register-of-interests/member/{member.slug}/")
        .content.decode()
    )
    assert SENSITIVE in own and UNPUBLISHED in own and CHANGED in own
    assert Client().get(f"/register-of-interests/member/{member.slug}/").status_code == 302
