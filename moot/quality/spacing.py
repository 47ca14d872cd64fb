"""Missing spaces: a full stop with no space after it ("2023.The") or a space before it
("accurate record ."), a comma or a semicolon with no space after it ("Wednesday,9 November",
"interest;and"), two words run together where a line break was lost when the minutes were
pasted ("RepresentativeHarrogate"), a short word run into a title or a capitalised word
("andMr B Thompson", "to theCouncil", "TheGordon Hotel"), and a colon or an opening quotation
mark with no space ("RESOLVED:That", 'after"local').

Both are written to stay quiet when in doubt. A full stop is judged only between a lower-case
word of three letters or more (or a year) and a capitalised dictionary word, so initials
("J.Smith"), abbreviations ("e.g.", "No."), decimals and file names ("report.pdf") pass; web
and e-mail addresses are masked before any check reads the text. A run-together pair is
judged only when both halves are dictionary words or names of four letters or more, the whole
is long (brands written solid are short: "PowerPoint", "StreetScene") and it is written so only
once in the minutes.
"""

from __future__ import annotations

import re
from collections import Counter

from moot.meetings.html import to_text

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import plain, word_set

_NO_SPACE = re.compile(
    r"(?<![\w.@/\-])([a-z]{3,}|[A-Z][a-z]{3,}|(?:19|20)\d\d)\.([A-Z][a-z]{1,})\b(?![.@/\-]\w)"
)
_SPACE_BEFORE = re.compile(
    r"(?<![\w.@/\-])([a-z]{3,}|[A-Z][A-Za-z]+|(?:19|20)\d\d)[’'”\"]? \.(?=\s|$)(?!\s*\.)", re.M
)
_COMMA = re.compile(
    r"(?<![\w.@/\-,])([A-Za-z]{3,}),([A-Za-z]{3,}|\d{1,2}(?:st|nd|rd|th)?|"
    # or a short word that opens a clause: "Neighbourhood Plan,if required", "that,as no"
    r"(?:if|as|so|or|we|it|is|by|of|to|in|on|at))\b(?![.@/\-,]\w)"
)
_SEMICOLON = re.compile(r"(?<![\w.@/\-;])([A-Za-z]{3,});([A-Za-z]{2,})\b(?![.@/\-;]\w)")
_JOINED = re.compile(r"(?<![\w.@/\-])([A-Z]?[a-z]{3,})([A-Z][a-z]{3,})\b(?![.@/\-]\w)")
# A short word run into a title or a capitalised word: "andMr B Thompson", "referred to
# theCouncil". Hashtags and handles ("#theCouncil", "@andMr") are not read.
# A capitalised function word run into the next word is read the same way: "TheGordon
# Hotel", "AndThe Committee".
_INTO_CAPITAL = re.compile(
    r"(?<![\w.@/\-#])([A-Z]?[a-z]{1,})((?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor|Sir|Prof|Revd|Rev)\b"
    r"|[A-Z][a-z]+\b)(?![.@/\-]\w)"
)
# A colon with no space before a word ("RESOLVED:That", "Minutes:the", "Vice-Chairman:Cllr"):
# not times ("10:30"), ratios, drive letters ("C:\\") or web addresses (masked before any
# check reads the text).
_COLON = re.compile(
    r"(?<![\w.@/\\:\-])((?:[A-Za-z]+-)?[A-Za-z]{2,}):"
    r"(?!(?:pdf|doc|docx|xls|xlsx|htm|html|txt|rtf|odt)\b)"
    r"([A-Z][a-z]+|[A-Z]{2,}|[a-z]{2,})\b(?![.@/\\:\-]\w)"
)
# An opening double quote glued to the word before it: 'after"local authorities"'.
_OPENING_QUOTE = re.compile(r'(?<![\w"])([A-Za-z]{2,})"([A-Za-z]{2,})')
_TITLES = word_set("Mr Mrs Ms Miss Dr Cllr Councillor Sir Prof Rev Revd")
# Offices and list labels that a name follows: "SecretaryDes Cowie", "CouncillorsSweeting".
_ROLES_RUN_INTO = word_set(
    """Chairman Chairwoman Chairperson Chair Treasurer Secretary Clerk Councillors Councillor
    Cllrs President Members Present Apologies Absence Attendance"""
)
# Short words that are not the start of a name written solid: "theCouncil" is two words;
# "inTouch", "onTrack", "atHome" and "forCare" are names of schemes.
_SHORT_WORDS = word_set("the and of to by with from")
# Capitalised, "In" and "For" too, opening a line: "InAttendance:", "ForInformation".
_SHORT_CAPITALISED = _SHORT_WORDS | word_set("in for")
# Names written solid that are not slips, whatever their length.
_SOLID = word_set(
    """PowerPoint SharePoint YouTube LinkedIn WhatsApp FaceBook JavaScript OneDrive TikTok
    McDonald McDonalds MacDonald iPhone iPad WiFi PayPal DropBox HealthWatch Healthwatch
    StreetScene HomeStart SafeLives LiveWell CareFirst NewsLetter EventBrite SurveyMonkey
    WorkWell BusinessWorld ParkRun SmartWater"""
)
_LIST_HEADINGS = word_set("present attendance apologies attending attendees absent members")
_ABBREVIATIONS = word_set("etc approx incl excl cont para paras nos tel ext ref refs min max")
MIN_JOINED = 13  # letters in a run-together pair: brands written solid are shorter
_FILE_ENDINGS = word_set("Pdf Doc Docx Xls Xlsx Html Htm Csv Txt Jpg Png Ppt Pptx Zip Org Com Gov")

_AFTER_OPENING = "A space after the opening bracket"
# The last word of a body's or a paper's name, or a quarter's: a bracket that holds it after
# a space ("( City Council)", "( Gazette)", "( South)") has lost that name's first words.
_NAMES_TAIL = word_set(
    """Council Councils Authority Gazette Times News Post Echo Herald Mail Trust Association
    Society Partnership Group North South East West Central"""
)
# Words that open what is left of a name whose first words were lost: "( and Wales)".
_LOST_WORDS_BEFORE = word_set("and of the for to in on at with from or")
# How sure a space before a closing bracket is a slip a reader would mark: a hint. On the
# labelled real minutes, at first sight, 0 of 2 were ("Clark Logie (Police )").
_BEFORE_CLOSING = "A space before the closing bracket"
_BEFORE_COMMA = "A space before the comma"
_GLUED_DASH = "A dash glued to the word before it, with a space after"
_DASH_GLUED_AFTER = "A dash glued to the word after it, with a space before"
_BEFORE_SEMICOLON = "A space before the semicolon"
_BEFORE_TIME = "No space before the time"
_INITIAL_RUN_IN = "No space after the initial"
_SPACE_AFTER_HYPHEN = "A space after the hyphen"
# A space before a colon ("Jim : reported"), reported on a page that does so once or twice;
# one that writes "Present :" and "Chair :" throughout has a style (on the labelled real
# minutes, 9 of 12 were marked on pages with one or two, 6 of 11 on pages with more).
_BEFORE_COLON = "A space before the colon"
_SPACED_COLON = re.compile(r"(?<![\w.:])((?P<left>[A-Za-z]{2,}) :)(?=[ \t]+[A-Za-z])")
SPACED_COLONS_AT_MOST = 2
# Words that cannot end a phrase before a comma or semicolon: "in , for" has lost a word.
_NEEDS_MORE = frozenset(["in", "of", "from", "at", "with", "into", "onto", "the", "and", "a", "an"])
BEFORE_CLOSING = 0.55


def _word(text: str) -> bool:
    return dictionary.is_word(text) or dictionary.is_word(text.lower())


# A website's menu saved with the minutes, its links run together: "HomeStructure of the
# CouncilDates of Next MeetingsAgendas…Contact UsFurther Information".
_MENU_WORD = re.compile(r"\b(?:Home|Contact|About|News|Links|Search|Login|Sitemap)")


def _in_a_menu(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a site's menu: three joins or more, and a menu's word."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return len(_JOINED.findall(line)) >= 3 and bool(_MENU_WORD.search(line))


def _run_together(match: re.Match[str], counts: Counter[str]) -> bool:
    """Whether a lower-to-capital join of ``_JOINED`` is two words run together."""
    whole = match.group(0)
    left, right = match.groups()
    if whole in _SOLID or len(whole) < MIN_JOINED or counts[whole] > 1:
        return False
    return not _word(whole) and _word(left) and _word(right)


def _after_mark(
    item: MinutesItem,
    text: str,
    pattern: re.Pattern[str],
    name: str,
    mark: str,
    *,
    digits: bool = False,
    confidence: float = 0.75,
    at_most: int | None = 2,
) -> list[Finding]:
    """A comma, a semicolon or a colon with no space after it between two words (or, for a
    comma, a word and a day: "Wednesday,9 November"). More than ``at_most`` in one item (for
    commas and semicolons, three or more) are a list written so on purpose, or pasted data."""
    matches = list(pattern.finditer(text))
    out: list[Finding] = []
    for match in matches if at_most is None or len(matches) <= at_most else ():
        left, right = match.groups()
        if not _word(left):
            continue
        # a list's heading before a name the dictionary lacks: "PRESENT:Hannah Smith"
        heading = left.lower() in _LIST_HEADINGS and right[:1].isupper()
        # letters in capitals after a colon: "Expenses:FVA" (not "Ref:ABC123", not read)
        letters = mark == ":" and right.isupper() and len(right) <= 6
        if not ((digits and right[0].isdigit()) or _word(right) or heading or letters):
            continue
        out.append(
            Finding(
                check=Check.SPACING,
                item_reference=item.reference,
                text=match.group(0),
                message=(
                    f'No space after the {name} in "{match.group(0)}": the words run '
                    f'together on screen and to a screen reader. Write "{left}{mark} {right}".'
                ),
                confidence=confidence,
            )
        )
    return out


# Spaces missing or misplaced at the edge of a bracket, a title's full stop, an ampersand, a
# dash, a colon or a heading's number: each pattern's first group is what to report, and the
# message says what to write ("{left}" and "{right}" are its named groups).
_BOUNDARIES: list[tuple[re.Pattern[str], str, str]] = [
    # a month's short form with its full stop glued to the year or the day: "Sept.2018"
    (
        re.compile(
            r"(?=[JFMASOND])(?<![\w.])((?P<left>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."
            r"(?P<right>\d{1,4})\b)(?![.,/]\d)"
        ),
        "No space after the month's full stop",
        "{left}. {right}",
    ),
    # a space before a colon: "The Treasurer, Jim : reported"
    (_SPACED_COLON, _BEFORE_COLON, "{left}:"),
    # a space typed after a sum's thousands comma: "£57, 964.46"
    (
        re.compile(
            r"(?=£)(?<![\w.,])((?P<left>£\d{1,3}),[ \t](?P<right>\d{3}(?:\.\d\d)?)\b)(?![,.]?\d)"
        ),
        "A space after the comma inside the sum",
        "{left},{right}",
    ),
    # a heading's number with its full stop spaced from it and glued to the word: "1 .Welcome"
    (
        re.compile(r"(?m)^[ \t]*((?P<left>\d{1,2}) \.(?P<right>[A-Z][a-z]{2,})\b)"),
        "A space before the heading number's full stop",
        "{left}. {right}",
    ),
    # a heading's number run into its first word: "4.1.Southampton Way", "3.Finance", and
    # after a list's own number: "1. 5.Requests for Dispensations"
    (
        re.compile(
            r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]+)?"
            r"((?P<left>\d{1,2}(?:\.\d{1,2})?)\.(?P<right>[A-Z][a-z]{2,})\b)"
        ),
        "No space after the heading's number",
        "{left}. {right}",
    ),
    # a list's letter run into its first word: "a)The Chair welcomed", "1. b)Gloucestershire",
    # "a)In consideration", "a)RESOLVED that"; a number's too, "1)Previous minutes"
    (
        re.compile(
            r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]+)?((?P<left>(?:[a-z]{1,3}|\d{1,2})\))"
            r"(?P<right>[A-Z](?:[a-z]+|[A-Z]{2,}))\b)"
        ),
        "No space after the list's letter or number",
        "{left} {right}",
    ),
    # "anyway" where "any way" is meant: "there was anyway of", "is there anyway that"
    (
        re.compile(
            r"(?=[Aa]nyway)(?<![\w-])((?P<left>[Aa]ny)(?P<right>way))"
            r"(?:(?=\s+(?:of|in\s+which)\b)|(?<=\bthere\sanyway)(?=\s+(?:that|to|for)\b))"
        ),
        "Two words run together",
        "{left} {right}",
    ),
    # a comma or a semicolon glued to the title of the next name: "Evans,Mr Lapsley",
    # "Fraser;Mr Gray" (each one: a list of names is not data pasted on purpose)
    (
        re.compile(r"(?<![\w.@/])((?P<left>[A-Za-z]{2,}),(?P<right>(?:Mrs?|Ms|Miss|Dr|Cllrs?)\b))"),
        "No space after the comma, before the title",
        "{left}, {right}",
    ),
    (
        re.compile(r"(?<![\w.@/])((?P<left>[A-Za-z]{2,});(?P<right>(?:Mrs?|Ms|Miss|Dr|Cllrs?)\b))"),
        "No space after the semicolon, before the title",
        "{left}; {right}",
    ),
    # a sum run into the next word: "£7,762.02Cheques drawn"
    (
        re.compile(r"((?P<left>£\d[\d,]*\.\d\d)(?P<right>[A-Z][a-z]{2,})\b)"),
        "No space after the sum",
        "{left} {right}",
    ),
    # letters and their full stop run into the next sentence: "from PWLB.Should the", "YLCA.Action"
    (
        re.compile(
            r"(?=[A-Z]{2})(?<![\w.])((?P<left>[A-Z]{2,5})\.(?P<right>[A-Z][a-z]{2,})\b)(?![.@]\w)"
        ),
        "No space after the full stop",
        "{left}. {right}",
    ),
    # a month's comma glued to its year: "February,2017"
    (
        re.compile(
            r"\b((?P<left>January|February|March|April|May|June|July|August|September|October|"
            r"November|December),(?P<right>(?:19|20)\d\d))\b"
        ),
        "No space after the comma, before the year",
        "{left} {right}",
    ),
    # a space before a question mark: "Caernarvon ?"
    (
        re.compile(r"(?<![\w.])((?P<left>[A-Za-z]{2,}) \?)(?=\s|$)", re.M),
        "A space before the question mark",
        "{left}?",
    ),
    # a word glued to a bracketed word: "Henderson(Chair)"; not "member(s)", "child(ren)"
    (
        re.compile(r"(?<![\w.@/\-])((?P<left>[A-Za-z]{3,})\((?P<right>[A-Z][a-z]{2,}[\w -]*)\))"),
        "No space before the bracket",
        "{left} ({right})",
    ),
    # a name glued to its initials in brackets: "Bartlett(JB)", "Dunscombe(WD)"
    (
        re.compile(r"(?<![\w.@/\-])((?P<left>[A-Z][a-z]{2,})\((?P<right>[A-Z]{2,4})\))"),
        "No space before the bracket",
        "{left} ({right})",
    ),
    # a word glued to a bracket opening with a word in lower case: "Hall(room 2)",
    # "House(reposition)"; not a word's optional ending, "child(ren)", "member(ship)"
    (
        re.compile(r"(?<![\w.@/\-])((?P<left>[A-Za-z]{3,})\((?P<right>[a-z]{4,})\b)"),
        "No space before the bracket",
        "{left} ({right}",
    ),
    # a word glued to a bracket that opens an aside cut short: "Blewett(From the Chair"
    (
        re.compile(
            r"(?<![\w.@/\-])((?P<left>[A-Z][a-z]{2,})\((?P<right>[A-Z][a-z]{2,})\b)(?![^()\n]*\))"
        ),
        "No space before the bracket",
        "{left} ({right}",
    ),
    # a closing bracket glued to the next word: "(Chairperson),Waltham", "Committee)and"
    (
        re.compile(r"(?<=[A-Za-z])(\)(?P<left>,)(?P<right>[A-Z][a-z]{2,}))\b"),
        "No space after the bracket's comma",
        "){left} {right}",
    ),
    (
        re.compile(
            r"(?<=[a-z]{3})((?P<left>\))(?P<right>and|or|the|to|of|for|with|was|were|is|Mrs?|Ms|"
            r"Miss|Dr|Cllrs?|Councillors?))\b"
        ),
        "No space after the closing bracket",
        "{left} {right}",
    ),
    # a comma glued to the bracket after it: "Apologies: Mr Wilby,(District Councillor)"
    (
        re.compile(r"(?<![\w.@/\-])((?P<left>[A-Za-z]{3,},)\((?P<right>[A-Z][A-Za-z]*))"),
        "No space between the comma and the bracket",
        "{left} ({right}",
    ),
    # a space inside a bracket on one side only: "( Vice-chair)", "(Vice-chair )"
    (
        re.compile(r"(\( (?P<left>[A-Za-z][\w'-]*(?: [\w'-]+){0,3})\))"),
        _AFTER_OPENING,
        "({left})",
    ),
    (
        re.compile(r"(\((?P<left>[A-Za-z][\w'-]*(?: [\w'-]+){0,3}) \))"),
        _BEFORE_CLOSING,
        "({left})",
    ),
    # a title's full stop with the initial or the name glued to it: "Cllr.L.Oxby", "Cllr.Gale"
    (
        re.compile(
            r"(?=[CMD])(?<![\w.])((?P<left>Cllr|Councillor|Mrs|Mr|Ms|Dr)\.(?P<right>[A-Z](?:[a-z'’-]+)?)\b)"
        ),
        "No space after the title",
        "{left} {right}",
    ),
    # an ampersand with a space on one side only: "H &S", "Health& Safety"
    (
        re.compile(
            r"(?<![\w&])((?P<left>[A-Za-z]+)(?: &(?=[A-Za-z])|& (?=[A-Za-z]))(?P<right>[A-Za-z]+))"
        ),
        "A space on one side only of the ampersand",
        "{left} & {right}",
    ),
    # a dash with a space before it only, before a capitalised word: "Minutes -These were",
    # "Committee -Mr Thomas", "Bus Services –A letter"
    (
        re.compile(r"(?<![\w-])((?P<left>[A-Za-z]{2,}\.?) [-–—](?P<right>[A-Z][a-z]*)\b)(?![-–—])"),
        "A space on one side only of the dash",
        "{left} – {right}",
    ),
    # a dash (written as one, not a hyphen) glued to the word before it, spaced after, before
    # a capitalised word: "Bank Account– The community council", "Community Councilors–
    # Tracey". With a hyphen ("Contract- Proposed by", "Licences- Any licence") readers of the
    # labelled real minutes marked 2 of 10; with a dash, 3 of 3. Before a word in lower case
    # too, with a dash: "updates– for information", "bus– still" (readers marked 3 of 3).
    (
        re.compile(
            r"(?<![\w-])((?P<left>[A-Za-z][a-z]+)-(?= [A-Za-z])(?P<right> [A-Za-z][a-z]*)\b)"
        ),
        _GLUED_DASH,
        "{left} –{right}",
    ),
    # a dash spaced before and glued to the word after: "North of Axe –vacancy", "Road
    # Traffic Collisions –which" (with a dash, not a hyphen: readers marked 4 of 4)
    (
        re.compile(r"(?<![\w-])((?P<left>[A-Za-z][a-z]+) -(?P<right>[a-z]{2,})\b)"),
        _DASH_GLUED_AFTER,
        "{left} – {right}",
    ),
    # "inline with" where "in line with" is meant: "would commence inline with the new season"
    (
        re.compile(r"(?=[Ii]nline)\b((?P<left>[Ii]n)(?P<right>line))(?=\s+with\b)"),
        "Two words run together",
        "{left} {right}",
    ),
    # a range of years with a space on one side only of its dash: "2010 -2015", "2019- 20"
    (
        re.compile(
            r"(?<![\w/.\-])((?P<left>(?:19|20)\d\d)(?: -(?=\d)|- (?=\d))(?P<right>(?:19|20)?\d\d))"
            r"(?![\w/.\-]*\d)"
        ),
        "A space on one side only of the dash",
        "{left}–{right}",
    ),
    # a prefix's hyphen with a space after it: "non- pecuniary", "co- operation", "Vice-
    # Chairman"; not a prefix left hanging before "and" or "or" ("pre- and post-meeting")
    (
        re.compile(
            r"(?=[nNcCpPrRsSaAiImMeEoOuUwWlLfFdDvV])(?<![\w-])((?P<left>(?i:non|co|pre|post|re|sub|"
            r"anti|inter|multi|self|semi|cross|"
            r"counter|mid|ex|over|under|well|long|short|part|full|out|de|un|pro|vice))- "
            r"(?P<right>(?!(?:and|or|nor|to|as)\b)[A-Za-z][a-z]{2,}))\b"
        ),
        _SPACE_AFTER_HYPHEN,
        "{left}-{right}",
    ),
    # a compound's hyphen with a space after it, between two words in lower case:
    # "decision- making", "cost- effective" (not a dash glued before a clause: "splitting- we")
    (
        re.compile(
            r"(?<![\w-])((?P<left>[a-z]{4,})- "
            r"(?P<right>(?!(?:and|or|nor|to|as|but|the|a|an|we|it|he|she|they|this|that|there|"
            r"which|in|on|at|of|for|with|is|was|were|be|not|no|so|if|i)\b)[a-z]{3,}))\b"
        ),
        _SPACE_AFTER_HYPHEN,
        "{left}-{right}",
    ),
    # a dash glued to the word before it, spaced after, before a name: "Parish Clerk- R
    # Turner", "Chair- Cllr Hoyle" (not a prefix's hyphen: "pre- and post-meeting")
    (
        re.compile(
            r"(?<![\w-])((?P<left>[A-Za-z]{2,})- "
            r"(?P<right>[A-Z](?= [A-Z][a-z])|(?:Cllr|Councillor|Mrs|Mr|Ms|Dr)\b))"
        ),
        "A space on one side only of the dash",
        "{left} – {right}",
    ),
    # a word run into an initial before a surname: "Councillors J Bell andA Willis"
    (
        re.compile(
            r"(?=[aotfbw])(?<![\w.])((?P<left>and|or|to|from|by|with)(?P<right>[A-Z])(?= [A-Z][a-z]))"
        ),
        "No space before the initial",
        "{left} {right}",
    ),
    # an initial run into the surname after it: "R Llewelyn, SProtheroe", "Present: MGroat";
    # not "O" ("OKeeffe" is O'Keeffe), a Welsh "Ll" in capitals ("LLanelli"), a
    # councillor's title doubled ("CCllr", "CClrs") nor a degree ("MPhil", "MPharm")
    (
        re.compile(
            r"(?=[A-NP-Z])(?<![\w&./'’-])((?P<left>(?!LL)[A-NP-Z])"
            r"(?P<right>(?!C(?:ll|l)rs?\b|(?:Phil|Pharm|Chem|Phys|Math|Arch|Res)\b)[A-Z][a-z]{3,}))\b"
        ),
        _INITIAL_RUN_IN,
        "{left} {right}",
    ),
    # a title run into the name after it: "CllrWhittal Williams", "MrsJones"
    (
        re.compile(
            r"(?=[CMD])(?<![\w.])((?P<left>Cllr|Councillor|Mrs|Mr|Ms|Dr)(?P<right>[A-Z][a-z]{2,}))\b"
        ),
        "No space after the title",
        "{left} {right}",
    ),
    # a space before a comma: "Cllr Cubitt , Cllr Hoyle", "rising by 2.5% , but"
    (
        re.compile(
            r"(?<![\w.])((?P<left>[A-Za-z]{2,}\)?|(?:19|20)\d\d|\d+(?:\.\d+)?%) ,)(?=\s|[A-Za-z])"
        ),
        _BEFORE_COMMA,
        "{left},",
    ),
    # a space before a semicolon: "Apologies ; John Dougan", "held on 13th February 2007 ;-"
    # (every one in the labelled real minutes was marked; a space before a colon, half of
    # them, is a house style in attendance lists: "Present : Councillors …")
    (
        re.compile(r"(?<![\w.&])((?P<left>[A-Za-z0-9]{2,}) ;)(?=\s|-)"),
        _BEFORE_SEMICOLON,
        "{left};",
    ),
    # a colon glued to an initial or a count: "Councillors:L Maude", "attendance:2 members"
    (
        re.compile(
            r"(?<![\w.@/\\:\-])((?P<left>[A-Za-z]{4,}):(?P<right>[A-Z](?= [A-Z][a-z])|\d{1,3}"
            r"(?= [a-z]{3,})))"
        ),
        "No space after the colon",
        "{left}: {right}",
    ),
    # a title run into the initials after it: "CouncillorsJA Brinsden", "CllrP Smith"
    (
        re.compile(
            r"(?=[CMD])(?<![\w.])((?P<left>Councillors|Councillor|Cllrs|Cllr|Mrs|Mr|Ms|Dr)"
            r"(?P<right>[A-Z]{1,3}))(?=(?: [A-Z]\.?){0,3} (?:Ma?c|O')?[A-Z][a-z]{2,})"
        ),
        "No space after the title",
        "{left} {right}",
    ),
    # a list's marker run into its first word: "(A)Councillor", "(iii)Letter", "(a)the"; not
    # "(s)he", nor "child(ren)" (a letter before the bracket)
    (
        re.compile(
            r"(?<![\w)])((?P<left>\((?:[A-Za-z]|[ivxIVX]{2,4}|\d{1,2})\))"
            r"(?P<right>(?!he\b|his\b|her\b)[A-Za-z]{2,}))"
        ),
        "No space after the list's marker",
        "{left} {right}",
    ),
    # a word run into a time after it: "public comments/questions7.20pm"
    (
        re.compile(r"(?<![\w.])((?P<left>[a-z]{3,})(?P<right>\d{1,2}[.:]\d{2}[ \t]?(?:am|pm))\b)"),
        _BEFORE_TIME,
        "{left} {right}",
    ),
    # a decision's word in capitals run into the next: "RESOLVEDthat apologies be accepted"
    (
        re.compile(
            r"(?=[RANCD])(?<![\w.])((?P<left>RESOLVED|AGREED|NOTED|APPROVED|CARRIED|DEFERRED|RECEIVED)"
            r"(?P<right>that|to|the|unanimously))\b"
        ),
        "No space after the decision's word",
        "{left} {right}",
    ),
    # a heading's number run into its words at the start of a line: "37.PRESENT"
    (
        re.compile(
            r"^((?P<left>\d{1,4})\.(?P<right>[A-Z]{2,}|[A-Z][a-z]{2,})\b)(?![.@/\-]\w)", re.M
        ),
        "No space after the heading's number",
        "{left}. {right}",
    ),
]


# A word in capitals run into a capitalised word: "PRESENTProvost Derek Stewart", "IN
# ATTENDANCEDave Jones", "GUESTSCouncillor" (a heading whose line break was lost); or into
# the next sentence: "MINUTES FOR APPROVAL.The minutes were …".
_CAPITALS_INTO = re.compile(r"(?<![\w.])([A-Z]{4,})(\.?)((?:Ma?c|O')?[A-Z][a-z]{2,})\b")
# A capitalised word run into a short word after it: "October was" written "Octoberwas",
# "the Community Councilof", "Community CentreThe".
_INTO_SHORT = re.compile(
    r"(?<![\w.@/\-])([A-Z][a-z]{2,})(was|and|of|for|the|The|to|with|from|that|were|held)\b"
)


# A surname with its capital inside, run into the word after it: "Dawn MacLeodwelcomed
# everyone", "Cllr O'Neillasked".
_NAME_INTO = re.compile(r"(?<![\w.@/\-])(?:Ma?c|O')[A-Z][a-z]{6,}\b")
# A capitalised word just before a word: a forename, when the dictionary knows it only so.
_FORENAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
# An initial or a title just before a word: what follows is a surname.
_SURNAME_BEFORE = re.compile(
    r"(?:\b[A-Z]\.?|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\.?)[ \t]+$"
)


def _needle(what: str) -> str:
    """A mark every match of a boundary rule has, by what its message names (with the space
    the rule is about, where it names one): a text without it is not searched (the rules run
    on every item)."""
    for word, char in (
        ("list's letter", ")"),
        ("after the sum", "£"),
        ("No space after the full stop", "."),
        ("bracket", "("),
        ("marker", "("),
        ("ampersand", "&"),
        ("dash", "-"),
        ("hyphen", "-"),
        ("semicolon", ";"),
        ("question mark", "?"),
        ("comma", ","),
        ("colon", ":"),
        ("number", "."),
    ):
        if word in what:
            char = ")" if what.endswith(("closing bracket", "bracket's comma")) else char
            # "A space before the comma" is a space and a comma side by side: " ,"
            if what.startswith("A space before the "):
                return " " + char
            return char + " " if what.startswith("A space after the ") else char
    return ""


def _letters_needle(pattern: re.Pattern[str]) -> str:
    """For a rule that opens on a word ("(?=[Aa]nyway)"), that word past its first letter
    ("nyway"): a text without it is not searched."""
    word = re.match(r"\(\?=\[[A-Z][a-z]\]([a-z]{3,})\)", pattern.pattern)
    return word.group(1) if word else ""


_BOUNDARY_NEEDLES = [_needle(what) or _letters_needle(pattern) for pattern, what, _ in _BOUNDARIES]


def _glue(what: str) -> tuple[str, bool] | None:
    """The mark every match of a boundary rule has against a letter or figure, and whether on
    its right (its left otherwise): "Smith(Chair)" has "(" after a letter, "Jones,Mrs" a ","
    before one. A text where that mark never touches one is not searched: it costs a look at
    each of that mark, where the rule's pattern costs a pass over the whole text."""
    if what.startswith("No space before the bracket"):
        return "(", False
    if what.startswith(("No space after the comma", "No space after the bracket's comma")):
        return ",", True
    if what.startswith("No space after the semicolon"):
        return ";", True
    if what.startswith(("No space after the closing bracket", "No space after the list's")):
        return ")", True
    if what == "No space after the colon":
        return ":", True
    return None


_BOUNDARY_GLUES = [_glue(what) for _, what, _ in _BOUNDARIES]

# A word run into a time is sought only where a letter touches a figure ("questions7.20pm").
_LETTER_FIGURE = re.compile(r"[a-z]\d")


def _glued(text: str, mark: str, on_right: bool) -> bool:
    """Whether ``mark`` stands right against a letter or a figure in ``text``, on its right
    or on its left."""
    at = text.find(mark)
    while at != -1:
        near = text[at + 1 : at + 2] if on_right else text[at - 1 : at] if at else ""
        if near.isalnum():
            return True
        at = text.find(mark, at + 1)
    return False


def _capitals_into(item: MinutesItem, text: str, counts: Counter[str]) -> list[Finding]:
    """A heading's word in capitals, or a capitalised word, run into the next word (0.8):
    the capitals must be a word ("McDONALD" is a name), the capitalised word one the
    dictionary or these minutes know elsewhere ("Skirvingand" where "Skirving" is written),
    and the whole no word ("Wilson", "Gordon", "Thereto" pass)."""
    out: list[Finding] = []
    for match in _CAPITALS_INTO.finditer(text):
        left, stop, right = match.groups()
        if not dictionary.known(left.lower()) or not (_word(right) or right in _TITLES):
            continue
        out.append(_run_into(item, match.group(0), f"{left}{stop} {right}"))
    for match in _INTO_SHORT.finditer(text):
        left, right = match.groups()
        whole = match.group(0)
        if _word(whole) or counts[whole] > 1 or len(whole) < 7:
            continue
        if _SURNAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # a surname: "M Polland", "Cllr Rolland"
        forename = _FORENAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if forename and dictionary.is_name(forename.group(1)) and not counts[left]:
            continue  # a surname after a forename: "Fiona Warrand" ("Jim Skirvingand" is
            # "Skirving and" where the minutes write "Skirving" alone)
        if not (_word(left) or counts[left] >= 1):
            continue
        out.append(_run_into(item, whole, f"{left} {right}"))
    for match in _NAME_INTO.finditer(text):
        # the name written alone elsewhere in the minutes, and a word after it
        whole = match.group(0)
        start = whole.index(next(c for c in whole[1:] if c.isupper()), 1) + 3
        for cut in range(start, len(whole) - 3):
            left, right = whole[:cut], whole[cut:]
            if counts[left] >= 1 and _word(right) and not _word(whole):
                out.append(_run_into(item, whole, f"{left} {right}"))
                break
    return out


_TITLE_INTO = re.compile(r"(?<![\w.])(?:Cllr|Councillor|Mrs|Mr|Ms|Dr)\.[A-Z]")
# An initial's full stop run into the surname: "Cllr. J.Hart", "T.Wright"; not a councillor's
# title shortened with its council's letter ("C.Cllr Heseltine", "D.Cllr McMullon").
_INITIAL_INTO = re.compile(
    r"(?<![\w.@/\-])([A-Z])\.(?!(?:Cllrs?|Councillors?)\b)((?:Ma?c|O')?[A-Z][a-z]{2,})\b"
    r"(?![.@/\-]\w)"
)


def _initial_run_in(item: MinutesItem, text: str) -> list[Finding]:
    """An initial run into a surname with no space (0.75). Only where the page does it once
    or twice: minutes that write every name so ("A.Chandler, A.Stanley, C.Priest …") have
    chosen to, and readers of the labelled real minutes marked none of those."""
    return [
        Finding(
            check=Check.SPACING,
            item_reference=item.reference,
            text=match.group(0),
            message=(
                f'No space after the initial in "{match.group(0)}": write '
                f'"{match.group(1)}. {match.group(2)}".'
            ),
            confidence=0.75,
        )
        for match in _INITIAL_INTO.finditer(text)
    ]


def _word_missing(item: MinutesItem, found: str, word: str, mark: str) -> Finding:
    """A word that cannot end a phrase before a mark ("based in , for", "Perranzabuloe and
    ."): the word after it was lost (a place's or a name's, as a link's words leave a copy),
    not a space misplaced. A hint, below the default threshold (0.55): readers marked 3 of 11
    such on the labelled real minutes (the stored pages and the parts), and left the rest as
    the copy's loss, not the clerk's slip."""
    return Finding(
        check=Check.SLIP,
        item_reference=item.reference,
        text=found,
        message=(
            f'A word seems to be missing in "{found}": "{word}" needs something after it '
            f"before the {mark}."
        ),
        confidence=0.55,
    )


def _run_into(item: MinutesItem, found: str, instead: str) -> Finding:
    return Finding(
        check=Check.SPACING,
        item_reference=item.reference,
        text=found,
        message=(
            f'"{found}" runs two words together: it reads as one word on screen and to a '
            f'screen reader. Write "{instead}".'
        ),
        confidence=0.8,
    )


# One word written as two. Closed compounds readers of the labelled real minutes marked when
# split, and that are not two words in any sense minutes use ("on going", "pay roll", "over
# grown", "near by"): not "car park", "notice board" or "set up", which are right as two.
_SPLIT_COMPOUND = re.compile(
    r"(?<![\w'’-])((?i:on) going|(?i:near) by|(?i:pot) holes?|(?i:over) night|(?i:forth) coming|"
    r"(?i:mid) week|(?i:handy) m[ae]n|(?i:pay) roll|(?i:over) grown|"
    r"(?i:basket) ball|(?i:back) packs?|(?i:super) fast|(?i:up) dat(?:es|ed|ing)|"
    r"(?i:infra) structure|(?i:hedge) rows?|(?i:foot) paths?|(?i:play) ground)(?![\w'’-])"
)
# A prefix that is no word alone, before the word it makes: "mis communication", "anti
# social". Not "web site", an older spelling readers let be, nor "sub contracts" (readers
# differ on "sub").
_SPLIT_PREFIX = re.compile(r"(?<![\w'’-])((?:[Mm]is|[Aa]nti|[Ii]nter|[Mm]ulti) ([a-z]{3,}))\b")


def _split_words(item: MinutesItem, text: str) -> list[Finding]:
    """One word written as two (0.75): a closed compound split ("on going", "pay roll") or a
    prefix set apart from its word ("mis communication")."""
    out = []
    found = [
        (m.start(), m.group(1))
        for m in _SPLIT_COMPOUND.finditer(text)
        # "carried on going", "kept on going": a verb and its "on"
        if not re.search(
            r"(?i)\b(?:carr(?:y|ies|ied)|keep|keeps|kept|go|goes|went)\s+$",
            text[: m.start()][-12:],
        )
    ]
    found += [
        (m.start(), m.group(1))
        for m in _SPLIT_PREFIX.finditer(text)
        if dictionary.is_word(m.group(1).replace(" ", "").lower())
        and not _SPLIT_COMPOUND.match(text, m.start())
    ]
    for _, written in sorted(found):
        whole = written.replace(" ", "")
        out.append(
            Finding(
                check=Check.SPACING,
                item_reference=item.reference,
                text=written,
                message=f'"{written}" is one word split in two: write "{whole}".',
                confidence=0.75,
            )
        )
    return out


def _boundaries(item: MinutesItem, text: str, styled: bool = False) -> list[Finding]:
    """Spaces missing or misplaced at a bracket, a title's full stop, an ampersand, a dash, a
    colon or a heading's number (0.75), however many in an item: a page that writes "Dick ,
    Elly" throughout its lists, or "Mr.Reid" for every name, has each of them wrong (readers
    of the labelled real minutes marked every one; none was a false alarm). ``styled``: the
    page puts a space before its colons more than ``SPACED_COLONS_AT_MOST`` times, a style,
    so that rule is not run."""
    out: list[Finding] = []
    raw = ""  # the text before dashes and quotes were made plain (the same offsets)
    glued: dict[tuple[str, bool], bool] = {}
    for (pattern, what, fix), needle, glue in zip(
        _BOUNDARIES, _BOUNDARY_NEEDLES, _BOUNDARY_GLUES, strict=True
    ):
        if (needle and needle not in text) or (styled and what == _BEFORE_COLON):
            continue
        if what == _BEFORE_TIME and not _LETTER_FIGURE.search(text):
            continue
        if glue:
            if glue not in glued:
                glued[glue] = _glued(text, *glue)
            if not glued[glue]:
                continue
        for match in pattern.finditer(text):
            found = match.group(1)
            left, right = match.group("left"), match.groupdict().get("right") or ""
            if what in (_GLUED_DASH, _DASH_GLUED_AFTER):
                raw = raw or to_text(item.minutes_html)
                at = match.end("left") + (what == _DASH_GLUED_AFTER)
                if raw[at : at + 1] not in ("–", "—"):
                    continue
            if what == _INITIAL_RUN_IN and _word(left + right.lower()):
                continue  # a word with its second letter a capital ("MInutes"): the spelling
                # check's
            if (
                what == _SPACE_AFTER_HYPHEN
                and not (_word(left) or _word(right))
                and _word(left + right)
            ):
                continue  # a word split at a line's end ("poten- tially"): the layout's
            if what.startswith("No space before the bracket"):
                if not (_word(left) or left[0].isupper()):
                    continue
                if right[:1].islower() and (not _word(right) or _word(left + right)):
                    continue  # an optional ending ("member(ship)"), or letters not a word
            if what == _AFTER_OPENING and (
                left.split()[0] in _LOST_WORDS_BEFORE or left.split()[-1] in _NAMES_TAIL
            ):
                # "( and Wales)", "( City Council)", "( Gazette)": the bracket's first words,
                # a link's, were lost in a copy; not a space typed there ("( chair)" is)
                continue
            if left.endswith("."):
                found = found[len(left) :].strip()  # "-There" after a sentence's full stop
            if what in (_BEFORE_COMMA, _BEFORE_SEMICOLON) and left.lower() in _NEEDS_MORE:
                # "based in , for", "from , who": a word is missing (a place or a name, as a
                # link's words lost in a copy leave it), not a space misplaced
                out.append(_word_missing(item, found, left, what.rsplit(" ", 1)[-1]))
                continue
            out.append(
                Finding(
                    check=Check.SPACING,
                    item_reference=item.reference,
                    text=found,
                    message=(f'{what} in "{found}": write "{fix.format(left=left, right=right)}".'),
                    confidence=BEFORE_CLOSING if what == _BEFORE_CLOSING else 0.75,
                )
            )
    return out


# A comma with no space after it between names with their initials: "Councillors J Bell,J
# Chaplow,B Graham" — however many, since a list of names is not data pasted on purpose.
_INITIALLED = r"(?:[A-Z]\.? ?)+[A-Z][a-z'’-]+"
_NAME_COMMA = re.compile(rf",(?={_INITIALLED}\b(?![.@/\-]\w))")
_NAME_BEFORE = re.compile(rf"(?<![\w.@/\-]){_INITIALLED}$")
_NAME_AFTER = re.compile(rf"{_INITIALLED}\b")


def _name_commas(item: MinutesItem, text: str) -> list[Finding]:
    """A comma with no space after it in a list of names (0.75)."""
    out: list[Finding] = []
    for comma in _NAME_COMMA.finditer(text):
        before = _NAME_BEFORE.search(text, 0, comma.start())
        after = _NAME_AFTER.match(text, comma.end())
        if not before or not after:
            continue
        out.append(_names_comma(item, before.group(0), after.group(0)))
    return out


def _names_comma(item: MinutesItem, left: str, right: str) -> Finding:
    found = f"{left},{right}"
    return Finding(
        check=Check.SPACING,
        item_reference=item.reference,
        text=found,
        message=(
            f'No space after the comma in "{found}": the names run together on screen and to a '
            f'screen reader. Write "{left}, {right}".'
        ),
        confidence=0.75,
    )


_TIGHT_NAMES = re.compile(r"(?<![\w.@/\-])([A-Z][a-z'’-]+),([A-Z][a-z'’-]+)\b(?![.@/\-]\w)")
_SPACED_NAMES = re.compile(r"[A-Za-z'’], [A-Z]")


def _list_commas(item: MinutesItem, text: str) -> list[Finding]:
    """A comma with no space after it between two names, in a line of a list whose other
    commas have their space (0.75): "Saeed Chaudhary,Bea Foster,Sue Graham, Joanne Greenwood,
    John Harbour,Shah Hussain, …" — four spaced commas or more, and at most half as many
    without. A line whose commas all lack it is data, or a style kept throughout."""
    out: list[Finding] = []
    for line in text.split("\n"):
        tight = list(_TIGHT_NAMES.finditer(line))
        if not tight:
            continue
        spaced = len(_SPACED_NAMES.findall(line))
        if spaced < 4 or len(tight) * 2 > spaced:
            continue
        out += [_names_comma(item, *match.groups()) for match in tight]
    return out


def _opening_quotes(item: MinutesItem, text: str) -> list[Finding]:
    """An opening double quote glued to the word before it ('after"local', 0.75): an opening
    quote is one with an even number of quotes before it on its line."""
    out: list[Finding] = []
    for match in _OPENING_QUOTE.finditer(text):
        left, right = match.groups()
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text.count('"', line_start, match.start()) % 2 or not _word(left):
            continue  # a closing quote: 'said "no"and' is another slip, not read here
        out.append(
            Finding(
                check=Check.SPACING,
                item_reference=item.reference,
                text=match.group(0),
                message=(
                    f'No space before the quotation mark in "{match.group(0)}": the quotation '
                    f"runs into the word before it. Write '{left} \"{right}'."
                ),
                confidence=0.75,
            )
        )
    return out


def check_spacing(items: list[MinutesItem]) -> list[Finding]:
    """A missing space after a full stop (0.8), a comma or a semicolon (0.75), a space before
    a full stop (0.75), a word run into a title or a capitalised word (0.8) and two words run
    together (0.7)."""
    texts = [(item, plain(item.minutes_html)) for item in items]
    counts: Counter[str] = Counter()
    into_counts: Counter[str] = Counter()
    # Every word of the minutes, capitalised as written: a name known from elsewhere in them.
    words: Counter[str] = Counter()
    for _item, text in texts:
        words.update(re.findall(r"(?:Ma?c(?=[A-Z])|O')?[A-Z][a-z]+", text))
        counts.update(m.group(0) for m in _JOINED.finditer(text))
        into_counts.update(m.group(0) for m in _INTO_CAPITAL.finditer(text))
    # (with titles run into names: a page that writes "Mr.C Smith", "Cllr.J Jones" and
    # "J.Preece" throughout has chosen to)
    initialled = [
        m for _, text in texts for p in (_INITIAL_INTO, _TITLE_INTO) for m in p.finditer(text)
    ]
    spaced_colons = sum(len(_SPACED_COLON.findall(text)) for _, text in texts if " :" in text)
    findings: list[Finding] = []
    for item, text in texts:
        for match in _NO_SPACE.finditer(text):
            left, right = match.groups()
            if left in _ABBREVIATIONS or right in _FILE_ENDINGS or left in _TITLES:
                continue  # (a title's run-in is the title rule's: "Cllr.Legg")
            if not (left.isdigit() or _word(left)) or not _word(right):
                continue
            findings.append(
                Finding(
                    check=Check.SPACING,
                    item_reference=item.reference,
                    text=match.group(0),
                    message=(
                        f'No space after the full stop in "{match.group(0)}": the next sentence '
                        f"runs into this one, which reads as one word on screen and to a screen "
                        f'reader. Write "{left}. {right}".'
                    ),
                    confidence=0.8,
                )
            )
        findings += _after_mark(item, text, _COMMA, "comma", ",", digits=True)
        findings += _after_mark(item, text, _SEMICOLON, "semicolon", ";")
        # A colon before a capitalised word ("RESOLVED:That"), however many in the item.
        findings += _after_mark(item, text, _COLON, "colon", ":", confidence=0.8, at_most=None)
        findings += _opening_quotes(item, text)
        findings += _name_commas(item, text)
        already = {f.text for f in findings if f.item_reference == item.reference}
        findings += [f for f in _list_commas(item, text) if f.text not in already]
        findings += _boundaries(item, text, styled=spaced_colons > SPACED_COLONS_AT_MOST)
        findings += _split_words(item, text)
        findings += _capitals_into(item, text, words)
        if len(initialled) <= 2:
            findings += _initial_run_in(item, text)
        for match in _SPACE_BEFORE.finditer(text):
            if match.group(1).islower() and not _word(match.group(1)):
                continue  # a lower-case word the dictionary lacks may be a code; a name is not
            if match.group(1) in _NEEDS_MORE:
                # "Perranzabuloe and .": a word lost before the stop, not a space misplaced
                findings.append(_word_missing(item, match.group(0), match.group(1), "full stop"))
                continue
            findings.append(
                Finding(
                    check=Check.SPACING,
                    item_reference=item.reference,
                    text=match.group(0),
                    message=(
                        f'A space before the full stop in "{match.group(0)}": a line may break '
                        f"there, leaving the full stop alone at the start of the next line. "
                        f'Write "{match.group(1)}.".'
                    ),
                    confidence=0.75,
                )
            )
        joined = {m.group(0) for m in _JOINED.finditer(text) if _run_together(m, counts)}
        for match in _INTO_CAPITAL.finditer(text):
            whole = match.group(0)
            left, right = match.groups()
            if whole in joined or whole in _SOLID or into_counts[whole] > 1 or _word(whole):
                continue
            if left[0].isupper() and len(left) > 3 and right in _TITLES:
                # a capitalised word run into a title: "PresentMrs B Gillen"
                if not dictionary.is_word(left.lower()):
                    continue
            elif (
                left in _ROLES_RUN_INTO
                and len(right) >= 3
                and (right in _TITLES or not dictionary.known(right.lower()))
            ):
                pass  # an office run into the name after it: "SecretaryDes Cowie",
                # "CouncillorsSweeting" (a table's cells run together)
            elif left[0].isupper() and len(left) > 1:
                # "TheGordon", "AndThe": only a function word, before a word or a name
                if left.lower() not in _SHORT_CAPITALISED or len(right) < 3:
                    continue
                if left.lower() not in _SHORT_WORDS and text[
                    match.start() - 1 : match.start()
                ] not in (
                    "",
                    "\n",
                ):
                    continue  # "In" and "For" only opening a line: "InTouch" is a scheme's name
                if not (right in _TITLES or len(right) >= 4 or _word(right)):
                    continue
            elif left[0].isupper():
                continue
            elif right in _TITLES:
                if not dictionary.is_word(left):
                    continue
            elif left not in _SHORT_WORDS or len(right) < 4 or not _word(right):
                continue
            findings.append(
                Finding(
                    check=Check.SPACING,
                    item_reference=item.reference,
                    text=whole,
                    message=(
                        f'"{whole}" runs "{left}" into "{right}" with no space: it reads as '
                        f'one word on screen and to a screen reader. Write "{left} {right}".'
                    ),
                    confidence=0.8,
                )
            )
        for match in _JOINED.finditer(text):
            if not _run_together(match, counts) or _in_a_menu(text, match.start()):
                continue
            whole = match.group(0)
            left, right = match.groups()
            findings.append(
                Finding(
                    check=Check.SPACING,
                    item_reference=item.reference,
                    text=whole,
                    message=(
                        f'"{whole}" looks like two words run together where a line break was '
                        f'lost ("{left}" and "{right}"). If so, write "{left} {right}"; if it is '
                        f"a name written solid, add it to the glossary."
                    ),
                    confidence=0.7,
                )
            )
    return findings
