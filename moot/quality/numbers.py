"""Numbers written into words: a day run into its month or a word run into a number ("18May",
"the19th", "on1 April", "(items1-6)", "2023-24as at", "6th2016"), a time run into a word ("15:00hours") and an ordinal with the wrong ending ("21stt", "2th", "3st").

Written to stay quiet when in doubt. A run-together number is reported only when the letters
beside it make an ordinary word of three letters or more (a month name, "the", "on" …), or
a short word after the number ("3of", "2107in"), or a minute's heading ("1706/1Apologies"), so
units and codes pass: ordinals ("19th"), times ("10am", "5.30pm"), money and units ("£5m",
"10km", "20mph", "3G", "4x4"), road names ("A19", "M62"), references ("CAB/20/25", "12A",
"S106", "KS2") and postcodes ("SG1 1XT"). A word is judged only in lower case, or capitalised
at most, never in capitals.
"""

from __future__ import annotations

import re

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import plain, word_set

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# A day, or any number, run into the word after it: "18May", "18thMay", "3years", "3of"; a
# year's range too: "the outturn for 2023-24as at 31 March".
_NUMBER_WORD = re.compile(
    r"(?=\d)(?<![\w£$€#.,:/\-])(\d{1,4}(?:st|nd|rd|th)?|(?:19|20)\d\d[-–]\d\d)([A-Za-z][a-z]+)\b"
    r"(?![/\-]\w)"
)
# A minute's number run into its heading in capitals ("52MINUTES", "54MAYOR'S
# ANNOUNCEMENTS"), and a month in capitals into its year ("SEPTEMBER2017").
# (Not a minute's reference: "423/17PRESENT" is how some pages print their headings; the
# readers of the stored real minutes left all 13 such, where one page of `heldout65` had 3.)
_NUMBER_CAPITALS = re.compile(r"(?=\d)(?<![\w£$€#.,:/\-])(\d{1,5})([A-Z]{4,})(?=[’'\s:.,]|$)", re.M)
_MONTH_YEAR = re.compile(r"\b([A-Z]{3,9})((?:19|20)\d\d)(?!\d)")
# A day run into its date: "FRIDAY19TH JUNE", "Saturday/Sunday16th" (a day after a slash,
# which the word-and-number rule below passes over).
_DAY_DATE = re.compile(
    r"(?=[MTWFS])\b((?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(\d{1,2}(?:ST|ND|RD|TH|st|nd|rd|th)?)\b"
)
# An ordinal run into the year after it: "December 6th2016".
_ORDINAL_YEAR = re.compile(r"(?=\d)(?<![\w£$€#.,:/\-])(\d{1,2}(?:st|nd|rd|th))((?:19|20)\d\d)\b")
# A minute's reference run into its heading: "1706/1Apologies", "1706/4Clerk's Report",
# "2016/32/01Current Balances".
_REFERENCE_WORD = re.compile(
    r"(?=\d)(?<![\w£$€#.,:/\-])(\d{1,5}(?:/\d{1,3}){1,2})([A-Z][a-z]{2,})\b(?![/\-]\w)"
)
# Two-letter words that a number runs into ("Paragraph 3of", "2107in"): other pairs of
# letters after a number are units or codes ("10mm", "2pm", "3pp", "2no").
_SHORT_AFTER_NUMBER = word_set("of in to at on by as is or an and the for be")
# Words of a planning application's reference ("21/00123/Full").
_APPLICATION_TYPES = word_set("full out outline householder advert listed reserved variation prior")
# A word run into the number after it: "the19th", "on1 April", "item6", "Schedule12A", and
# the first of a range: "(items1-6)", "paragraphs1 – 7".
_WORD_NUMBER = re.compile(
    r"(?<![\w£$€#.@/\-])([A-Za-z]?[a-z]+)(\d{1,4})((?:st|nd|rd|th)?)([A-Z]?)\b"
    r"(?![.,/:]\d|/\w|-[A-Za-z]|-\d+[/\-.])"
)
# A time run into the word after it: "15:00hours", "9.30until" ("10.00am", "5.30pm" and
# "15:00hrs" are written so on purpose: too short, or a unit).
_TIME_WORD = re.compile(
    r"(?=\d)(?<![\w£$€#.,:/\-])((?:[01]?\d|2[0-3])[:.][0-5]\d)([a-z]{3,})\b(?![/\-]\w)"
)
# A word that says when, run into the time after it: "AT7.30PM", "from6.00pm", "until9:30".
_WHEN_TIME = re.compile(
    r"(?=[afutbAFUTB])(?<![\w£$€#.@/\-])((?i:at|from|until|till|to|by|before|after|and))"
    r"(\d{1,2}[.:]\d{2}(?:[ \t]?(?i:[ap]\.?m\.?))?)(?![\d.:]\d)"
)
# An ordinal with a letter of its ending lost, before a month: "held on 18h October" (not "2s":
# "the Under 9s May fixtures").
_ORDINAL_CUT = re.compile(
    r"(?=\d)(?<![\w£$€#.,/\-])(\d{1,2})(?:h|t)(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\b)"
)
# An ordinal: its number, its ending and any letters run on ("21stt").
# In lower case only: "1ND" in a postcode ("OX1 1ND") is no ordinal.
_ORDINAL = re.compile(r"(?=\d)(?<![\w£$€#.,/\-])(\d{1,4})(st|nd|rd|th)([A-Za-z]*)\b(?![/\-]\w)")
# Units, and words written against a number on purpose.
_UNITS = word_set(
    """mph kph kwh mwh gwh hrs mins secs yrs sqm sqft ltr ltrs kgs lbs ozs gbp usd eur pcm
    pppd ppm bhp mbps gbps kbps mths wks sqkm bed beds storey"""
)
# Names that carry their number: "Windows10", "Office365", "Covid19".
_NAMED = word_set("windows office microsoft covid mp web win xbox ps android ios tier year no nos")


def _ordinal_ending(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _word(text: str) -> bool:
    return dictionary.is_word(text) or dictionary.is_word(text.lower())


def check_numbers(items: list[MinutesItem]) -> list[Finding]:
    """A number run into a word, either way round (spacing, 0.8), and an ordinal with the
    wrong ending (spelling, 0.85)."""
    findings: list[Finding] = []
    for item in items:
        text = plain(item.minutes_html)
        for match in _NUMBER_WORD.finditer(text):
            number, word = match.groups()
            months = re.fullmatch(_MONTHS, word) is not None
            if len(word) < 3 and word not in _SHORT_AFTER_NUMBER:
                continue  # "10mm", "2pm", "2no": a unit, not a word
            if not months and (word.lower() in _UNITS or not _word(word) or word[1:].isupper()):
                continue
            findings.append(_spacing(item, match.group(0), f"{number} {word}"))
        for match in _NUMBER_CAPITALS.finditer(text):
            number, word = match.groups()
            if dictionary.known(word.lower()):
                findings.append(_spacing(item, match.group(0), f"{number} {word}"))
        for match in _MONTH_YEAR.finditer(text):
            month, year = match.groups()
            if re.fullmatch(_MONTHS, month.capitalize()):
                findings.append(_spacing(item, match.group(0), f"{month} {year}"))
        for match in _DAY_DATE.finditer(text):
            day, date = match.groups()
            findings.append(_spacing(item, match.group(0), f"{day} {date}"))
        for match in _ORDINAL_YEAR.finditer(text):
            day, year = match.groups()
            findings.append(_spacing(item, match.group(0), f"{day} {year}"))
        for match in _REFERENCE_WORD.finditer(text):
            number, word = match.groups()
            if word.lower() in _APPLICATION_TYPES or not _word(word):
                continue
            findings.append(_spacing(item, match.group(0), f"{number} {word}"))
        for match in _TIME_WORD.finditer(text):
            time, word = match.groups()
            if word in _UNITS or not _word(word):
                continue
            findings.append(_spacing(item, match.group(0), f"{time} {word}"))
        for match in _WHEN_TIME.finditer(text):
            findings.append(_spacing(item, match.group(0), " ".join(match.groups())))
        for match in _WORD_NUMBER.finditer(text):
            word, number, ending, letter = match.groups()
            if _DAY_DATE.fullmatch(match.group(0)):
                continue  # the day's rule above
            if word.lower() in _NAMED or not _word(word) or (len(word) < 2):
                continue
            if len(word) <= 3 and word.islower() and word not in _SHORT_AFTER_NUMBER:
                continue  # "on1 April", "the19th", but "re3", "arc21" (bodies' names), "mp3"
            if len(word) == 2 and word.lower() not in _SHORT_AFTER_NUMBER:
                continue
            if letter and (ending or len(word) < 4):
                continue  # "Schedule12A" is a word and a reference; "a1B" is a code
            if ending and ending.lower() != _ordinal_ending(int(number)):
                continue  # "the3th": the ordinal check below names it
            findings.append(_spacing(item, match.group(0), f"{word} {number}{ending}{letter}"))
        for match in _ORDINAL_CUT.finditer(text):
            number = match.group(1)
            findings.append(_ordinal_finding(item, match.group(0), number))
        for match in _ORDINAL.finditer(text):
            number, ending, extra = match.groups()
            right = _ordinal_ending(int(number))
            if ending == right and not extra:
                continue
            if extra and _word(ending + extra):
                continue  # "18thMay" is a run-together pair: the spacing rule above
            if extra and extra[:1].isupper():
                continue
            findings.append(_ordinal_finding(item, match.group(0), number))
    return findings


def _ordinal_finding(item: MinutesItem, found: str, number: str) -> Finding:
    return Finding(
        check=Check.SPELLING,
        item_reference=item.reference,
        text=found,
        message=(
            f'"{found}" is not how the ordinal is written: write '
            f'"{number}{_ordinal_ending(int(number))}".'
        ),
        confidence=0.85,
    )


def _spacing(item: MinutesItem, found: str, instead: str) -> Finding:
    return Finding(
        check=Check.SPACING,
        item_reference=item.reference,
        text=found,
        message=(
            f'"{found}" runs a number into a word: a screen reader and a search read it as '
            f'one word. Write "{instead}".'
        ),
        confidence=0.8,
    )
