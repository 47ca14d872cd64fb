"""Unmatched brackets: a closing bracket with no opening one ("article 20 paragraphs 6 and
9), article 21 (paragraphs 6 and 9)"), or an opening one never closed.

Written to stay quiet when in doubt. A list marker is not a bracket: a number, a letter or a
roman numeral before ")" ("1)", "a)", "ii)", "1.)") at the start of a line, or followed by a
space and more words ("RESOLVED to: 1) defer …; and 2) request …"). An opening bracket may be
closed in a later paragraph of the same item (an aside around a list); one left open is
reported only when its paragraph ends as a sentence does, so a page cut off mid-aside ("the
report (and its recommen") says nothing. Web and e-mail addresses are masked before.

Also a comma missing between two people in a list of names ("apologies were received from Mr
R M Bennett, Mr C Hotham Mr L C R Mallett, Mrs J A Potter"): two titled names side by side,
in a sentence whose other names are parted by commas; the second may be written with its
initials and no title ("Mrs S Benbow-Jones M Hughes, Mrs L Prescott").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import plain, word_set

# What a list marker's ")" closes: a number ("1", "1.", "2.1"), a letter or a roman numeral.
# (a list's or a minute's marker: "1)", "4.2)", "b)", "a.)", "iv)", "7b)", "2019/4)")
_MARKER = re.compile(
    r"(?:^|(?<=[\s\u00a0]))(?:\d{1,4}(?:[./]\d{1,3})*[a-z]?\.?|[A-Za-z]\.?|[A-Za-z]?[ivxIVX]{1,5})$"
)
_SENTENCE_END = re.compile(r"[.;:!?]\s*$")
# A contact's label opening an aside: the address after it is masked, or was lost.
_CONTACT = re.compile(
    r"\s*(e-?mail|email address|tel|telephone|phone|mobile|web(site)?)\b\s*:", re.I
)


def _is_marker(line: str, at: int) -> bool:
    """Whether the ")" at ``line[at]`` ends a list marker rather than closing a bracket."""
    before = line[:at]
    marker = _MARKER.search(before)
    if marker is None:
        return False
    after = line[at + 1 :]
    # (after a heading's number too: "10. a)To review")
    starts_line = not before[: marker.start()].strip() or bool(
        re.fullmatch(r"\s*\d{1,3}[.)]?\s*", before[: marker.start()])
    )
    # a minute's reference in running text, before a comma: "see item 6a), below"; before a
    # full stop after the word that names it: "both parts of Item 6a)."
    reference = bool(re.search(r"\d[a-z]|\d/\d", marker.group(0))) and (
        after[:1] in (",", ";")
        or (after[:1] in (".", ":") and bool(_NAMES_A_REFERENCE.search(before[: marker.start()])))
    )
    # a minute's letter after its number and a space: "in relation to item 12941 b), i"
    reference = reference or bool(_NUMBERED_REFERENCE.search(before[: marker.start()]))
    # a marker run into a name, as a scanned page types it: "AB/76.99 I)Mr Cain enquired"
    run_in = bool(re.match(r"[A-Z][a-z]", after)) and bool(
        re.fullmatch(r"\d{1,2}|[IVX]{1,3}", marker.group(0))
    )
    # a list run on after a colon, a sentence or a heading, each marker with a full stop:
    # "APPROVAL OF THE MINUTES OF: i). The minutes of the PARISH COUNCIL … ii). The minutes of
    # the PLANNING …", "5. Planning a). Applications" (an aside's bracket before a full stop
    # has its opening one)
    run_on = bool(re.fullmatch(r"[ivx]{1,4}|[a-h]", marker.group(0))) and bool(
        re.match(r"\.[ \t]+[A-Z]", after)
    )
    return starts_line or after[:1].isspace() or after == "" or reference or run_in or run_on


_NAMES_A_REFERENCE = re.compile(
    r"\b(?:items?|minutes?|paragraphs?|paras?|appendix|appendices|sections?|agenda)\s*$", re.I
)


_NUMBERED_REFERENCE = re.compile(
    r"\b(?:items?|minutes?|paragraphs?|paras?|sections?|agenda)\s+\d[\d./]*\s+$", re.I
)


def _context_before(line: str, at: int) -> str:
    """The bracket's word and the three words before it."""
    chunks = line[: at + 1].split()
    return " ".join(chunks[-4:])


def _context_after(line: str, at: int) -> str:
    """The bracket's word and the three words after it."""
    chunks = line[at:].split()
    return " ".join(chunks[:4])


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady)\.?"
# A surname is not a title or a role ("Councillor Mrs Shields", "the Lord Mayor Councillor …").
_NOT_SURNAME = (
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Mayor|Mayoress|Chair|Chairman|Chairwoman|Leader|Deputy|"
    r"Lieutenant|Provost|Speaker|President|Bishop)\b)"
)
_NAME = _TITLE + r" (?:[A-Z]\.? ?){0,4}" + _NOT_SURNAME + r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
# The second may be written with initials only: "Mrs S Benbow-Jones M Hughes, Mrs L Prescott".
_INITIALLED = r"(?:[A-Z]\.? ){1,4}" + _NOT_SURNAME + r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_PAIR = re.compile(rf"\b({_NAME}) ({_NAME}|{_INITIALLED})(?=[,;.]| and\b| &)")
_LISTED = re.compile(rf", {_TITLE} ")
# Names without a title, in a list of three or more written "J Bell, M Cooper, …": two side
# by side with no comma ("J Gilmour M Goodman", "S O'Connor J Phillips").
_SURNAME = r"(?:O['’]|Ma?c)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_UNTITLED = r"(?:[A-Z]\.? ){1,3}" + _NOT_SURNAME + _SURNAME
_UNTITLED_LISTED = re.compile(rf", {_UNTITLED}\b")
_UNTITLED_PAIR = re.compile(rf"(?<=, )({_UNTITLED}) ({_UNTITLED})(?=,| and\b| &| \()")
# A bracketed aside then the next titled name with no comma: "(arrived at 18:50) Cllr M.Souter".
# Asides that can only be the person's before them: their role in the meeting or their
# degree ("(in the Chair)", "(Vice-Chair)", "(Hons)"); a list that sets names out so may
# leave the comma off after them.
_OWN_ASIDE = re.compile(
    r"\((?:in the chair|(?:vice[- ]|deputy )?(?:chair(?:man|person)?|mayor|leader)|hons|"
    r"presiding)\)",
    re.I,
)
# An aside that dates something ("(27th August 2015)") belongs to no one person.
_DATED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b.*\b\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
_AFTER_ASIDE = re.compile(rf"(\([^()]{{1,40}}\)) ({_TITLE} (?:[A-Z]\.? ?){{0,4}}[A-Z][a-z]+)")
# …but where the name after the role goes straight on to the list's next comma, the comma
# after the role was left out: "Cllr J Wood (Vice Chairman) Cllr D Dennis, Cllr S Lyons",
# "Cllrs Black (Chair) Gale, Machin and Rice" (readers marked 11 of 15 such). And in a list
# that sets each name's aside before its comma ("Tracy Holmes (Planning Officer), Paul
# Fearnley (Treasurer), Mike Parkin (Membership Secretary) Carol Parkin (Secretary), …"), any
# aside then the next name with no comma between (readers marked 17 of 24). Not a role after
# a body's name ("Borough Council (Chairman) Cllr N Harden, Borough Council"), nor a role
# after the aside ("Ian Davis (ID) Chair, Anne Davis").
_ROLE = re.compile(
    r"\((?:in the chair|(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|(?:town )?mayor|"
    r"clerk|leader))\)",
    re.I,
)
_ASIDE_THEN_NAME = re.compile(
    r"(?<=[a-z])[ \t]?(\([^()\n]{1,40}\))[ \t]+(?!(?:councillors|cllrs|members)\b)"
    r"((?:(?:county|district|borough|ward|town)[ \t]+)?"
    r"(?:(?:cllrs?|councillor|clr|mr|mrs|ms|miss|dr|messrs)\.?[ \t]+)?"
    r"(?-i:(?:[A-Z]\.?[ \t]?){0,3}(?:O['’]|Ma?c)?[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))"
    r"(?=(,|[ \t]*$)|[ \t]+\()",
    re.I,
)
_TITLES = word_set(
    "cllr cllrs councillor clr mr mrs ms miss dr messrs county district borough ward town"
)
_ASIDE_COMMA = re.compile(r"\([^()\n]{1,40}\),[ \t]")
_ROLE_WORDS = word_set(
    "Chair Chairman Chairwoman Chairperson Vice Deputy Clerk Mayor Secretary Treasurer"
)


# A full stop where the list's comma belongs, between two names of a list that parts them with
# commas: "M. Mort, B. Cosker. B. Kaines, S. John", "Peter Marshall. Catherine Spence, Alan
# Webster", "S Hillier (Chairman). J. Thomas (Vice-Chair), L. Bennett". The name after it must
# go on to another name, or the list may have ended there and a sentence begun ("…, C Brown.
# D White, the Clerk, was also present").
_INITIALS = r"(?:[A-Z]\. ?|[A-Z] ){1,3}"
_LIST_NAME = (
    rf"(?:{_TITLE} )?(?:{_INITIALS}{_NOT_SURNAME}{_SURNAME}|{_NOT_SURNAME}[A-Z][a-z]+ "
    rf"{_NOT_SURNAME}{_SURNAME})(?: \([^()]{{1,30}}\))?"
)
_STOP_BETWEEN = re.compile(
    rf"(?:(?<=, )|(?<=: )|(?<=Cllrs\. )|(?<=Cllrs ))({_LIST_NAME})\. ({_LIST_NAME})"
    rf"(?=(?:,| and| &) (?:{_LIST_NAME})(?=[,.;&]| and\b|$))"
)
# Words that end a list's label, not a name: "Elected Members.", "Officers.", "Co-opted Governors."
_LABEL_WORDS = word_set(
    """Members Present Officers Apologies Attendance Governors Councillors Trustees Directors
    Commissioners Representatives Observers Attendees Absent"""
)
# Where a list's sentence ends: not after an initial or a title ("A. Hendry D McKendrick",
# "Cllrs. M. Mort").
_SENTENCE_BREAK = re.compile(
    r"(?<=[.;:])(?<!\b[A-Z]\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)"
    r"(?<!\bCllrs\.)\s+|\n"
)
# A title and one word, then one initial and a surname: a forename and a middle initial.
_FORENAME_ONLY = re.compile(rf"{_TITLE} [A-Z][a-z]+")
_ONE_INITIAL = re.compile(r"[A-Z]\.? (?![A-Z]\.? )")
_LIST_LABEL = re.compile(r"\b(?:Present|Attendance|Apologies|Attending|Absent)\b\s*[:\-–]", re.I)
_LIST_ENTRY = re.compile(
    rf"(?:^|, |: |\bCllrs\.? |\bCouncillors )(?:{_LIST_NAME})(?=[,.]| and\b| &)"
)


def _finding(item: MinutesItem, text: str, message: str) -> Finding:
    """A punctuation finding on ``text`` of ``item`` (every punctuation rule is 0.75)."""
    return Finding(
        check=Check.PUNCTUATION,
        item_reference=item.reference,
        text=text,
        message=message,
        confidence=0.75,
    )


_ENTRY_TITLE = re.compile(r"^(?:(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillors?)\.? )+")
_CAPITALISED = re.compile(r"(?:O['’]|Ma?c)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")
_BODY = word_set(
    """Council Councils Committee Board Authority Trust Group Forum Association Society Police
    Service Services Officer Manager Clerk Head Director Chair Chairman Mayor Partnership
    Agency Office Department Team Parish Town County District Borough City Provost Depute
    Deputy Vice Leader Bailie Convener Convenor Alderman Lord Lady Sir Dame Professor
    Commander Sergeant Inspector Constable Superintendent Captain Colonel Major Reverend Revd
    Rev The Canon Bishop Archdeacon Vicar Rector Warden Ranger"""
)


def _names_run_on(sentence: str) -> list[tuple[str, str, str]]:
    """Two full names with no comma between them in a list of four or more names written in
    full ("Graham Davies, Ken Edwards, …, Robert Sharpe Les Turner, Madeline Wade"): an entry
    of four or five capitalised words whose third is a forename — one the dictionary knows
    only capitalised, or another entry's first word. Not a name and its body or office
    ("Peter Burgess Devon Wildlife Trust")."""
    if sentence.count(",") < 3:
        return []
    entries = [e.strip() for e in re.split(r",|\band\b|&", sentence)]
    people = []
    for entry in entries:
        words = _ENTRY_TITLE.sub("", entry).split()
        if words and all(_CAPITALISED.fullmatch(w) for w in words):
            people.append(words)
    if sum(1 for words in people if 2 <= len(words) <= 3) < 4:
        return []
    forenames = {words[0] for words in people if 2 <= len(words) <= 3}
    out = []
    for words in people:
        if len(words) not in (4, 5) or _BODY & set(words):
            continue
        third = words[2]
        if third not in forenames and not dictionary.is_name(third):
            continue
        first, second = " ".join(words[:2]), " ".join(words[2:])
        written = re.search(r"\s+".join(map(re.escape, words)), sentence)
        out.append((written.group(0) if written else f"{first} {second}", first, second))
    return out


def check_name_lists(items: list[MinutesItem]) -> list[Finding]:
    """Two titled names side by side in a list whose names are parted by commas, or parted by
    a full stop there (0.75)."""
    findings: list[Finding] = []
    for item in items:
        for line in plain(item.minutes_html).split("\n"):
            if line.count(",") < 2 or len(_LIST_ENTRY.findall(line)) < 3:
                continue
            for match in _STOP_BETWEEN.finditer(line):
                if _LIST_LABEL.search(line, match.end()):
                    # lists run into one line: the stop may end one ("…, Viv Willder. Allan
                    # Oldfield, … Officers Present: …")
                    continue
                first, second = match.groups()
                if first.split()[-1] in _LABEL_WORDS:
                    continue  # a label ends there: "… D Wheeler Esq., Elected Members. Cllr M Burgess"
                findings.append(
                    _finding(
                        item,
                        match.group(0),
                        (
                            f'A full stop between "{first}" and "{second}" in a list of names '
                            f"parted by commas: it ends the list there. Write "
                            f'"{first}, {second}".'
                        ),
                    )
                )
        for sentence in _SENTENCE_BREAK.split(plain(item.minutes_html)):
            for text, first, second in _names_run_on(sentence):
                findings.append(
                    _finding(
                        item,
                        text,
                        (
                            f'No comma between "{first}" and "{second}" in a list of names: '
                            f"read as it is, it is one person's name. Write "
                            f'"{first}, {second}".'
                        ),
                    )
                )
            asides_listed = len(_ASIDE_COMMA.findall(sentence)) >= 2
            for match in _ASIDE_THEN_NAME.finditer(sentence):
                aside, name = match.group(1), match.group(2)
                ends = match.group(3)  # the list's comma after the name, or the list's end
                if not (
                    asides_listed
                    or (
                        _ROLE.fullmatch(aside)
                        and (ends == "," or (ends is not None and _ASIDE_COMMA.search(sentence)))
                    )
                ):
                    continue
                before = sentence[: match.start()].split()
                if (before and before[-1] in _BODY) or name.split()[0].strip(",") in _ROLE_WORDS:
                    continue
                if not _ROLE.fullmatch(aside) and (
                    _AFTER_ASIDE.match(sentence, match.start(1)) or _DATED.search(aside)
                ):
                    continue  # (the rule below reports it, or a date belongs to no one)
                # quoted as the aside and the name's first word (its title's too), as a
                # reader points at it: "(MT) Keith", "(Vice Chairman) Cllr D"
                words = name.split()
                last = next(
                    (
                        n
                        for n, w in enumerate(words)
                        if w.rstrip(".").lower() not in _TITLES and len(w.rstrip(".")) > 1
                    ),
                    len(words) - 1,
                )
                shown = words[: last + 1]
                findings.append(
                    _finding(
                        item,
                        sentence[match.start(1) : match.start(2)] + " ".join(shown),
                        (
                            f'No comma between "{aside}" and "{name}" in a list of names '
                            f'parted by commas. Write "{aside}, {name}".'
                        ),
                    )
                )
            if not _LISTED.search(sentence) and len(_UNTITLED_LISTED.findall(sentence)) < 3:
                continue
            for match in _AFTER_ASIDE.finditer(sentence):
                aside, name = match.groups()
                if _OWN_ASIDE.fullmatch(aside) or _DATED.search(aside):
                    continue  # "Mayor Steve Rotheram (in the Chair) Councillor P Davies"
                findings.append(
                    _finding(
                        item,
                        match.group(0),
                        (
                            f'No comma between "{aside}" and "{name}" in a list of names: '
                            f'the aside seems to belong to the next person. Write "{aside}, '
                            f'{name}".'
                        ),
                    )
                )
            pairs = list(_PAIR.finditer(sentence))
            if len(_UNTITLED_LISTED.findall(sentence)) >= 3:
                pairs += _UNTITLED_PAIR.finditer(sentence)
            for match in pairs:
                first, second = match.groups()
                if _FORENAME_ONLY.fullmatch(first) and _ONE_INITIAL.match(second):
                    continue  # a middle initial: "Councillor Stephen N. Garner"
                findings.append(
                    _finding(
                        item,
                        match.group(0),
                        (
                            f'No comma between "{first}" and "{second}" in a list of names: '
                            f"read as it is, it is one person's name. Write "
                            f'"{first}, {second}".'
                        ),
                    )
                )
    return findings


# A comma with nothing after it before the full stop: "AT GEORGE EDWARDS HALL, ." (what was to
# follow was left out); not an ellipsis ", ...".
_COMMA_STOP = re.compile(r"(?<!\w)(\w{1,40}) ?, ?\.(?![.\w])")


# A label's colon with a comma or a full stop after it: "Attendance:, Mrs Mills", "Members
# Present:. Vince Grant" (not a time or a reference: "19:30.", "10:1.2").
_COLON_MARK = re.compile(r":[ \t]?[,.]")  # (a text without one is not searched)
_COLON_STOP = re.compile(r"(?<![\w:])([A-Za-z][\w'’ ]{0,40}?[A-Za-z]):[ \t]?([,.])(?![.\w])")


# A comma or a full stop between a title and its name, or between "proposed by" and who:
# "Cllr, Steve Godley", "seconded Cllr,P.Clark", "Cllrs, Dicks", "Proposed by. C. Hampton"
# (not "Proposed by: Ron Findlay", nor a title written out, "our Councillor, Sarah Suggitt").
_TITLE_MARK = re.compile(
    r"\b(?P<title>(?-i:Cllrs?|Mrs?|Ms|Dr)|(?:proposed|seconded) by)(?P<mark>[,.])[ \t]?(?=[A-Z])"
    r"(?!(?-i:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\b)",
    re.I,
)
# A title used as a noun, ending its phrase: "as a District Cllr, Cllr O'Brien".
_TITLE_AS_NOUN = re.compile(r"\b(?:a|the|county|district|town|parish)\s$", re.I)


def check_comma_stops(items: list[MinutesItem]) -> list[Finding]:
    """A comma then a full stop with nothing between them, or a label's colon with a comma or
    a full stop after it (0.75)."""
    findings: list[Finding] = []
    for item in items:
        text = plain(item.minutes_html)
        colon_stops = _COLON_STOP.finditer(text) if _COLON_MARK.search(text) else ()
        for match in colon_stops:
            label, mark = match.groups()
            written = f"{label.split()[-1]}:{match.group(0).split(':', 1)[1]}"
            findings.append(
                _finding(
                    item,
                    written,
                    (
                        f"A colon then a {'comma' if mark == ',' else 'full stop'} in "
                        f'"{written}": one of them is a slip. Write "{label.split()[-1]}:".'
                    ),
                )
            )
        for match in _TITLE_MARK.finditer(text):
            title, mark = match.group("title"), match.group("mark")
            if mark == "." and " " not in title:
                continue  # "Mr.", "Cllrs.": a title's own full stop
            if _TITLE_AS_NOUN.search(text, max(0, match.start() - 10), match.start()):
                continue
            name = " ".join(text[match.end() : match.end() + 30].split("\n")[0].split()[:2])
            name = name.rstrip(",;:")
            written = match.group(0) + name
            findings.append(
                _finding(
                    item,
                    written,
                    (
                        f'A {"comma" if mark == "," else "full stop"} after "{title}" in '
                        f'"{written}": the name follows it with no mark between. Write '
                        f'"{title} {name}".'
                    ),
                )
            )
        for match in _COMMA_STOP.finditer(text):
            findings.append(
                _finding(
                    item,
                    match.group(0),
                    (
                        f'A comma then a full stop in "{match.group(0)}": something that was to '
                        f"follow the comma seems to be missing. Complete it, or write "
                        f'"{match.group(1)}.".'
                    ),
                )
            )
    return findings


def check_brackets(items: list[MinutesItem]) -> list[Finding]:
    """A closing bracket with no opening one, or an opening one never closed (0.75)."""
    findings: list[Finding] = []
    for item in items:
        lines = plain(item.minutes_html).split("\n")
        open_at: list[tuple[int, int]] = []  # (line, column) of each "(" not yet closed
        # an aside its title opened, where a page's heading was cut at its colon: "1. Welcome
        # (with 4 registered directors:" as the title, "M Teasdale, J Cooke)" under it
        title_opens = max(0, item.title.count("(") - item.title.count(")"))
        for n, line in enumerate(lines):
            for at, char in enumerate(line):
                if char == "(":
                    open_at.append((n, at))
                elif char == ")":
                    if open_at:
                        open_at.pop()
                    elif title_opens:
                        title_opens -= 1
                    elif not _is_marker(line, at) and line[at - 1 : at] != ":":
                        found = _context_before(line, at)
                        findings.append(
                            _finding(
                                item,
                                found,
                                (
                                    f'A closing bracket with no opening one in "{found}": '
                                    f'add the "(" where the aside begins, or remove the ")".'
                                ),
                            )
                        )
        for n, at in open_at:
            if not _SENTENCE_END.search(lines[n]):
                continue  # a page or paragraph cut off in mid-aside
            if _CONTACT.match(lines[n][at + 1 :]):
                continue  # "(email: …": an address the page lost or that was masked
            found = _context_after(lines[n], at)
            findings.append(
                _finding(
                    item,
                    found,
                    (
                        f'An opening bracket that is never closed in "{found}": add the ")" '
                        f'where the aside ends, or remove the "(".'
                    ),
                )
            )
    return findings


# The possessive of a plural without an "s" written without its apostrophe: "Childrens
# Services", "the womens refuge" ("mens rea" is Latin, and passes).
_PLURAL_POSSESSIVE = re.compile(
    r"\b(children|women|men)s(?:['’](?![\w'’]))?(?![\w'’])(?!\s+rea\b)", re.I
)
# A semicolon where a colon opens a list: "including; a definition", "the following
# decision;", "as follows;", "Those attending are;", "The items include;".
_SEMICOLON_LIST = re.compile(
    r"\b((?:including|includes?|as follows|namely|the following(?: [a-z]+){0,2}|"
    r"(?:attending|present|these|those)\s+(?:are|were)));(?=\s)"
    # "the following" further back in the sentence: "the following payments were authorised;
    # Abbey machinery £9", "gave the following figures for February 2015;"; and a line that
    # ends on "that", "are" or "were", a list under it ("Councillor MacLaren reported that;")
    r"|\b(the following\b[^.;:\n]{1,80});(?=\s)|\b((?:that|are|were));(?=[ \t]*\n)"
    # a list's label opening a line or a sentence: "1. Present; Ian Long", "APOLOGIES; Ben H",
    # "Welcome and Apologies. Present; Sarah Roberts"
    r"|(?m:(?:^|(?<=\.\s)|(?<=^\s)|(?<=\s\s)))"
    r"((?:present|apologies|in attendance|attendees|absent));(?=[ \t]+[A-Z])"
    # who was present, by kind, after "Present": "Present, Members; J Young", "Present:
    # Community Councillors; Barbara Bell"
    r"|(?<=present[,:][ \t])((?:community[ \t]+)?(?:members|councillors|officers));(?=[ \t]+[A-Z])",
    re.I,
)


# A full stop inside a date, between its month and its year: "on 4th March. 2019".
_DATE_STOP = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\. ((?:19|20)\d\d)\b"
)


# A full stop after an ordinal, before the month: "23rd. December", "23rd.June".
_ORDINAL_STOP = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th))\. ?((?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b"
)
# A full stop after the day's ordinal, the month first: "January 17th. 2017", "November
# 8th.2016", "on January 23rd. having been away".
_MONTH_ORDINAL_STOP = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}(?:st|nd|rd|th))\.(?: ?((?:19|20)\d\d)\b| (?=[a-z]))"
)
# A full stop between a time and its "p.m.": "7.00.p.m."
_TIME_STOP = re.compile(r"\b(\d{1,2}[.:]\d{2})\.((?:[ap]\.m\.?|[ap]m)\b)", re.I)
# Two commas with nothing between them: "Cllrs Barr, , Nadia" (a name lost, or a comma left).
_DOUBLE_COMMA = re.compile(r"(?<![\w,])(\w{1,40}), ?,(?= ?\w)")
# Two full stops after a word, not an ellipsis: "… and councillors.." ("etc.." passes).
_DOUBLE_STOP = re.compile(r"(?<![\w.])((?!etc\b)[A-Za-z]{2,})\.\.(?!\.)")
# Brackets with nothing in them, where a word was lost: "the Local Authorities () Order". Not
# brackets around a web address ("19:00 (moderngov.co.uk)"), which the checks read as spaces,
# nor a form's blank spaced out to fill in.
_EMPTY_BRACKETS = re.compile(r"(?<!\w)(\w{1,40} \([ \t]{0,2}\)(?: \w+)?)")


# A comma inside a set phrase: "In response, to a query from Councillor Hall".
_PHRASE_COMMA = re.compile(r"\b((?:In|in) (?:response|reply|relation|addition|regard)), (to)\b")
# A comma between an officer and what they did, in a sentence with no other comma before it
# (so no aside it could close): "The Deputy Monitoring Officer, outlined the process".
_SUBJECT_COMMA = re.compile(
    r"\b((?:Officer|Clerk|Chair|Chairman|Chairperson|Mayor|Leader|Manager|Director|Treasurer|"
    r"Secretary|Executive)), ((?:outlined|explained|reported|advised|confirmed|stated|said|"
    r"informed|presented|introduced|thanked|replied|responded|noted|highlighted|updated))\b"
)


# An apostrophe making letters plural: "met with local MP’s and asked", "the active CC’s
# have sent", "three DEA’s to discuss" — where no noun follows that the letters could own:
# a verb, "and", "or", "to", or the sentence's end.
_LETTERS_PLURAL = re.compile(
    r"\b([A-Z]{2,5})['’]s\b(?=[ \t]+(?:have|are|were|will|would|and|or|to|who|which|that)\b|[ \t]*[,.;:)]"
    r"[ \t]*(?:\n|$|[A-Z]|[a-z])?)",
    re.M,
)
# A title made plural with an apostrophe before a list of names: "Present: Cllr’s Dr A Nolan
# (Chairman), D Searle", "Cllr's Ashdown, Flint" (not an office's "Councillor’s Report").
_TITLE_PLURAL = re.compile(
    r"\b(Cllr|Councillor)['’]s\.?(?=[ \t]+(?!(?:Reports?|Allowances?|Annual|Updates?|Questions?|"
    r"Items?|Surgery|Surgeries|Matters|Vote|Seat|Forum|Remarks|Announcements)\b)[A-Z])"
)
# A body or a member made plural with an apostrophe after a word that counts them: "to other
# Parish Council’s was not correct", "questioned individual Councillor’s as to whether".
_BODY_PLURAL = re.compile(
    r"\b(?:other|individual|all|both|several|many|various)[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
    r"((?:Council|Committee|Councillor|Board|Group|Authority|Member|Resident))['’]s"
    r"(?=[ \t]+(?:was|were|is|are|has|have|had|will|would|as|to)\b|[ \t]*[,.;:])"
)
# Members made plural with an apostrophe before "present" or a list's colon: "No District
# Councillor’s present", "Present: Parish Councillor’s: J Melen, K Hall".
_LABEL_PLURAL = re.compile(
    r"\b(Councillor|Cllr|Member|Officer)['’]s(?=[ \t]*:|[ \t]+(?:present|in[ \t]+attendance)\b)"
)
# A time with its hours and minutes run together: "at 1115am", "730pm" (not "2014 am").
_TIME_RUN_TOGETHER = re.compile(r"(?=\d)(?<![\d.:,£$])\b(1[0-2]|0?[1-9])([0-5]\d)(am|pm)\b")
# A semicolon or colon typed twice, glued to its word: "A Jones;;", "Meeting status::Quorate"
# (not a web site's " :: " between the parts of its title).
_DOUBLED_MARK = re.compile(r"(?<![\w:;])([A-Za-z]\w*)(;;|::)(?![;:])(?=[ \t]*(?:\w|$))", re.M)
# A full stop then a comma after a word, where no abbreviation's stop can be meant: "opened
# the meeting at 4.35pm., extended", "J Marshall., I Duncan" ("Ltd.," and "O.B.E.," pass).
_STOP_COMMA = re.compile(
    r"(?<![\w.])((?:\d{1,2}[.:]\d{2}[ \t]?(?:am|pm))|[A-Za-z]{3,})\.,(?=[ \t]|$)", re.M
)
_NOT_STOP_COMMA = word_set(
    """ltd inc bros esq etc approx dept govt incl misc corp assoc cllr cllrs prof revd rev
    hon ave est nos mins ref tel prop sec assn"""
)
# A full stop after a bracket where the sentence goes on in lower case: "and Mr Jonathan
# Burton (JB). observing at this meeting".
_BRACKET_STOP = re.compile(r"(\([^()\n]{1,40}\))\.[ \t]+([a-z]{3,})\b")


class _Mark(NamedTuple):
    """One mark rule: its pattern; what to write instead, from a match; the marks without one
    of which it cannot match (a rule whose marks are not in an item's text is not run: most
    find nothing on most pages, and each costs a pass over the text); how its matches are
    found in a text, where a plain scan costs too much; whether an item's title is read too;
    and a test a match must pass, given the text it was found in."""

    pattern: re.Pattern[str]
    message: Callable[[re.Match[str]], str]
    needles: tuple[str, ...] = ()
    find: Callable[[str], Iterable[re.Match[str]]] | None = None
    in_title: bool = False
    keep: Callable[[str, re.Match[str]], bool] | None = None


def _semicolon_lists(text: str) -> list[re.Match[str]]:
    """``_SEMICOLON_LIST``'s matches, tried only where a semicolon is (its words before it are
    many, and scanning the whole text for them costs more than the rest of the check)."""
    out = []
    at = text.find(";")
    while at != -1:
        # (the match that ends at this semicolon, not an earlier one in the window)
        start = max(0, at - 100)
        while (match := _SEMICOLON_LIST.search(text, start, at + 3)) and match.end() < at + 1:
            start = match.start() + 1
        if match and match.end() == at + 1:
            out.append(match)
        at = text.find(";", at + 1)
    return out


def _apostrophe_plural(m: re.Match) -> str:
    return (
        f'"{m.group(0)}" is a plural: write "{m.group(1)}s" (an apostrophe and s make a '
        f"possessive, not a plural)."
    )


def _no_comma_before(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` has no comma before it: "Mr Hall, the Monitoring
    Officer, explained" closes an aside, and passes."""
    start = max(text.rfind(c, 0, at) for c in ".;:\n") + 1
    return "," not in text[start:at]


_MARKS: list[_Mark] = [
    _Mark(
        _PLURAL_POSSESSIVE,
        lambda m: (
            f'"{m.group(0)}" is a possessive: write "{m.group(1)}\'s" ("{m.group(1)}" is '
            f"already plural, so it takes an apostrophe and s)."
        ),
    ),
    _Mark(_LETTERS_PLURAL, _apostrophe_plural),
    _Mark(
        _TITLE_PLURAL,
        lambda m: (
            f'"{m.group(0)}" before a list of names is a plural: write "{m.group(1)}s" (an '
            f"apostrophe and s make a possessive, not a plural)."
        ),
        ("'s", "’s"),
    ),
    _Mark(_BODY_PLURAL, _apostrophe_plural, ("'s", "’s")),
    _Mark(_LABEL_PLURAL, _apostrophe_plural, ("'s", "’s")),
    _Mark(
        _TIME_RUN_TOGETHER,
        lambda m: (
            f'The time "{m.group(0)}" runs its hours into its minutes: write '
            f'"{m.group(1).lstrip("0")}.{m.group(2)}{m.group(3)}".'
        ),
    ),
    _Mark(
        _DATE_STOP,
        lambda m: f'A full stop inside the date "{m.group(0)}": write "{m.group(1)} {m.group(2)}".',
        (". 1", ". 2"),
    ),
    _Mark(
        _ORDINAL_STOP,
        lambda m: f'A full stop inside the date "{m.group(0)}": write "{m.group(1)} {m.group(2)}".',
        ("st.", "nd.", "rd.", "th."),
    ),
    _Mark(
        _MONTH_ORDINAL_STOP,
        lambda m: (
            f'A full stop after the day in "{m.group(0).strip()}": write '
            f'"{" ".join(filter(None, m.groups()))}".'
        ),
        ("st.", "nd.", "rd.", "th."),
    ),
    _Mark(
        _TIME_STOP,
        lambda m: (
            f'A full stop between the time and "{m.group(2)}" in "{m.group(0)}": write '
            f'"{m.group(1)} {m.group(2)}".'
        ),
        (".a", ".p", ".A", ".P"),
    ),
    _Mark(
        _DOUBLE_COMMA,
        lambda m: (
            f'Two commas with nothing between them in "{m.group(0)}": a word was lost, or one '
            f'comma is left over; write "{m.group(1)},".'
        ),
        (",,", ", ,"),
    ),
    _Mark(
        _DOUBLE_STOP,
        lambda m: f'Two full stops in "{m.group(0)}": write "{m.group(1)}.".',
        ("..",),
    ),
    _Mark(
        _EMPTY_BRACKETS,
        lambda m: (
            f'Brackets with nothing in them in "{m.group(0)}": what they held was lost, or '
            f"they are left over."
        ),
        ("()", "( ", " )", "(\t", "\t)"),
    ),
    _Mark(
        _PHRASE_COMMA,
        lambda m: f'A comma inside "{m.group(0)}": write "{m.group(1)} {m.group(2)}".',
    ),
    _Mark(
        _SUBJECT_COMMA,
        lambda m: (
            f'A comma between who acted and what they did in "{m.group(0)}": write '
            f'"{m.group(1)} {m.group(2)}".'
        ),
        keep=lambda text, m: _no_comma_before(text, m.start()),
    ),
    _Mark(
        _SEMICOLON_LIST,
        lambda m: (
            f'A semicolon in "{m.group(0)}" where what follows is a list: write '
            f'"{next(g for g in m.groups() if g)}:".'
        ),
        (";",),
        find=_semicolon_lists,
        # a list's label may head an item read from a page: "Present; Ian Long"
        in_title=True,
    ),
    _Mark(
        _DOUBLED_MARK,
        lambda m: (
            f'"{m.group(0)}": the {"colon" if m.group(2) == "::" else "semicolon"} is '
            f'typed twice: write "{m.group(1)}{m.group(2)[0]}".'
        ),
        (";;", "::"),
    ),
    _Mark(
        _STOP_COMMA,
        lambda m: (
            f'A full stop and a comma side by side in "{m.group(0)}": write '
            f'"{m.group(1)}," (or end the sentence there).'
        ),
        (".,",),
        keep=lambda _text, m: m.group(1).lower() not in _NOT_STOP_COMMA,
    ),
    _Mark(
        _BRACKET_STOP,
        lambda m: (
            f'A full stop in mid-sentence in "{m.group(0)}": the sentence goes on in '
            f'lower case; write "{m.group(1)} {m.group(2)}".'
        ),
        (").",),
    ),
]


def check_marks(items: list[MinutesItem]) -> list[Finding]:
    """An apostrophe missing from "children's", "women's" or "men's", a full stop inside a
    date, two full stops after a word, empty brackets, and a semicolon that opens a list
    where a colon belongs (0.75 each)."""
    findings: list[Finding] = []
    for item in items:
        text = plain(item.minutes_html)
        for mark in _MARKS:
            if mark.needles and not any(n in text or n in item.title for n in mark.needles):
                continue
            find = mark.find or mark.pattern.finditer
            for source in (item.title, text) if mark.in_title else (text,):
                findings += [
                    _finding(item, m.group(0), mark.message(m))
                    for m in find(source)
                    if mark.keep is None or mark.keep(source, m)
                ]
    return findings
