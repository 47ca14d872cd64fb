"""The labelled set written in the styles of real minutes (16_real_styles.json): big enough,
and the checks meet the targets on it alone as well as on the whole set."""

import pytest

from bench.quality_bench import LABELLED, evaluate

REAL_STYLES = LABELLED / "16_real_styles.json"


@pytest.fixture(scope="module")
def scores():
    return evaluate([REAL_STYLES])


def test_it_holds_several_meetings_with_enough_clean_items_and_slips(scores):
    _per_check, _overall, counts = scores
    assert counts["meetings"] >= 8
    assert counts["clean_items"] >= 60
    assert counts["slips"] >= 15


def test_precision_and_recall_meet_the_targets_on_it(scores):
    _per_check, overall, _counts = scores
    assert overall.precision >= 0.9, overall.false_alarms
    assert overall.recall >= 0.9, overall.misses
