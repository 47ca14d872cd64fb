from moot.quality.core import check_meeting
from tests.quality.minutes import found, item


def spelling(items, **kw):
    return found(check_meeting(items, **kw), "spelling")


def test_a_misspelt_word_is_found_with_a_suggestion():
    items = [item("T/1/25", "This can be on a local, reginal and national level.")]
    [finding] = check_meeting(items, checks=["spelling"])
    assert finding.text == "reginal"
    assert '"regional"' in finding.message
    assert finding.confidence >= 0.8


def test_american_spellings_are_not_british():
    items = [item("T/1/25", "The town center was busy and the color scheme was agreed.")]
    assert spelling(items) == [("spelling", "T/1/25", "center"), ("spelling", "T/1/25", "color")]


def test_british_words_names_possessives_compounds_and_council_terms_pass():
    items = [
        item(
            "T/1/25",
            "Councillor Okafor praised the multi-agency safeguarding work of Thornaby's "
            "organisations, whilst the outturn showed an underspend; adults' wellbeing and the "
            "officers' programme were discussed, e.g. at the drop-in, etc.",
        )
    ]
    assert spelling(items) == []


def test_the_glossary_adds_the_bodys_own_terms():
    items = [item("T/1/25", "The carelinc process was agreed.")]
    assert spelling(items) == [("spelling", "T/1/25", "carelinc")]
    assert spelling(items, glossary=["carelinc"]) == []
