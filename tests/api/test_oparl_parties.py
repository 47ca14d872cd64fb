"""Parties and groups in the OParl API: each an Organization of organizationType "Fraktion",
and a member's party a Membership of it, listed with the body's organisations and
memberships and embedded in the person."""

from __future__ import annotations

from django.utils import timezone

from moot.meetings.members import Party
from tests.api import oparl_schema
from tests.api.test_oparl_api import get, ids, url


def _labour(archive):
    party = Party.objects.create(body=archive.body, name="Labour Group", short_name="Lab")
    archive.chair.party = party
    archive.chair.save()
    return party


def test_a_party_is_an_organization_of_its_body_and_validates(client, archive):
    party = _labour(archive)
    organization = get(client, f"party/{party.pk}/")
    oparl_schema.validate(organization, "Organization")
    assert organization["id"] == url(f"party/{party.pk}/")
    assert organization["name"] == "Labour Group"
    assert organization["shortName"] == "Lab"
    assert organization["organizationType"] == "Fraktion"
    assert organization["classification"] == "Political group"
    assert organization["body"] == url(f"body/{archive.body.pk}/")
    assert organization["membership"] == [url(f"party-membership/{archive.chair.pk}/")]


def test_a_members_party_is_a_membership_and_validates(client, archive):
    party = _labour(archive)
    membership = get(client, f"party-membership/{archive.chair.pk}/")
    oparl_schema.validate(membership, "Membership")
    assert membership["person"] == url(f"person/{archive.chair.pk}/")
    assert membership["organization"] == url(f"party/{party.pk}/")
    assert membership["role"] == "Member"


def test_the_person_embeds_committee_memberships_only(client, archive):
    """The export holds committees alone: every membership a person embeds must resolve in a
    copy made from it."""
    _labour(archive)
    person = get(client, f"person/{archive.chair.pk}/")
    oparl_schema.validate(person, "Person")
    assert all("/organization/" in m["organization"] for m in person["membership"])


def test_the_body_lists_its_parties_with_its_committees(client, archive):
    party = _labour(archive)
    listed = get(client, f"body/{archive.body.pk}/organizations/")
    oparl_schema.validate_list_page(listed, "Organization")
    assert url(f"party/{party.pk}/") in ids(listed)
    assert url(f"organization/{archive.partnership.pk}/") in ids(listed)
    assert listed["pagination"]["totalElements"] == len(listed["data"])


def test_the_body_lists_party_memberships_with_committee_memberships(client, archive):
    _labour(archive)
    listed = get(client, f"body/{archive.body.pk}/memberships/")
    oparl_schema.validate_list_page(listed, "Membership")
    assert url(f"party-membership/{archive.chair.pk}/") in ids(listed)
    assert len(ids(listed)) == len(set(ids(listed)))


def test_the_lists_page_across_committees_and_parties(client, archive):
    _labour(archive)
    Party.objects.create(body=archive.body, name="Independents")
    whole = ids(get(client, f"body/{archive.body.pk}/organizations/"))
    paged = []
    for page in range(1, len(whole) + 1):
        listed = get(client, f"body/{archive.body.pk}/organizations/", limit=1, page=page)
        assert listed["pagination"]["totalElements"] == len(whole)
        paged += ids(listed)
    assert paged == whole


def test_a_person_withdrawn_leaves_a_deleted_party_membership(client, archive):
    party = _labour(archive)
    archive.chair.deleted_at = timezone.now()
    archive.chair.save()
    membership = get(client, f"party-membership/{archive.chair.pk}/")
    assert membership["deleted"] is True
    assert get(client, f"party/{party.pk}/").get("membership", []) == []


def test_a_person_with_no_party_has_no_party_membership(client, archive):
    _labour(archive)
    assert client.get(f"/oparl/v1/party-membership/{archive.member.pk}/").status_code == 404


def test_another_bodys_party_is_not_in_this_bodys_list(client, archive):
    from tests.factories import make_body

    other = Party.objects.create(body=make_body(), name="Elsewhere Group")
    listed = get(client, f"body/{archive.body.pk}/organizations/")
    assert url(f"party/{other.pk}/") not in ids(listed)
