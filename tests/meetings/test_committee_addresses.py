"""A committee's slug is its web address (its page and its feeds), unique across bodies."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from moot.meetings.models import Committee
from tests.factories import make_body, make_committee


def test_a_second_bodys_committee_of_the_same_name_gets_an_address_of_its_own(db):
    council = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    partner = make_body(name="Hartlepool Borough Council", slug="hartlepool")
    cabinet = make_committee(council, name="Cabinet", slug=Committee.free_slug("Cabinet", council))
    theirs = make_committee(partner, name="Cabinet", slug=Committee.free_slug("Cabinet", partner))
    assert (cabinet.slug, theirs.slug) == ("cabinet", "cabinet-hartlepool")
    assert Committee.free_slug("Cabinet", partner) == "cabinet-hartlepool-2"
    assert Committee.free_slug("Cabinet", council) == "cabinet-2"  # its own body's: a number
    assert Committee.free_slug("Cabinet", partner, exclude_pk=theirs.pk) == "cabinet-hartlepool"


def test_two_committees_cannot_share_an_address(db):
    make_committee(make_body(slug="a"), name="Cabinet", slug="cabinet")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_committee(make_body(slug="b"), name="Cabinet", slug="cabinet")


def test_each_bodys_committee_has_its_own_page_and_feeds(db, client):
    make_committee(make_body(slug="stockton"), name="Cabinet", slug="cabinet")
    partner = make_body(name="Hartlepool Borough Council", slug="hartlepool")
    theirs = make_committee(partner, name="Cabinet", slug=Committee.free_slug("Cabinet", partner))
    page = client.get(theirs.get_absolute_url())
    assert page.status_code == 200 and "Hartlepool Borough Council" in page.content.decode()
    assert client.get(f"/feeds/committees/{theirs.slug}.atom").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_a_shared_address_to_the_first_committee_only():
    before = [("meetings", "0003_document_lead_officer")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    body, committee = apps.get_model("meetings", "Body"), apps.get_model("meetings", "Committee")
    first = committee.objects.create(
        body=body.objects.create(name="Stockton", slug="stockton"), name="Cabinet", slug="cabinet"
    )
    second = committee.objects.create(
        body=body.objects.create(name="Hartlepool", slug="hartlepool"),
        name="Cabinet",
        slug="cabinet",
    )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    slugs = dict(Committee.all_objects.values_list("pk", "slug"))
    assert (slugs[first.pk], slugs[second.pk]) == ("cabinet", "cabinet-hartlepool")
