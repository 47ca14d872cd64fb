import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import make_item, make_meeting
from tests.quality.test_seed_page import SEED

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("check_minutes", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seed():
    if not SEED.exists():
        pytest.skip("the seed page is not here")
    pytest.importorskip("moot.importers.moderngov_page.parser")
    return str(SEED)


def test_it_lists_a_saved_pages_findings_grouped_by_item(seed):
    out = run(seed)
    assert 'SSP/5/25\n  slip         0.95  "rather then" should probably read "rather than".' in out
    assert out.rstrip().endswith("12 findings on 7 items.")


def test_json_prints_a_list_of_findings(seed):
    findings = json.loads(run(seed, "--json"))
    copied = next(f for f in findings if f["check"] == "copied")
    assert copied["item_reference"] == "SSP/8/25"
    assert copied["other_reference"] == "SSP/7/25"
    assert set(copied) == {
        "check",
        "item_reference",
        "text",
        "message",
        "confidence",
        "other_reference",
        "shared",
        "why",
        "evidence",
    }


def test_a_stored_meeting_is_checked_by_id():
    meeting = make_meeting()
    make_item(
        meeting,
        reference="TC/1/25",
        minutes="<p>It was an significant change. The report was noted.</p>",
    )
    findings = json.loads(run(str(meeting.pk), "--json"))
    assert [(f["check"], f["text"]) for f in findings] == [("slip", "an significant")]


def test_a_clean_meeting_says_so():
    meeting = make_meeting()
    make_item(meeting, reference="TC/1/25", minutes="<p>The report was noted.</p>")
    assert run(str(meeting.pk)) == "No findings.\n"


def test_an_unknown_meeting_or_unreadable_file_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="No meeting with id 999999"):
        run("999999")
    with pytest.raises(CommandError, match="neither a meeting id nor a readable file"):
        run(str(tmp_path / "missing.txt"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(CommandError, match="not a meeting page"):
        run(str(empty))


def test_a_saved_item_or_decision_page_is_checked_as_one_item(tmp_path):
    from tests.quality.test_whole_page_text import DECISION_PAGE

    page = tmp_path / "decision.txt"
    page.write_text(DECISION_PAGE.replace("the wider Cabinet", "the the wider Cabinet"))
    out = run(str(page))
    assert out.startswith("1\n")
    assert '"the the": a word twice.' in out
    assert "no_decision" not in out
    words = tmp_path / "words.txt"
    words.write_text("Just some words.\nAnd more.\n")
    with pytest.raises(CommandError, match=r"words.txt: Nothing to check: .*decision's page"):
        run(str(words))
