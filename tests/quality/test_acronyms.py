from moot.quality.core import check_meeting
from tests.quality.minutes import found, item


def acronyms(items, **kw):
    return found(check_meeting(items, **kw), "acronym")


def test_an_acronym_never_spelled_out_is_found_once_at_its_first_use():
    items = [
        item("T/1/25", "The CSP had met twice since the last meeting."),
        item("T/2/25", "The CSP plan was approved."),
    ]
    assert acronyms(items) == [("acronym", "T/1/25", "CSP")]


def test_an_acronym_spelled_out_at_first_use_is_fine_and_so_are_its_plurals():
    items = [
        item("T/1/25", "The Domestic Abuse Related Death Reviews (DARDRs) were discussed."),
        item("T/2/25", "Two more DARDRs had been commissioned, and one DARDR was complete."),
    ]
    assert acronyms(items) == []


def test_the_long_form_may_follow_the_acronym_in_brackets():
    items = [item("T/1/25", "The ICB (Integrated Care Board) had agreed its contribution.")]
    assert acronyms(items) == []


def test_an_acronym_used_before_it_is_spelled_out_is_found_with_where_it_is_spelled_out():
    items = [
        item("T/1/25", "Members asked about the SAR."),
        item("T/2/25", "Officers described Safeguarding Adult Reviews (SAR) in detail."),
    ]
    [finding] = check_meeting(items, checks=["acronym"])
    assert (finding.item_reference, finding.text) == ("T/1/25", "SAR")
    assert "T/2/25" in finding.message


def test_a_title_may_use_an_acronym_its_own_minutes_spell_out():
    items = [
        item(
            "T/1/25",
            "The Domestic Abuse Protection Order (DAPO) pilot began in March.",
            title="DAPO Pilot",
        )
    ]
    assert acronyms(items) == []


def test_an_acronym_only_in_a_title_is_found():
    items = [
        item(
            "T/1/25",
            "Due to an ongoing investigation this item was restricted.",
            title="SBC Performance",
        )
    ]
    assert acronyms(items) == [("acronym", "T/1/25", "SBC")]


def test_the_archive_expansion_is_offered():
    items = [item("T/1/25", "Waiting times for CAMHS had fallen.")]
    [finding] = check_meeting(
        items,
        archive_expansions={"CAMHS": "Child and Adolescent Mental Health Services"},
        checks=["acronym"],
    )
    assert "Child and Adolescent Mental Health Services" in finding.message


def test_a_long_form_written_elsewhere_in_the_meeting_is_suggested():
    items = [
        item("T/1/25", "They work with Community Safety Partnerships across Tees."),
        item("T/2/25", "Crime was compared with other similar CSPs."),
    ]
    [finding] = check_meeting(items, checks=["acronym"])
    assert finding.text == "CSPs"
    assert "Community Safety Partnerships (CSPs)" in finding.message
    assert finding.confidence >= 0.8


def test_a_long_form_written_in_the_same_item_makes_it_a_hint():
    items = [
        item(
            "T/1/25",
            "Crime was compared with other Community Safety Partnerships.",
            "Most CSPs saw a fall.",
        )
    ]
    assert check_meeting(items, checks=["acronym"]) == []
    [finding] = check_meeting(items, checks=["acronym"], min_confidence=0)
    assert "Community Safety Partnerships (CSPs)" in finding.message
    assert finding.confidence < 0.6


def test_an_acronym_whose_words_head_the_item_is_a_hint_and_one_written_nowhere_is_not():
    # As a parish's minutes write it: the heading spells it out, the text then uses it.
    items = [
        item(
            "1",
            "Present: Rachel Wood. RW gave an update on the NDP. The grant has been awarded.",
            title="Neighbourhood Development Plan",
        ),
        item("2", "The VAS was moved to the other end of the village."),
    ]
    assert acronyms(items) == [("acronym", "2", "VAS")]
    assert ("acronym", "1", "NDP") in acronyms(items, min_confidence=0)


def test_initials_of_whoever_proposed_seconded_or_agreed_are_people():
    items = [
        item("1", "Apologies – Neil Munro."),
        item("2", "Minutes of last meeting on 20 June 2012. Agreed – FML and JSY."),
        item("3", "The accounts were adopted. Proposed: KLM, seconded: PQR."),
        item("4", "The precept was set, proposed by GHJ and seconded by TUV."),
        item("5", "It was agreed that TW, as treasurer, would keep separate accounts."),
        item("6", "NON KCC – Councillor Ted Thompson attended."),
    ]
    assert acronyms(items) == [("acronym", "6", "KCC")]
    # Not letters agreed to, nor an acronym agreed on
    items = [item("1", "Members agreed the SLA with the school.")]
    assert acronyms(items) == [("acronym", "1", "SLA")]


def test_well_known_acronyms_references_capitals_and_shouting_are_not_acronyms():
    items = [
        item(
            "T/1/25",
            "Patients should see their GP or call NHS 111; CCTV covered the UK sites and GPS "
            "tags were used.",
            "RESOLVED that the report be NOTED. Item T/4/25 and application 25/0412/FUL were "
            "deferred.",
            "PLEASE NOTE THE CHANGE OF VENUE.",
        )
    ]
    assert acronyms(items) == []


def test_fire_service_ranks_before_a_name_are_ranks():
    items = [item("F/3/26", "WM Okafor and SM Lindqvist described the rescue at Brockholes.")]
    assert acronyms(items) == []
    # not before a name: letters to spell out (two letters alone are a hint, see below)
    assert acronyms([item("F/4/26", "The WM programme is behind schedule.")], min_confidence=0) == [
        ("acronym", "F/4/26", "WM")
    ]


def test_letters_spelled_out_with_a_prefix_explain_their_tail_and_the_whole():
    items = [
        item(
            "F/5/26",
            "The paper described the UK Flood Rescue Tactical Advisers (UK FRTA), who train "
            "crews abroad. Two FRTA were sent to Malawi; the UKFRTA budget is national.",
        ),
        item("F/6/26", "The JRT had not yet reported."),  # spelled out nowhere
    ]
    assert acronyms(items) == [("acronym", "F/6/26", "JRT")]


def test_the_councils_or_authoritys_own_initials_are_explained_by_its_name_written_out():
    items = [
        item("F/7/26", "A report to the CFA in May set out the new rota."),
        item("F/8/26", "The Combined Fire Authority thanked the crews and the Service Board."),
        # a partnership written out is not the body itself: its letters are still found
        item("F/9/26", "The CSP met in June. The Community Safety Partnership has a new chair."),
    ]
    # (a hint, since its words are in the same item, though not tied to it)
    assert acronyms(items, min_confidence=0) == [("acronym", "F/9/26", "CSP")]


def test_bodies_firms_and_abbreviations_the_public_knows_need_no_spelling_out():
    text = "The TUC, the NFU and EDF were consulted; the date is TBC and there was no AOB."
    assert [f for f in check_meeting([item("1", text)]) if f.check == "acronym"] == []


def test_initials_before_a_surname_in_a_list_of_names_are_people():
    items = [
        item("1", "Apologies for absence were received from RN Hancock, PJ Morgan and Mr Ellis."),
        item("2", "Apologies: JG Lloyd (family commitment) and RJ Thornton."),
        # letters before a word of the dictionary are an acronym still
        item("3", "The report of the SAB Board, and of the VCS Partnership, was noted."),
    ]
    assert acronyms(items) == [("acronym", "3", "SAB"), ("acronym", "3", "VCS")]


def test_the_bodys_own_initials_come_from_its_heading_with_a_place_before_them():
    items = [
        item("1", "It was the last SYMCA meeting of the Mayor's term in South Yorkshire."),
        item("2", "The CA's budget and the MCA's plan were noted; the WYCA was consulted."),
    ]
    # The heading names a Mayoral Combined Authority: SYMCA, MCA and CA are its own; West
    # Yorkshire's is another body, named nowhere.
    found = acronyms(items, body="Mayoral Combined Authority Board")
    assert found == [("acronym", "2", "WYCA")]
    # A community council's page: "ACC" where the minutes keep naming Auchencairn (a single
    # letter's place must be named twice, or before the body's name in the heading: any one
    # word with that letter would do otherwise); not another council's initials, nor a county
    # borough's ("CBCC" is no place's)
    items = [
        item("Preamble", "Community Council Minutes, November 2024"),
        item("1", "Auchencairn Initiative. Nothing relevant to ACC in Auchencairn."),
        item("2", "CBCC's County Borough Council wrote."),
    ]
    assert acronyms(items) == [("acronym", "2", "CBCC")]


def test_acronyms_the_public_knows_include_pcso():
    items = [item("1", "The PCSO reported two thefts; AIB has closed its branch.")]
    assert acronyms(items) == []
