"""docs/api.md documents every endpoint the API serves."""

from __future__ import annotations

from pathlib import Path

from moot.api import urls

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_endpoint_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    for pattern in urls.urlpatterns:
        if str(pattern.pattern).startswith("^"):
            continue  # the catch-all JSON 404
        route = "/oparl/v1/" + str(pattern.pattern).replace("<int:pk>", "<pk>").replace(
            "<str:name>", "<name>"
        )
        assert f"`{route}`" in text, f"{route} is not in docs/api.md"
