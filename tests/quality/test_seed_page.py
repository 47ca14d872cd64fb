"""The seed page: the slips a careful reader finds in it, and nothing else."""

import pytest

from moot.quality.adapters import from_page
from tests.samples import SEED_PAGE

parser = pytest.importorskip("moot.importers.moderngov_page.parser")

SEED = SEED_PAGE

EXPECTED = [
    ("spelling", "SSP/4/25", "reginal"),
    ("title", "SSP/4/25", "DARDRS"),  # the minutes write DARDRs
    # (a possessive's apostrophe left out or misplaced: filed as punctuation)
    ("punctuation", "SSP/4/25", "adult's rights"),  # adults' rights
    ("punctuation", "SSP/4/25", "professional's knowledge"),  # professionals' knowledge
    ("slip", "SSP/5/25", "rather then"),
    ("slip", "SSP/6/25", "an 13.7%"),
    ("punctuation", "SSP/7/25", "Harmonies national"),  # Harmony's
    ("copied", "SSP/8/25", None),  # from SSP/7/25
    ("acronym", "SSP/8/25", "CT"),
    # SSP/8/25's copied minutes carry SSP/7/25's slip with them.
    ("punctuation", "SSP/8/25", "Harmonies national"),
    ("acronym", "SSP/10/25", "CSPs"),
    ("acronym", "SSP/11/25", "SBC"),
]


@pytest.fixture(scope="module")
def findings():
    if not SEED.exists():
        pytest.skip("the seed page is not here")
    return from_page(parser.parse_page_file(SEED)).check()


def test_the_seeds_known_slips_are_found_and_nothing_else(findings):
    got = [(f.check, f.item_reference, None if f.check == "copied" else f.text) for f in findings]
    assert got == EXPECTED


def test_the_copied_minutes_name_the_item_they_came_from_and_how_much_is_shared(findings):
    [copied] = [f for f in findings if f.check == "copied"]
    assert copied.other_reference == "SSP/7/25"
    assert copied.shared > 0.9


def test_acronyms_spelled_out_at_first_use_are_not_reported(findings):
    reported = {f.text for f in findings if f.check == "acronym"}
    assert reported.isdisjoint({"DARDRs", "DARDRS", "SAR", "SARs", "TSAB", "DAPO", "GPS"})


def test_the_csps_finding_offers_the_long_form_used_earlier_in_the_meeting(findings):
    [csps] = [f for f in findings if f.text == "CSPs"]
    assert "Community Safety Partnerships" in csps.message
