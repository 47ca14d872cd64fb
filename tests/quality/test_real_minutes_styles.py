"""Styles of real published minutes that are not slips: the checks leave them alone.

Every case here stands for a false alarm the checks once raised on real council minutes
(see "Measured on real minutes" in docs/quality.md); the sentences are made up.
"""

from moot.quality.core import check_meeting
from tests.quality.minutes import found, item


def findings(*items, **kw):
    return found(check_meeting(list(items), **kw))


def test_a_title_in_capitals_is_not_an_acronym_written_differently():
    minutes = "Members received the annual review of scrutiny arrangements."
    assert findings(item("1", minutes, title="ANNUAL REVIEW OF SCRUTINY ARRANGEMENTS")) == []


def test_an_acronym_in_a_mixed_title_written_differently_in_the_minutes_is_still_found():
    minutes = "Members heard that two Child Practice Reviews (CPRs) were under way."
    got = findings(item("1", minutes, title="Update on CPRS"))
    assert got == [("title", "1", "CPRS")]


def test_a_heading_in_capitals_inside_the_minutes_holds_no_acronyms():
    minutes = ["FORMER COUNCILLOR MARGARET HOLLINRAKE", "Members stood in silence."]
    assert findings(item("1", *minutes)) == []


def test_initials_of_people_are_not_acronyms():
    minutes = [
        "JS to circulate the revised terms of reference. AB and KT to meet the contractor.",
        "Action: PW/JS",
        "The Clerk (RM) confirmed the booking; Cllr HD reported on the footpath.",
        "Present: Bethan Ellis Pryce (BEP), Owain Roberts OR and Siân Hughes.",
        "OR proposed the grant.",
        "SH seconded the proposal.",
    ]
    assert findings(item("1", *minutes)) == []


def test_police_ranks_before_a_name_are_titles_not_acronyms():
    minutes = "ACC Dunmore and DCI Preece presented the report. The report was noted."
    assert findings(item("1", minutes)) == []


def test_acronyms_the_public_knows_by_their_letters_need_no_spelling_out():
    minutes = "The GDPR notice, the HMRC return and the VE Day event were noted."
    assert findings(item("1", minutes)) == []


def test_sector_jargon_still_needs_spelling_out():
    minutes = "The CIL receipts were noted."
    assert findings(item("1", minutes)) == [("acronym", "1", "CIL")]


def test_addresses_times_money_and_references_are_not_words():
    minutes = (
        "Details are at https://www.examplebury.gov.uk/open-spaces and from "
        "clerk@examplebury-pc.gov.uk. The meeting closed at 8.45pm; £1.2m and £350k were "
        "set aside under Minute 45/23 and the Localism Act 2011 on the 24th."
    )
    assert findings(item("1", minutes)) == []


def test_words_with_accents_and_optional_endings_are_words():
    minutes = "The café and the naïve rôle of the child(ren) and member(s) were noted."
    assert findings(item("1", minutes)) == []


def test_list_markers_in_roman_numerals_are_not_words():
    minutes = "(iii) the lease; (iv) the licence; (vii) the grant. All were noted."
    assert findings(item("1", minutes)) == []


def test_an_american_spelling_is_reported_with_the_british_one():
    got = check_meeting([item("1", "The color of the benches was agreed.")])
    [finding] = got
    assert (finding.check, finding.text) == ("spelling", "color")
    assert '"colour"' in finding.message
    assert 0.65 <= finding.confidence < 0.8


def test_oxford_ize_spellings_are_british():
    assert findings(item("1", "The organization had recognized the problem.")) == []


def test_two_words_run_together_are_reported_as_such():
    [finding] = check_meeting([item("1", "It was recommendedthat the grant be paid.")])
    assert finding.text == "recommendedthat"
    assert '"recommended that"' in finding.message


def test_two_words_written_solid_are_a_compound_and_only_a_hint():
    minutes = "A manual lookback at the repairs history was agreed."
    assert findings(item("1", minutes)) == []
    assert findings(item("1", minutes), min_confidence=0) == [("spelling", "1", "lookback")]


def test_an_unknown_lower_case_word_with_no_close_word_is_a_hidden_hint():
    # On the labelled real minutes, at first sight, such words were slips 0 times in 22.
    assert check_meeting([item("1", "The cynefin project was welcomed.")]) == []
    [finding] = check_meeting([item("1", "The cynefin project was welcomed.")], min_confidence=0)
    assert finding.text == "cynefin"
    assert finding.confidence < 0.6


def test_a_bare_possessive_after_a_modifier_is_only_a_hint():
    minutes = "Costs include admin contractor's fees."
    assert findings(item("1", minutes)) == []


def test_an_initial_before_a_surname_is_not_the_article():
    assert findings(item("1", "Apologies were received from Cllr. A Edwards.")) == []


def test_repeated_initials_are_not_a_doubled_word():
    assert findings(item("1", "The matter was raised with Carms C C in writing.")) == []


def test_procedural_items_need_no_decision():
    titles_and_minutes = [
        ("Members' Declarations under the Code of Conduct", "Cllr Pugh declared an interest."),
        ("Chair's Communications", "The Chair thanked the outgoing Clerk."),
        ("Questions and Petitions", "Two questions had been received and were answered."),
        ("Such Other Business", "The Chair raised the date of the away day."),
        ("Election of Chairman", "Cllr Rees was nominated and seconded for Chairman."),
        ("TO RECEIVE AND NOTE THE MINUTES OF THE FINANCE COMMITTEE", "Members received them."),
        ("Open Discussion", "Residents raised the state of the footpaths."),
    ]
    items = [
        item(str(n), minutes, title=title, kind="other", decisions=[])
        for n, (title, minutes) in enumerate(titles_and_minutes)
    ]
    assert findings(*items) == []


def test_actions_notes_and_empty_items_record_their_outcome():
    minutes = [
        ("Internal Audit", "The Clerk had heard nothing. Action: Clerk to chase the auditor."),
        ("Membership", "It was noted that Mr Lowe had resigned from the council."),
        ("Planning Matters", "There were no planning matters requiring consideration."),
        ("Police Report", "No police report had been received."),
        ("Staffing Minutes", "Members received and noted the minutes."),
        ("Former Councillor", "All present stood for a minute's silence in her memory."),
    ]
    items = [
        item(str(n), text, title=title, kind="other", decisions=[])
        for n, (title, text) in enumerate(minutes)
    ]
    assert findings(*items) == []


def test_an_item_of_business_with_no_outcome_is_still_found():
    minutes = "Members discussed the condition of the play area at length."
    got = findings(item("1", minutes, title="Play Area", kind="decision", decisions=[]))
    assert got == [("no_decision", "1", "Play Area")]


def test_a_capitalised_slip_of_a_word_written_elsewhere_is_found_but_names_are_not():
    minutes = [
        "The Task and Finish Group reported. The Trask and Finish Group would meet again.",
        "Councillors Bowell and Powell thanked the group.",
    ]
    got = findings(item("1", *minutes))
    assert got == [("spelling", "1", "Trask")]
