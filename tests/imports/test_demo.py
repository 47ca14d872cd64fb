import pytest

from moot.demo.loader import load_demo
from moot.meetings.models import Committee, Document, Item, Meeting, Membership

pytestmark = pytest.mark.django_db


def test_the_demo_loads_the_seed_and_the_records_around_it():
    counts = load_demo()
    seed = Meeting.objects.get(pk=counts["seed_meeting"])
    assert seed.items.count() == 11
    assert Committee.objects.count() == 3
    assert Meeting.objects.filter(committee=seed.committee).count() >= 3
    assert Membership.objects.filter(committee=seed.committee).exclude(organisation="").count() >= 8
    # The earlier meeting's minutes are the ones the seed agreed.
    assert seed.items.get(position=3).approves_meetings.count() == 1
    # Some documents are held as real files, and the published meetings have their papers.
    assert Document.objects.exclude(file="").filter(page_count__gte=1).exists()
    assert Document.objects.filter(meeting=seed, kind="pack").exists()
    assert Document.objects.filter(meeting=seed, kind="minutes", item__isnull=True).exists()


def test_loading_the_demo_twice_changes_nothing():
    load_demo(papers=False)
    counts = (Meeting.objects.count(), Item.objects.count(), Document.objects.count())
    load_demo(papers=False)
    assert (Meeting.objects.count(), Item.objects.count(), Document.objects.count()) == counts
