"""Every finding says why it matters and what to do, and can carry its evidence."""

from moot.quality.findings import WHY, Check, Finding


def test_it_has_a_why_for_every_check_kind():
    assert set(WHY) >= set(Check.ALL)
    for check in Check.ALL:
        assert WHY[check].strip().endswith(".")


def test_it_fills_why_from_the_check_kind_when_a_check_gives_none():
    finding = Finding(Check.SPELLING, "5", "recieve", '"recieve": not a word.', 0.8)
    assert finding.why == WHY[Check.SPELLING]
    assert finding.evidence == []


def test_it_keeps_a_why_and_evidence_the_check_gives():
    finding = Finding(
        Check.TITLE,
        "4",
        "3 February 2025",
        "The date differs from the agenda.",
        0.9,
        why="Minutes approved with the wrong date approve a different meeting.",
        evidence=[("In the agenda", "3 March 2025"), ("In the minutes", "3 February 2025")],
    )
    assert finding.why.startswith("Minutes approved")
    data = finding.to_json_dict()
    assert data["why"] == finding.why
    assert data["evidence"] == [
        {"label": "In the agenda", "value": "3 March 2025"},
        {"label": "In the minutes", "value": "3 February 2025"},
    ]
