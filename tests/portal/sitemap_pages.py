"""Reading the sitemap as a search engine does: the index at /sitemap.xml, then every page
of every section it names."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

LOC = re.compile(r"<loc>([^<]+)</loc>")


def whole_sitemap(client, **headers) -> list[str]:
    """The text of the index and of every sitemap it lists, in order (each asserted 200)."""
    index = client.get("/sitemap.xml", **headers)
    assert index.status_code == 200, index.status_code
    texts = [index.content.decode()]
    for loc in LOC.findall(texts[0]):
        parts = urlsplit(loc)
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""), **headers)
        assert response.status_code == 200, (loc, response.status_code)
        texts.append(response.content.decode())
    return texts


def locations(client, **headers) -> set[str]:
    """Every address the sitemap lists (sections excluded), as paths."""
    found: set[str] = set()
    for text in whole_sitemap(client, **headers)[1:]:
        found.update(urlsplit(loc).path for loc in LOC.findall(text))
    return found
