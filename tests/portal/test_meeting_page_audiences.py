"""A signed-in reader's meeting page: its content is rendered for the reader's audience (the
public, a member of the committee, a clerk of its body, an administrator) and kept for the
next reader of the same audience — never shown to another audience, never behind a change.
Issue 19's target: a signed-in member's or clerk's meeting page in at most 8 queries."""

import pytest
from django.test import Client
from django.utils import timezone

from moot.access import policy
from moot.access.models import ClerkRole
from tests.factories import (
    make_committee,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.portal.seedlike import CANARY, build_seed_like

pytestmark = pytest.mark.django_db(transaction=True)

TARGET = 8


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


@pytest.fixture
def seed():
    return build_seed_like(with_files=True)


def _signed_in(django_user_model, username, *, member_of=None, clerk_of=None):
    user = django_user_model.objects.create_user(username, password="pw", first_name=username)
    if member_of is not None:
        make_membership(make_person(name=f"Cllr {username}", user=user), member_of)
    if clerk_of is not None:
        ClerkRole.objects.create(user=user, body=clerk_of)
    client = Client()
    client.force_login(user)
    return client


def test_a_members_meeting_page_takes_at_most_eight_queries(
    seed, django_user_model, django_assert_max_num_queries
):
    first = _signed_in(django_user_model, "first", member_of=seed.committee)
    second = _signed_in(django_user_model, "second", member_of=seed.committee)
    url = seed.meeting.get_absolute_url()
    assert f"Agenda detail {CANARY}" in first.get(url).content.decode()
    with django_assert_max_num_queries(TARGET):
        response = second.get(url)
    assert f"Agenda detail {CANARY}" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_clerks_meeting_page_takes_at_most_eight_queries(
    seed, django_user_model, django_assert_max_num_queries
):
    clerk = _signed_in(django_user_model, "clerk", clerk_of=seed.committee.body)
    url = seed.meeting.get_absolute_url()
    clerk.get(url)
    with django_assert_max_num_queries(TARGET):
        response = clerk.get(url)
    assert f"Agenda detail {CANARY}" in response.content.decode()


def test_a_reader_outside_the_committee_never_gets_a_members_copy(seed, django_user_model):
    url = seed.meeting.get_absolute_url()
    other_committee = make_committee(body=seed.committee.body)
    other = make_meeting(other_committee)
    make_exempt_item(other, title="Other lease", agenda_text="<p>CANARY-other-lease-5c1e</p>")
    member = _signed_in(django_user_model, "member", member_of=seed.committee)
    outsider = _signed_in(django_user_model, "outsider", member_of=other_committee)
    assert CANARY in member.get(url).content.decode()
    assert CANARY not in outsider.get(url).content.decode()
    assert CANARY not in Client().get(url).content.decode()
    # And the other way round: the other committee's member read its page first.
    other_url = other.get_absolute_url()
    assert "CANARY-other-lease-5c1e" in outsider.get(other_url).content.decode()
    assert "CANARY-other-lease-5c1e" not in member.get(other_url).content.decode()


def test_a_clerks_unpublished_item_stays_with_the_clerks(seed, django_user_model):
    make_item(seed.meeting, title="Draft item not yet published", published=False)
    url = seed.meeting.get_absolute_url()
    clerk = _signed_in(django_user_model, "clerk", clerk_of=seed.committee.body)
    assert "Draft item not yet published" in clerk.get(url).content.decode()
    member = _signed_in(django_user_model, "member", member_of=seed.committee)
    assert "Draft item not yet published" not in member.get(url).content.decode()


def test_a_change_reaches_signed_in_readers_at_once(seed, django_user_model):
    url = seed.meeting.get_absolute_url()
    member = _signed_in(django_user_model, "member", member_of=seed.committee)
    item = seed.meeting.items.get(title="Any Other Business")
    assert "Any Other Business" in member.get(url).content.decode()
    item.withdrawn_at = timezone.now()
    item.save()
    assert "Any Other Business" not in member.get(url).content.decode()


def test_the_shared_part_is_the_content_and_the_page_around_it_is_the_readers(
    seed, django_user_model
):
    url = seed.meeting.get_absolute_url()
    outsider = _signed_in(django_user_model, "outsider")
    signed_in_page = outsider.get(url).content.decode()
    assert "My meetings" in signed_in_page  # the reader's own navigation
    public_page = Client().get(url).content.decode()
    assert "My meetings" not in public_page
    # The content itself is the same for both: neither sees the withheld item.
    for page in (signed_in_page, public_page):
        assert "SSP/11/25" in page and CANARY not in page


def test_an_audience_is_never_more_than_the_reader():
    member = policy.Viewer(user_id=5, member_of=frozenset({1, 2}), clerk_of=frozenset({9}))
    name, least = policy.audience(member, committee_id=1, body_id=7)
    assert name == "m" and least.member_of == {1} and not least.clerk_of
    name, least = policy.audience(member, committee_id=3, body_id=9)
    assert name == "c" and least.clerk_of == {9} and not least.member_of
    name, least = policy.audience(member, committee_id=4, body_id=7)
    assert name == "signed-in" and not least.entitled_to(4, 7)
    assert policy.audience(policy.Viewer.public(), 1, 7) == ("public", policy.Viewer.public())
    admin = policy.Viewer(user_id=1, superuser=True)
    assert policy.audience(admin, 1, 7)[0] == "admin"
