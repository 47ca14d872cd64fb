import pytest
from django.core.cache import cache

from tests.clerk.personas import make_personas


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def personas(db):
    return make_personas()
