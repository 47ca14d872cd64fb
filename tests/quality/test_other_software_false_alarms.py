"""False alarms seen once whole meetings from other publishing software were read item by item,
with the text before the first item: the attendance's initials, a reference's letters, a short
heading in capitals, a town council's standing reports, the notice that called the meeting.
Made-up text in the likeness of the real pages, each with a control that is still reported."""

from moot.quality.core import check_meeting
from moot.quality.findings import MinutesItem
from tests.quality.minutes import item


def _findings(*paragraphs: str, title: str = "Clerk's business", whole: bool = True):
    minutes = MinutesItem("1", title, "other", "".join(f"<p>{p}</p>" for p in paragraphs))
    return check_meeting([minutes], whole=whole)


def _has(findings, check: str, text: str) -> bool:
    return any(f.check == check and f.text == text for f in findings)


def test_the_notice_and_summons_of_the_meeting_needs_no_decision():
    summons = item(
        "AM1",
        "The Chief Executive read the Notice and Summons for the Meeting.",
        title="Notice and Summons of Meeting",
        kind="other",
        decisions=[],
    )
    assert not check_meeting([summons])
    business = item(
        "AM2",
        "The Chief Executive read the report on the summons.",
        title="Leisure Centre Opening Hours",
        kind="other",
        decisions=[],
    )
    assert _has(check_meeting([business]), "no_decision", "Leisure Centre Opening Hours")


def test_a_town_clerks_or_mayors_report_needs_no_decision():
    for title in ("Mayoral Report.", "Clerk’s Report", "Clerks Report", "Town Clerk's Report"):
        report = item(
            "5",
            "The Clerk reported on correspondence received.",
            title=title,
            kind="other",
            decisions=[],
        )
        assert not [f for f in check_meeting([report]) if f.check == "no_decision"], title
    annual = item(
        "6",
        "Members discussed the annual report.",
        title="Annual Report",
        kind="other",
        decisions=[],
    )
    assert _has(check_meeting([annual]), "no_decision", "Annual Report")


def test_a_short_heading_in_capitals_is_not_an_acronym():
    findings = _findings("SITE INSPECTIONS", "The Chairman advised that a site visit was held.")
    assert not _has(findings, "acronym", "SITE")
    # letters in prose are an acronym; a word the dictionary knows, in capitals, is the word
    # unless minutes use it as letters (PACT, SEND)
    assert _has(_findings("The PACT team visited the hall."), "acronym", "PACT")
    assert not _has(_findings("The SITE team visited the hall."), "acronym", "SITE")


def test_the_letters_of_a_reference_are_not_an_acronym():
    findings = _findings("Submitted response to PA 136074.")
    assert not _has(findings, "acronym", "PA")
    # (two letters never spelled out are a hint: shown when hints are asked for)
    minutes = MinutesItem(
        "1", "Clerk's business", "other", "<p>Submitted a response to the PA in May.</p>"
    )
    assert _has(check_meeting([minutes], min_confidence=0), "acronym", "PA")


def test_initials_after_a_name_with_initials_or_opening_an_attendance_list():
    findings = _findings(
        "Councillors: D. Wing (DEW) and Mrs. P.F. Watson (PFW).",
        "Also present: BK Brooks, Clerk.",
    )
    assert not [f for f in findings if f.check == "acronym"]
    assert _has(_findings("Also present: the Clerk and the RFO."), "acronym", "RFO")


def test_a_member_of_the_legislative_assembly_and_nota_bene_are_known_by_their_letters():
    findings = _findings("NB: the local MLA attended.", "The MLAs were thanked.")
    assert not [f for f in findings if f.check == "acronym"]


def test_a_surname_after_an_initial_does_not_open_a_sentence():
    findings = _findings("Councillors: Mrs. E. Ballard, J. Baskett and M. Bellwood.")
    assert not _has(findings, "spelling", "Baskett")
    control = _findings("The meeting ended at 9pm. Baskett arrangements were agreed.")
    assert _has(control, "spelling", "Baskett")


def test_a_plural_before_an_irregular_past_participle_is_no_possessive():
    findings = _findings(
        "Cllr Lee opened the meeting of the Parish Council.",
        "The minutes of the Parish Council Meetings held on Monday 8th May were approved.",
        "The Parish Council Meeting agreed the budget.",
    )
    assert not [f for f in findings if f.check == "slip"]


def test_an_annual_parish_meetings_reports_need_no_decision():
    """A meeting of the parish's electors hears reports and questions: its items decide
    nothing, whatever their titles. The same items at a council meeting still need one."""
    heading = MinutesItem(
        "Preamble",
        "",
        "apologies",
        "<p>Minutes of the Annual Parish Meeting 12th May 2025</p>"
        "<p>Present: Councillors A Rowe (Chairman), B Hale</p>",
    )
    reports = [
        item(
            "2",
            "Councillor Rowe presented his report on the year.",
            title="Chairman’s Report",
            kind="other",
            decisions=[],
        ),
        item(
            "3",
            "The budget for 2025-2026 was presented to parishioners.",
            title="Estimates of Income and Expenditure",
            kind="other",
            decisions=[],
        ),
    ]
    assert not [f for f in check_meeting([heading, *reports]) if f.check == "no_decision"]
    council = MinutesItem(
        "Preamble", "", "apologies", "<p>Minutes of the Parish Council Meeting 12th May 2025</p>"
    )
    assert len([f for f in check_meeting([council, *reports]) if f.check == "no_decision"]) == 2


def test_an_attendance_list_under_its_own_heading_needs_no_decision():
    for title in ("Attendees", "Present", "In attendance:"):
        attendance = item(
            "1", "Cllr A Rowe (Chair), Cllr B Hale.", title=title, kind="other", decisions=[]
        )
        assert not check_meeting([attendance]), title


def test_a_word_of_three_letters_written_onto_another_is_a_compound_not_a_slip():
    """ "litterbin" is litter and bin written solid: at most a hint, below the default
    threshold; a slip with a word one letter away ("governmet") is still reported."""
    findings = _findings(
        "A new litterbin has been installed by the bus shelter.",
        "The governmet grant was received.",
    )
    assert not _has(findings, "spelling", "litterbin")
    assert _has(findings, "spelling", "governmet")


def test_a_capitalised_meeting_after_meeting_of_the_is_the_bodys_name():
    findings = _findings(
        "The minutes of the meeting of the Annual Parish Meeting held last May were read.",
        "The minutes of the meeting of the Planning Committee meeting were read.",
    )
    assert not _has(findings, "slip", "meeting of the Annual Parish Meeting")
    assert _has(findings, "slip", "meeting of the Planning Committee meeting")


def test_a_heading_in_capitals_then_the_same_word_is_not_a_word_twice():
    findings = _findings("APOLOGIES Apologies were received from Cllr Rowe.", "It was the the end.")
    assert not _has(findings, "slip", "APOLOGIES Apologies")
    assert _has(findings, "slip", "the the")


def test_a_letter_joined_by_an_ampersand_is_not_an_acronym_to_spell_out():
    findings = _findings(
        "The B&NES officers answered in a Q&A session on the plan for the TLP.",
    )
    assert not _has(findings, "acronym", "B&NES") and not _has(findings, "acronym", "Q&A")
    assert _has(findings, "acronym", "TLP")
