"""Shared test set-up: fast passwords and a media folder of each test's own."""

import os

import pytest

os.environ.setdefault("MOOT_TESTING", "true")


@pytest.fixture(autouse=True)
def _own_media_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests inside a rolled-back transaction never commit, so the page cache's key would not
    # move on: it is off unless a test turns it on (tests/portal/test_page_cache.py).
    settings.PAGE_CACHE_SECONDS = 0
    # Signed-in clients are made with force_login: two-factor sign-in has tests of its own
    # (tests/access/test_two_factor.py), which turn the requirement back on.
    settings.TWO_FACTOR_REQUIRED = False
