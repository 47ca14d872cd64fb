"""The sitemap, robots.txt and the pages' printed links carry the address the site is served
on: the request's when ``MOOT_SITE_URL`` is unset, ``MOOT_SITE_URL`` whenever it is set. A page
cached for one host is never served to another with the first host's links."""

from __future__ import annotations

import pytest

from tests.portal.seedlike import build_seed_like
from tests.portal.sitemap_pages import whole_sitemap

pytestmark = pytest.mark.django_db

HOST = "localhost:8104"


@pytest.fixture
def unset(settings):
    settings.SITE_URL = ""


def test_the_sitemap_lists_pages_on_the_host_it_was_asked_on(client, unset):
    seed = build_seed_like()
    xml = "".join(whole_sitemap(client, HTTP_HOST=HOST))
    assert f"<loc>http://{HOST}/sitemap-meetings.xml</loc>" in xml  # the index
    assert f"<loc>http://{HOST}{seed.meeting.get_absolute_url()}</loc>" in xml
    assert ":8000" not in xml


def test_robots_txt_names_the_sitemap_on_the_host_it_was_asked_on(client, unset):
    body = client.get("/robots.txt", HTTP_HOST=HOST).content.decode()
    assert f"Sitemap: http://{HOST}/sitemap.xml" in body
    assert ":8000" not in body


def test_a_request_over_https_gets_https_links(client, unset):
    body = client.get("/robots.txt", HTTP_HOST="localhost", secure=True).content.decode()
    assert "Sitemap: https://localhost/sitemap.xml" in body


def test_moot_site_url_wins_over_the_host_asked_on(client, settings):
    settings.SITE_URL = "https://democracy.example.gov.uk"
    seed = build_seed_like()
    xml = "".join(whole_sitemap(client, HTTP_HOST=HOST))
    body = client.get("/robots.txt", HTTP_HOST=HOST).content.decode()
    assert f"<loc>https://democracy.example.gov.uk{seed.meeting.get_absolute_url()}</loc>" in xml
    assert "Sitemap: https://democracy.example.gov.uk/sitemap.xml" in body
    assert HOST not in xml + body


@pytest.mark.django_db(transaction=True)
def test_a_page_cached_for_one_host_is_not_served_with_its_links_to_another(client, settings):
    from django.core.cache import cache

    settings.SITE_URL = ""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    seed = build_seed_like(with_files=True)
    url = seed.meeting.get_absolute_url()
    document = seed.documents[0].get_absolute_url()
    first = client.get(url, HTTP_HOST=HOST).content.decode()
    assert f"http://{HOST}{document}" in first
    second = client.get(url, HTTP_HOST="127.0.0.1:9000").content.decode()
    assert f"http://127.0.0.1:9000{document}" in second
    assert HOST not in second
    again = client.get(url, HTTP_HOST=HOST).content.decode()
    assert f"http://{HOST}{document}" in again
