"""Issue 19: a signed-in member's or clerk's meeting page takes at most 8 queries, counting the
session and user look-ups a real request makes."""

import pytest

from moot.access.models import ClerkRole
from tests.factories import make_membership, make_person
from tests.portal.seedlike import CANARY, build_seed_like

pytestmark = [
    pytest.mark.django_db,
    # Not met yet: 17 queries today (see docs/deploying.md, "Performance"). Strict, so the
    # test fails — and this mark must go — the day the page meets the target.
    pytest.mark.xfail(strict=True, reason="issue 19: the signed-in meeting page takes 17 queries"),
]

TARGET = 8


@pytest.fixture
def seed():
    return build_seed_like(with_files=True)


def test_a_committee_members_meeting_page_takes_at_most_eight_queries(
    client, seed, django_user_model, django_assert_max_num_queries
):
    user = django_user_model.objects.create_user("member", password="pw")
    make_membership(make_person(user=user), seed.committee)
    client.force_login(user)
    with django_assert_max_num_queries(TARGET):
        response = client.get(seed.meeting.get_absolute_url())
    assert f"Agenda detail {CANARY}" in response.content.decode()


def test_a_clerks_meeting_page_takes_at_most_eight_queries(
    client, seed, django_user_model, django_assert_max_num_queries
):
    user = django_user_model.objects.create_user("clerk", password="pw")
    ClerkRole.objects.create(user=user, body=seed.committee.body)
    client.force_login(user)
    with django_assert_max_num_queries(TARGET):
        response = client.get(seed.meeting.get_absolute_url())
    assert f"Agenda detail {CANARY}" in response.content.decode()
