from datetime import date

from moot.access import policy
from moot.meetings import statistics


def public_stats(start=date(2025, 5, 1), end=date(2026, 4, 30)):
    return statistics.attendance(policy.minutes_meetings(policy.Viewer.public()), start, end)


def test_it_counts_only_meetings_whose_minutes_are_published(council):
    stats = public_stats()
    ann = stats.people[council.ann.pk]
    assert (ann.expected, ann.present, ann.apologies, ann.absent) == (2, 2, 0, 0)
    assert council.unpublished.pk not in stats.committees[council.committee.pk].meetings


def test_it_counts_a_member_left_out_of_the_record_as_absent(council):
    cat = public_stats().people[council.cat.pk]
    assert (cat.expected, cat.present, cat.absent, cat.absent_percent) == (2, 0, 2, 100)


def test_it_counts_standing_in_as_present_as_a_substitute_not_as_expected(council):
    stats = public_stats()
    sam = stats.people[council.sam.pk]
    assert (sam.expected, sam.substitute) == (0, 1)
    bob = stats.people[council.bob.pk]
    assert (bob.expected, bob.present, bob.apologies, bob.present_percent) == (2, 1, 1, 50)


def test_it_totals_each_committee(council):
    total = public_stats().committees[council.committee.pk]
    assert (total.expected, total.present, total.substitute, total.apologies, total.absent) == (
        6,
        3,
        1,
        1,
        2,
    )
    assert len(total.meetings) == 2


def test_it_keeps_to_the_period(council):
    stats = public_stats(date(2025, 9, 1), date(2025, 12, 31))
    assert stats.people[council.ann.pk].expected == 1
    assert council.sam.pk not in stats.people


def test_it_counts_in_two_queries_whatever_the_size(council, django_assert_num_queries):
    with django_assert_num_queries(2):
        public_stats()


def test_it_finds_the_municipal_year_of_a_body(council):
    assert statistics.current_year(council.body, date(2026, 3, 1)) == 2025
    assert statistics.year_bounds(council.body, 2025) == (date(2025, 5, 1), date(2026, 4, 30))
