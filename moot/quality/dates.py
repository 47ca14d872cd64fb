"""Dates that contradict the meeting: a "next meeting" on or before this one, and previous
minutes approved for a day the committee did not meet, or for another day than the agenda
names.

Only full dates with a year are read ("3 March 2025", "3rd March 2025", "03/03/2025"), and
only in the sentences that speak of the next meeting or of the minutes being approved. The
archive may not hold a committee's oldest meetings: a date before the earliest meeting it knows
is never judged.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from moot.meetings.choices import ItemKind

from .findings import Check, Finding, MinutesItem
from .text import plain, sentences

_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
    r"\.?,?\s+((?:19|20)\d\d)\b|\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b",
    re.I,
)
# A date broken over two lines, its day at the end of one and its month opening the next
# ("… the meeting held on 24" / "November 2023 be approved"), as a table cell or a pasted
# PDF breaks it: read as one.
_BROKEN_DATE = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)?)[ \t]*\n\s*(?=(?:"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?:19|20)\d\d\b)",
    re.I,
)
_NEXT = re.compile(r"\bnext\s+(ordinary\s+|scheduled\s+)?meeting\b", re.I)
# A sentence about a next meeting that was moved, or another's date: not the next date itself.
_NOT_PLAIN = re.compile(
    r"\b(was|were|had been|previous|last|moved|postponed|cancelled|rearranged|changed|"
    r"instead|originally|report|deferred)\b",
    re.I,
)
_APPROVING = re.compile(r"\bminutes\b", re.I)
# A sentence that goes on with the last one's minutes: "These were approved", "They were
# signed as a correct record".
_THESE_WERE = re.compile(r"(?:these|they)\s+(?:were|was)\b", re.I)
# Words before the day of a meeting still to come.
_TO_COME = re.compile(r"\b(?:will|to)\s+(?:take\s+place|be\s+held)\b|\bnext\s+meeting\b", re.I)
_HELD = re.compile(r"\bmeeting (?:held )?on\b", re.I)
_APPROVAL = re.compile(
    r"\b(approved?|confirmed?|agreed|signed|accepted|adopted|received|correct|true|accurate)\b",
    re.I,
)
# "... were approved at the Parish Council meeting held on 2nd June 2014": what follows names
# the meeting that approved the minutes, not the meeting they record; so does a date right
# after the word, the day they were approved ("Minutes approved 14/08/2017", a page's stamp).
_APPROVED_AT = re.compile(
    r"\b(?:approved|adopted|signed|confirmed|accepted|agreed)\s+(?:at|by)\b"
    r"|\b(?:approved|adopted|signed|confirmed|accepted|agreed)(?:\s+on)?[\s:]*$",
    re.I,
)


def _heading(sentence: str) -> bool:
    """A line written in capitals ("TO RECEIVE THE MINUTES OF ... HELD ON 13 NOVEMBER 2023"):
    the agenda's own heading printed in the minutes, not what the minutes record."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _recorded(sentence: str) -> list[tuple[str, date]]:
    """The dates of a sentence about minutes, less those of the meeting that approved them
    and those of a meeting to come ("… with an amendment to the Annual Meeting, which will
    take place on Monday 8th May 2017")."""
    out = []
    start = 0
    for m in _DATE.finditer(sentence):
        if not (
            _APPROVED_AT.search(sentence, start, m.start())
            or _TO_COME.search(sentence, max(start, m.start() - 40), m.start())
        ):
            out += dates(m.group(0))
        start = m.end()
    return out


def dates(text: str) -> list[tuple[str, date]]:
    """The full dates written in ``text``, as written and as days."""
    out = []
    for m in _DATE.finditer(text):
        try:
            if m.group(1):
                d = date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            else:
                d = date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
        except ValueError:
            continue
        out.append((m.group(0), d))
    return out


def _not_next(sentence: str) -> list[date]:
    """The dates of ``sentence`` but those after the words "next meeting": "The minutes of the
    meeting held on 11 April will be approved at the next meeting of Cabinet on 16 May" names
    the meeting that will approve them, not theirs."""
    return [
        d
        for m in _DATE.finditer(sentence)
        if not _NEXT.search(sentence[: m.start()])
        for _, d in dates(m.group(0))
    ]


def _day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


# A line that is the previous minutes' item, its number first: "4. Minutes of the previous
# meeting held on 11th December 2013. These were approved".
_RUN_IN_MINUTES = re.compile(
    r"^\s*\d{1,3}[.)]?\s+(?:(?:approval|confirmation|adoption)\s+of\s+)?(?:the\s+)?minutes\s+of\b",
    re.I,
)


def check_dates(
    items: list[MinutesItem],
    meeting_date: date | None = None,
    earlier_dates: Sequence[date] = (),
) -> list[Finding]:
    """A next meeting dated on or before this one (0.85); previous minutes dated when the
    committee did not meet (0.8) or other than the agenda's title (or, where its title names
    no day, its text) says (0.8)."""
    earlier = sorted(set(earlier_dates))
    findings: list[Finding] = []
    for item in items:
        text = _BROKEN_DATE.sub(r"\1 ", plain(item.minutes_html))
        agenda = plain(item.agenda_html)
        read = "\n".join([item.title, text, agenda])
        # The decisions too: a ModernGov page prints the decision apart from the minutes.
        decided = "\n".join([read, *(plain(d) for d in item.decisions)])
        findings += _wrong_weekdays(item, decided)
        findings += _placeholders(item, decided)
        findings += _months_missing(item, decided)
        findings += _impossible_years(item, read, meeting_date)
        findings += _at_a_weekend(item, f"{item.title}\n{text}", meeting_date, earlier)
        if meeting_date:
            # The agenda's text under the item is read too: "… will be approved at the next
            # scheduled meeting of Cabinet on 16 May 2016", in a page of May 2017.
            findings += _next_meeting(item, f"{text}\n{agenda}", meeting_date)
        # (and a page read as one untitled item: the meeting's minutes, which approve the last)
        if (
            item.kind == ItemKind.MINUTES
            or re.search(r"\bminutes\b", item.title, re.I)
            or not item.title.strip()
        ):
            findings += _previous_minutes(item, text, meeting_date, earlier)
        elif run_in := "\n".join(ln for ln in text.split("\n") if _RUN_IN_MINUTES.match(ln)):
            # the minutes item's numbered heading run into another item's text, as a page read
            # by its headings can leave it ("3. Chairman's remarks. None" over "4. Minutes of
            # the previous meeting held on …"): its own lines are read as its minutes
            # (not by the other item's title or agenda, which name no minutes)
            bare = dataclasses.replace(item, title="", agenda_title="", agenda_html="")
            findings += _previous_minutes(bare, run_in, meeting_date, earlier)
    already = {f.text for f in findings}
    findings += [f for f in _years_apart(items, meeting_date) if f.text not in already]
    return findings


# A sentence that sets one date right by another: "… should read 7th December, 2021 not 7th
# December, 2022".
_CORRECTING = re.compile(
    r"\b(?:should (?:have )?read|instead of|rather than|amended|corrected|correction|in place "
    r"of)\b",
    re.I,
)


_A_MEETING = re.compile(r"\b(?:meeting|minutes|held|met)\b", re.I)


def _years_apart(items: list[MinutesItem], meeting_date: date | None) -> list[Finding]:
    """One day of the year written in two years a year or two apart ("18 September 2017" and
    "18 September 2018") where a meeting is spoken of, outside a correction: one year is
    mistyped (0.8). Reported is the one further from this meeting's day, or, with no day
    known, the one written less often (as often, the later). Every such pair in the labelled
    real minutes but one correction was a slip."""
    seen: dict[tuple[int, int], list[tuple[MinutesItem, str, date]]] = {}
    for item in items:
        text = "\n".join([item.title, plain(item.minutes_html), *map(plain, item.decisions)])
        for sentence in sentences(_BROKEN_DATE.sub(r"\1 ", text)):
            if not _A_MEETING.search(sentence):
                continue  # a year's end or start ("as at 31 March 2024") recurs on purpose
            # (a date in a correction is kept unshown: its pair is then left alone)
            correcting = bool(_CORRECTING.search(sentence))
            for shown, d in dates(sentence):
                seen.setdefault((d.month, d.day), []).append((item, "" if correcting else shown, d))
    out: list[Finding] = []
    for written in seen.values():
        years = sorted({d.year for _, _, d in written})
        if len(years) != 2 or years[1] - years[0] > 2 or any(not s for _, s, _ in written):
            continue
        by_year = {y: [w for w in written if w[2].year == y] for y in years}
        if meeting_date:
            distance = {y: abs((ws[0][2] - meeting_date).days) for y, ws in by_year.items()}
            wrong, right = sorted(years, key=lambda y: distance[y], reverse=True)
            if distance[wrong] == distance[right]:
                continue
        else:
            # the one written less often; as often, the later (a year typed ahead)
            wrong, right = sorted(years, key=lambda y: (len(by_year[y]), -y))
        other = _day(by_year[right][0][2])
        for item, shown, d in {w[1]: w for w in by_year[wrong]}.values():
            out.append(
                Finding(
                    check=Check.DATE,
                    item_reference=item.reference,
                    text=shown,
                    message=(
                        f'"{shown}" and {other} are the same day in two years in these '
                        f"minutes: one year is mistyped, most likely {d.year}. Correct it."
                    ),
                    confidence=0.8,
                    evidence=[("Written", _day(d)), ("Also written", other)],
                )
            )
    return out


# A date never filled in: the template's placeholder left where the date goes ("held on XXXX",
# "by noon on ………", "on xx/xx/2024", "on [date]"), after a word that a date follows.
_PLACEHOLDER = re.compile(
    r"(?:\b[\w.]+\s+)?\b(?:on|dated|held|until|from|before|by)\s+"
    r"(?:X{2,}|x{2,}|[Xx]{1,2}/[Xx]{1,2}/(?:[Xx]{2,4}|\d{2,4})|…{2,}|\.{4,}|_{3,}"
    r"|\[(?:date|insert[^\]]{0,20}|tbc)\])(?![\w/])",
)


def _placeholders(item: MinutesItem, text: str) -> list[Finding]:
    """A date left as the template's placeholder (0.85): readers cannot tell when."""
    out: list[Finding] = []
    if not any(needle in text for needle in ("XX", "xx", "……", "....", "___", "[")):
        return out  # (the pattern is tried at every word otherwise)
    seen: set[str] = set()
    for match in _PLACEHOLDER.finditer(text):
        written = match.group(0)
        if written in seen:
            continue
        seen.add(written)
        out.append(
            Finding(
                Check.DATE,
                item.reference,
                written,
                f'"{written}": the date was never filled in — the placeholder was published '
                "as it stands. Write the date.",
                0.85,
                evidence=[("Written", written)],
            )
        )
    return out


# A day's date with its month left out: "on Thursday 3rd 2023", "Monday 12 2024".
_MONTH_MISSING = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+"
    r"(?:19|20)\d\d\b"
)


def _months_missing(item: MinutesItem, text: str) -> list[Finding]:
    """A weekday, a day and a year with no month between them (0.8): readers cannot tell
    which month is meant."""
    out: list[Finding] = []
    for match in _MONTH_MISSING.finditer(text):
        written = match.group(0)
        out.append(
            Finding(
                Check.DATE,
                item.reference,
                written,
                f'"{written}" has no month: readers cannot tell which day is meant. Write '
                "the whole date.",
                0.8,
                evidence=[("Written", written)],
            )
        )
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_DATE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r"),?\s+(?:the\s+)?(?=\d)", re.I)


def _wrong_weekdays(item: MinutesItem, text: str) -> list[Finding]:
    """A day of the week written with a full date it is not ("Wednesday 16 May 2024", a
    Thursday; 0.85): one of the two is wrong, and readers and calendars take either."""
    out = []
    seen: set[str] = set()
    for match in _WEEKDAY_DATE.finditer(text):
        found = _DATE.match(text, match.end())
        if not found:
            continue
        dated = dates(found.group(0))  # none when the date cannot be ("31 June 2025")
        if not dated:
            continue
        [(written, day)] = dated
        if _WEEKDAYS.index(match.group(1).lower()) == day.weekday():
            continue
        whole = f"{match.group(0)}{written}"
        if whole in seen:
            continue
        seen.add(whole)
        out.append(
            Finding(
                Check.DATE,
                item.reference,
                whole,
                f'"{whole}": {day.day} {day:%B %Y} was a {day:%A}. Check which of the day '
                f"and the date is right.",
                0.85,
                evidence=[("Written", whole), ("That date's day", f"{day:%A}")],
            )
        )
    return out


# A year where a year is written — in a date, or naming an Act, Regulations or an Order —
# that no minutes can mean: in the twenty-second century ("26th June 2107", "(Wales) Act
# 2105"), or an Act's year after the meeting's. A far-off target ("net zero by 2100") is
# neither.
_DATE_YEAR = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
    r"\.?,?\s+(2[1-9]\d\d)(?!\d)",
    re.I,
)
_ACT_YEAR = re.compile(
    r"\b(?:Act|Regulations|Order|Measure)(?:\s+\([A-Z][a-z]+\))?\s+((?:19|2\d)\d\d)\b"
)


def _impossible_years(item: MinutesItem, text: str, meeting_date: date | None) -> list[Finding]:
    """A date or an Act dated in a year that cannot be (0.85): "26th June 2107" for 2017, the
    "Act 2105" for 2015 — a year typed with two figures swapped or one wrong."""
    out = []
    found = [(m.group(0), int(m.group(1))) for m in _DATE_YEAR.finditer(text)]
    for m in _ACT_YEAR.finditer(text):
        year = int(m.group(1))
        if year >= 2100 or (meeting_date and year > meeting_date.year):
            found.append((m.group(0), year))
    for written, year in found:
        out.append(
            Finding(
                Check.DATE,
                item.reference,
                written,
                f'"{written}": {year} cannot be meant here'
                + (f" (this meeting was in {meeting_date.year})" if meeting_date else "")
                + ": two figures swapped or one mistyped?",
                0.85,
                evidence=[("Written", written)],
            )
        )
    for m in _SHORT_YEAR_RANGE.finditer(text):
        if _RANGE_OF.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "pages 200-21", "items 200-21": a range of numbers
        out.append(
            Finding(
                Check.DATE,
                item.reference,
                m.group(0),
                f'"{m.group(0)}": a year of three figures before "{m.group(2)}{m.group(3)}"; '
                f"a figure of the year was lost (20{m.group(3)} would be "
                f'"{int(m.group(3)) + 1999}-{m.group(3)}").',
                0.8,
                evidence=[("Written", m.group(0))],
            )
        )
    return out


_RANGE_OF = re.compile(
    r"\b(?:pages?|pp|paras?|paragraphs?|items?|nos?|numbers?|minutes?|sections?)\.?\s*$", re.I
)
# A financial year's first year written with three figures: "the audit undertaken in 200-21"
# (with a hyphen: "209/20" is as often a minute's reference).
_SHORT_YEAR_RANGE = re.compile(
    r"(?<![\w/.\-£$])(20\d)(-)(\d{2})(?![\w/.\-%])(?!\s*(?:%|per\s+cent|pages?|sq|m\b))"
)


def _next_meeting(item: MinutesItem, text: str, meeting_date: date) -> list[Finding]:
    out = []
    for sentence in sentences(text):
        found = _NEXT.search(sentence)
        if not found or _NOT_PLAIN.search(sentence):
            continue
        after = dates(sentence[found.end() :])
        if len(dates(sentence)) != 1 or len(after) != 1:
            continue
        written, d = after[0]
        if d <= meeting_date:
            out.append(
                Finding(
                    check=Check.DATE,
                    item_reference=item.reference,
                    text=written,
                    message=(
                        f"The next meeting is dated {_day(d)}, "
                        f"{'the same day as' if d == meeting_date else 'before'} this meeting "
                        f"({_day(meeting_date)}): readers will look for it on the wrong day. "
                        "Check the date in the calendar of meetings."
                    ),
                    confidence=0.85,
                    evidence=[("This meeting", _day(meeting_date)), ("Next meeting", _day(d))],
                )
            )
    return out


def _at_a_weekend(
    item: MinutesItem, text: str, meeting_date: date | None, earlier: list[date]
) -> list[Finding]:
    """Minutes approved that are dated a Saturday or a Sunday, by a committee that meets on
    weekdays (0.75), in any item: every such date in the labelled real minutes (four of four)
    was a slip. Not when the clerk wrote the weekday with it (a wrong one is the weekday
    check's), this meeting is at a weekend, or the archive knows a meeting that day."""
    if meeting_date and meeting_date.weekday() >= 5:
        return []
    out = []
    for sentence in sentences(text):
        if not (_APPROVING.search(sentence) and _APPROVAL.search(sentence)):
            continue
        for shown, d in _recorded(sentence):
            if d.weekday() < 5 or d in earlier or (meeting_date and d >= meeting_date):
                continue  # (a date after this meeting is reported as such)
            if re.search(rf"\b{d:%A}\b", sentence, re.I):
                continue
            out.append(
                Finding(
                    check=Check.DATE,
                    item_reference=item.reference,
                    text=shown,
                    message=(
                        f"The minutes approve the minutes of {_day(d)}, a {d:%A}: committees "
                        f"seldom meet at a weekend, so the day, the month or the year may be "
                        f"mistyped. Correct it, or write the weekday if the meeting was then."
                    ),
                    confidence=0.75,
                    evidence=[("Minutes approved", _day(d))],
                )
            )
    return out


def _previous_minutes(
    item: MinutesItem, text: str, meeting_date: date | None, earlier: list[date]
) -> list[Finding]:
    # The dates the agenda names for the minutes: in its title ("Minutes of 3 March 2025"),
    # else in its text under the title ("of the meeting held on 3 March 2025 to be approved").
    title = item.agenda_title or item.title
    # (not a page's heading read as the item's title: "Cabinet - Tuesday, 8th June, 2021 -
    # Agenda and minutes" names this meeting, not the minutes it approves)
    # … nor one with the time the meeting began: "Cabinet Minutes – 23rd September 2023 at
    # 5.00 p.m." is this meeting's heading; an item names the minutes it approves by date alone)
    # … nor one that puts the day after "Minutes" and a colon or dash: "Parish Council
    # Minutes: Monday 2nd September 2019", "Council Meeting Minutes Monday 13th January 2020",
    # "Parish Council Minutes 19 Sept 2018 – Draft" (an item says "Minutes of the meeting held
    # on …")
    heading = re.search(
        r"\bagenda and minutes\b|\bat \d{1,2}(?:[.:]\d{2})? ?(?:a\.?m|p\.?m)\b"
        r"|\bminutes\s*[:\u2013\u2014-]?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        r"|\bminutes\s*[:\u2013\u2014-]?\s*\d{1,2}(?:st|nd|rd|th)?[\s./-]+"
        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2})\b",
        title,
        re.I,
    )
    named = (set() if heading else {d for _, d in dates(title)}) or {
        d
        for s in sentences(plain(item.agenda_html))
        if _APPROVING.search(s) or _HELD.search(s)
        for d in _not_next(s)
    }
    said = sentences(text)
    about = [
        # "Minutes of the previous meeting held on … . These were approved": one sentence
        f"{s} {said[i + 1]}" if i + 1 < len(said) and _THESE_WERE.match(said[i + 1]) else s
        for i, s in enumerate(said)
        if _APPROVING.search(s)
    ]
    named |= {d for s in about if _heading(s) for _, d in dates(s)}
    if meeting_date:
        named.discard(meeting_date)  # this meeting is not the one whose minutes it approves
    # what the minutes record approving: a sentence that says so ("… were confirmed as a
    # correct record"), not one that mentions older minutes ("Amendment to the minutes from
    # the meeting held on 26 September 2019")
    written = [
        pair for s in about if not _heading(s) and _APPROVAL.search(s) for pair in _recorded(s)
    ]
    on_page = {d for _, d in written}
    out = []
    for shown, d in written:
        reason = ""
        evidence = [("Minutes approved", _day(d))]
        if named and d not in named and not (named & on_page) and d not in earlier:
            agenda = ", ".join(_day(n) for n in sorted(named))
            reason = (
                f"The minutes approve the minutes of {_day(d)}, but the agenda names "
                f"the meeting of {agenda}."
            )
            evidence.append(("In the agenda", agenda))
        elif earlier and earlier[0] <= d and d not in earlier and d != meeting_date:
            before = [e for e in earlier if e < d]
            after = [e for e in earlier if e > d]
            near = ", ".join(_day(e) for e in before[-1:] + after[:1])
            reason = (
                f"The minutes approve the minutes of {_day(d)}, but the committee did not "
                f"meet that day (its meetings nearest it: {near})."
            )
            evidence.append(("The committee met", near))
        elif meeting_date and d > meeting_date:
            reason = (
                f"The minutes approve the minutes of {_day(d)}, after this meeting "
                f"({_day(meeting_date)})."
            )
            evidence.append(("This meeting", _day(meeting_date)))
        if reason:
            out.append(
                Finding(
                    check=Check.DATE,
                    item_reference=item.reference,
                    text=shown,
                    message=reason
                    + " A wrong date here approves the wrong record: correct whichever is wrong.",
                    confidence=0.8,
                    evidence=evidence,
                )
            )
    return out
