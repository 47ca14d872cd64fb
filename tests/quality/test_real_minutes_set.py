"""The labelled set of real published minutes (tests/fixtures/real_minutes): complete, from
many councils, split by council, and measured by the bench."""

from collections import Counter

import pytest

from bench.real_minutes_bench import HELD_OUT, REAL, TUNING, evaluate, labels, pages

# The parts added after the first held-out one, each from councils new to the set.
FRESH = [f"heldout{n}" for n in range(2, 37)]


def test_every_page_is_listed_with_its_source_date_and_licence():
    listed = {p["file"] for p in pages()}
    assert listed == {path.name for path in REAL.glob("*.txt")}
    for page in pages():
        assert page["url"].startswith("http")
        assert page["retrieved"] and page["licence"] and page["council"]


def test_it_holds_pages_from_at_least_fifteen_councils_split_by_council():
    assert len(pages()) >= 30
    assert len({p["council"] for p in pages()}) >= 15
    splits = {p["council"]: set() for p in pages()}
    for page in pages():
        splits[page["council"]].add(page["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert Counter(p["split"] for p in pages()).keys() == {"tune", "heldout", *FRESH}


def test_the_held_out_part_is_the_newest_and_not_tuned_on():
    assert HELD_OUT == "heldout36"
    assert HELD_OUT not in TUNING
    assert {
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
    } <= set(TUNING)


@pytest.mark.parametrize(
    ("part", "at_least"),
    # (heldout2 and heldout36 are smaller: their collectors found fewer councils new to the set)
    [(part, 10 if part in ("heldout2", "heldout36") else 15) for part in FRESH],
)
def test_each_fresh_part_is_from_councils_in_no_other_part(part, at_least):
    fresh = pages(part)
    assert len(fresh) >= at_least
    earlier = {p["council"] for p in pages() if p["split"] != part}
    assert not earlier & {p["council"] for p in fresh}
    assert sum(len(labels().get(p["file"], [])) for p in fresh) >= 5


def test_labels_name_listed_pages_and_words_that_are_in_them():
    listed = {p["file"] for p in pages()}
    for name, page_labels in labels().items():
        assert name in listed
        text = (REAL / name).read_text(encoding="utf-8")
        for label in page_labels:
            assert label["text"] in text, label


def test_the_held_out_part_is_measured():
    _per_check, overall, count = evaluate("heldout")
    assert count >= 10
    assert overall.labels >= 5


@pytest.mark.parametrize("part", FRESH)
def test_each_fresh_part_is_measured_on_its_own(part):
    _per_check, overall, count = evaluate(part)
    assert count == len(pages(part))
    assert overall.labels == sum(len(labels().get(p["file"], [])) for p in pages(part))


def test_a_finding_matches_a_label_quoting_the_same_slip_with_other_neighbours():
    from bench.real_minutes_bench import _matches
    from moot.quality.findings import Finding

    def finding(check, text):
        return Finding(check, "1", text, "", 0.8)

    label = {"check": "punctuation", "text": "(DC),),"}
    assert _matches(finding("punctuation", "(GW), D Court (DC),)"), label)
    assert _matches(finding("punctuation", "D Court (DC),), J Hughes"), label)
    assert not _matches(finding("spacing", "(GW), D Court (DC),)"), label)
    assert not _matches(finding("punctuation", "(GW), D Court"), label)
    long_label = {"check": "punctuation", "text": "Minute 48 (South Essex Homes"}
    assert _matches(finding("punctuation", "(South Essex Homes -"), long_label)
    assert not _matches(finding("punctuation", "Minute 52 (Housing Revenue"), long_label)


def test_a_finding_quoting_another_number_is_another_slip():
    from bench.real_minutes_bench import _matches
    from moot.quality.findings import Finding

    label = {"check": "date", "text": "Cabinet on 16 May 2016"}
    assert not _matches(Finding("date", "3.", "16 May 2017", "", 0.8), label)
    assert _matches(Finding("date", "3.", "on 16 May 2016", "", 0.8), label)


# The parts measured once at first sight whose pages are not stored: each page's address,
# body, retrieval date and labels only (tests/fixtures/real_minutes/unstored).
UNSTORED = sorted((REAL / "unstored").glob("heldout*.json"))
KINDS = {
    "spelling",
    "spacing",
    "slip",
    "punctuation",
    "date",
    "name",
    "acronym",
    "no_decision",
    "copied",
    "attendance",
    "numbering",
}


def _unstored(path):
    import json

    return json.loads(path.read_text(encoding="utf-8"))["pages"]


def test_the_unstored_parts_are_numbered_on_from_the_stored_ones():
    numbers = sorted(int(path.stem.removeprefix("heldout")) for path in UNSTORED)
    assert numbers[0] == 37 and numbers == list(range(37, 37 + len(numbers)))


@pytest.mark.parametrize("path", UNSTORED, ids=lambda path: path.stem)
def test_each_unstored_part_names_its_sources_and_labels_and_holds_new_bodies(path):
    part = _unstored(path)
    assert len(part) >= 10
    for page in part:
        assert page["split"] == path.stem
        assert page["url"].startswith("http") and page["council"].strip()
        assert page["retrieved"] and page["licence"]
        assert page["file"].endswith(".txt")
        for label in page["labels"]:
            assert label["check"] in KINDS and label["text"].strip()
    assert len({p["council"] for p in part}) == len(part)  # one page per body
    assert sum(len(p["labels"]) for p in part) >= 20
    # bodies in no earlier part, stored or not
    earlier = {p["council"] for p in pages()}
    for other in UNSTORED:
        if other.stem < path.stem or len(other.stem) < len(path.stem):
            earlier |= {p["council"] for p in _unstored(other)}
    assert not earlier & {p["council"] for p in part}
