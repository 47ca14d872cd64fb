"""The OParl importer keeps parties and groups apart from committees: an Organization of
organizationType "Fraktion" or "Partei" (as Moot's own API serves its parties) becomes one of
the body's parties, a membership of it the person's party, and never a committee."""

from __future__ import annotations

import pytest

from moot.meetings.members import Party
from moot.meetings.models import Committee, Membership, Person
from tests.api.test_import_oparl import (  # noqa: F401 (the fixture)
    EXAMPLE_HOST,
    T,
    _run,
    example,
    server,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["Fraktion", "Partei"])
def test_a_party_is_kept_as_a_party_and_never_made_a_committee(server, kind):  # noqa: F811
    party = {
        "id": f"{EXAMPLE_HOST}/party/7",
        "type": T + "Organization",
        "name": "Labour Group",
        "organizationType": kind,
    }
    person = example("Person")
    server.add("/party/7", party)
    server.listing("/body/0/organizations/", [example("Organization"), party])
    server.listing(
        "/body/0/memberships/",
        [
            {
                "id": f"{EXAMPLE_HOST}/party-membership/1",
                "type": T + "Membership",
                "person": person["id"],
                "organization": party["id"],
                "role": "Member",
            }
        ],
    )
    report = _run(server)
    assert report.failed == []
    assert not Committee.objects.filter(name="Labour Group").exists()
    assert Committee.objects.filter(source="oparl").count() == 1
    assert not Membership.objects.filter(external_id__contains="party-membership").exists()
    party = Party.objects.get(name="Labour Group")
    assert Person.objects.get(name__contains="Mustermann").party == party
    assert report.counts[("party", "created")] == 1
