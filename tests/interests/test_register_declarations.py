"""A declaration at a meeting points to the register entry it concerns: the councillor's page
shows, under the entry, the meetings where it was declared, with any dispensation (s.33) —
only declarations the public may read, and never the details of a sensitive entry."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from moot.interests import services
from moot.interests.models import Category, DeclarationEntry, RegisterEntry
from moot.meetings.choices import MinutesState
from moot.meetings.models import Declaration
from tests.factories import make_body, make_committee, make_item, make_meeting, make_person

pytestmark = pytest.mark.django_db


def test_it_shows_the_declarations_of_a_published_entry_with_their_dispensation():
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    committee = make_committee(body, name="Planning Committee", slug="planning")
    person = make_person(name="Ann Example")
    entry = services.save(
        RegisterEntry(person=person, body=body),
        None,
        submit=True,
        category=Category.LAND,
        description="Field at Ambridge",
    )
    services.publish(entry, None)
    meeting = make_meeting(committee, minutes_state=MinutesState.APPROVED)
    item = make_item(meeting, title="Housing at Ambridge")
    declared = Declaration.objects.create(
        item=item,
        person=person,
        nature="Owns the neighbouring field",
        dispensation="Standards Committee: may speak but not vote",
        dispensation_granted=date(2025, 5, 1),
    )
    DeclarationEntry.objects.create(declaration=declared, entry=entry)
    hidden = make_item(make_meeting(committee, minutes_state=MinutesState.NONE), title="SECRET-x")
    DeclarationEntry.objects.create(
        declaration=Declaration.objects.create(item=hidden, person=person), entry=entry
    )
    page = Client().get(person.get_absolute_url()).content.decode()
    register = page[page.index('id="register-of-interests"') :]
    assert "Declared at" in register and "Housing at Ambridge" in register
    assert "may speak but not vote" in register and "Thursday 1 May 2025" in register
    assert "SECRET-x" not in page
