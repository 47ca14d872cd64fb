import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Files the tests store go to a temporary folder, never ./var."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
