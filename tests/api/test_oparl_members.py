"""What the OParl API publishes of a member's public record: their published contact
details, their party or group, ward and posts (as ``status``) — never the private email."""

from __future__ import annotations

from moot.meetings.choices import PersonRoleKind
from moot.meetings.members import Party, PersonRole, Ward
from tests.api import oparl_schema
from tests.api.test_oparl_api import get


def test_a_person_carries_their_published_record_and_validates(client, archive):
    chair = archive.chair
    chair.email = "private.chair@example.org"
    chair.public_email = "cllr.chair@council.example"
    chair.public_phone = "01642 111111"
    chair.party = Party.objects.create(body=archive.body, name="Labour Group")
    chair.ward = Ward.objects.create(body=archive.body, name="Northfield")
    chair.co_opted = False
    chair.save()
    PersonRole.objects.create(
        person=chair, kind=PersonRoleKind.CABINET, title="Cabinet Member for Housing"
    )
    person = get(client, f"person/{chair.pk}/")
    oparl_schema.validate(person, "Person")
    assert person["email"] == ["cllr.chair@council.example"]
    assert person["phone"] == ["01642 111111"]
    assert person["status"] == [
        "Cabinet Member for Housing",
        "Member of Labour Group",
        "Councillor for Northfield",
    ]
    assert "private.chair@example.org" not in str(person)
    listed = get(client, f"body/{archive.body.pk}/people/")
    oparl_schema.validate_list_page(listed, "Person")
    assert "private.chair@example.org" not in str(listed)


def test_a_person_without_a_published_record_has_no_empty_lists(client, archive):
    person = get(client, f"person/{archive.chair.pk}/")
    assert "email" not in person and "phone" not in person and "status" not in person
