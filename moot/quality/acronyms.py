"""Acronyms not spelled out at their first use in a meeting's minutes.

House style (and the GOV.UK style most councils follow) spells an acronym out the first time
it is used: "Domestic Abuse Protection Order (DAPO)". A title may use an acronym that the
item's own minutes then spell out. Acronyms every reader knows (NHS, UK, CCTV …) are exempt.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import normalise, plain, shouted, word_set

# Known to every reader. The rule (GOV.UK's): no need to spell out what the public knows
# better by its letters than by its words. So: the style guide's own examples; national
# bodies and schemes people deal with by their letters (HMRC, DVLA, DWP, RSPCA); everyday
# terms (GDPR, WiFi, SATs, VE Day); honours; firms whose name is their letters (KPMG, RSM)
# or that write their name in capitals (ALDI, LIDL, ASDA, IKEA; PKF, the external auditor of
# most parish councils; ZOOM, BP, EDF); national bodies known by their letters (the TUC, CBI,
# NFU, RSPB, ONS, CPS, the FA; a rugby club's RFC or RUFC after its name, as the FA's
# clubs write FC); the Isle of Man's members of the House of Keys, as the UK's MPs (MHK);
# what minutes abbreviate and readers know (AOB, TBC, TBA); the
# police community support officer, whom residents meet by those letters (PCSO; no reader of
# the labelled real minutes marked it in four councils' pages); banks known by their letters
# (AIB, RBS); the Ordnance Survey, whose maps everyone knows by their letters (OS); political
# parties known by their letters (UKIP, SNP, DUP, SDLP, UUP, TUV); the accident-prevention
# charity whose inspections every play area has (RoSPA); the consultancy whose name is its
# letters (AECOM); the plastic of window frames (UPVC).
# Local-government jargon (ASB, CIL, SEND, EHCP, ICB, LGA, S106) is not here: a
# resident reading the minutes does not know it, and the house style the checks enforce
# spells it out.
COMMON = word_set(
    """UK GB EU UN US USA NHS GP GPS BBC ITV MP MEP MSP MS TV CCTV PDF IT ID OK AM PM COVID HIV
    AIDS DNA VAT MOT PIN QR SMS URL CEO FAQ LED PPE A&E CV HGV RAF ICT DVD CD USB SIM ATM OBE
    MBE CBE KC QC JP AGM GCSE MRI SATS SATs PE RE ITU ICU IVF TB UV HQ PR WC IQ DIY AI HTML PC
    PCs GDPR HMRC DVLA DWP MOD NATO RSPCA NSPCC RNLI YMCA YHA RAC AA VE VJ BST GMT EV EVs
    WIFI WiFi LGBT LGBTQ LGBTQ+ BAME DIY ISA PAYE NI BT RSVP CPR DofE SUV ATV BMX 4x4
    RSM KPMG BDO EY RC JCB MLA MLAs MHK MHKs NB ALDI LIDL ASDA IKEA PKF ZOOM TUC CBI NFU RSPB RNIB ONS
    CPS FA RFU RFC RUFC BP EDF SSE EE DHL DPD UPS M&S H&M BTEC VR TBC TBA AOB VIP KBE DBE BEM PCSO
    PCSOs AIB OS UKIP SNP DUP SDLP UUP TUV NGO NGOs AOCB PSNI WWI WWII GMB RMT USDAW UNISON
    NASUWT BBQ SUSTRANS PhD HRH BACS EGM PTA RBS ROSPA RoSPA AECOM UPVC uPVC Q&A B&Q P&O B&B
    R&D H&S D&G B&NES"""
)
# Police ranks and like titles written before a name ("ACC Mark Callaghan", "PC Jones").
# Fire and rescue ranks likewise: "WM Mossop" (watch manager), "SM Patel", "GM Hart"; and a
# ship's, "TS Dulverton" (a Sea Cadet unit's training ship), "HMS Ocean".
_RANKS = word_set(
    """ACC DCC DCI DI DS DC PC WPC PS CI SI PCSO CC ACO DCO CFO ACFO DCFO FF CM WM SM GM TS HMS"""
)
# A title and a forename or two, after which a word in capitals is a surname: "Councillor
# Neil BENNY", "Provost Mike ROBBINS", "Bailie Margaret McCULLOCH". Not letters spelled out
# after them in brackets ("Cllr Jones LCC (Leeds City Council)").
_SURNAME_AFTER = re.compile(
    r"\b(?:Cllr|Councillor|Provost|Bailie|Alderman|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?"
    r"[ \t]+(?:[A-Z][a-z'’-]+[ \t]+){1,2}$"
)
# A forename and a surname just before: "Julia Hook", "Janet Anderson-MacKenzie".
_NAME_BEFORE = re.compile(
    r"(?<![\w.])([A-Z][a-z]+)[ \t]+((?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-(?:Ma?c)?[A-Z][a-z'’]+)?)"
    r"[ \t]+$"
)
# A forename (and a middle initial) just before: "Kevin CORDELL", "Derek J SCOTT".
_FORENAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})[ \t]+(?:[A-Z]\.?[ \t]+)?$")
# A person's name, written with a title or initials, and any letters already after it: the
# letters that follow are theirs too — an office, an honour or a degree ("Mr. P. Bedford CC",
# "C M Dixon, LLB, CPLS", "D J Causby BSc (Hons)").
_POSTNOMINALS_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Alderman|Prof)\.?[ \t]+"
    r"|(?<![\w.])(?:[A-Z]\.?[ \t]+){1,3})(?:[A-Z]\.?[ \t]*)*[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r",?[ \t]+(?:[A-Z][A-Za-z]{1,5}(?:[ \t]*\(Hons\))?,?[ \t]+)*$"
)
# A run of degrees after a name, which the letters after it go on: "BA (Hons), MPhil, FSLCC".
_DEGREES_BEFORE = re.compile(
    r"\b(?:BA|BSc|MA|MSc|MPhil|DPhil|PhD|LLB|LLM|MBA|BEd|MEd|BEng|MEng)\b(?:[ \t]*\(Hons\))?"
    r",?[ \t]+(?:[A-Z][A-Za-z]{1,5}(?:[ \t]*\(Hons\))?,?[ \t]+)*$"
)
# A council's letters after a member's name are the council they sit on, not an honour:
# "Councillor Meredith, ERYC", "Cllr Gill KCC" (three letters or more, ending in "C").
_COUNCILS_LETTERS = re.compile(r"[A-Z]{2,4}C")
# What a body does to a thing, not a person: "refused by MDC", "owned by SCC".
_BY_A_BODY = re.compile(
    r"\b(refused|granted|determined|rejected|adopted|owned|managed|funded|maintained|operated|"
    r"commissioned|issued|imposed|enforced|run|controlled|designated|consulted)\s+by\s*$",
    re.I,
)
# An officer's or member's role, after which bracketed letters are their initials.
_ROLE_BEFORE_INITIALS = re.compile(
    r"(Clerk|Chair|Chairman|Chairperson|Mayor|Treasurer|Secretary|Officer|Manager|Director|"
    r"Head|Lead|Coordinator|Co-ordinator|Councillor|Cllr|Mr|Mrs|Ms|Dr|[A-Z][a-z]+\s[A-Z][a-z'\-]+|"
    r"[A-Z]\.\s?[A-Z][a-z'\-]+)"  # an initial and a surname: "P.F. Watson (PFW)"
    r"\s*$"
)
# Words of four or five letters that minutes use as acronyms far more often than as the word:
# police and communities together, special educational needs and disabilities, the annual
# governance and accountability return, Bath and North East Somerset, a bank's same-day
# payment, a Scottish charity, the health and care excellence institute, Action with
# Communities in Rural England, a county's association of local councils (CALC, as Cornwall's
# and Cumbria's minutes write it), a public right of way. Other such words in capitals
# ("SOLD", "RULES", "LIFE", "COWES") were a word or a name on the labelled real minutes.
_WORD_ACRONYMS = word_set("PACT SEND AGAR BANES CHAPS SCIO NICE SAGE ACRE CALC PROW")
_MONTHS_DAYS = word_set(
    """JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
    MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
    JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE TUES WED WEDS THU THUR THURS FRI
    SUN"""
)
_STOP = word_set("""a an and as at by for from in of on or the to with & de la""")
_SHOUTED = word_set(
    """A AN AND ARE AS AT BE BY FOR FROM HAS HE IF IN IS IT NO NOT OF ON OR SO THE TO WAS WE
    NON ALL ANY NIL YES"""
)
# Not inside references and codes: "CYP/11/25", "25/0412/FUL", "A66".
# Not the letters of a reference ("SSP/4/25", "NMD/C/"); letters before a slash and a word
# are used as an acronym is ("declared an interest in JBLC/Allotments").
# After a word and a slash they are used as an acronym too: "contacted Highways/SCC".
# (letters with a small word's letter among them too: "DfT", "EfW", "RoW", "FoLD")
_ACRONYM_RE = re.compile(
    r"(?<![\w&\-.])(?<![A-Z0-9]/)(?<!^/)(?<![\s(]/)"
    # (letters with a small word's among them: "DoI", "PRoW"; not a Scot's initials, "CMcD")
    r"([A-Z][A-Z&]*[A-Z]|(?!Ma?c)(?![A-Z]Ma?c)[A-Z]{1,2}[a-z][A-Z]{1,2})"
    r"(s?)(?![\w&]|/(?![A-Z][a-z]))"
)
_ROMAN_RE = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")
# Letters written with full stops, three to five of them: "W.T.C.", "R.F.O." (two, "C.C.",
# are a person's initials or a label as often as not, as without full stops).
_DOTTED_RE = re.compile(r"(?<![\w.&/-])((?:[A-Z]\.){3,5})(?![\w&/-])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")


@dataclass
class Use:
    written: str  # as in the text: "CSPs"
    base: str  # the acronym itself: "CSP"
    order: tuple[int, int, int]  # (item index, 0 title / 1 minutes, character offset)
    item: MinutesItem
    next_initial: str = ""  # the next word's first letter: "EHC plan" may be the EHCP
    bracketed: bool = False  # written alone in brackets: "Prevent (CT) Update"


_NAMED_AS = re.compile(
    r"\(\s*(?:(?:here(?:in)?after|henceforth)(?:\s+(?:called|referred\s+to\s+as|known\s+as))?"
    r"|called|referred\s+to\s+as|known\s+as)\s+(?:the\s+)?['\"]?([A-Z][A-Za-z&]*[A-Z])(s?)['\"]?\s*\)"
)


# How far back from "(ACR)" its words are looked for: far more than any acronym's words take
# (the words are looked for among the last few of its sentence), and a bound, so a long item
# is not copied and split again for each pair of brackets in it.
_SENTENCE_BACK = 400


def _words_before(text: str, at: int) -> list[str]:
    """The words of the sentence that runs up to offset ``at``, within ``_SENTENCE_BACK``."""
    before = text[max(0, at - _SENTENCE_BACK) : at]
    return _WORD_RE.findall(re.split(r"[.;:!?\n(]", before)[-1])


def find_definitions(text: str) -> list[tuple[str, str, int]]:
    """``(acronym, expansion, offset)`` for each "Words In Full (ACR)" or "ACR (words in full)".

    Generous on purpose: a clerk's definition rarely matches letter for letter
    ("Safeguarding Adults Board (TSAB)"), and missing one turns into a false alarm.
    """
    text = normalise(text)
    found: list[tuple[str, str, int]] = []
    for match in re.finditer(r"\(\s*['\"]?([A-Z][A-Za-z&]*[A-Z])(s?)['\"]?\s*\)", text):
        base = match.group(1)
        titled = _TITLED_NAME_BEFORE.search(
            text[max(0, match.start() - _SENTENCE_BACK) : match.start()]
        )
        if titled and base not in _exact_initials(titled.group(1)):
            continue  # "Cllr Adrian Davis-Johnston (ABC)": a member and their council
        expansion = _expansion_before(base, _words_before(text, match.start()))
        if expansion:
            found.append((base, expansion, match.start(1)))
    # "UK International Search and Rescue Team (UK ISAR)": letters written with a prefix
    # spell out both the whole ("UKISAR") and its tail ("ISAR"), which is how it is then used.
    for match in re.finditer(r"\(\s*((?:[A-Z][A-Za-z&]*\s+)+)([A-Z][A-Z&]*[A-Z])(s?)\s*\)", text):
        tail = match.group(2)
        whole = "".join(match.group(1).split()) + tail
        expansion = _expansion_before(whole, _words_before(text, match.start()))
        if expansion:
            found.append((whole, expansion, match.start(2)))
            found.append((tail, expansion, match.start(2)))
    # A deed's wording: "Lanehead Residents Association (hereinafter called 'LHRA')",
    # "(referred to as the CMA)", "(known as 'FoPP')".
    for match in _NAMED_AS.finditer(text):
        base = match.group(1)
        expansion = _expansion_before(base, _words_before(text, match.start()))
        if expansion:
            found.append((base, expansion, match.start(1)))
    for match in re.finditer(r"(?<![\w&])([A-Z][A-Z&]*[A-Z])(s?)\s*\(([^)]{3,120})\)", text):
        base, inside = match.group(1), match.group(3)
        ws = _WORD_RE.findall(inside)
        if len(ws) >= 2 and _initials_match(base, ws):
            found.append((base, " ".join(ws), match.start(1)))
    return found


# A person's titles, as minutes write them before a name.
_PERSONS_TITLES = frozenset(
    [
        "Cllr",
        "Cllrs",
        "Councillor",
        "Councillors",
        "Ald",
        "Alderman",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
    ]
)
_TITLE_RE = "|".join(sorted(_PERSONS_TITLES, key=len, reverse=True))
# A person's name with their title, ending the text before a bracket: "Cllr Alan Bowness ".
_TITLED_NAME_BEFORE = re.compile(rf"\b(?:{_TITLE_RE})\.?\s+((?:[A-Z][\w'’.-]*\s+){{1,4}})$")


def _exact_initials(name: str) -> set[str]:
    """The initials a name may be given: of its words, with or without each hyphenated
    part ("Adrian Davis-Johnston": AD, ADJ)."""
    words = name.split()
    return {
        "".join(w[0] for w in words),
        "".join(p[0] for w in words for p in w.split("-") if p),
    }


def _expansion_before(base: str, ws: list[str]) -> str:
    """The words at the end of ``ws`` that ``base`` abbreviates, or "" if none do."""
    window = ws[-(len(base) + 4) :]
    for start in range(len(window)):
        if window[start].lower() in _STOP:
            continue
        if _initials_match(base, window[start:]):
            return " ".join(window[start:])
    # Looser: two or more words and one of them starts with the acronym's first letter.
    capitals = [w for w in window if w[:1].isupper()]
    if len(window) >= 2 and capitals and any(w[0].upper() == base[0] for w in window):
        first = next(i for i, w in enumerate(window) if w[0].upper() == base[0])
        if any(w.rstrip(".") in _PERSONS_TITLES for w in window[first:]):
            return ""  # a person's name, "Cllr Alan Bowness (CCC)": the letters are their body's
        return " ".join(window[first:])
    return ""


def _initials_match(base: str, ws: list[str]) -> bool:
    parts = [p for w in ws for p in w.split("-") if p]
    letters = base.upper().replace("&", "")

    @functools.cache
    def match(i: int, j: int) -> bool:
        # letters[i:] from parts[j:]
        if j == len(parts):
            return i == len(letters)
        part = parts[j]
        if part.lower() in _STOP and match(i, j + 1):
            return True
        if i == len(letters) or part[0].upper() != letters[i]:
            return False
        # the part gives its initial, and maybe further letters of its own (DfE, CAMHS)
        k = i + 1
        if match(k, j + 1):
            return True
        rest = part[1:].upper()
        for ch in rest:
            if k < len(letters) and ch == letters[k]:
                k += 1
                if match(k, j + 1):
                    return True
        return False

    return match(0, 0)


def _is_acronym(written: str, base: str) -> bool:
    if base in COMMON or written in COMMON or base in _SHOUTED or _ROMAN_RE.match(base):
        return False
    if base in _MONTHS_DAYS:
        return False
    if len(set(base)) == 1 and base[0] != "C":
        # a placeholder ("held on XXXX") or a grade ("AAA"), not letters to spell out; "CCC"
        # is a county council's ("Cllr Alan Bowness (CCC)")
        return False
    # Letters joined by "&" ("T&W", "F&O", "H&BBC") stand for words as other letters do:
    # readers of the labelled real minutes marked 8 of 11 such never spelled out. The set
    # phrases and names the public knows written so ("Q&A", "B&Q", "P&O") are in COMMON.
    # An ordinary word in capitals (AGREED, APPROVED, BADDOCK in a heading) is not an
    # acronym; Hunspell knows names and months only capitalised ("September").
    if written.endswith("s") or len(base) < 4:
        return True
    if len(base) <= 5:
        # a word the dictionary knows ("SOLD", "RULES", "LIFE") only where minutes use it
        # as letters far more often than as the word (``_WORD_ACRONYMS``)
        # (letters with a small word's among them, "FoLD", are no word in capitals)
        return base in _WORD_ACRONYMS or not (
            base.isupper()
            and (dictionary.known(base.lower()) or dictionary.known(base.capitalize()))
        )
    if dictionary.capitals_slip(base):
        return False  # a word in capitals misspelt ("RESOVLED"): the spelling check's
    if len(base) >= 6 and _word_like(base):
        return False  # a name written in capitals ("CORMAC", "BENNY"): it reads as a word
    if len(base) >= 7 and sum(c in "AEIOU" for c in base) >= 2:
        return False  # a long name with vowels to say it by: "HINDMARSH HALL", "TACTRAN"
    return not (dictionary.known(base.lower()) or dictionary.known(base.capitalize()))


def _initials_of(letters: str, before: str) -> bool:
    """Whether ``letters`` may be the initials of the name that ends ``before``: those of its
    last capitalised words, each hyphenated part counted ("Adrian Davis-Johnston": AD, ADJ),
    or any letters ending on its surname's."""
    ws = re.findall(r"[A-Z][a-z'’]*", " ".join(before.rstrip().split()[-4:]))
    if not ws:
        return False
    # ending on the surname's letter, with a forename or a middle name not written:
    # "Jane Attwood (IJA)", "D. Wing (DEW)"
    surname = before.rstrip().split()[-1]
    return letters[-1] in {p[:1] for p in surname.split("-")} or any(
        "".join(w[0] for w in ws[start:]) == letters for start in range(len(ws))
    )


# How far either side of a pair of capitals the words that make them a person's are read.
_NEAR = 300


def _person(text: str, match: re.Match) -> bool:
    """Whether the capitals at ``match`` are a person's initials or a rank before a name:
    "JS to circulate", "Action: KP", "AB and CD to meet", "The Clerk (RM)", "ACC Smith"."""
    base = match.group(1)
    if match.group(2):
        return False  # a plural ("CATs will do the teas"): a kind of body, not a person
    # (what decides it is near: a window each side, not the whole text, which each test
    # would copy and scan again for every pair of capitals in a long item)
    before = text[max(0, match.start() - _NEAR) : match.start()]
    after = text[match.end() : match.end() + _NEAR]
    if base in _RANKS and re.match(r"\s+[A-Z][a-z]", after):
        return True
    if re.search(r"\b(Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s*$", before) and len(base) <= 3:
        return True  # "Cllr HD": a member's initials
    if len(base) >= 3 and _SURNAME_AFTER.search(before) and not re.match(r"[ \t]*\(", after):
        return True  # "Councillor Neil BENNY": a surname written in capitals, as Scots minutes do
    forename = _FORENAME_BEFORE.search(before[-40:])
    if len(base) >= 3 and forename:
        # "Kevin CORDELL", "Derek J SCOTT" in a list of members: after a forename the
        # dictionary knows only as a name; or after any capitalised word, on a line of the
        # name alone ("Mark FLYNN", "Ken LYNN (Chairperson)")
        if (
            dictionary.is_name(forename.group(1))
            and not dictionary.known(forename.group(1).lower())
            and re.match(r"[ \t]*(?:$|\n|[,;])", after)
        ):
            return True
        line = before[before.rfind("\n") + 1 :]
        if re.fullmatch(r"[ \t]*[A-Z][a-z]+[ \t]+(?:[A-Z]\.?[ \t]+)?", line) and re.match(
            r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:$|\n)", after
        ):
            return True
    # a person's initials after their name, unbracketed, in a list: "Julia Hook JAH,", "Sara
    # Collins SDC (secretary)", "Janet Anderson-MacKenzie JAM (Chair)"; not a body's letters
    # after a name ("Leonard Coulthard CCC (Environment)")
    named = _NAME_BEFORE.search(before[-60:])
    if (
        named
        and 2 <= len(base) <= 4
        and base[0] == named.group(1)[0]
        and base[-1] in {part[:1] for part in named.group(2).split("-")}
        and re.match(r"[ \t]*(?:$|\n|[,;(])", after)
    ):
        return True  # the forename's initial, any middle ones, the surname's
    if _POSTNOMINALS_BEFORE.search(before) and not _COUNCILS_LETTERS.fullmatch(base):
        return True  # "Mr. P. Bedford CC", "C M Dixon, LLB, CPLS": letters after a name
    if _DEGREES_BEFORE.search(before[-80:]):
        return True  # "Lee Dunkley BA (Hons), MPhil, FSLCC": a fellowship after degrees
    if (
        len(base) <= 3
        and re.search(r"\b(present|in attendance|apologies)\s*[:\-–]\s*$", before, re.I)
        and re.match(r"\s+[A-Z][a-z]", after)
        # not a role before a full name: "Employees Present: RFO Clive Baker"
        and not re.match(r"\s+[A-Z][a-z]+\s+[A-Z][a-z'’-]+", after)
    ):
        return True  # "Also present: BK Brooks": the first of an attendance list
    # "The Clerk (RM)", "Councillor Jones (CJ)", "F.W.P. Treanor (FWPT)": initials after a
    # role or a name
    if before.endswith("(") and after.startswith(")"):
        if len(base) <= 3 and re.search(r"\bby\s*\($", before):
            return True  # "proposed by (KE) and seconded by (TM)": who moved it, by initials
        role = _ROLE_BEFORE_INITIALS.search(before[:-1].rstrip())
        if role and len(base) >= 3 and not _initials_of(base, before[:-1]):
            # "Cllr Alan Bowness (CCC)", "Cath Johnson (LDNPA)": the council or body they
            # come from, not their initials (two letters not theirs are a slip in them: the
            # names check reports "J Hughes (JM)")
            return False
        if role:
            return True
        # "Clerk to the Council: Lunn (BL)", "Apologies: Rankin (SR)": a surname alone (after
        # a label, a comma, "and" or a plural title) and the person's initials, in a list
        # that gives others theirs the same way ("Hollyman (MH) and Stevens (DS)"); not a
        # body's name ("Parish Council (PCC)"), nor letters after an initial or a forename,
        # which the initials would begin with ("Cllr M Carver (EHC)": his council)
        surname = re.search(
            r"(?:^|[:,;–-]|\band|\bCllrs\.?|\bCouncillors)[ \t]*"
            r"((?:O['’]|Ma?c)?[A-Z][a-z]+)[ \t]*\($",
            before,
        )
        return bool(
            surname
            and 2 <= len(base) <= 3
            and base[-1] == surname.group(1)[0]
            and surname.group(1) not in _KIND_WORDS | _BODY_WORDS
            and _INITIALLED_NAME.search(before[max(0, surname.start() - 150) : surname.start()])
        )
    if len(base) > 3:
        return False
    # a list of names written with initials: "RN Hancock, PJ Morgan and …", "JG Lloyd (Family
    # commitment)": letters, then a surname (no word of the dictionary), then the list goes on
    surname = re.match(
        r"[ \t]+((?:O['’]|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:[,;(.]|and\b|&|$))", after
    )
    if surname and not dictionary.known(surname.group(1).lower()):
        return True
    # an action's owner: "JS to circulate", "JS will", "JS and AB to", "JS/AB to"; with an
    # aside naming their office: "TW, as treasurer, would keep"
    # (not after a preposition or an article, which makes the letters a body: "written to
    # Darren Thomas in PCC to ask", "asked the DVSA to review")
    if re.match(
        r"(\s*(,|/|and|&)\s*[A-Z]{2,3})*(,\s+as\s+(the\s+)?[a-z]+(\s+[a-z]+)?,)?"
        r"\s+(to|will|would|agreed to)\s+[a-z]",
        after,
    ) and not re.search(r"\b(?:in|at|to|with|from|of|for|within|into|on|the)\s*$", before):
        # (a council's letters are a body's, not a person's: "DCC will be notified")
        return not (len(base) >= 3 and base.endswith(("CC", "DC", "BC", "TC")))
    # who proposed, seconded or agreed a motion: "Agreed – FML and JSY.", "Proposed: JS,
    # Seconded: AB", "proposed by JS and seconded by AB"
    if re.search(
        r"\b(proposed|seconded|moved|agreed|approved)(\s+by)?\s*[:\-–]?\s*"
        r"([A-Z]{2,3}\s*(,|/|and|&)\s*)*$",
        before,
        re.I,
    ) and re.match(
        r"(\s*(,|/|and|&)\s*[A-Z]{2,3})*\s*([.;,)\n]|$|\s+(and\s+)?(seconded|proposed)\b)", after
    ):
        return True
    # who proposed or seconded, the words cut short: "They were pro RT and sec JSM as being a
    # true record", "prop. AB, sec. CD"
    if re.search(r"\b(?:pro|prop|sec)\.?\s*[:\-–]?\s*$", before[-12:]) and re.match(
        r"\s*([.;,)\n]|$|\s+(and|as)\b)", after
    ):
        return True
    # who sent apologies or stayed away: "Apologies were received from NP, PC, CMC. MJF did
    # not attend.", "Apologies: AC, PCW"
    # (not a role before a full name: "apologies from PCO Lowri Anderson")
    if (
        re.search(
            r"\bapologies\b(?:[^.\n]{0,40}\bfrom\s+|\s*[:;\-–]\s*)(?:[A-Z]{2,4}\s*(?:,|and|&)\s*)*$",
            before,
            re.I,
        )
        and not re.match(r"\s+[A-Z][a-z]+\s+[A-Z]", after)
    ) or re.match(
        r"\s+(?:did\s+not\s+attend|was\s+absent|sent\s+(?:\w+\s+)?apologies|arrived\b|left\s+the\s+meeting)",
        after,
    ):
        return True
    if _BY_A_BODY.search(before[-40:]):
        return False  # "refused by MDC": a body decides an application, not a person
    owner = re.search(
        r"\b(actions?|owner|lead|by)\s*[:;\-–]?\s*([A-Z]{2,3}\s*(,|/|and|&)\s*)*$", before, re.I
    )
    if owner and owner.group(1).lower() == "by" and _COUNCILS_LETTERS.fullmatch(base):
        # "made aware of this by CCC": a council's letters; "Action by JS" is a person's
        return bool(re.search(r"\baction(s|ed)?\s+by\s*$", before, re.I))
    return bool(owner)


def _uses(text: str, order: tuple[int, int], item: MinutesItem, item_people: set[str]) -> list[Use]:
    """Acronyms used in ``text``; the letters used as a person's initials go to
    ``item_people`` instead."""
    out: list[Use] = []
    shouting = _shouted_spans(text)
    matches = list(_ACRONYM_RE.finditer(text))
    for n, match in enumerate(matches):
        written = match.group(0)
        base = match.group(1)
        following = text[match.end() : match.end() + _NEAR]
        shouted_here = any(a <= match.start() < b for a, b in shouting)
        if shouted_here and not _letters_only(base):
            continue  # a heading in capitals: its words are not acronyms
        # Three capitalised words in a row (on one line) are a heading or shouting; not
        # letters with a name between them ("Bowness (CCC), Cllr Adrian Davis-Johnston (ABC)")
        near = [
            m
            for m in matches[max(0, n - 2) : n + 3]
            if abs(m.start() - match.start()) < 40
            and not re.search(
                r"\n|[A-Z][a-z]{2,}[ \t]+[A-Z][a-z]{2,}",
                text[min(m.end(), match.end()) : max(m.start(), match.start())],
            )
        ]
        if len(near) >= 3 and len(text) > 40 and not _letters_only(base):
            continue
        if re.search(r"\d\s*$", text[max(0, match.start() - _NEAR) : match.start()]) and (
            len(base) <= 2
            or base in _UNITS
            or not re.search(
                r"(?<![\d£$€.,:/-])\b\d{1,3}[ \t]*$",
                text[max(0, match.start() - 8) : match.start()],
            )
        ):
            # a unit after a number ("PDF 129 KB", "3 MB", "11 kV", "1000 HRS"), or a payee
            # after a sum ("£25 ROSPA Playsafety"); a count of things is not ("1 ASB")
            continue
        if re.match(r"\s?(\d{5,}|\d{1,4}/\d{1,4}\b)", following):
            continue  # a reference's letters: "PA 136074", "NI 12345678", "WTCA 21/02"
        if base in _MINUTE_LABELS and re.match(r"[ \t.]*\d", following):
            continue  # a minute's label before its number: "MIN 2822", "MINS 14"
        if re.match(r":\s", following) and dictionary.known(base.lower()):
            continue  # a word in capitals as a label: "LINK: https://…", "NOTE: the …"
        if _heading_line(text, match.start(), match.end()):
            continue  # a short heading in capitals: "SITE INSPECTIONS"
        label = re.search(r"\b([A-Z]{6,})[ \t]+$", text[max(0, match.start() - 30) : match.start()])
        if label and dictionary.known(label.group(1).lower()) and dictionary.known(base.lower()):
            continue  # a table's label in capitals, two words: "APPLICATION SITE Studley"
        if _person(text, match):
            item_people.add(base)
        elif _is_acronym(written, base):
            next_word = re.match(r"[ \t]+([A-Za-z])", following)
            initial = next_word.group(1).upper() if next_word else ""
            bracketed = (
                text[match.start() - 1 : match.start()] == "("
                and text[match.end() : match.end() + 1] == ")"
            )
            out.append(Use(written, base, (*order, match.start()), item, initial, bracketed))
    for match in _DOTTED_RE.finditer(text):
        written, base = match.group(1), match.group(1).replace(".", "")
        before = text[max(0, match.start() - _NEAR) : match.start()]
        after = text[match.end() : match.end() + _NEAR]
        if re.match(r"\s*[A-Z][a-z]", after) or re.search(r"[A-Z][a-z'’-]+\s*\($", before):
            item_people.add(base)  # "F.W.P. Treanor", "Treanor (F.W.P.)": a person's initials
        elif _is_acronym(base, base):
            out.append(Use(written, base, (*order, match.start()), item))
    return out


# Units of three letters or more written after a number ("11 MWh", "40 MPH", "2 GBP").
_MINUTE_LABELS = word_set("MIN MINS MINUTE REF")
_UNITS = word_set("HRS MINS MWH KWH GWH MPH KPH BHP GBP EUR USD SQM SQFT CWT PPM DPI RPM LBS KGS")


# Letters in capitals that are no word in any case: three to five consonants ("PDS", "CSP",
# "HMRC"), so a heading in capitals does not hide the acronyms in it ("MINUTES OF THE
# ENVIRONMENT PDS COMMITTEE"). Titles and a company's suffix are not acronyms to spell out.
_NOT_LETTERS = word_set("MRS CLLR CLLRS LTD PLC CIC LLP MSc BSc PhD")


def _letters_only(base: str) -> bool:
    return (
        3 <= len(base) <= 5
        and base.isalpha()
        and not any(c in "AEIOUY" for c in base)
        and base not in _NOT_LETTERS
    )


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are one word of a line of two or three words in
    capitals, one of them another word of six letters or more ("SITE INSPECTIONS", "CYNGOR
    CYMUNED"): a heading too short for ``shouted``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z]+", line)
    if not 2 <= len(words) <= 3 or not all(w.isupper() for w in words):
        return False
    return any(
        len(w) >= 6 and w != text[start:end] and (dictionary.known(w.lower()) or _word_like(w))
        for w in words
    )


def _word_like(word: str) -> bool:
    """Whether a long word in capitals reads as a word, in English or not, rather than
    letters: a third of it vowels ("CYNGOR", "CYMUNED" in a Welsh council's heading; "W" and
    "Y" are vowels in Welsh). Acronyms that long are runs of consonants ("RBKC", "NHSCFA")."""
    return sum(c in "AEIOUWY" for c in word) * 3 >= len(word)


def _shouted_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals throughout."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if shouted(line):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def check_acronyms(
    items: list[MinutesItem],
    archive_expansions: dict[str, str] | None = None,
    glossary_expansions: dict[str, str] | None = None,
    whole: bool = True,
    body: str = "",
) -> list[Finding]:
    """One finding per acronym used before (or without) being spelled out in the meeting;
    when ``items`` are not the ``whole`` meeting, only those used before being spelled out.
    ``body`` is the meeting's heading (the body's or committee's name): its initials, and a
    place's before them, are the body's own."""
    known_expansions = {**(archive_expansions or {}), **(glossary_expansions or {})}
    uses: list[Use] = []
    defined: dict[str, tuple[int, int, int]] = {}
    defined_in: dict[str, str] = {}
    long_forms: dict[str, tuple[str, str]] = {}
    people: set[str] = set()
    own_names: set[str] = set()  # "Combined Fire Authority" written out: CFA is the body's own
    page: list[str] = []
    for index, item in enumerate(items):
        for part, text in ((0, normalise(item.title)), (1, plain(item.minutes_html))):
            page.append(text)  # at 2 * index + part
            uses.extend(_uses(text, (index, part), item, people))
            for base, _expansion, offset in find_definitions(text):
                key = (index, part, offset)
                if base not in defined or key < defined[base]:
                    defined[base] = key
                    defined_in[base] = item.reference
            own_names |= _own_initials(text)
            for base, form in _capitalised_runs(text):
                long_forms.setdefault(base, (form, item.reference))
                if part == 1 and _OWN_NAME.search(form):
                    own_names.add(base)
            if part == 1:
                people |= _people_initials(text)
    plural_bases = {u.base for u in uses if u.written.endswith("s")} | set(defined)
    # Letters once used as a person's initials ("JT and RW to meet") are theirs everywhere.
    uses = [u for u in uses if u.base not in people or u.base in defined]
    first: dict[str, Use] = {}
    bases = {u.base for u in uses} | set(defined)
    for use in uses:
        if use.next_initial and use.base + use.next_initial in bases:
            use.base += use.next_initial  # "EHC plan" is the EHCP, not an acronym of its own
        if (
            use.base not in plural_bases
            and use.base.endswith("S")
            and use.base[:-1] in plural_bases
        ):
            use.base = use.base[:-1]  # DARDRS in a title is the plural of DARDR
        if use.base not in first or use.order < first[use.base].order:
            first[use.base] = use
    heading = " ".join([normalise(body), *(t[:300] for t in page[:2])])
    # Minutes read from a page without the body's name: the page's first line is its heading.
    top = next((ln.strip() for t in page[:2] for ln in t.split("\n") if ln.strip()), "")
    own_names |= _heading_initials(
        heading, "\n".join(page), set(first), normalise(body) or top[:200]
    )
    # a body known by its letters, as its minutes' heading opens: "NILGA Executive Meeting",
    # "KPT Development Trust"
    opening = re.match(
        r"([A-Z]{3,6})[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}(?:Meeting|Minutes|Trust|Group|"
        r"Association|Society|Club|Foundation)\b",
        top,
    )
    if opening:
        own_names.add(opening.group(1))
    # a heading that names the body by its letters: "Minutes of Meeting of HRRA at St Mary's",
    # "Minute of KVCC meeting", "PPG: Meeting Minutes AGM June 2022"
    # (below a site's cookie notice, "Skip to main content", as a saved page may keep it)
    heading_lines = [ln.strip() for t in page[:2] for ln in t.split("\n") if ln.strip()][:6]
    for line in heading_lines:
        named = _NAMED_IN_HEADING.match(line)
        if named:
            own_names.add(named.group(1))
    # a friends' group named at the top, whose "of" gives its letter or not: "Friends of
    # Lonford Park", FOLP or FLP
    friends = re.search(
        r"\bFriends[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t]*){1,4})",
        " ".join(page[:2])[:400],
    )
    if friends:
        letters = "".join(w[0] for w in friends.group(1).split())
        own_names |= {"FO" + letters, "F" + letters, "FOT" + letters}
    findings: list[Finding] = []
    # the letters the page writes: letters written only once may be a slip for others it writes
    written = Counter(re.findall(r"(?<![\w&])[A-Z]{3,6}(?![\w&])", "\n".join(page)))
    known_letters = set(written)
    once = {w for w, n in written.items() if n == 1}
    for base, use in sorted(first.items(), key=lambda kv: kv[1].order):
        if base in own_names:
            continue
        where = defined.get(base)
        if where is not None:
            index, part, _ = use.order
            title_excused = part == 0 and where[0] == index
            if where <= use.order or title_excused:
                continue
            message = (
                f"{use.written} is used here before it is spelled out, in "
                f"{defined_in[base] or 'a later item'}: spell it out at its first use."
            )
            confidence = 0.7
            if (
                where[:2] == use.order[:2]
                and where[2] - use.order[2] <= SOON_AFTER
                and "\n" in page[2 * index + part][use.order[2] : where[2]]
            ):
                # Spelled out on the next line or two of a list ("Area Manager, HIFRS" then
                # "Highlands and Islands Fire and Rescue Service (HIFRS)" among the officers
                # present): its reader learns it at once, so a hint. On the labelled real
                # minutes 0 of 2 findings of "used before it is spelled out" were marked. In
                # a paragraph ("… the ICB had made. The Integrated Care Board (ICB) …") it is
                # still a finding.
                confidence = WRITTEN_OUT
        else:
            if base in people or not whole:
                # "Ann Vaughan … AV to write": a person's initials; or a page of one item,
                # whose meeting may have spelled it out in an earlier item.
                continue
            meant = _swapped(base, known_letters) if base in once else ""
            if meant:
                # "PSCO Witcher" of a page that writes PCSO elsewhere: two letters swapped, a
                # slip of typing (its reader files it as a misspelling).
                message = f'"{use.written}" looks like "{meant}" with two letters swapped.'
                findings.append(
                    Finding(Check.SPELLING, use.item.reference, use.written, message, 0.8)
                )
                continue
            message = f"{use.written} is not spelled out anywhere in these minutes."
            # Two letters are a person's initials, a label or a unit as often as an acronym:
            # on the labelled real minutes, at first sight, 0 of 11 were a slip a reader
            # marked ("LG", "HR", "OS", "TW", "RN"); three letters or more, 0.45.
            # Letters alone in brackets ("Prevent (CT) Update") are written as an abbreviation.
            confidence = TWO_LETTERS if len(base) == 2 and not use.bracketed else 0.8
            hint = known_expansions.get(base)
            if hint:
                message += f' Elsewhere it stands for "{hint}".'
                confidence = 0.85
            elif base in long_forms:
                form, ref = long_forms[base]
                message += (
                    f' Perhaps "{form}", written out in {ref or "these minutes"}: write it'
                    f' "{form} ({use.written})" where it is first used.'
                )
                if ref == use.item.reference:
                    # Its words are written out in the same item, though not as "Words (ACR)":
                    # its reader can tell what it stands for, so a hint. On the labelled real
                    # minutes 0 of 6 such findings were a slip a reader had marked.
                    confidence = WRITTEN_OUT
        findings.append(
            Finding(Check.ACRONYM, use.item.reference, use.written, message, confidence)
        )
    return findings


# A heading that names the body by its letters: "Minutes of Meeting of HRRA at St Mary's",
# "Minutes of the Meeting of the PCC held on 16th September 2019", "Minute of KVCC meeting",
# "PPG: Meeting Minutes AGM June 2022", "GPC minutes July 2022".
_NAMED_IN_HEADING = re.compile(
    r"(?:Minutes?[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][a-z]+[ \t]+){0,2}Meeting[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?)?|)([A-Z]{3,6})(?:[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[Mm]eeting\b|[ \t]+[Mm]inutes\b|[ \t]*:"
    r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?Minutes\b|(?<=[A-Z])(?=[ \t]+(?:at|held)\b))"
)


def _swapped(base: str, known: set[str] | frozenset[str]) -> str:
    """The letters of ``known`` that ``base`` (three letters or more) is with two neighbouring
    letters swapped ("PSCO" for "PCSO"), if any."""
    if len(base) < 3:
        return ""
    for i in range(len(base) - 1):
        if base[i] == base[i + 1]:
            continue
        other = base[:i] + base[i + 1] + base[i] + base[i + 2 :]
        if other in known:
            return other
    return ""


# How sure a finding of two letters never spelled out is: a hint (see check_acronyms).
TWO_LETTERS = 0.55
# How sure an acronym's finding is when the words it stands for are written out in the same
# item but never tied to it ("Neighbourhood Development Plan" as its heading, then "the NDP"):
# a hint. Written out in another item, a reader of this one may never see them: a finding.
WRITTEN_OUT = 0.55
# How near after its first use (in characters, in the same text) an acronym's spelling out
# still reaches the reader of that use.
SOON_AFTER = 300


# A council's or an authority's own name, written out in its minutes: its initials need no
# spelling out where it is used ("the CFA" of a Combined Fire Authority's minutes). The name
# in Title Case where a run of capitalised words ends with it; in capitals, as the minutes'
# heading gives it (across its lines), also the initials of its last words: "GCCC" for
# "LLANSANFFRAID GLAN CONWY COMMUNITY COUNCIL", "NPA" and "CNPA" for "CAIRNGORMS NATIONAL
# PARK AUTHORITY". A council named in passing in Title Case ("reported to Stockton Borough
# Council Community Safety") is another body: its letters still need spelling out.
_OWN_NAME = re.compile(r"\b(Council|Authority|Commissioners)(\s+(and|of|for|the|&))*\s*$")
_HEADING_NAME = re.compile(
    r"(?:\b[A-Z][A-Z'’]*(?:\s+|-)(?:(?:AND|OF|FOR|THE|&)\s+)?){1,8}"
    r"(?:COUNCIL|AUTHORITY|COMMISSIONERS|ASSOCIATION|SOCIETY|TRUST)\b"
)


# The body's kind, ending the name a meeting's heading gives it: "Mayoral Combined Authority
# Board", "Community Council Minutes", "Safer Stockton Partnership".
_HEADING_BODY = re.compile(
    r"((?:[A-Z][a-z]+[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?){0,5})"
    r"(Council|Authority|Partnership|Commissioners)\b"
)
# The body itself a board, panel, forum, trust, group, society or club (as the meeting's
# heading names it, not as its minutes name others: "the Integrated Care Board (ICB)"): its
# name is often shortened without that word, "WRS" for the "Worcestershire Regulatory
# Services Board".
_BODY_BOARD = re.compile(
    r"((?:[A-Z][a-z]+[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?){1,5})"
    r"(Board|Panel|Forum|Trust|Group|Association|Society|Club|Foundation)\b"
)
# A body whose kind comes first: the "Institute of Historic Building Conservation" (IHBC).
_BODY_OF = re.compile(
    r"\b(Institute|Institution|Federation|Union|Guild|Network|Association|Society)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t]*(?:(?:and|&)[ \t]+)?){1,5})"
)
# The last word of a body's name, which letters in brackets after it are the body's.
_BODY_WORDS = word_set(
    """Board Panel Forum Trust Group Association Society Club Foundation Committee Service
    Services Centre Partnership Agency Company Ltd Limited England Wales Scotland"""
)
# A name and its initials in brackets: "Hollyman (MH)", "Lamyman (BL)".
_INITIALLED_NAME = re.compile(r"\b[A-Z][a-z]+[ \t]*\([A-Z]{2,3}\)")
# Words of a body's kind, not a place's name: "County Borough" before "Council" is no place.
_KIND_WORDS = word_set(
    """County Borough District City Town Parish Community Council Councils Authority Combined
    Mayoral National Park Fire Rescue Police Joint Metropolitan Royal Unitary"""
)


# Words of a council's kind before "Council": "West Dunbartonshire Community Council" is no
# "West Dunbartonshire Community" whose letters (WDC) are the body's.
_COUNCIL_KINDS = word_set(
    "County Borough District City Town Parish Community Councils Combined Mayoral Unitary "
    "Metropolitan Royal"
)


def _heading_initials(heading: str, text: str, bases: set[str], body: str = "") -> set[str]:
    """The body's own initials among ``bases``: those of the name in its ``heading`` and of
    each run of its last words ("MCA", "CA"; "CC" for a "Community Council"), and those with a
    place named in ``text`` before them ("SYMCA" where "South Yorkshire" is written, "ACC"
    for Auchencairn's community council)."""
    tails: set[str] = set()
    for match in _HEADING_BODY.finditer(heading):
        ws = [w for w in match.group(0).split() if w.lower() not in _STOP]
        for start in range(len(ws) - 1):
            tails.add("".join(w[0] for w in ws[start:]))
        if len(ws) >= 4 and ws[-2] not in _COUNCIL_KINDS:
            # the name without its kind: "LDNP" of the "Lake District National Park Partnership"
            tails.add("".join(w[0] for w in ws[:-1]))
    # (a heading in capitals read as its words: "NORTHERN IRELAND FIRE & RESCUE SERVICE BOARD
    # MINUTES" names the "Northern Ireland Fire & Rescue Service Board", NIFRS)
    for match in _BODY_BOARD.finditer(body.title() if shouted(body) else body):
        ws = [w for w in match.group(1).split() if w.lower() not in _STOP]
        if len(ws) >= 2:
            tails |= {"".join(w[0] for w in ws), "".join(w[0] for w in ws) + match.group(2)[0]}
            # and any three of its words in a row: "NDP" of the "Neighbourhood Development
            # Plan Steering Group"
            # (not three ending on a council's kind: "West Dunbartonshire Community Councils
            # Forum" is no WDC)
            tails |= {
                "".join(w[0] for w in ws[start : start + 3])
                for start in range(len(ws) - 2)
                if ws[start + 2] not in _COUNCIL_KINDS
            }
            # and each run of its last words with the kind's: "JLAF" of the "… National Park
            # and County Joint Local Access Forum"
            for start in range(1, len(ws) - 1):
                tails.add("".join(w[0] for w in ws[start:]) + match.group(2)[0])
    for match in _BODY_OF.finditer(heading):
        ws = [w for w in match.group(2).split() if w.lower() not in _STOP]
        tails.add(match.group(1)[0] + "".join(w[0] for w in ws))
    own = bases & tails
    for base in bases - own:
        for tail in tails:
            head = base[: -len(tail)]
            if not base.endswith(tail) or not 1 <= len(head) <= 3 or not head.isalpha():
                continue
            if len(head) == 1:
                # one letter: the place before the body's name in the heading, or a place the
                # minutes keep naming ("Auchencairn"); not any word with that letter (a
                # member's surname, "Spurrell", is no "S")
                place = re.search(rf"\b{head}[a-z]+[ \t]+{tail[0]}[a-z]+", heading) or _named_place(
                    head, text
                )
            else:
                place = re.search(r"\b" + r"[ \t]+".join(f"{c}[a-z]+" for c in head) + r"\b", text)
            if place and not any(w in _KIND_WORDS for w in place.group(0).split()):
                own.add(base)
    return own


_TITLE_BEFORE = re.compile(
    rf"\b(?:{_TITLE_RE})\.?[ \t]+(?:[A-Z][a-z]+[ \t]+)?$"
    # or an initial: "S Phillips (Chair)" is a person, not a place
    r"|(?<![\w.])[A-Z]\.?[ \t]+$"
)


def _named_place(letter: str, text: str) -> re.Match | None:
    """A word starting with ``letter`` that ``text`` writes twice or more and that is no
    ordinary word, no kind of body and no titled or initialled person's name: a place."""
    counts: Counter[str] = Counter()
    first: dict[str, re.Match] = {}
    for match in re.finditer(rf"\b{letter}[a-z]{{3,}}\b", text):
        word = match.group(0)
        if (
            word in _KIND_WORDS
            or dictionary.known(word.lower())
            or _TITLE_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        ):
            continue
        counts[word] += 1
        first.setdefault(word, match)
    return next((first[w] for w, n in counts.most_common() if n >= 2), None)


def _own_initials(text: str) -> set[str]:
    """The initials of a council's or an authority's name written in capitals in ``text``,
    and of each run of its last words (two words or more)."""
    out: set[str] = set()
    for match in _HEADING_NAME.finditer(text):
        ws = [w for w in re.split(r"[\s-]+", match.group(0)) if w and w.lower() not in _STOP]
        for start in range(len(ws) - 1):
            out.add("".join(w[0] for w in ws[start:]))
    return out


def _capitalised_runs(text: str) -> list[tuple[str, str]]:
    """Runs of capitalised words and the acronym they would make ("Community Safety
    Partnerships" gives CSP), to suggest what an unexplained acronym stands for."""
    out: list[tuple[str, str]] = []
    for match in re.finditer(r"(?:[A-Z][a-z]+(?:[- ](?:and|of|for|the|my|&)?\s?)?){2,6}", text):
        run = match.group(0).strip()
        # "North Northamptonshire Council and West Northamptonshire Councils": the whole, and
        # each of the names joined by "and"
        for form in dict.fromkeys([run, *re.split(r"\s+(?:and|&)\s+", run)]):
            ws = [w for w in form.split() if w.lower() not in _STOP]
            # and its last words: "Political Waste Working Group" writes out the "WWG"
            for start in range(1, len(ws) - 1):
                out.append(("".join(w[0] for w in ws[start:]), " ".join(ws[start:])))
            if len(ws) >= 2:
                out.append(("".join(w[0] for w in ws), form))
                if " of " in form or " my " in form:
                    # "of" gives its letter too: "ROWIP", the "Rights of Way Improvement Plan";
                    # "PRoW", "Public Rights of Way"; "FmP", "Find my Past"
                    kept = [w for w in form.split() if w in ("of", "my") or w.lower() not in _STOP]
                    out.append(("".join(w[0].upper() for w in kept), form))
                    out.append(("".join(w[0] for w in kept), form))
    return out


# Words that make a run of capitalised words the name of a body or a thing, not a person.
_NOT_PERSON = word_set(
    """Council Councils Committee Board Partnership Partnerships Group Groups Service Services
    Trust Plan Plans Policy Authority Agency Fund Forum Panel Team Strategy Programme Scheme
    Review Reviews Assessment Area Centre Network Association Society Office Unit Company
    Order Act Report Officer Officers Manager Director Head Chief Executive Community Safety
    Health Care Social Police Fire Rescue County District Borough City Town Parish Village
    Hall Road Street Lane Park School College University Hospital Church House Court Way
    Mr Mrs Ms Miss Dr Cllr Councillor Sir Dame Lord Lady Rev Prof Present Apologies"""
)
# "Siân", "O'Neill", or an initial ("H", "H."); a full stop after a word ends the run.
_NAME_PART = r"(?:[A-Z](?:[^\W\d_]|['\-])+|[A-Z]\.?)"
# Particles inside names: "Dafydd ap Iolo", "Ursula von der Leyen"; they give no initial.
_PARTICLES = word_set("""ap ab ferch verch de van von der den da di du le la bin al el""")
_NAME_RUN = re.compile(
    rf"\b(?:{_NAME_PART}[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES))})[ \t]+)?){{1,5}}{_NAME_PART}"
)


def _people_initials(text: str) -> set[str]:
    """Initials of the people named in ``text``: "Ann Vaughan" gives AV, "Elen H Edwards" gives
    EHE. A run of capitalised words is a person's name when none of its words names a kind of
    body or place and not all of them are ordinary words ("Community Safety" is not a name)."""
    out: set[str] = set()
    for match in _NAME_RUN.finditer(text):
        run = [w.rstrip(".") for w in match.group().split() if w not in _PARTICLES]
        # "Present Elen H Edwards": the name is somewhere inside the run
        for i, j in itertools.combinations(range(len(run) + 1), 2):
            ws = run[i:j]
            if len(ws) < 2 or not ws[-1][1:]:
                continue
            if any(w in _NOT_PERSON or (w.isupper() and len(w) > 1) for w in ws):
                continue
            if all(len(w) > 1 and dictionary.known(w.lower()) for w in ws):
                continue
            out.add("".join(w[0] for w in ws))
            if len(ws) == 3:
                out.add(ws[0][0] + ws[2][0])  # "Garffild Lloyd Lewis" may be GL as well as GLL
    return out
