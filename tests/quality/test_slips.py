import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import found, item


def slips(*paragraphs):
    return [
        text for _check, _item, text in found(check_meeting([item("T/1/25", *paragraphs)]), "slip")
    ]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Restrictions can be zonal rather then limited to a home.", "rather then"),
        ("Sexual offences showed an 13.7% increase.", "an 13.7%"),
        ("It was a 8% rise.", "a 8%"),
        ("It was an significant change.", "an significant"),
        ("It was an one-off payment.", "an one-off"),
        ("Officers said their was a backlog.", "their was"),
        ("Residents felt there views were ignored.", "there views"),
        ("The council thanked staff for it's work.", "for it's"),
        ("The trust has it's own policy.", "it's own"),
        ("The line should of been open.", "should of"),
        ("Staff thanked the the volunteers.", "the the"),
        ("Members asked weather or not a fee applied.", "weather or not"),
        ("He had never had his license reviewed.", "his license"),
        ("The access was to narrow for fire engines.", "was to narrow"),
        ("Councillor Jones abstained from voting to due to a prior interest.", "to due to"),
        ("It was the last item in the course the of the meeting.", "the of the"),
        ("The report was sent the to the Board.", "the to the"),
        ("b. The Councillor Mrs Ahmed and Dodd be appointed to the group.", "The Councillor Mrs"),
        ("Officers would attend to the give the Committee an update.", "to the give the"),
        ("In responsive to a question, the Officer said no.", "In responsive to"),
    ],
)
def test_each_kind_of_word_slip_is_found(sentence, slip):
    assert slips(sentence) == [slip]


# A possessive's apostrophe misplaced: found by the slip rules, filed as punctuation (the kind
# a reader files it under).
@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("To protect adult's rights to live independent lives.", "adult's rights"),
        ("It develops professional's knowledge and skills.", "professional's knowledge"),
        ("The chair drew member's attention to the addendum.", "drew member's attention"),
        ("The Clerk drew Councillor's attention to the protocol.", "drew Councillor's attention"),
        ("Members supported the Committees recommendation.", "the Committees recommendation"),
    ],
)
def test_each_misplaced_apostrophe_is_found_as_punctuation(sentence, slip):
    findings = found(check_meeting([item("T/1/25", sentence)]), "punctuation")
    assert [text for _check, _item, text in findings] == [slip]
    assert slips(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was an 8% rise and an 11% fall, then an 18 month plan.",
        "A unique site, a one-off grant, a university, an hour, an honest answer, an MP, a CSP.",
        "There was a backlog, and there were concerns; their views were noted.",
        "The Director said that it's important to keep going; the council and its partners agreed.",
        "Members would rather wait, then decide in March.",
        "Each member's view was heard; the young person's views and the Chair's summary followed.",
        "A 'meet the Board' event was held. Item (a) an update was given.",
        "The aim was to narrow the gap; it had had an effect.",
        "The partnership's annual report and last year's figures were noted.",
        "The delay was due to the weather; payments due to the Council were made.",
        "The sum was treated as due to the Council; it was returned to the due date.",
        "Appendix A to the report was noted; the A to Z of services and the by-election.",
        "The Councillor said that the Councillor's own view was different.",
        "The chair drew the member's attention, and each member's attention, to the addendum.",
        "Councillor Mrs Ahmed was thanked by the Councillor.",
        "Members referred to the note the Clerk had circulated and to the report.",
        "The Committees Team and the Scrutiny Committees work programme were noted.",
        "The response was responsive to residents.",
    ],
)
def test_correct_sentences_are_not_flagged(sentence):
    assert slips(sentence) == []


def test_a_names_plural_written_for_its_possessive_is_found():
    text = [
        "Project Harmony was approaching two years of operation.",
        "Similar projects were implemented due to Harmonies national recognition of success.",
    ]
    # (an apostrophe left out: filed as punctuation)
    punctuation = found(check_meeting([item("T/1/25", *text)]), "punctuation")
    assert [found_text for _check, _item, found_text in punctuation] == ["Harmonies national"]


def test_plural_role_nouns_are_not_taken_for_possessives():
    assert (
        slips("The Officer business was noted.", "It was asked that Officers bring a report.") == []
    )


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "The trust must provide a safe and health environment for staff.",
            "safe and health environment",
        ),
        ("Members were asked to see agenda 6 for the detail.", "see agenda 6"),
        ("The site was some distance away form the town centre.", "away form the"),
        ("Residents had received a letter form the council.", "letter form the"),
    ],
)
def test_a_wrong_word_given_away_by_its_phrase_is_found(sentence, slip):
    assert slips(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's Local Agenda 21 work and its agenda 2030 goals were noted.",
        "Members completed the feedback form the officers had sent.",
        "The councillors form the panel; the request form the clerk uses was changed.",
        "A safe and healthy environment, and the health environment team, were discussed.",
    ],
)
def test_the_same_words_in_a_right_phrase_are_not_flagged(sentence):
    assert slips(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("In response, the Officer Explained that the scheme was funded.", "Officer Explained"),
        ("Councillor Hughes Thanked the residents for attending.", "Hughes Thanked"),
    ],
)
def test_a_stray_capital_on_a_verb_in_mid_sentence_is_found(sentence, slip):
    assert slips(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "Explained: the Officer set out the scheme.",
        "The leaflet 'Planning Explained Simply' was circulated.",
        "Members Noted the report and Agreed the recommendations.",
        "The Director Explained the plan. The Chair Explained the rules. The Clerk Explained it.",
    ],
)
def test_capitals_at_a_start_in_a_title_or_in_the_house_style_are_not_flagged(sentence):
    assert slips(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "The Chairman revised the order of the agenda in view the two public speaking requests.",
            "in view the",
        ),
        ("Members spoke in favour the motion.", "in favour the"),
        ("The Clerk wrote on behalf the Council.", "on behalf the"),
        (
            "The minutes were approved, subject to removing a reference at the end of paragraphs 10.",
            "paragraphs 10",
        ),
        ("The Committee considered items 6 of the agenda.", "items 6"),
    ],
)
def test_a_preposition_without_its_of_and_a_plural_before_one_number_are_slips(sentence, slip):
    assert slips(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members agreed to keep in view the progress of the scheme.",
        "Paragraphs 10 and 11 of the report were discussed.",
        "Agenda items 15 - 18 would be taken after item 8.",
        "The information is exempt under paragraphs 3(a) of Schedule 12A.",
        "See paragraphs 3.1 to 3.5 and items 6, 7 and 8.",
        "In view of the late hour, the item was deferred. In respect of the budget, none.",
    ],
)
def test_those_slips_stay_quiet_where_the_sentence_is_right(sentence):
    assert slips(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "RESOLVED: That the minutes of the meeting of the Cabinet meeting held on "
            "5 September 2024 be approved.",
            "meeting of the Cabinet meeting",
        ),
        (
            "The minutes of the meeting of the Overview and Scrutiny Committee meeting were noted.",
            "meeting of the Overview and Scrutiny Committee meeting",
        ),
        (
            "A written answer on the contract awarded to the London Borough Islington.",
            "London Borough Islington",
        ),
        (
            "As this was the first meeting of the new Committee, The Committee received copies.",
            ", The Committee received",
        ),
    ],
)
def test_it_finds_a_doubled_noun_a_missing_of_and_a_capital_after_a_comma(sentence, slip):
    assert [f.text for f in check_meeting([item("T/1/25", sentence)]) if f.check == "slip"] == [
        slip
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting of the Cabinet held on 5 September 2024 was noted.",
        "At the meeting of the Board on 5 May, the meeting agreed to defer the item.",
        "The meeting of the Council Meeting Room users was arranged.",
        "The London Borough of Islington and the London Boroughs Grants Committee replied.",
        "Officers met the London Borough Councils' leaders.",
        "Held at the Council Offices, The Committee Room, Holt Road.",
        "The Chair, the Leader and the Mayor attended; The Committee then agreed the report.",
    ],
)
def test_it_leaves_the_right_forms_alone(sentence):
    assert [f.text for f in check_meeting([item("T/1/25", sentence)]) if f.check == "slip"] == []


def test_things_received_from_people_need_no_apostrophe():
    for minutes in (
        "To receive from Members declarations and the nature thereof in relation to any item.",
        "The Clerk invited from councillors nominations for the vacant seat.",
    ):
        assert found(check_meeting([item("E/2/26", minutes)]), "slip") == [], minutes


def test_peoples_things_after_other_prepositions_are_still_found():
    minutes = "Officers answered Members concerns and the report was noted."
    assert found(check_meeting([item("E/3/26", minutes)]), "punctuation") == [
        ("punctuation", "E/3/26", "Members concerns")
    ]


def test_a_numbered_heading_run_into_text_that_repeats_its_last_word_is_no_slip():
    # a page whose line breaks were lost: the heading, then the text under it
    minutes = (
        "14/26 Minutes of Previous Meeting Meeting of Ashby Parish Council held on 9 March "
        "2026 were approved. 15/26 Planning Applications Applications received were noted."
    )
    assert found(check_meeting([item("P/1/26", minutes)]), "slip") == []


def test_a_word_twice_outside_a_numbered_heading_is_still_found():
    for minutes, twice in (
        ("The Planning Meeting Meeting was held at the village hall.", "Meeting Meeting"),
        ("14/26 Minutes The minutes of the the meeting were approved.", "the the"),
        ("The meeting on 10 March Meeting Meeting was cancelled.", "Meeting Meeting"),
    ):
        assert found(check_meeting([item("P/2/26", minutes)]), "slip") == [
            ("slip", "P/2/26", twice)
        ], minutes


def test_a_plural_ending_a_longer_name_is_not_a_possessive():
    text = (
        "A Member must within 28 days of becoming aware of any changes to their Disclosable "
        "Pecuniary Interests provide written notice to the Monitoring Officer."
    )
    assert slips(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chair's welcome. The Chair welcomed everyone to the meeting.",
        "Clerk's report: the Clerk reported on the year's business.",
        "Visitors came from Towns around the county to the show.",
    ],
)
def test_the_one_chair_and_a_plural_before_a_preposition_are_no_possessive_slips(text):
    assert slips(text) == []
