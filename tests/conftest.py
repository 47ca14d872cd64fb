"""Shared test set-up: fast passwords and a media folder of each test's own."""

import os

import pytest

os.environ.setdefault("MOOT_TESTING", "true")


@pytest.fixture(autouse=True)
def _own_media_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
