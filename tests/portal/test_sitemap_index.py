"""The sitemap is an index of sections, each in pages of at most PAGE_SIZE addresses (the
protocol allows 50,000 a file; a large archive has far more): meetings, every agenda item's
own page and the documents held, public ones only."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from moot.portal import sitemaps
from tests.factories import make_item, make_meeting
from tests.portal.seedlike import build_seed_like
from tests.portal.sitemap_pages import LOC, locations, whole_sitemap

pytestmark = pytest.mark.django_db


def test_a_section_longer_than_a_page_is_listed_in_pages(client, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 4)
    seed = build_seed_like()
    index = client.get("/sitemap.xml").content.decode()
    listed = LOC.findall(index)
    # 11 items: three pages of at most four.
    assert "http://testserver/sitemap-items.xml" in listed
    assert "http://testserver/sitemap-items.xml?p=3" in listed
    assert "http://testserver/sitemap-items.xml?p=4" not in listed
    counts = []
    for page in ("", "?p=2", "?p=3"):
        xml = client.get(f"/sitemap-items.xml{page}").content.decode()
        counts.append(len(re.findall("<url>", xml)))
    assert counts == [4, 4, 3]
    every = locations(client)
    assert {item.page_url for item in seed.items} <= every
    assert client.get("/sitemap-items.xml?p=4").status_code == 404
    assert client.get("/sitemap-items.xml?p=0").status_code == 404
    assert client.get("/sitemap-items.xml?p=two").status_code == 404
    assert client.get("/sitemap-secrets.xml").status_code == 404


def test_only_what_the_public_may_read_is_listed(client):
    seed = build_seed_like(with_files=True)
    draft = make_item(seed.meeting, title="Not yet published", published=False)
    gone = make_item(seed.meeting, title="Withdrawn")
    gone.withdrawn_at = timezone.now()
    gone.save()
    every = locations(client)
    assert seed.meeting.get_absolute_url() in every
    assert draft.page_url not in every and gone.page_url not in every
    assert seed.restricted_document.get_absolute_url() not in every
    # Every address listed is there for the public.
    for path in sorted(every):
        assert client.get(path).status_code == 200, path


def test_an_empty_section_is_left_out_of_the_index(client):
    make_meeting()  # a meeting with no items and no documents
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-meetings.xml" in index and "sitemap-pages.xml" in index
    assert "sitemap-items.xml" not in index and "sitemap-documents.xml" not in index
    assert len(whole_sitemap(client)) == 3  # the index, the pages, the meetings
