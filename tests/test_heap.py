"""moot.heap.frozen: what a long run finds loaded is kept out of its garbage collections."""

from __future__ import annotations

import gc

import pytest

from moot import heap


@pytest.fixture
def unfrozen():
    if gc.get_freeze_count():
        pytest.skip("this process froze its heap already")
    yield
    gc.unfreeze()


def test_the_heap_as_found_is_frozen_during_the_block_and_given_back_after(unfrozen):
    loaded = [object() for _ in range(100)]
    with heap.frozen():
        assert gc.get_freeze_count() >= len(loaded)
        # What the block makes stays with the collector: a cycle made here is freed.
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
    assert gc.get_freeze_count() == 0


def test_a_block_inside_another_leaves_the_outer_freeze_standing(unfrozen):
    # (counts, not equalities: a frozen object freed meanwhile leaves the count)
    with heap.frozen():
        with heap.frozen():
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0  # not given back by the inner block
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_before_the_block_stays_frozen_after_it(unfrozen):
    gc.freeze()  # as gunicorn's master does before it forks the workers
    with heap.frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() > 0  # the block did not give back what it did not freeze
