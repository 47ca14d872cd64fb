"""Rules for kinds of slip that real published minutes showed the checks missing, each as a
general rule, with made-up sentences in the likeness of real minutes: the slip, and the near
misses that are written so on purpose and must pass."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs):
    return [f.text for f in check_meeting([item("T/1/25", *paragraphs)]) if f.check == check]


# A semicolon with no space after it between two words.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "Members were asked to declare any personal interest;and to say what it related to.",
            "interest;and",
        ),
        ("The report was noted;Members thanked the officer.", "noted;Members"),
    ],
)
def test_a_missing_space_after_a_semicolon_is_found(sentence, slip):
    assert found("spacing", sentence) == [slip]


def test_the_semicolon_message_says_what_to_write():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "Declarations of interest;and dispensations.")])
        if f.check == "spacing"
    ]
    assert finding.confidence == 0.75
    assert '"interest; and"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were 12;14 and 16 across the three years.",
        "See https://example.gov.uk/a;b=c for the papers, or write to clerk;x@example.org.",
        "Agreed; the Clerk to write; Members to reply.",
        # three or more in one item: a list written that way on purpose (but not before a
        # title: "Mr Fraser;Mr Gray;Mrs Munro" is each a slip, as readers marked every one)
        "Wards covered: Abbey;Castle;Priory.",
        "The code was ABC;xyzzq in the old system.",
    ],
)
def test_semicolons_written_so_on_purpose_pass(sentence):
    assert found("spacing", sentence) == []


# The same noun on both sides of "of the".


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "To approve as a correct record and sign the minutes of the minutes of the meeting "
            "held 24 March 2010.",
            "the minutes of the minutes",
        ),
        (
            "The Chair reported on the outcome of the outcome of the appeal.",
            "the outcome of the outcome",
        ),
        ("The Report of the report of the Director was noted.", "The Report of the report"),
    ],
)
def test_a_noun_doubled_around_of_the_is_found(sentence, slip):
    assert found("slip", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the meeting held on 3 March 2025 were agreed.",
        "The Chair of the Chairs' Forum attended.",
        "She described the scheme as the best of the best in the region.",
        "The minutes of the Minutes Secretary's training were not taken.",
        "The members of the Members' Panel were thanked.",
    ],
)
def test_a_noun_not_doubled_passes(sentence):
    assert found("slip", sentence) == []


# A plural with "(s)" after it: the plural twice.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "To receive declarations of interest from Members including the terms(s) of any "
            "dispensation granted.",
            "terms(s)",
        ),
        ("The members(s) concerned left the room for the item.", "members(s)"),
        ("Officers would write to the Councillors(s) named in the report.", "Councillors(s)"),
    ],
)
def test_a_plural_doubled_by_its_optional_ending_is_found(sentence, slip):
    assert found("spelling", sentence) == [slip]


def test_the_doubled_plural_message_gives_both_ways_to_write_it():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "Any member(s) or terms(s) were noted.")])
        if f.check == "spelling"
    ]
    assert finding.confidence == 0.85
    assert '"term(s)"' in finding.message and '"terms"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The member(s) concerned left the room.",
        "The process(es) and the bus(es) used were reviewed.",
        "The address(es) held by the council and the class(es) of licence were listed.",
        "Any child(ren) of the applicant(s) may attend.",
        "The bus(s) timetable was not available.",
        "The analysis(s) was not complete.",
    ],
)
def test_an_optional_plural_written_right_passes(sentence):
    assert found("spelling", sentence) == []


# Real words that in minutes are nearly always a slip for another.


@pytest.mark.parametrize(
    ("sentence", "slip", "meant"),
    [
        ("The minuets of the last meeting were agreed.", "minuets", "minutes"),
        ("The Authorities' Monitoring Repot 2017/18 was noted.", "Repot", "Report"),
        ("Members received the repot of the Chief Executive.", "repot", "report"),
        ("The pubic consultation closed on 3 March.", "pubic", "public"),
        ("Questions from members of the pubic were taken.", "pubic", "public"),
        ("Trade with the Untied Kingdom was discussed.", "Untied", "United"),
        ("The untied Nations goals were adopted.", "untied", "united"),
        ("The Project Manger gave an update.", "Manger", "Manager"),
        ("The manger explained the delay to the works.", "manger", "manager"),
        ("Officers would asses the impact on residents.", "asses", "assess"),
    ],
)
def test_a_real_word_that_is_nearly_always_a_slip_is_found(sentence, slip, meant):
    findings = [
        f for f in check_meeting([item("T/1/25", sentence)]) if f.check in ("spelling", "slip")
    ]
    assert [(f.check, f.text) for f in findings] == [("spelling", slip)]
    assert f'"{meant}"' in findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The sexual health service reported a rise in pubic lice.",
        "The crib and manger were put up in the church for Christmas.",
        "The ribbons had come untied in the wind.",
        "The report was received and members of the public spoke.",
        "The Councillor's questions were answered.",
        "The council would assess the impact; the asses at the sanctuary were well.",
    ],
)
def test_the_real_word_where_it_is_meant_passes(sentence):
    assert [
        f.text for f in check_meeting([item("T/1/25", sentence)]) if f.check in ("spelling", "slip")
    ] == []


# A plural noun for people before a plural noun they own, its apostrophe left out.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "The Chairman assured Council that the Committee was very aware of Members concerns, "
            "which would be raised at Committee.",
            "Members concerns",
        ),
        ("Councillors questions were answered by the Leader.", "Councillors questions"),
        ("Officers comments on the application were circulated.", "Officers comments"),
        ("The survey showed that residents views were mixed.", "residents views"),
        ("The Panel considered partners concerns about funding.", "partners concerns"),
        ("The report set out Members comments.", "Members comments"),
    ],
)
def test_a_people_noun_missing_its_possessive_apostrophe_is_found(sentence, slip):
    assert found("punctuation", sentence) == [slip]


def test_the_possessive_message_gives_the_apostrophe():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "Members concerns were noted.")])
        if f.check == "punctuation"
    ]
    assert finding.confidence == 0.75
    assert '"Members\' concerns"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Members' concerns and residents' views were noted.",
        "The Members Allowances Scheme was approved.",
        "Councillors Smith and Jones attended.",
        "Members always asked about the budget.",
        "A working group of members meets monthly to review the plan.",
        "One of the residents lives next to the site.",
        "Feedback from residents shows strong support for the scheme.",
        "The list of issues raised by local residents includes parking.",
        "Officers told residents plans would be published in May.",
        "The Chair assured Members progress was being made.",
        "The Council thanks residents for their patience.",
        "Officers reports that the works were complete.",
        "Members this year had asked for a briefing.",
        "Members present agreed the minutes.",
        "The residents association was thanked.",
    ],
)
def test_people_nouns_written_right_or_as_subjects_pass(sentence):
    assert found("slip", sentence) == []


# Set phrases of council minutes that need an apostrophe: "a minute's silence", "Members' Code
# of Conduct", "Clerk's Report".


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("At the start of the meeting a minutes silence was observed.", "minutes silence"),
        ("MINUTES SILENCE", "MINUTES SILENCE"),
        ("The Board held a minute silence in memory of Mr Hale.", "minute silence"),
        ("Members stood for two minutes silence.", "two minutes silence"),
        ("(Members Code of Conduct - Part 4A of the Constitution)", "Members Code of Conduct"),
        ("Training on the Councillors code of conduct was offered.", "Councillors code of conduct"),
        ("5. Clerks Report & Items for Information – noted.", "Clerks Report"),
        ("The Chairmans Announcements were heard.", "Chairmans Announcements"),
        ("The Mayors announcements included a visit.", "Mayors announcements"),
        ("The Monitoring Officers report was noted.", "Monitoring Officers report"),
        ("Chief Executives Update", "Chief Executives Update"),
        ("The Treasurers report was received.", "Treasurers report"),
        ("Leaders Report", "Leaders Report"),
        ("The Directors Report set out the position.", "Directors Report"),
    ],
)
def test_a_set_phrase_missing_its_apostrophe_is_found(sentence, slip):
    assert found("punctuation", sentence) == [slip]


def test_the_set_phrase_message_gives_the_apostrophe():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "The Clerks Report was noted.")])
        if f.check == "punctuation"
    ]
    assert '"Clerk\'s Report"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "A minute's silence was held, then two minutes' silence at the memorial.",
        "The Members' Code of Conduct and the Code of Conduct for Members were noted.",
        "The Clerk's Report and the Chair's announcements were received.",
        "A one-minute silence was observed.",
        "The Group Leaders report to Council each year.",
        "Service Directors report quarterly on performance.",
        "The Clerks reported that the hall was booked.",
        "Members present agreed the minutes.",
    ],
)
def test_set_phrases_written_right_or_with_a_verb_pass(sentence):
    assert found("slip", sentence) == []


# A past-tense verb with a stray capital after a name: "Steve Joined the Service in 1994".


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "Area Commander Steve Wells will retire in March. Steve Joined Buckinghamshire Fire "
            "and Rescue Service in 1994 after starting his career elsewhere.",
            "Steve Joined",
        ),
        ("Councillor Hughes Attended the meeting on behalf of the ward.", "Hughes Attended"),
        ("Mrs Patel Retired from the council in 2019 after many years.", "Patel Retired"),
        ("Sarah Presented the report to the Board.", "Sarah Presented"),
    ],
)
def test_a_verb_with_a_stray_capital_after_a_name_is_found(sentence, slip):
    assert found("slip", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "Steve joined the Service in 1994.",
        "The West Yorkshire Combined Authority and Sheffield United Football Club attended.",
        "Greater Manchester Combined Authority Joined Up Care Board",
        "Councillor Hughes Attended",
        "Item 5: Councillor Smith Retired Members Association",
        "The Getting Started guide and the Limited Company were noted.",
    ],
)
def test_names_of_bodies_and_headings_with_a_capitalised_verb_pass(sentence):
    assert found("slip", sentence) == []


# "there" with no verb before a quantity, and an article, an adverb and an article.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "There were no items arising. However, there some items of information for Members.",
            "there some",
        ),
        ("The Clerk advised that there several applications to consider.", "there several"),
        ("Members asked whether there any objections had been received.", "there any"),
        ("There is a currently a waiting list of four.", "a currently a"),
        ("It is an actually a matter for the county council.", "an actually a"),
    ],
)
def test_a_missing_verb_or_a_stray_article_is_found(sentence, slip):
    assert found("slip", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "There are some items of information, and there were several questions.",
        "Were there any objections? Are there many applications?",
        "Officers had visited there some years ago and worked there several months.",
        "The council gave a family a grant and the elderly a voice.",
        "It was a really good meeting, and a currently vacant post was filled.",
        "There is currently a waiting list.",
    ],
)
def test_there_with_its_verb_and_an_adverb_in_its_place_pass(sentence):
    assert found("slip", sentence) == []


# "health" written for "healthy" beside another adjective: "a long, health and happy retirement".


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("We wish Steve a long, health and happy retirement.", "health and happy retirement"),
        ("The aim is a safe and health environment for staff.", "safe and health environment"),
        ("The strategy supports active and health lives for residents.", "active and health lives"),
    ],
)
def test_health_for_healthy_beside_another_adjective_is_found(sentence, slip):
    assert found("slip", sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The health and safety policy and the health and wellbeing board were noted.",
        "A healthy and happy retirement, and safe and healthy lives.",
        "Mental health and happy memories were discussed by the health and care partnership.",
    ],
)
def test_health_as_a_noun_passes(sentence):
    assert found("slip", sentence) == []


# An article before a possessive word, and a chair's casting vote without its apostrophe.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The Clerk had written to the Her Majesty The Queen with condolences.", "the Her Majesty"),
        ("Members thanked the their volunteers for the work.", "the their volunteers"),
        ("The motion was carried on the chairs casting vote.", "the chairs casting vote"),
    ],
)
def test_it_finds_an_article_before_a_possessive_and_the_chairs_casting_vote(sentence, slip):
    # (the apostrophe left out is filed as punctuation, the article as a slip)
    assert slip in found("slip", sentence) + found("punctuation", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk had written to Her Majesty The Queen with condolences.",
        "The chairs were set out in the hall before the meeting.",
        "The motion was carried on the Chair's casting vote.",
        "Each member declared the his/her interest form complete.",
    ],
)
def test_it_leaves_possessives_written_right_alone(sentence):
    assert found("slip", sentence) == []


def test_a_bracketed_aside_then_a_titled_name_needs_its_comma_in_a_list():
    """ "Cllr S Gill (arrived at 18:50) Cllr M Souter" in a list parted by commas."""
    sentence = "Present: Cllr J Dodd, Cllr S Gill (arrived at 18:50) Cllr M Souter, Cllr R Hunt."
    assert found("punctuation", sentence) == ["(arrived at 18:50) Cllr M Souter"]
    parted = "Present: Cllr J Dodd, Cllr S Gill (arrived at 18:50), Cllr M Souter, Cllr R Hunt."
    assert found("punctuation", parted) == []


# A comma then a full stop, something left out between them.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("MINUTES OF THE COUNCIL MEETING HELD AT THE VICTORIA HALL, .", "HALL, ."),
        ("The grant was paid to the village hall,.", "hall,."),
    ],
)
def test_it_finds_a_comma_then_a_full_stop(sentence, slip):
    assert slip in found("punctuation", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Members listed the halls, the parks, ... and the allotments.",
        "The grant of £1,000. was paid; the hall, the park and the green were noted.",
    ],
)
def test_a_comma_and_a_full_stop_apart_pass(sentence):
    assert found("punctuation", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Present: Mayor S Rotheram, Chairperson of the Combined Authority (in the Chair) "
        "Councillor P Davies, Councillor I Maher.",
        "Present: D J Causby BSc (Hons) Mrs M J Tinsley, Mr J Nelson, Mr R Harkness.",
        "Present: Cllr A Brown (Vice-Chair) Cllr B Green Cllr C White.",
    ],
)
def test_an_aside_that_can_only_be_the_previous_persons_needs_no_comma(sentence):
    assert found("punctuation", sentence) == []
