"""Items whose minutes record no decision, and decisions with no minutes.

An item of business ends in a decision, even if only "AGREED to note the report"; procedural
items (apologies, declarations, the evacuation procedure …) need none. A decision counts as
recorded when the item has one, or when its minutes carry the usual wording of one.
"""

from __future__ import annotations

import re

from moot.meetings.choices import ItemKind

from .findings import Check, Finding, MinutesItem
from .text import plain

# Wording that records an outcome inside the minutes themselves: the capitalised verbs of a
# resolution, or a body (or "it") agreeing, approving or noting something.
_NOTED = r"noted(?!\s+(that|how|with|some|there|concerns?|members)\b)"
DECISION_WORDING = re.compile(
    r"\b(RESOLVED|AGREED|RECOMMENDED|ORDERED|DECIDED|NOTED|APPROVED|ENDORSED)\b"
    r"|(^|[.:;]\s*)(Resolved|Agreed|Recommended|Decided|Approved)\b"
    r"|(^|[.:;]\s*)Noted\b(?!\s+that)",
    re.M,
)
DECISION_PHRASE = re.compile(
    r"\b(was|were|be|being|been)\s+(duly\s+)?(" + _NOTED + r"|agreed|approved|endorsed|"
    r"accepted|adopted|ratified|deferred|withdrawn|resolved|supported|elected|appointed|"
    r"confirmed)\b"
    r"|\b(members|partners|councillors|(the )?(committee|board|panel|partnership|council|cabinet|"
    r"group|sub-committee|forum|meeting))\s+(unanimously\s+)?((received|considered|discussed) and\s+)?"
    r"("
    + _NOTED
    + r"|agreed|agrees?|notes\b(?!\s+that)|approved|endorsed|resolved|accepted|decided|supported|recommended|"
    r"objected|did not object|raised no objections?|had no objections?)\b"
    # a consultee's response to a planning application: "No objection."
    r"|(^|[.:;\-–]\s*)no objections?\b"
    r"|\b(it was|they)\s+(agreed|resolved|decided)\b"
    r"|\bvoted\b|\bmotion was\b"
    # a resolution written out without "RESOLVED": "That members note: …"
    r"|^\s*that\s+(members|councillors|(the )?(committee|board|panel|council|cabinet|"
    r"sub-committee))\s+(note|notes|approve|approves|agree|agrees|endorse|endorses|accept|"
    r"accepts|support|supports)\b"
    # elections: "was nominated and seconded", "duly proposed and seconded"
    r"|\b(nominated|proposed) and seconded\b"
    # an action recorded with an owner is the outcome of partnership and parish minutes
    r"|(^|[.!?]\s+)actions?\b\s*[:\-–]?\s*(?-i:[A-Z])"
    # a minute that only notes something: "It was noted that Ms X had resigned."
    r"|\A\s*it was noted that [^.\n]*\.?\s*\Z",
    re.I | re.M,
)
# Items that were not taken, or had nothing in them: nothing to decide.
NOT_TAKEN = re.compile(
    r"\b(withdrawn|deferred|postponed|not (considered|discussed|taken)|no (items?|business|"
    r"other business|matters|questions|updates?|urgent items?)( were| was)?( received| raised)?)\b"
    r"|\bthere (were|was|had been) no ([a-z]+ ){0,2}(items?|business|matters|applications|"
    r"questions|reports?|updates?|issues|declarations|petitions|requests|correspondence|"
    r"references|referrals|recommendations)\b"
    r"|\bno ([a-z]+ ){0,2}[a-z]+ (had been|has been|was|were) (received|submitted|given|made|"
    r"raised)\b"
    r"|\A\s*(there (were|was) )?none\b"
    # a tribute: the meeting stood in silence
    r"|\bminute'?s? silence\b",
    re.I,
)
# Titles of items that are procedural even when the kind says otherwise.
PROCEDURAL_TITLE = re.compile(
    r"\b(welcome|introductions?|tributes?|chair(man)?'?s? (announcements?|remarks|welcome|"
    r"communications|update)|announcements|apologies|declarations?|public (questions|speaking|"
    r"participation|session)|questions|petitions?|question time|date (and time )?of (the )?next|"
    r"evacuation|(any|such|urgent) other business|urgent (items|business)|housekeeping|"
    r"substitut(ions?|es?)|close of meeting|webcasting|(open|public) (forum|discussion|session)|"
    r"(election|appointment) of (the )?(vice[- ])?chair(man|person)?|"
    # "To receive and adopt the minutes of …", "Minutes of the previous meeting"
    r"(receive|approve|adopt|confirm|sign|note)\b[^.]{0,30}\bminutes|^minutes\b|"
    r"matters arising|(hearing )?procedure (for|at) the (hearing|meeting)|^procedure\b|"
    # the chair's opening words, notices and announcements: "Chairman's Opening Remarks",
    # "Chair's Communications", "Mayor's Announcements", "Chairman's Notices", "Mayoral
    # Communications", "Announcements from the Leader"
    r"(chair(man|person|woman)?|mayor|leader|president|presiding member)(['’]?s)? "
    r"(opening )?(remarks|communications?|announcements?|notices?|updates?|business)|"
    r"mayoral (communications?|announcements?|notices?|business|reports?)|"
    # the report of the mayor or the clerk to a town or parish council, for information
    r"(mayor|(town |parish )?clerk)(['’]?s)? reports?|"
    # the notice that called the meeting, read at its start
    r"notice (and summons )?(of|convening) (the )?meeting|summons|"
    r"(communications?|announcements?|notices?) (from|of|by) the (vice[- ])?(chair(man|person|"
    r"woman)?|mayor|leader|president|presiding member)|"
    r"references? (from|of) (other )?(committees|council|cabinet)|"
    # late and urgent items the chair admits
    r"late items?|urgent (items?|business|matters?)|items?\b[^.]{0,60}\burgent|"
    # which business is taken in public and which in private
    r"(considered|taken|held|dealt with) in (public|private)|in public and|in private and|"
    r"exempt (items|business|information)|exclusion of (the )?(press|public)|"
    r"(press|public) and (press|public) (be )?excluded)\b",
    re.I,
)

# Items of communications, information or updates for members to note, whoever gives them:
# "Communications", "Chief Fire Officer's Communications", "Information Items", "Verbal
# Updates", "Clerk's Update". The whole title must say so: "Communications Strategy",
# "Budget Update" and a bare "Update" are business.
INFORMATION_TITLE = re.compile(
    r"\s*(?:[\w.]+[.)]\s+)?"  # a number: "5. Communications"
    r"(?:(?:(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+(?:['’]s|s['’])\s+|(?:general|verbal|other|oral)\s+)?"
    r"(?:communications?|announcements?|updates|information\s+items?|items?\s+(?:of|for)\s+"
    r"information|information|notices)"
    # a bare "Update" may be an update on anything: only someone's ("Clerk's Update")
    r"|(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+(?:['’]s|s['’])\s+update)"
    r"(?:\s+(?:and|&)\s+(?:communications?|announcements?|updates?|information))?"
    r"\s*(?:[(\-–:]?\s*(?:to note|for (?:information|noting))\s*\)?)?[.\s]*",
    re.I,
)

# A paragraph of the chair's announcements: "(1) The Chair advised that the meeting would be
# recorded.", "The Chairman reminded Members …".
_MARKER = r"(?:\(?[0-9ivx]{1,4}[.)]\s*|[a-z]\)\s*)?"
CHAIR_SAYS = re.compile(
    rf"^\s*{_MARKER}(?:the )?(?:vice[- ])?(?:chair(?:man|person)?|mayor)\b[^.]{{0,40}}?\b"
    r"(?:advised|announced|reminded|drew (?:the )?(?:meeting'?s? |members'? )?attention|"
    r"informed|welcomed|explained|thanked|stated|said|reported|noted)\b",
    re.I,
)


# The meeting of a parish's or town's electors (not its council's annual meeting): it hears
# reports and questions and decides next to nothing, so its items need no decision.
ELECTORS_MEETING = re.compile(
    r"\b(annual (parish|town|village|community) (meeting|assembly)|(parish|town|village) "
    r"assembly|annual meeting of (the )?(parish|town)( electors)?|meeting of (the )?(parish |"
    r"local government )?electors)\b",
    re.I,
)
# An attendance list under its own heading ("1) Attendees", "Present", "In attendance").
ATTENDANCE_TITLE = re.compile(
    r"\s*(?:[\w.]+[.)]\s+)?(attendees|attendance|present|in attendance|those (present|attending)|"
    r"members present|attendance and apologies)[.:\s]*",
    re.I,
)


def electors_meeting(items: list[MinutesItem]) -> bool:
    """Whether the page opens as the minutes of an annual parish (or town) meeting: in the
    first item's title or the first two lines of its minutes (the page's heading)."""
    if not items:
        return False
    lines = [line for line in plain(items[0].minutes_html).split("\n") if line.strip()][:2]
    return bool(ELECTORS_MEETING.search(" ".join([items[0].title, *lines])))


# The ceremony and procedure of a council's meeting, whatever its kind in the page: prayers, a
# minute's silence, the notice that the meeting is recorded, members' and officers'
# disclosures (of interests, of lobbying), members' questions "Question(s) from Members", and
# a report the title says is for information. The whole title must say so: "Disclosure and
# Barring Service Checks" and "Recording Equipment for the Chamber" are business.
CEREMONY_TITLE = re.compile(
    r"\s*(?:[\w.]+[.)]\s+)?(?:"
    r"(?:opening )?prayers?|(?:a |one )?minute['’]?s['’]? silence|"
    r"(?:recording|filming|webcasting|broadcasting)(?: (?:and|or) (?:recording|filming))? of "
    r"(?:the )?(?:proceedings|meeting)|"
    r"disclosures? (?:of|by) [\w ,'’&]{1,60}|"
    r"questions?\s*\(s\)(?: (?:from|by|to) [\w ,'’&]{1,60})?|"
    r".{1,120}?[\s(\-–:]+(?:report )?(?:for information|for noting)(?: only)?\)?"
    r")[.\s]*",
    re.I,
)


def needs_decision(item: MinutesItem) -> bool:
    return (
        item.kind not in ItemKind.procedural()
        and not PROCEDURAL_TITLE.search(item.title)
        and not CEREMONY_TITLE.fullmatch(item.title)
        and not ATTENDANCE_TITLE.fullmatch(item.title)
        and not INFORMATION_TITLE.fullmatch(item.title)
    )


def _chairs_announcements(item: MinutesItem, text: str) -> bool:
    """Whether every paragraph of the minutes is the chair telling the meeting something:
    the chair's announcements, whatever (or however cut off) the title. A page saved without
    its title gives the first paragraph as the title: it counts as one of them."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if CHAIR_SAYS.match(item.title):
        paragraphs.append(item.title)
    return bool(paragraphs) and all(CHAIR_SAYS.match(p) for p in paragraphs)


def check_decisions(items: list[MinutesItem]) -> list[Finding]:
    """Missing decisions and orphan decisions; see the module docstring for what counts."""
    findings: list[Finding] = []
    any_minutes = any(plain(i.minutes_html) for i in items)
    electors = electors_meeting(items)
    for item in items:
        text = plain(item.minutes_html)
        decisions = [d for d in item.decisions if d.strip()]
        # A restricted item's decision is often recorded only in the exempt minutes.
        if text and not decisions and not electors and needs_decision(item) and not item.restricted:
            if (
                not _records_decision(text)
                and not NOT_TAKEN.search(text)
                and not _chairs_announcements(item, text)
            ):
                findings.append(
                    Finding(
                        check=Check.NO_DECISION,
                        item_reference=item.reference,
                        text=item.title,
                        message=(
                            "The minutes record no decision, and this kind of item needs one "
                            '(even "AGREED to note the report").'
                        ),
                        confidence=0.8 if item.kind == ItemKind.DECISION else 0.7,
                    )
                )
        elif decisions and not text and any_minutes:
            # A meeting minuted only as decisions (some executives do) is left alone.
            findings.append(
                Finding(
                    check=Check.NO_MINUTES,
                    item_reference=item.reference,
                    text=decisions[0][:120],
                    message=(
                        "A decision is recorded but the item has no minutes: say what was "
                        "considered"
                        + (
                            " (a public summary, for a restricted item)."
                            if item.restricted
                            else "."
                        )
                    ),
                    confidence=0.75,
                )
            )
    return findings


def _records_decision(text: str) -> bool:
    return bool(DECISION_WORDING.search(text) or DECISION_PHRASE.search(text))
