"""The demo has a register of interests to show: published entries of its made-up
councillors, a gift among them, and a sensitive interest whose details the public never sees."""

from __future__ import annotations

import pytest

from moot.demo.loader import load_demo
from moot.interests.models import RegisterEntry

pytestmark = pytest.mark.django_db


def test_the_demo_publishes_a_register_and_withholds_the_sensitive_interest(client):
    counts = load_demo(papers=False)
    assert counts["register_entries"] == RegisterEntry.objects.count() == 6
    assert load_demo(papers=False)["register_entries"] == 6  # loaded again: nothing new
    page = client.get("/councillors/paul-weston/").content.decode()
    assert "An address in Millbrook ward" not in page
    assert "an interest whose details are withheld under section 32" in page
    whole = client.get("/register-of-interests/").content.decode()
    assert "Teesside business awards dinner" in whole
    assert "Tees Valley Chamber of Commerce" in whole
    assert "An address in Millbrook ward" not in whole
