"""The labelled set in tests/quality/labelled: big enough, and the checks meet the targets."""

import pytest

from bench.quality_bench import evaluate


@pytest.fixture(scope="module")
def scores():
    return evaluate()


def test_the_labelled_set_has_enough_slips_and_clean_items(scores):
    _per_check, _overall, counts = scores
    assert counts["slips"] >= 30
    assert counts["clean_items"] >= 100


def test_precision_and_recall_meet_the_targets_overall(scores):
    _per_check, overall, _counts = scores
    assert overall.precision >= 0.9, overall.false_alarms
    assert overall.recall >= 0.9, overall.misses
