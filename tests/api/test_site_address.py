"""OParl ids and the bulk export follow the address the site is served on: the request's when
``MOOT_SITE_URL`` is unset, ``MOOT_SITE_URL`` whenever it is set, and a zip made for one
host is never handed to another."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from tests.api.conftest import SITE

pytestmark = pytest.mark.django_db

HOST = "localhost:8104"


def _own_urls(data) -> list[str]:
    """Every absolute URL in ``data`` but the OParl schema's type names."""
    urls = re.findall(r'"(https?://[^"]+)"', json.dumps(data))
    return [url for url in urls if not url.startswith("https://schema.oparl.org/")]


def test_oparl_ids_are_on_the_host_the_api_was_asked_on(archive, client, settings):
    settings.SITE_URL = ""
    system = client.get("/oparl/v1/", HTTP_HOST=HOST).json()
    assert system["id"] == f"http://{HOST}/oparl/v1/"
    meeting = client.get(f"/oparl/v1/meeting/{archive.held.pk}/", HTTP_HOST=HOST).json()
    assert meeting["id"] == f"http://{HOST}/oparl/v1/meeting/{archive.held.pk}/"
    listing = client.get("/oparl/v1/bodies/", HTTP_HOST=HOST).json()
    urls = _own_urls(system) + _own_urls(meeting) + _own_urls(listing)
    assert urls and all(url.startswith(f"http://{HOST}/") for url in urls), urls


def test_oparl_ids_use_moot_site_url_whenever_it_is_set(archive, client):
    meeting = client.get(f"/oparl/v1/meeting/{archive.held.pk}/", HTTP_HOST=HOST).json()
    assert meeting["id"] == f"{SITE}/oparl/v1/meeting/{archive.held.pk}/"
    assert HOST not in json.dumps(meeting)


def _zip_system(response) -> dict:
    data = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return json.loads(archive.read("system.json"))


def test_the_export_zip_made_for_one_host_is_not_served_to_another(archive, client, settings):
    settings.SITE_URL = ""
    first = _zip_system(client.get("/oparl/v1/export.zip", HTTP_HOST=HOST))
    assert first["id"] == f"http://{HOST}/oparl/v1/"
    second = _zip_system(client.get("/oparl/v1/export.zip", HTTP_HOST="127.0.0.1:9000"))
    assert second["id"] == "http://127.0.0.1:9000/oparl/v1/"
    again = _zip_system(client.get("/oparl/v1/export.zip", HTTP_HOST=HOST))
    assert again["id"] == f"http://{HOST}/oparl/v1/"
