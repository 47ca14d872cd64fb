import pytest

from moot.meetings.choices import AttendanceStatus, MembershipRole, MinutesState
from moot.meetings.models import Attendance
from tests.factories import local, make_committee, make_meeting, make_membership, make_person


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Files the tests store go to a temporary folder, never ./var."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


class Council:
    """A committee of three members and a named substitute, with two meetings whose minutes
    are published and one whose minutes are not, in the municipal year 2025/26."""

    def __init__(self):
        self.committee = make_committee(name="Planning Committee", quorum=3)
        self.body = self.committee.body
        self.ann = make_person(name="Ann Able", honorific="Cllr", email="ann@private.example")
        self.bob = make_person(name="Bob Brown", honorific="Cllr")
        self.cat = make_person(name="Cat Cole", honorific="Cllr")
        self.sam = make_person(name="Sam Stand", honorific="Cllr")
        for p in (self.ann, self.bob, self.cat):
            make_membership(p, self.committee)
        make_membership(self.sam, self.committee, role=MembershipRole.SUBSTITUTE)
        c = self.committee
        self.first = make_meeting(c, start=local(2025, 6, 10))
        self.second = make_meeting(c, start=local(2025, 9, 10), minutes_state=MinutesState.APPROVED)
        self.unpublished = make_meeting(
            c, start=local(2025, 11, 10), minutes_state=MinutesState.NONE
        )
        s = AttendanceStatus
        for meeting, person, status, for_ in (
            (self.first, self.ann, s.PRESENT, None),
            (self.first, self.bob, s.APOLOGIES, None),
            (self.first, self.sam, s.SUBSTITUTE, self.bob),
            (self.second, self.ann, s.PRESENT, None),
            (self.second, self.bob, s.PRESENT, None),
            (self.second, self.cat, s.ABSENT, None),
            (self.unpublished, self.ann, s.APOLOGIES, None),
            (self.unpublished, self.cat, s.PRESENT, None),
        ):
            Attendance.objects.create(
                meeting=meeting, person=person, status=status, substitute_for=for_
            )


@pytest.fixture
def council(db):
    return Council()
