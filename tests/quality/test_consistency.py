from moot.quality.core import check_meeting
from tests.quality.minutes import found, item

REPORT = (
    "Total recorded crime fell by 4.2% compared with last year. Shoplifting increased by 22.4%. "
    "Residential burglary fell by 18.9%. There were 312 referrals to the domestic abuse service."
)


def test_a_title_that_differs_from_the_agenda_is_found():
    items = [
        item(
            "T/1/25",
            "Noted.",
            title="Corporate Performance Q1",
            agenda_title="Corporate Performance Report Q1",
        )
    ]
    [finding] = check_meeting(items, checks=["title"])
    assert finding.item_reference == "T/1/25"
    assert "Corporate Performance Report Q1" in finding.message


def test_a_title_matching_the_agenda_but_for_case_and_ampersands_is_fine():
    items = [
        item(
            "T/1/25",
            "Noted.",
            title="Recorded Crime & Disorder Report",
            agenda_title="Recorded crime and disorder report",
        )
    ]
    assert found(check_meeting(items), "title") == []


def test_an_acronym_in_the_title_written_differently_in_the_minutes_is_found():
    items = [
        item(
            "T/1/25",
            "Members heard about Domestic Abuse Related Death Reviews (DARDRs).",
            title="Update On DARDRS",
        )
    ]
    assert found(check_meeting(items), "title") == [("title", "T/1/25", "DARDRS")]


def test_a_figure_that_differs_from_the_report_it_quotes_is_found():
    items = [
        item(
            "T/1/25",
            "Shoplifting had increased by 24.2%, in line with the national trend.",
            report_text=REPORT,
        )
    ]
    [finding] = check_meeting(items, checks=["figure"])
    assert finding.text == "24.2%"
    assert "22.4%" in finding.message
    assert finding.confidence >= 0.8


def test_figures_that_match_the_report_or_are_not_in_it_are_fine():
    items = [
        item(
            "T/1/25",
            "Total recorded crime fell by 4.2% and residential burglary fell by -18.9%. There were "
            "312 referrals. Members asked about the 59 women helped by the scheme in 2025.",
            report_text=REPORT,
        )
    ]
    assert found(check_meeting(items), "figure") == []
