"""A council with a cabinet member, an officer and a scrutiny committee whose member may call
decisions in, on top of the four personas (tests/clerk/personas.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.core.cache import cache
from django.test import Client

from moot.executive.models import DecisionMaker, DecisionNotice, ExecutiveRules, MakerKind
from tests.clerk.personas import Personas, make_personas, make_user, signed_in
from tests.factories import make_committee, make_membership, make_person


@dataclass
class Executive:
    personas: Personas
    cabinet_member: DecisionMaker
    officer: DecisionMaker
    scrutiny: object
    scrutineer: Client
    scrutineer_person: object


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def personas(db):
    return make_personas()


@pytest.fixture
def executive(personas) -> Executive:
    body = personas.body
    holder = make_person(name="Cllr Hope Holder")
    cabinet_member = DecisionMaker.objects.create(
        body=body,
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Cabinet Member for Housing",
        slug="housing",
        person=holder,
    )
    officer = DecisionMaker.objects.create(
        body=body, kind=MakerKind.OFFICER, title="Director of Finance", slug="finance"
    )
    scrutiny = make_committee(
        body, name="Overview and Scrutiny Committee", slug="scrutiny", reference_prefix="OSC"
    )
    ExecutiveRules.objects.create(body=body, scrutiny_committee=scrutiny)
    user = make_user("scrutineer")
    person = make_person(name="Sam Scrutineer", user=user)
    make_membership(person, scrutiny)
    return Executive(personas, cabinet_member, officer, scrutiny, signed_in(user), person)


def make_notice(maker: DecisionMaker, **kw) -> DecisionNotice:
    fields = {
        "body": maker.body,
        "maker": maker,
        "title": "Allocation of the homelessness grant",
        "decision": "To allocate the grant to the three named projects.",
        "taken_on": date(2026, 12, 15),
        "reasons": "The projects meet the criteria.",
        "alternatives": "Not allocating the grant: rejected.",
    }
    fields.update(kw)
    return DecisionNotice.objects.create(**fields)
