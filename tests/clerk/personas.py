"""The four people every permission test asks about: a member of the public, a member of this
committee, a clerk of this body and a clerk of another body."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.test import Client

from moot.access.models import ClerkRole
from moot.meetings.models import Body, Committee
from tests.factories import make_body, make_committee, make_membership, make_person


@dataclass
class Personas:
    body: Body
    committee: Committee
    other_body: Body
    public: Client
    member: Client
    clerk: Client
    other_clerk: Client
    clerk_user: object
    member_user: object

    def all(self) -> dict[str, Client]:
        return {
            "public": self.public,
            "member": self.member,
            "clerk": self.clerk,
            "other_clerk": self.other_clerk,
        }


PASSWORD = "correct horse battery staple"


def make_user(username: str, password: str = PASSWORD, **kw):
    return get_user_model().objects.create_user(username=username, password=password, **kw)


def make_clerk(body: Body, username: str = "clerk"):
    user = make_user(username)
    ClerkRole.objects.create(user=user, body=body)
    return user


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def make_personas() -> Personas:
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    committee = make_committee(
        body, name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    other_body = make_body(name="Hartlepool Borough Council", slug="hartlepool")
    make_committee(other_body, name="Safer Hartlepool Partnership", slug="shp")
    member_user = make_user("member")
    person = make_person(name="Ann Member", user=member_user)
    make_membership(person, committee)
    clerk_user = make_clerk(body, "clerk")
    other_clerk_user = make_clerk(other_body, "otherclerk")
    return Personas(
        body=body,
        committee=committee,
        other_body=other_body,
        public=Client(),
        member=signed_in(member_user),
        clerk=signed_in(clerk_user),
        other_clerk=signed_in(other_clerk_user),
        clerk_user=clerk_user,
        member_user=member_user,
    )
