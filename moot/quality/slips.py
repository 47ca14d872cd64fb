"""Word slips: real words in the wrong place, which a dictionary cannot catch.

Each rule looks at a word and its neighbours only, and is written to stay quiet when the
sentence could be right: "rather then" is always a slip, "there" before a noun only when the
noun is one that people own ("there views"), "a"/"an" only when the next word's sound is
clear.
"""

from __future__ import annotations

import itertools
import re

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import Token, normalise, plain, tokens, word_set

# Offices whose holder gives a report, announcements or an update to a meeting.
_OFFICES = (
    r"(?:chief\s+fire|monitoring|chief|finance|responsible\s+financial|proper|section\s+151|"
    r"s151|returning)\s+officer|chief\s+executive|town\s+clerk|clerk|(?:vice[- ])?chair(?:man|"
    r"woman|person)?|(?:lord\s+)?mayor|leader|treasurer|director|president|head\s+of\s+paid\s+service|"
    r"secretary|captain|conven[eo]r|(?:site|welfare|safety|web|press|liaison|tree|footpaths?)\s+"
    r"officer|head\s*teacher"
)

# Words "too" goes before, written "to": "the fence was to high".
_TOO_WORDS = sorted(
    word_set(
        """high low late early small big large busy expensive steep dangerous fast soon many
    much great wide tall heavy costly complex difficult little few narrow short long close slow
    quick often onerous restrictive generous vague strict bright loud noisy dark tight intrusive
    dominant cramped limited ambitious optimistic pessimistic bulky prominent"""
    )
)

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# (pattern, what to write instead, confidence[, needles]). Patterns run on normalised text,
# ignoring case. Needles, where given, are words one of which every match contains, lowered: a
# rule whose needles are not in the text is not run (each pattern costs as much as a page's
# whole tokenising, and most find nothing on most pages).
_Phrase = tuple[str, str, float] | tuple[str, str, float, tuple[str, ...]]
_PHRASES: list[_Phrase] = [
    (r"\b(rather|other|fewer|sooner)\s+then\b", "\\1 than", 0.95, ("then",)),
    # "be" for "been" after "have": "the training had now be undertaken"
    (
        r"\b(has|have|had)(\s+(?:now\s+|already\s+|also\s+|just\s+)?)be"
        r"(\s+[a-z]+(?:ed|en))\b",
        "\\1\\2been\\3",
        0.85,
        tuple(f"{word} be " for word in ("had", "has", "have", "now", "already", "also", "just")),
    ),
    # "Declaration on Interest", "Conformation of minutes"
    (
        r"\b(declarations?)\s+on\s+(?:(I)|i)nterest(s?)\b",
        "\\1 of \\2nterest\\3",
        0.85,
        ("declaration",),
    ),
    (
        r"\b(c)onformation(\s+of\s+(?:the\s+)?(?:minutes|previous|last))\b",
        "\\1onfirmation\\2",
        0.85,
        ("conformation",),
    ),
    # the past tense for the participle: "the meeting had not even began"
    (
        r"\b(had|has|have)(\s+(?:not\s+)?(?:even\s+|yet\s+)?)began\b",
        "\\1\\2begun",
        0.85,
        ("began",),
    ),
    # "maybe" for "may be": "James maybe to give fire training", "it maybe necessary"
    (
        r"\bmaybe\s+(to|able|required|needed|necessary|possible|due)\b",
        "may be \\1",
        0.85,
        ("maybe",),
    ),
    # "The were no matters arising", "Apologises for absence", "have being taken"
    (
        r"\b(t)he\s+(were|was)\s+(no|some|several|many)\b",
        "\\1here \\2 \\3",
        0.85,
        ("the were", "the was"),
    ),
    (r"\bapologises\s+(for\s+absence)\b", "Apologies \\1", 0.9, ("apologises",)),
    # "There no apologies": the verb left out
    # (not a question's "Is there no way")
    (
        r"(?<!is )(?<!was )(?<!are )(?<!were )\b(there)\s+no\s+((?-i:[a-z]+))\b",
        "\\1 were no \\2",
        0.85,
        ("there no",),
    ),
    # a plural before a singular verb: "0 members of the public was present"
    (
        r"\b(members|residents|parishioners|councillors)(\s+of\s+the\s+public)?\s+was\s+"
        r"(present|in\s+attendance)\b",
        "\\1\\2 were \\3",
        0.85,
        ("was present", "was in"),
    ),
    # one before a plural: "1 Members of the Public", "One members of the public requested"
    (
        r"\b(1|one)\s+((?-i:[Mm]))embers(\s+of\s+the\s+public)\b",
        "\\1 \\2ember\\3",
        0.85,
        ("members of",),
    ),
    # "has" or "have" lost: "Cllrs noted that there been reports"
    # (not a question's "Has there been any progress")
    (
        r"(?<!has )(?<!had )(?<!have )\b(there)\s+been\b",
        "\\1 have been",
        0.8,
        ("there been",),
    ),
    # "ion" for "on" before a date or "the": "held ion the 2nd of December"
    (r"\bion(\s+(?:the\b|\d))", "on\\1", 0.85, ("ion ",)),
    # "with regards" for "with regard to" before what it is about: "with regards their efforts"
    (
        r"\b(with\s+regard)s\s+((?:their|the|this|his|her|its|our|your)\b)",
        "\\1 to \\2",
        0.75,
        ("with regards",),
    ),
    # the councillors' interests' name: "Disposable Pecuniary Interests" (disclosable)
    (r"\b((?-i:[Dd]))isposable(\s+pecuniary)\b", "\\1isclosable\\2", 0.85, ("disposable",)),
    # a sovereign's number in figures: "Queen Elizabeth 11" (II)
    (
        r"\b((?-i:Queen|King)\s+(?-i:Elizabeth|Charles|George|Edward|William|Henry|James))\s+11\b",
        "\\1 II",
        0.85,
        (" 11",),
    ),
    # a count above one before a singular: "2 member of the public"
    (
        r"\b([2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(member|resident|"
        r"parishioner)(\s+of\s+the\s+public)\b",
        "\\1 \\2s\\3",
        0.85,
        ("of the public",),
    ),
    # the title doubled as its plural: "Present Councillor Councillors Maydew"
    (
        r"\b(?:councillor\s+(councillors)|cllr\s+(cllrs))\b",
        "\\1\\2",
        0.85,
        ("councillor c", "cllr c"),
    ),
    # "counsellor" for "councillor", but not the counselling trades ("a debt counsellor")
    (
        r"(?<!debt )(?<!school )(?<!student )(?<!careers )(?<!career )(?<!youth )(?<!trained )"
        r"(?<!health )(?<!grief )(?<!marriage )(?<!addiction )(?<!bereavement )(?<!qualified )"
        r"\b((?-i:[Cc]))ounsell(ors?)\b",
        "\\1ouncill\\2",
        0.8,
        ("counsellor",),
    ),
    # "mete" is no noun: "in advance of the meting"
    (r"\b(the|this|next|last|each|every|that)\s+meting\b", "\\1 meeting", 0.85, ("meting",)),
    # the weather's, not making light: "Lightening Conductor"
    (
        r"\b((?-i:[Ll]))ightening(\s+(?:conductors?|strikes?|storms?))\b",
        "\\1ightning\\2",
        0.85,
        ("lightening",),
    ),
    # the clerk as a surname: "The Clark as Proper Officer" (not "the Clark family")
    (
        r"\b((?-i:[Tt]))he\s+(?-i:Clark)(?=[ \t]*[,.;:]|\s+(?:as|to|was|is|will|would|has|had|"
        r"should|reported|confirmed|advised|informed|read|said|explained|stated|noted|agreed)\b)",
        "\\1he Clerk",
        0.8,
        ("the clark",),
    ),
    # "Apologises" as the heading of the apologies: "2 Apologises"
    (
        r"(?m)^([ \t]*(?:\d{1,3}[.)]?[ \t]+)?)(?-i:A)pologises(?=[ \t]*(?::|$))",
        "\\1Apologies",
        0.85,
        ("apologises",),
    ),
    # the sovereign's title without its capital: "the Platinum Jubilee of her Majesty"
    (r"\b(?-i:h)(er|is)\s+((?-i:Majesty))\b", "H\\1 \\2", 0.85, ("majesty",)),
    # (the word first, a literal the scan finds fast; then what comes before it)
    (
        r"(?-i:being)(?:(?<=\bhave being)|(?<=\bhas being)|(?<=\bhad being))"
        r"\s+([a-z]+ed|[a-z]{2,}ing|taken|made|given|done|seen|sent|told)\b",
        "been \\1",
        0.85,
        ("being",),
    ),
    # "He had jointed the newly merged team"
    (r"\b(had|has|have)\s+jointed\b", "\\1 joined", 0.85, ("jointed",)),
    # "at the side if the Coastal Path" (the word first, a literal the scan finds fast)
    (
        r"(?-i:side)(?:(?<=\beither side)|(?<=\bother side)|(?<=\bthis side)|(?<=\bthat side)|"
        r"(?<=\beach side)|(?<=\bone side)|(?<=\bthe side))\s+if\s+the\b",
        "side of the",
        0.85,
    ),
    (
        r"\b(more|less|greater|higher|lower|better|worse|larger|smaller|bigger|longer|older|"
        r"younger|quicker|faster|slower|cheaper|stronger|weaker)\s+then\b(?!\s*,)",
        "\\1 than",
        0.85,
        ("then",),
    ),
    (r"\b(and|since|until|back)\s+than\b", "\\1 then", 0.85, ("than",)),
    (
        r"\b(should|could|would|must|might)\s+of\b",
        "\\1 have",
        0.9,
        ("should of", "could of", "would of", "must of", "might of"),
    ),
    # a set phrase with a letter or a space astray: "Standard Terms of References", "most
    # households now days", "cover all the basis"
    (r"\b(terms\s+of\s+reference)s\b", "\\1", 0.85, ("references",)),
    (r"\b((?-i:[Nn]))ow\s+days\b", "\\1owadays", 0.85, ("now days",)),
    (r"\b(cover(?:s|ed|ing)?\s+all\s+(?:the\s+)?)basis\b", "\\1bases", 0.85, ("basis",)),
    (
        r"\b(of|in|on|for|with|from|by|through|about|and|under|within|into|across|to)\s+it's\b",
        "\\1 its",
        0.85,
        ("it's",),
    ),
    (r"\bit's\s+own\b", "its own", 0.95, ("it's",)),
    (
        # nouns that "it is" cannot precede: "to use it's powers", "it's residents"
        r"\bit's\s+(powers|duties|responsibilities|functions|obligations|members|staff|"
        r"residents|budget|policies|services|assets|aims|objectives|role|remit|behalf|website|"
        r"decision|constitution|boundaries|area|view|views|course|future|plans|purpose|"
        r"reputation|programme|contents|position|history)\b",
        "its \\1",
        0.85,
        ("it's",),
    ),
    (
        r"\bits\s+(been|not|a|an|the|going|important|clear|likely|hoped|expected|anticipated|"
        r"essential|vital|possible|unclear|imperative|understood|thought|believed|anticipated|"
        r"recommended|proposed|intended|unlikely|hoped|difficult|also)\b",
        "it's \\1",
        0.85,
        ("its",),
    ),
    (
        r"\btheir\s+(is|are|was|were|has|have|seems?|appears?|remains?|needs to be)\b",
        "there \\1",
        0.9,
        ("their",),
    ),
    (
        r"\btheir\s+(will|would|may|might|could|should|must|had)\s+be\b",
        "there \\1 be",
        0.9,
        ("their",),
    ),
    (
        r"\b(there|they're)\s+(own|views|concerns|behalf|thanks|knowledge|experiences?|"
        r"contributions?|attendance|input|feedback|comments|questions|families|children|homes|"
        r"communities|staff|teams?|roles?|responsibilities|organisations?|members|residents|"
        r"partners|services|priorities|work|figures|data|plans|proposals|reports|findings|"
        r"records|details|results|budgets|costs|properties|home|house|business|businesses)\b",
        "their \\2",
        0.85,
        ("there", "they're"),
    ),
    (
        r"\b(they|we|who|members|officers|partners|councillors|there)\s+where\s+(not|also|informed|"
        r"no|many|some|several|two|three|four|five|concerns|plans|a number|more|fewer|still|"
        r"advised|asked|told|given|presented|updated|pleased|concerned|keen|unable|able|made|"
        r"in attendance|present|satisfied|assured|happy)\b",
        "\\1 were \\2",
        0.85,
        ("where",),
    ),
    (r"\b(was|were|been|is being)\s+lead\s+by\b", "\\1 led by", 0.85, ("lead",)),
    (
        r"\b(an|the|no|any|positive|negative|significant|adverse|detrimental)\s+affect\s+(on|of)\b",
        "\\1 effect \\2",
        0.85,
        ("affect",),
    ),
    (
        r"\b(good|best|bad|poor|in|into|of|clinical|professional|working|target|common|standard|"
        r"current|accepted|normal|usual)\s+practise\b",
        "\\1 practice",
        0.8,
        ("practise",),
    ),
    # the minutes of a meeting called minutes: "acceptance of the minutes of the previous
    # minutes (July)"
    (
        r"\b(minutes\s+of\s+the\s+(?:previous|last))\s+minutes\b",
        "\\1 meeting",
        0.85,
        ("minutes of the previous minutes", "minutes of the last minutes"),
    ),
    (
        r"\b(a|the|this|premises|personal|driving|taxi|new|his|her|their|operator's)\s+license\b",
        "\\1 licence",
        0.8,
        ("license",),
    ),
    (
        r"\b(the|legal|further|this|some|any|for|expert|specialist|independent|financial)\s+"
        r"advise\b(?!\s+(that|on|the|members|officers|whether))",
        "\\1 advice",
        0.8,
        ("advise",),
    ),
    (r"\bto\s+advice\b", "to advise", 0.85, ("advice",)),
    # the noun for the verb after a modal: "the Chair could only apologies", "wished to
    # apologies"; "the Clerk would apologies for the delay"
    (
        r"\b(to|would|will|could|can|may|might|must|should|shall|did|only|also|again)\s+"
        r"apologies\b(?!\s+(?:were|was|had|have|has|are|from|received|for\s+absence)\b)",
        "\\1 apologise",
        0.8,
        ("apologies",),
    ),
    # "had" after a modal: "would had to involve"
    (
        r"\b(would|could|should|might|must|will|may|can)\s+had\s+to\b",
        "\\1 have to",
        0.85,
        ("had to",),
    ),
    # a modal with its "be" lost: "there would no change", "it will no longer" passes, and a
    # condition with its verb after the noun: "Should no payment be received by then"
    (
        r"\b(would|will|could|should|may|might|must|shall)\s+no\s+"
        r"(?!longer\b|doubt\b|more\b|less\b|sooner\b|further\b|one\b|matter\b)((?-i:[a-z]+))\b"
        r"(?![ \t]+(?:be|have|has|arise|exist)\b)",
        "\\1 be no \\2",
        0.8,
        (" no ",),
    ),
    # "to be" with a stray "to": "A letter to be to sent to the owner"
    (
        r"\bto\s+be\s+to\s+(?!(?:the|a|an|this|that|these|those|their|its|his|her|our|your|"
        r"my|be|blame|do|come|go|get)\b)((?-i:[a-z]+))\b",
        "to be \\1",
        0.85,
        ("to be to",),
    ),
    # "there was" before a plural: "There was no declarations of interest"; not nouns that
    # end in "s" whole ("no business", "no progress", "no news", "no bus")
    (
        r"\b(there)\s+was\s+no\s+(?!news\b)((?-i:[a-z]+[^sui\W]s))\b"
        r"(?!\s+(?:of\s+)?(?:which|that)\b)",
        "\\1 were no \\2",
        0.75,
        ("was no",),
    ),
    # a record's article lost: "be approved as correct record"
    (
        r"\b(signed|approved|agreed|accepted|confirmed|adopted)\s+as\s+"
        r"(correct|true|accurate|full)\s+record\b",
        "\\1 as a \\2 record",
        0.85,
        (" record",),
    ),
    # "able" without its "to": "were not able attend the meeting"
    (
        r"\b(able|unable)\s+(attend|join|make|come|go|provide|speak|vote|give|take|be)\b",
        "\\1 to \\2",
        0.85,
        tuple(
            f"able {verb}"
            for verb in sorted(word_set("attend join make come go provide speak vote give take be"))
        ),
    ),
    # "ensuring" for "ensuing": "elect a chairman for the ensuring year"
    (
        r"\bthe\s+ensuring\s+(year|period|months?|weeks?|discussion|debate|meeting|twelve)\b",
        "the ensuing \\1",
        0.85,
        ("ensuring",),
    ),
    # "or" for "of" in set phrases: "out or proportion", "out or date"
    (
        r"\bout\s+or\s+(proportion|order|date|character|keeping|context)\b",
        "out of \\1",
        0.85,
        ("out or",),
    ),
    # "that that" before an article: "resolved that that this council"
    (r"\bthat\s+that\s+(the|this|a|an|these|those)\b", "that \\1", 0.8, ("that that",)),
    # a month's possessive without its apostrophe: "last Octobers presentation"
    (
        r"\b(last|this|next)\s+((?-i:January|February|March|April|May|June|July|August|"
        r"September|October|November|December))s\s+((?-i:[a-z]+))\b",
        "\\1 \\2's \\3",
        0.8,
        tuple(f"{month}s " for month in _MONTHS),
    ),
    # the regulator's name: "the Charities Commission" (the Charity Commission)
    (r"\b((?-i:Charities))\s+((?-i:Commission))\b", "Charity \\2", 0.85, ("charities",)),
    # set phrases with a letter or a word wrong: "the standings orders", "breeches of the
    # planning conditions", "be virtue of", "the purchase a projector", "informed the
    # committed"
    (r"\b(?-i:standings)\s+orders\b", "standing orders", 0.85, ("standings",)),
    (r"\bbreeches\s+of\b", "breaches of", 0.85, ("breeches",)),
    (r"\bbe\s+virtue\s+of\b", "by virtue of", 0.9, ("virtue",)),
    (r"\bthe\s+purchase\s+(a|an)\s+", "the purchase of \\1 ", 0.8, ("purchase",)),
    (
        r"\b(informed|advised|told|reminded|thanked|updated|addressed|asked)\s+the\s+"
        r"committed\b",
        "\\1 the committee",
        0.85,
        ("committed",),
    ),
    (
        r"\b(housing|planning|council|the|these|our|its|their|new|existing|local|national|"
        r"financial|current|relevant)\s+polices\b",
        "\\1 policies",
        0.85,
        ("polices",),
    ),
    # "on behalf" needs its "of": "spoke on behalf residents"
    (
        r"\b(on|in)\s+behalf\s+(?!of\b)((?-i:[a-z]+))\b",
        "\\1 behalf of \\2",
        0.8,
        ("behalf",),
    ),
    # "by" typed as "my" before who moved a motion: "seconded my KM", "proposed my Cllr Hall"
    (
        r"\b(proposed|seconded|moved)\s+my\s+((?-i:[A-Z])[\w.]*)",
        "\\1 by \\2",
        0.85,
        ("my",),
    ),
    (
        # the noun after a verb that takes one: "had been given advise by the police"
        r"\b(given|gave|give|giving|received|receive|sought|seek|seeking|took|taken|offered|"
        r"provided|provide|needed|need|requires?|required|follow|followed|ignored)\s+advise\b"
        r"(?!\s+(that|on|the|members|officers|whether|him|her|them|us|you|residents|people))",
        "\\1 advice",
        0.8,
        ("advise",),
    ),
    (r"\bin\s+principal\b", "in principle", 0.85, ("principal",)),
    (r"\bbreech\s+of\b", "breach of", 0.85, ("breech",)),
    # a letter struck for its neighbour on the keyboard: "asked to take park in the survey"
    (r"\b(take|takes|took|taking|taken)\s+park\s+in\b", "\\1 part in", 0.85, ("park",)),
    (r"\bdependant\s+(on|upon)\b", "dependent \\1", 0.75, ("dependant",)),
    (r"\bweather\s+or\s+not\b", "whether or not", 0.9, ("weather",)),
    (r"\bwether\s+(or|the|it|this|to|they|there|members)\b", "whether \\1", 0.85, ("wether",)),
    (r"\bbare\s+in\s+mind\b", "bear in mind", 0.9, ("bare",)),
    # words mistaken for their sound-alikes in phrases minutes use: the register of electors,
    # a planning committee's visit to a site, a full team, the office's paper
    (r"\belectoral\s+role\b", "electoral roll", 0.9, ("role",)),
    (r"\bsight\s+(visits?|meetings?|inspections?)\b", "site \\1", 0.9, ("sight",)),
    (r"\bfull\s+compliment\b", "full complement", 0.85, ("compliment",)),
    (
        r"\bstationary\s+(costs?|supplies|orders?|items|budget|expenses)\b",
        "stationery \\1",
        0.85,
        ("stationary",),
    ),
    (r"\b(aircraft|boat|aeroplane|airship|plane)\s+hangers\b", "\\1 hangars", 0.85, ("hangers",)),
    (r"\bcensor\s+(figures|data|results|returns?|information)\b", "census \\1", 0.85, ("censor",)),
    (r"\bper\s+say\b", "per se", 0.9, ("per say",)),
    (r"\bfree\s+reign\b", "free rein", 0.9, ("reign",)),
    (
        r"\b(has|have|had|had\s+sadly|has\s+sadly|recently)\s+past\s+away\b",
        "\\1 passed away",
        0.85,
        ("past away",),
    ),
    (r"\bfourth\s*coming\b", "forthcoming", 0.9, ("fourth",)),
    (r"\bgrant\s+aide\b", "grant aid", 0.85, ("aide",)),
    (
        r"\b(to|would|will|could|may|might|not|cannot|must|should|did)\s+loose\b",
        "\\1 lose",
        0.85,
        ("loose",),
    ),
    (
        # "less weight to the location then the Council had": a comparative a few words back
        # (not "if we don't have more voting directors then we will have no choice")
        r"\b(more|less|fewer|greater|higher|lower|better|worse|bigger|smaller|larger|rather|"
        r"other)\s+(?:(?!and\b|but\b|or\b|then\b|than\b)[a-z']+\s+){1,5}then\s+"
        r"(?!(?:we|they|it)\s+(?:will|would|shall|should|can|could|may|might|must|need)\b)"
        r"(?:the|a|an|it|"
        r"they|we|had|was|were|in|at|last|previous|expected|planned|forecast|before|originally|"
        r"anticipated|usual|normal|required|necessary)\b",
        "\\1 … than",
        0.7,
        ("then",),
    ),
    (
        r"\b(asked|enquired|queried|wondered|know|known|consider|considered|confirm|confirmed|"
        r"check|checked|unclear|question|questioned|establish|decide|decided|sure|unsure|"
        r"clarify|clarified|clarity)\s+(as to\s+)?weather\b(?!\s+(conditions?|forecasts?|"
        r"warnings?|events?|patterns?|data|alerts?)\b)",
        "\\1 \\2whether",
        0.85,
        ("weather",),
    ),
    (
        r"\b(is|was|were|are|be|being|been|far|much|way|simply|just|slightly|rather|all)\s+to\s+"
        rf"({'|'.join(_TOO_WORDS)})\b(?!\s+(the|a|an|this|that|its|"
        r"their|our|down|up|it|them|in|on|off|out)\b)",
        "\\1 too \\2",
        0.8,
        tuple(f"to {word}" for word in _TOO_WORDS),
    ),
    (
        r"\bthere\s+(?!needs\b|seems\b|remains\b|exists\b|follows\b|appears\b|is\b|was\b)"
        r"([a-z]+s)\s+(would|will|were|are|had|have|could|should|might)\b",
        "their \\1 \\2",
        0.8,
        ("there",),
    ),
    (r"\bpast\s+(on|onto)\s+to\b", "passed \\1 to", 0.85, ("past",)),
    (
        # "health" for "healthy" beside another adjective: "a safe and health environment",
        # "a long, health and happy retirement"
        r"\b(safe|happy|active|long|independent|fulfilling|prosperous|thriving|resilient)\s+and\s+"
        r"health\s+(environments?|workplaces?|places?|conditions|spaces?|retirement|lives|life|"
        r"futures?|communities|population|people|families|children|start|homes?)\b",
        "\\1 and healthy \\2",
        0.9,
        ("health",),
    ),
    (
        r"\bhealth\s+and\s+(happy|safe|active|prosperous|independent|fulfilling|fulfilled|"
        r"productive|thriving|resilient)\s+(retirement|lives|life|futures?|environments?|"
        r"communities|workplaces?|places?|population|people|families|children|start|homes?)\b",
        "healthy and \\1 \\2",
        0.85,
        ("health",),
    ),
    # "see agenda 6" for "agenda item 6"; not Local Agenda 21 nor agenda 2030
    (
        r"\b(see|under|at|in)\s+agenda\s+(?!21\b)(\d{1,2})\b(?![.:/]\d)",
        "\\1 agenda item \\2",
        0.8,
        ("agenda",),
    ),
    # a preposition of several words without its "of": "in view the two requests"
    (
        r"(?=[io])(?<!keep )(?<!kept )(?<!keeping )\b(in\s+(?:view|respect|light|spite|terms|favour|"
        r"support|excess|relation|front|consequence|recognition)|on\s+behalf)\s+(the|a|an|this|"
        r"that|these|those|its|their|his|her|our|all|any|each|both)\b",
        "\\1 of \\2",
        0.8,
        (
            *(
                f"in {word} "
                for word in sorted(
                    word_set(
                        "view respect light spite terms favour support excess relation "
                        "front consequence recognition"
                    )
                )
            ),
            "on behalf ",
        ),
    ),
    # a plural noun before one number: "at the end of paragraphs 10" (not "paragraphs 10 and
    # 11", "items 15 - 18", "paragraphs 3(a)")
    (
        # (on one line: "Public Items" then "7. Questions" is a heading and the next item)
        r"\b(paragraph|item|section|clause|page)s[ \t]+(\d{1,3})\b"
        r"(?!\s*(?:and|to|or|&|-|,|\(|/|\.\d|\d|[a-z]\b))",
        "\\1 \\2",
        0.75,
        ("paragraphs ", "items ", "sections ", "clauses ", "pages "),
    ),
    (r"\b(away|apart|received|letter)\s+form\s+the\b", "\\1 from the", 0.85, (" form the",)),
    # and before a name: "a letter received form Conwy County Borough Council"
    (
        r"\b(received|letter|email|e-mail|correspondence|invoice|request|donation|reply|"
        r"response)\s+form\s+((?-i:[A-Z][a-z]+))\b",
        "\\1 from \\2",
        0.85,
        (" form ",),
    ),
    # a stray function word: "abstained from voting to due to", "in the course the of the"
    (
        r"\b(?:to|of|for|from|with|by)\s+due\s+to\b",
        "due to",
        0.8,
        tuple(f"{word} due to" for word in ("to", "of", "for", "from", "with", "by")),
    ),
    (
        r"\b(?-i:the)\s+((?-i:of|to|for|from|with|by|at|in|on|into))\s+"
        r"((?-i:the|a|an|this|these|its|their))\b",
        "\\1 \\2",
        0.8,
        tuple(f"the {word} " for word in sorted(word_set("of to for from with by at in on into"))),
    ),
    # an article between "to" and its verb: "to the give the Committee an update"
    (
        r"\bto\s+the\s+(give|provide|consider|receive|approve|ensure|allow|enable|discuss|agree)"
        r"\s+(the|a|an|this|members|officers|councillors)\b",
        "to \\1 \\2",
        0.8,
        tuple(
            f"to the {verb} "
            for verb in sorted(
                word_set("give provide consider receive approve ensure allow enable discuss agree")
            )
        ),
    ),
    # a body's possessive without its apostrophe: "the Committees recommendation", "the Town
    # Councils meeting on the 4th April", "the Councils website"
    (
        r"\bthe\s+((?-i:(?:(?:Town|Parish|Community|District|County|City|Borough)\s+)?Council|"
        r"Committee|Board|Panel|Cabinet|Chair|Chairman|Mayor|Leader|chair|chairman|mayor|Club|club|"
        r"Trust|Society|Association))s\s+"
        # (an adjective between: "the Committees next meeting")
        r"((?:(?:next|last|own|previous|current|new)\s+)?(?:recommendation|decision|views?|attention|consideration|approval|agreement|comments|"
        r"concerns|thanks|support|behalf|request|response|role|remit|terms|casting vote|"
        r"representatives?|intentions|facilities|finances|members|membership|"
        r"meeting|website|policy|policies|budget|accounts|constitution|standing orders|"
        r"(?-i:Annual|Management|Finance|Planning)|precept|reserves|insurance|assets|offices))\b",
        "the \\1's \\2",
        0.75,
        tuple(
            f"{body}s "
            for body in sorted(
                word_set(
                    "council committee board panel cabinet chair chairman mayor leader club trust "
                    "society association"
                )
            )
        ),
    ),
    (r"\bin\s+responsive\s+to\b", "in response to", 0.85, ("responsive",)),
    # an article before a possessive word: "a letter to the Her Majesty The Queen"
    (
        r"\b(?:the|a|an)\s+((?-i:His|Her|his|her|their|our|its|your)\s+(?!and\b|or\b|/)\w+)",
        "\\1",
        0.75,
        tuple(
            f"{article} {owner} "
            for article in ("the", "a", "an")
            for owner in ("his", "her", "their", "our", "its", "your")
        ),
    ),
    # "The Councillor Mrs Shields … be appointed": an article before a title and a name
    (r"\bthe\s+councillor\s+(mr|mrs|ms|miss|dr)\b", "Councillor \\1", 0.75, ("councillor",)),
    # a singular possessive where the members as a whole were meant: "drew member's attention"
    (
        r"\b(drew|draw|draws|drawing|brought|bring|brings|bringing)\s+"
        r"(member|councillor|officer|resident|trustee|governor)'s\s+attention\b",
        "\\1 \\2s' attention",
        0.8,
        ("attention",),
    ),
    # the noun twice: "the minutes of the meeting of the Cabinet meeting held on …"; a
    # capitalised "Meeting" is the body's name ("the Annual Parish Meeting", a Parish Meeting)
    (
        r"\bmeeting\s+of\s+the\s+((?-i:[A-Z])[\w&'-]*(?:\s+(?:(?-i:[A-Z])[\w&'-]*|and|&)){0,5})"
        r"\s+(?-i:meeting)\b(?!\s+(?:rooms?|place|venue|space|point|notes|papers|pack|cycle|dates?))",
        "meeting of the \\1",
        0.8,
        ("meeting",),
    ),
    # the same noun on both sides of "of the": "sign the minutes of the minutes of the meeting"
    (
        r"\bthe\s+(?!(?:best|worst)\b)([a-z]{4,})\s+of\s+the\s+\1\b(?!['-]|\s+(?-i:[A-Z]))",
        "the \\1",
        0.8,
    ),
    # "the London Borough Islington": the borough's name without its "of"
    (
        r"\b((?-i:London Borough))\s+(?!of\b)((?-i:Barking|Barnet|Bexley|Brent|Bromley|Camden|"
        r"Croydon|Ealing|Enfield|Greenwich|Hackney|Hammersmith|Haringey|Harrow|Havering|"
        r"Hillingdon|Hounslow|Islington|Kensington|Kingston|Lambeth|Lewisham|Merton|Newham|"
        r"Redbridge|Richmond|Southwark|Sutton|Tower Hamlets|Waltham Forest|Wandsworth|"
        r"Westminster))\b",
        "\\1 of \\2",
        0.85,
        ("london borough ",),
    ),
    # set phrases of council minutes that need an apostrophe: "a minute's silence" (and
    # "two minutes' silence"), "Members' Code of Conduct", "Clerk's Report"
    (
        r"\b(two|three|five|ten|\d{1,2})\s+minutes\s+silence\b",
        "\\1 minutes' silence",
        0.85,
        ("silence",),
    ),
    # (not "a one minute silence": a silence one minute long, no possessive)
    (r"(?<![\w-])(?<!\bone )minutes?\s+silence\b", "minute's silence", 0.8, ("silence",)),
    (r"\b(members|councillors)\s+(code\s+of\s+conduct)\b", "\\1' \\2", 0.8, ("conduct",)),
    # a meeting's minutes: "the previous meetings minutes had been circulated", "refer to the
    # following meetings minutes" (in lower case: "Previous Meetings Minutes" is a heading's)
    (
        r"\b((?-i:the|previous|last|following|next|this|that|each))\s+meetings\s+"
        r"((?-i:minutes|agenda|notes))\b",
        "\\1 meeting's \\2",
        0.8,
        ("meetings minutes", "meetings agenda", "meetings notes"),
    ),
    # a day's meeting: "at Thursdays meeting", "Thursdays’ meeting"
    (
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s'?\s+meeting\b",
        "\\1's meeting",
        0.8,
        ("days meeting", "days' meeting"),
    ),
    # the sovereign's occasions: "the Queens Garden Party", "Kings Birthday Honours" (not a
    # place named so: "Queens Road", "Kings Lynn")
    (
        r"\b(Queen|King)s\s+((?:(?:Platinum|Diamond|Golden|Silver)\s+)?Jubilee|Birthday|Awards?|"
        r"Garden\s+Part(?:y|ies)|Speech|Coronation|Honours|Medal|Baton|Green\s+Canopy|Funeral)\b",
        "\\1's \\2",
        0.8,
        ("queens", "kings"),
    ),
    (
        # an office's report, announcements or update: "Clerks Report", "Mayors announcements";
        # "report" and "update" are verbs too ("the Group Leaders report to Council"), so only
        # capitalised, or before a full stop, a verb or the end of the line; their pay too
        # ("(clerks salary)"), but not a plural's policy ("the clerks expenses policy")
        rf"(?=[cmfrpstvldhw])\b({_OFFICES})s\s+((?:(?:opening|closing)\s+)?(?:announcements|remarks|"
        r"communications|notices)\b|"
        r"(?:(?-i:E)xpenses|(?-i:S)alary)\b|(?:expenses|salary|salaries|wages|mileage)(?=[ \t]*(?:$|"
        r"[):.,;&–-]|(?:and|was|were|for|of|is|paid)\b))|"
        r"(?:(?-i:R)eport|(?-i:U)pdate)\b|(?:report|update)(?=[ \t]*(?:$|[:.,;&–-]|"
        r"(?:and|was|is|had|has|were|would|will)\b)))",
        "\\1's \\2",
        0.8,
        tuple(
            f"s {word}"
            for word in sorted(
                word_set(
                    "report update announcement remark communication notice expenses salar "
                    "wages mileage opening closing"
                )
            )
        ),
    ),
    # a councillor's report in prose: "Noted under District Councillors report" (a heading's
    # "County Councillors Report" is as often the councillors' report: readers marked 0 of 4)
    (
        r"\b((?:district|county)\s+councillor)s\s+((?-i:report|update))\b",
        "\\1's \\2",
        0.8,
        ("councillors report", "councillors update"),
    ),
    (
        # an office-holder's report whose plural ends "-ies": "the Secretaries report"
        r"\b(secretar|deput)ies\s+((?:announcements|remarks|communications|notices)\b|"
        r"(?:(?-i:R)eport|(?-i:U)pdate)\b|(?:report|update)(?=[ \t]*(?:$|[:.,;&–-]|"
        r"(?:and|was|is|had|has|were|would|will)\b)))",
        "\\1y's \\2",
        0.8,
        ("secretaries ", "deputies "),
    ),
    # a time's worth of something: "7 days grace", "one months notice", "20 years service", "in
    # 2 to 3 years time"; and "one minutes
    # silence", which the rule for "a minute's silence" leaves to this one
    (
        r"(?=[\dtfsenTFSEN])(?<!last )(?<!past )\b(\d+|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|"
        r"thirty|several|few)\s+(minutes|hours|days|weeks|months|years)\s+(notice|grace|service|experience|"
        r"time)\b",
        "\\1 \\2' \\3",
        0.8,
        ("s notice", "s grace", "s service", "s experience", "s time"),
    ),
    (
        r"\b(a|one)\s+(minute|hour|day|week|month|year)s\s+(notice|grace)\b",
        "\\1 \\2's \\3",
        0.8,
        ("notice", "grace"),
    ),
    (r"\b(one)\s+minutes\s+silence\b", "\\1 minute's silence", 0.8, ("silence",)),
    # a word's letter lost or changed in a set phrase: "rather that waiting" (than), "be bought
    # forward" (brought), "she been asked" (has been)
    (r"\b(rather\s+)that(?=\s+[a-z]+ing\b)", "\\1than", 0.8, ("rather",)),
    # (and "bought up the issue", "bought to a head"; not "bought up the land")
    (
        r"\bbought\s+(forward|to\s+the\s+attention|to\s+a\s+head|to\s+light|up\s+(?:the\s+)?"
        r"(?:issues?|matters?|subject|question|point|topic|concerns?|problems?)\b)",
        "brought \\1",
        0.85,
        ("bought",),
    ),
    # "were" written "where" before the verb it goes with: "the minutes where duly agreed"
    (
        r"\bwhere\s+((?:duly|unanimously)\s+(?:agreed|approved|signed|noted|received|accepted|"
        r"adopted|proposed|seconded|elected)\b)",
        "were \\1",
        0.85,
        ("where duly", "where unanimously"),
    ),
    # Welsh in lower case, where the dictionary's verb "welsh" hides it: "in the welsh minutes"
    # ("english" in lower case is the spelling check's)
    (
        r"\b((?:the|in)\s+)(?-i:welsh)(\s+(?:minutes|version|language|translation|text)\b)",
        "\\1Welsh\\2",
        0.8,
        ("welsh ",),
    ),
    (
        r"(?=[shi])(?<!\bhas\s)(?<!\bhad\s)\b((?-i:she|he|it))\s+been\b",
        "\\1 has been",
        0.8,
        ("he been", "it been"),
    ),
    # minutes' set phrases with a letter lost or changed: "declared in interest", "agreed
    # with on amendment", the minutes "signed by the Chairmen" (one chair signs)
    (r"\b(declared?)\s+(?:in|and)\s+interest\b", "\\1 an interest", 0.85, ("interest",)),
    (
        r"\bwith\s+on\s+(amendments?|abstentions?|exceptions?)\b",
        "with one \\1",
        0.85,
        ("with on ",),
    ),
    (
        r"\b(signed\s+by\s+the\s+)((?-i:Chairmen|Chairwomen))\b",
        "\\1Chair",
        0.8,
        ("chairmen", "chairwomen"),
    ),
    # a capital after a comma, mid-sentence: "…, The Committee received copies"
    (
        r",\s+((?-i:The))\s+((?-i:Committee|Council|Board|Cabinet|Panel|Sub-Committee|Chair|"
        r"Chairman|Chairperson|Mayor|Leader|Members?))\s+((?-i:[a-z]+))\b",
        ", the \\2 \\3",
        0.75,
    ),
    # "with" typed for "will" before "be": "The prize with be awarded" ("to do with being"
    # has its "-ing")
    (r"\b(?-i:(w))ith(\s+be)\b", "\\1ill\\2", 0.8, ("with be",)),
    # the charity's name has no apostrophe: "Citizen’s Advice Allerdale", "Citizens' Advice"
    (r"\b((?-i:C))itizen(?:'s|s')(\s+(?-i:Advice))\b", "\\1itizens\\2", 0.8, ("advice",)),
]
# A rule that opens on a choice of plain words ("\b(rather|other|fewer)") is tried at every
# place in the text; a look-ahead for the words' first letters lets the scan pass over the
# rest at once (half the cost, the same matches).
_WORDS_FIRST = re.compile(
    r"(?:\(\?<![^()]*\))*\\b\((?:\?:|\?-i:)?((?:[A-Za-z][\w' ]*\|)*[A-Za-z][\w' ]*)\)"
)


def _with_lead(pattern: str) -> str:
    match = _WORDS_FIRST.match(pattern)
    if not match:
        return pattern
    firsts = {word[0].lower() for word in match.group(1).split("|")}
    letters = "".join(sorted(firsts | {letter.upper() for letter in firsts}))
    return f"(?=[{letters}])" + pattern


_PHRASE_RES = [
    (re.compile(_with_lead(p), re.I), r, c, needles[0] if needles else ())
    for p, r, c, *needles in _PHRASES
]

# Real words that in minutes are nearly always a typing slip for another: (pattern, the word
# meant, confidence). What a reader sees is a misspelt word, so they are spelling findings,
# though no dictionary can catch them. Kept small: each only where the real word cannot be
# meant ("pubic lice", a nativity's "manger" pass).
_MISSPELT_WORDS: list[tuple[str, str, float]] = [
    (r"\b(?P<w>minuets)\b", "minutes", 0.9),
    # "busses" (kisses) never means the vehicles in minutes: "buses"
    (r"\b(?P<w>busses)\b", "buses", 0.85),
    # not in the dictionary, but capitalised in a title it is taken for a name: "Monitoring Repot"
    (r"\b(?P<w>repot)\b", "report", 0.85),
    # the plural of "mater", never meant: "strategic maters"
    (r"\b(?P<w>maters)\b", "matters", 0.85),
    (r"\b(?P<w>pubic)\b(?!\s+(?:lice|louse|hair|bones?|region|symphysis)\b)", "public", 0.9),
    (r"\b(?P<w>untied)\s+(?-i:Kingdom|Nations)\b", "united", 0.9),
    # the American spelling of the British office ("Councilor Mr Arfon Jones")
    (r"\b(?P<w>councilor)\b", "councillor", 0.85),
    (r"\b(?P<w>councilors)\b", "councillors", 0.85),
    # "Cllrs" with its "r" lost, before a name: "Clls Robinson and Hall"
    (r"\b(?P<w>Clls)\b(?=\.?\s+(?-i:[A-Z]))", "Cllrs", 0.85),
    # "Mrs" with its "r" struck as the "t" beside it, before a name: "Mts L. Shaw-Stewart"
    (r"\b(?P<w>(?-i:Mts))\.?(?=\s+(?-i:[A-Z]))", "Mrs", 0.85),
    # the noun is licence, the verb license, and the verb's -ing form licensing
    (r"\b(?P<w>licencing)\b", "licensing", 0.85),
    # the crow family before the pandemic's number: "Due to Corvid 19 restrictions"
    (r"\b(?P<w>corvid)(?=[\s-]?19\b)", "Covid", 0.9),
    # a lower-case L for the figure one after a part's name: "exempt under Part l of
    # Schedule 12A" ("Part L" of the Building Regulations is a capital, and passes)
    (
        r"\b(?:part|schedule|paragraph|para|section|item|appendix|annex|minute|category|"
        r"class|phase|stage|tier|option|recommendation)\s+(?P<w>(?-i:l))\b(?![’'.-]\w)",
        "1",
        0.85,
    ),
    (
        # the manager of something, not a crib: "the Project Manger", "the manger explained"
        r"\b(?:(?:area|project|service|team|general|operations|programme|finance|site|case|"
        r"senior|contract|office|practice|centre|estates|facilities|scheme|account|business|"
        r"line)\s+(?P<w>manger)|(?-i:[A-Z][a-z]+\s+(?P<u>Manger))|"
        r"(?P<v>manger)(?=\s+(?:said|explained|reported|advised|confirmed|"
        r"stated|informed|outlined|presented|introduced|answered|responded)\b))\b",
        "manager",
        0.9,
    ),
    (
        # the verb, before what is assessed: "officers would asses the impact"
        r"\b(?P<w>asses)\b(?=\s+(?:the|a|an|this|that|these|those|its|their|our|his|her|"
        r"whether|how|what|if|any|all|each|every|risks?|need|needs|impact|options?|progress|"
        r"performance|applications?|proposals?|bids?|suitability|viability|compliance|demand)\b)",
        "assess",
        0.85,
    ),
    # a lower-case L typed for the capital I opening a sentence: "ln the year 2018/19"
    # (the letters first, a literal the scan finds fast; then what comes before them)
    (
        r"(?P<w>(?-i:ln))(?:(?<=^ln)|(?<=\nln)|(?<=[.:!?]\sln)|(?<=\n\sln))(?=\s+(?-i:[a-z]))",
        "In",
        0.85,
    ),
    # "licence" is the noun and "license" the verb, so the past is "licensed": "licenced
    # functions", "licenced premises"
    (r"\b(?P<w>licenced)\b", "licensed", 0.85),
    # the children's charity, as a clerk mishears it: "Bernardo’s"
    (r"\b(?P<w>(?-i:Bernardo))(?='s\b)", "Barnardo", 0.85),
    # "mis-" with its s doubled: "miss-appropriation", "miss-spelt"
    (
        r"\b(?P<w>miss-(?P<rest>(?:appropriat|spel|understand|manag|lead|inform|represent|us|"
        r"calculat|handl|interpret|quot|direct|conduct|plac|align|judg)[a-z]*))\b",
        "mis\\g<rest>",
        0.85,
    ),
]
_MISSPELT_RES = [
    (
        re.compile(p, re.I),
        r,
        c,
        # the words the rule can find, to skip a text that has none of them
        tuple(
            w.lower()
            for alt in re.findall(r"\(\?P<[wuv]>(?:\(\?-i:)?([A-Za-z|]+)", p)
            for w in alt.split("|")
        ),
    )
    for p, r, c in _MISSPELT_WORDS
]
# Doubled words that are sometimes right ("had had", "that that").
_DOUBLE_OK = frozenset({"had", "that", "is", "do", "very", "so", "far", "bye", "no", "long"})
_DETERMINERS = word_set(
    """a an the this that these those each every one any our their his her its my your another
    no either neither whose which what some same first last next local"""
)
_BODIES_BY_NAME = word_set("council committee cabinet board panel government parliament")
_NOT_NOUN = word_set(
    """is are was were has have had will would can could should may might must and or but to of
    in on at for with from by as that which who where when been being did do does also not
    all both each across within into over under about after before between through during up
    out off than then so if because while whilst there here this these those it its they
    them their a an the no gave went made said took told felt thought saw came got left met
    brought sought heard spoke led set put kept began knew continue continues remain remains
    held given taken sent paid seen known shown done written around near beyond beside towards
    throughout against among amongst along via onto upon until unless per"""
)
# One of each in a meeting: "Chair's welcome", "Clerk's report" need no article before them.
_ONE_OF = word_set(
    "chair chairman chairperson clerk mayor leader convener provost treasurer secretary"
)
_TIME_NOUNS = word_set(
    """today tomorrow yesterday tonight year week month day night morning evening afternoon
    hour minute decade century season one everyone someone anyone nobody somebody everybody
    other another it that there here what who where let he she people world nation country
    county city borough town region society government public"""
)
_ROLE_NOUNS = word_set(
    """Member Officer Partner Councillor Council Committee Board Chair Director Manager Service
    Team Authority Partnership Group Agency Organisation Resident School Ward Area
    Department Panel Cabinet Forum Trust Police Force Unit Centre Project"""
)


# A possessive's apostrophe left out or misplaced ("Clerks Report", "Members concerns",
# "adult's rights") is a slip of punctuation: the punctuation check's kind, as a reader
# files it, though the possessive rules that find it live here.
_APOSTROPHE = Check.PUNCTUATION


def _apostrophe_only(found: str, instead: str) -> bool:
    """Whether ``instead`` is ``found`` with an apostrophe put in or moved (a plural in "-ies"
    for the possessive of the word in "-y": "Secretaries report", "Secretary's report")."""
    found, instead = found.lower(), instead.lower()
    if "'" in found and "'" not in instead:
        # an apostrophe taken out of a name: "Citizen's Advice" ("it's" for "its" is a wrong
        # word, as readers file it)
        return "it's" not in found and found.replace("'", "") == instead
    return "'" in instead and found.replace("'", "") in (
        instead.replace("'", ""),
        instead.replace("'s", ""),
        instead.replace("y's", "ies"),
    )


_TITLE_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Rev|Revd|Prof)\.\s*$")
# Plurals that name a council's service or a place, not a thing's owner: "reported to
# Highways department", "Parks team".
_SERVICES = word_set(
    """Highways Services Works Operations Communications Parks Commons Lords Waterways Courts
    Archives Buildings Libraries Lands Estates Gardens Streets Roads Fields"""
)


def check_slips(items: list[MinutesItem]) -> list[Finding]:
    """Phrase rules, doubled words, "a"/"an" before the wrong sound, and possessive slips."""
    texts = [(item, plain(item.minutes_html)) for item in items]
    proper = _proper_nouns(text for _, text in texts)
    page = "\n".join(text for _, text in texts) + "\n" + "\n".join(i.title for i in items)
    house_style = _capitalised_verbs(text for _, text in texts)
    rules = _phrase_rules_for(page)
    findings: list[Finding] = []
    for item, text in texts:
        # The item's title is the clerk's writing too ("Mayors Announcements"): its set
        # phrases and owners are read as the minutes' are, once for both.
        title = normalise(item.title)
        in_title = (
            [
                f
                for _, f in _phrases(item, title, rules)
                + _owners_without_apostrophe(item, title)
                + _one_members_heading(item, title)
            ]
            if title.strip()
            else []
        )
        spans = _phrases(item, text, rules)
        toks = tokens(text)
        spans += _doubled(item, text, toks)
        spans += _doubled_phrases(item, text, toks)
        spans += _placeholders(item, text)
        spans += _lower_initials(item, text)
        spans += _postcodes(item, text)
        spans += _articles(item, text, toks)
        spans += _possessives(item, text, toks, proper)
        spans += _stray_capitals(item, text, toks, house_style)
        spans += _past_after_to(item, text)
        spans += _bare_after_be(item, text)
        spans += _lower_after_stop(item, text)
        spans += _number_agreement(item, text)
        spans += _people_possessives(item, text)
        spans += _owners_without_apostrophe(item, text)
        spans += _stray_letters(item, text)
        spans += _council_kinds_in_lower_case(item, text)
        spans += _streets_in_lower_case(item, text, page)
        spans += _titled_possessives(item, text)
        spans += _one_members_heading(item, text)
        spans += _missing_verb(item, text)
        spans += _article_adverb_article(item, text)
        kept = _without_overlaps(spans)
        written = {f.text.lower() for f in kept}
        findings += [f for f in in_title if f.text.lower() not in written] + kept
        findings += _misspelt_words(item, text)
    return findings


# A rule's needles are words it cannot match without, with one space between: looked for in
# the text with each run of spaces and line breaks made one space (so a rule's "\s+" is never
# missed), first in the whole page, then in each item. A text with none of them is not
# searched: most rules, on most items (searching is what the phrase rules cost).
def _squeezed(text: str) -> str:
    return f" {' '.join(text.lower().split())} "


def _phrase_rules_for(page: str) -> list[tuple[re.Pattern[str], str, float, tuple[str, ...]]]:
    """The rules of ``_PHRASE_RES`` whose needles the page has (or that have none)."""
    lowered = _squeezed(page)
    return [
        rule for rule in _PHRASE_RES if not rule[3] or any(needle in lowered for needle in rule[3])
    ]


def _phrases(
    item: MinutesItem,
    text: str,
    rules: list[tuple[re.Pattern[str], str, float, tuple[str, ...]]] | None = None,
) -> list[tuple[int, Finding]]:
    """The set phrases of ``_PHRASES`` written wrong in ``text`` (of ``rules``, those of them
    a page has the needles of)."""
    spans: list[tuple[int, Finding]] = []
    lowered = _squeezed(text)
    for pattern, replacement, confidence, needles in _PHRASE_RES if rules is None else rules:
        if needles and not any(needle in lowered for needle in needles):
            continue
        for match in pattern.finditer(text):
            found = match.group(0)
            instead = match.expand(replacement)
            message = f'"{found}" should probably read "{instead}".'
            kind = _APOSTROPHE if _apostrophe_only(found, instead) else Check.SLIP
            spans.append((match.start(), Finding(kind, item.reference, found, message, confidence)))
    return spans


def _same_case(meant: str, written: str) -> str:
    if written.isupper() and len(written) > 1:
        return meant.upper()
    if written[:1].isupper():
        return meant[:1].upper() + meant[1:]
    return meant


# A past tense after "to", where the verb's bare form belongs: "to be brought" lost its "be",
# or the tense slipped ("asked to went", "to brought onto the agenda").
_PAST_AFTER_TO = {
    "brought": "bring",
    "bought": "buy",
    "went": "go",
    "came": "come",
    "gave": "give",
    "took": "take",
    "wrote": "write",
    "spoke": "speak",
    "began": "begin",
    "chose": "choose",
    "undertook": "undertake",
    "sought": "seek",
}
_PAST_AFTER_TO_RE = re.compile(r"\bto\s+(" + "|".join(_PAST_AFTER_TO) + r")\b", re.I)


def _past_after_to(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out = []
    for match in _PAST_AFTER_TO_RE.finditer(text):
        past = match.group(1)
        bare = _PAST_AFTER_TO[past.lower()]
        message = (
            f'"{match.group(0)}": a past tense after "to". Write "to {bare}", or "to be '
            f'{past}" if that was meant.'
        )
        out.append(
            (match.start(), Finding(Check.SLIP, item.reference, match.group(0), message, 0.8))
        )
    return out


# A verb's bare form after "be" or "was", where its past participle belongs: "a newsletter will
# be send out", "has been move to the bench", "costs to be introduce", "was know to be". Only
# verbs that are not their own participle ("be put", "be cut"), and not where the word is a
# noun ("there will be review of", "be of use").
_BARE_AFTER_BE = {
    "send": "sent",
    "use": "used",
    "move": "moved",
    "remind": "reminded",
    "ask": "asked",
    "discuss": "discussed",
    "arrange": "arranged",
    "inform": "informed",
    "install": "installed",
    "receive": "received",
    "require": "required",
    "replace": "replaced",
    "remove": "removed",
    "circulate": "circulated",
    "confirm": "confirmed",
    "deliver": "delivered",
    "invite": "invited",
    "publish": "published",
    "submit": "submitted",
    "write": "written",
    "give": "given",
    "take": "taken",
    "make": "made",
    "know": "known",
    "approve": "approved",
    "agree": "agreed",
    "pay": "paid",
    "organise": "organised",
    "notify": "notified",
    "advise": "advised",
    "speak": "spoken",
    "tell": "told",
    "introduce": "introduced",
    "produce": "produced",
    "decide": "decided",
    "investigate": "investigated",
    "consult": "consulted",
    "request": "requested",
    "contact": "contacted",
    "review": "reviewed",
    "update": "updated",
    "repair": "repaired",
}
_BARE_AFTER_BE_RE = re.compile(
    r"(?=[bBwW])\b(?P<be>(?i:be|been|being|was|were))[ \t]+(?P<bare>"
    + "|".join(_BARE_AFTER_BE)
    # (not at a line's end, where a page saved cut short may have cut the word: "was give")
    + r")\b(?![ \t]*(?:\n|\Z))(?P<of>[ \t]+of\b)?"
)
# The modal, "to" or "have" before it, quoted too: "would be remind", "to be introduce".
_BE_LEAD = re.compile(
    r"\b(?i:will|would|should|could|must|may|might|shall|can|to|has|have|had)[ \t]+"
    r"(?:(?i:already|now|not|also)[ \t]+)?$"
)
# Those of them that are nouns too, before "of": "it would be use of the hall".
_BARE_NOUNS = frozenset(("use", "review", "update", "repair", "contact", "request", "move", "pay"))


def _bare_after_be(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out = []
    for match in _BARE_AFTER_BE_RE.finditer(text):
        if re.search(
            r"\bthere(?:\s+\w+){0,2}\s*$", text[max(0, match.start() - 30) : match.start()], re.I
        ):
            continue  # "there will be review": a noun
        if match.group("of") and match.group("bare") in _BARE_NOUNS:
            continue
        lead = _BE_LEAD.search(text, max(0, match.start() - 20), match.start())
        start = lead.start() if lead else match.start()
        found = text[start : match.end("bare")]
        be = match.group("be")
        meant = f"{text[start : match.start()]}{be} {_BARE_AFTER_BE[match.group('bare')]}"
        message = (
            f'"{found}": the verb\'s bare form after "{be}", where its past participle '
            f'belongs: write "{meant}".'
        )
        out.append((start, Finding(Check.SLIP, item.reference, found, message, 0.85)))
    return out


# A sentence opened in lower case after a full stop: "does seem inappropriate. it is close to";
# only after a word too long for most abbreviations, and before the words that open sentences.
_LOWER_AFTER_STOP = re.compile(
    r"(?<![\w.@/])([a-z]{4,})\.[ \t]+((?-i:it|the|this|there|they|we|he|she))(?=[ \t]+[A-Za-z])"
)
_STOPPED_ABBREVIATIONS = word_set(
    """approx incl cont misc govt dept mins secs para paras sept prop info temp ibid circa
    admin abbr"""
)


def _lower_after_stop(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out = []
    for match in _LOWER_AFTER_STOP.finditer(text):
        if match.group(1) in _STOPPED_ABBREVIATIONS:
            continue
        found = match.group(0)
        opener = match.group(2)
        message = (
            f'"{found}": the sentence after the full stop opens in lower case: write '
            f'"{opener.capitalize()}".'
        )
        out.append((match.start(), Finding(Check.SLIP, item.reference, found, message, 0.8)))
    return out


def _misspelt_words(item: MinutesItem, text: str) -> list[Finding]:
    """Real words that are nearly always a slip for another in minutes: "Monitoring Repot"."""
    out: list[Finding] = []
    lowered = text.lower()
    for pattern, meant_word, confidence, needles in _MISSPELT_RES:
        if needles and not any(needle in lowered for needle in needles):
            continue
        for match in pattern.finditer(text):
            written = next(w for k in "wuv" if (w := match.groupdict().get(k)))
            meant = _same_case(match.expand(meant_word), written)
            message = (
                f'"{written}" is a word, but hardly ever the one meant in minutes: '
                f'did you mean "{meant}"?'
                if len(written) > 2 and written.isalpha() and dictionary.known(written.lower())
                else f'"{written}" should probably read "{meant}".'
            )
            out.append(
                Finding(
                    Check.SPELLING,
                    item.reference,
                    written,
                    message,
                    confidence,
                    evidence=[("Written", written), ("Meant", meant)],
                )
            )
    return out


# Words in "-ly" that are adjectives, and so can stand before the noun a possessive owns.
_LY_ADJECTIVES = word_set(
    """daily weekly monthly yearly quarterly hourly nightly early elderly friendly likely lovely
    costly timely orderly kindly lonely lively only ugly holy"""
)


# "these discussion were", "this documents is": a determiner and its verb disagree with the
# noun between them. Nouns that are plural without an "s", or singular with one, are left out.
_PLURAL_DET = re.compile(r"\b([Tt]hese|[Tt]hose) ([a-z]{4,}) (were|are|have)\b")
_SINGULAR_DET = re.compile(r"\b([Tt]his) ([a-z]{4,}s) (is|was|has)\b")
# Endings of words in "s" that are no plural: "progress", "status", "analysis", "politics",
# "business", "previous", "always", "news".
_SINGULAR_IN_S = ("ss", "us", "is", "ics", "ness", "ous", "ways", "news")
_NO_S_PLURALS = word_set(
    """staff people police personnel data media criteria children cattle public youth sheep
    fish aircraft equipment information feedback evidence clergy offspring alumni minutiae
    present absent concerned involved responsible eligible able unable affected
    bacteria phenomena"""
)


def _number_agreement(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _PLURAL_DET.finditer(text):
        det, noun, verb = match.groups()
        if noun in _NO_S_PLURALS or noun.endswith(("s", "ae", "ia", "ta")):
            continue
        plural = next((p for p in (noun + "s", noun + "es") if dictionary.is_word(p)), "")
        if not plural or not dictionary.is_word(noun):
            continue
        message = f'"{match.group(0)}": "{det}" and "{verb}" ask for the plural, "{plural}".'
        out.append(
            (match.start(), Finding(Check.SLIP, item.reference, match.group(0), message, 0.75))
        )
    for match in _SINGULAR_DET.finditer(text):
        det, noun, verb = match.groups()
        single = noun[:-1]
        if noun.endswith((*_SINGULAR_IN_S, "ies")):
            continue
        if not (dictionary.is_word(single) and dictionary.is_word(noun)) or single.endswith("s"):
            continue
        message = f'"{match.group(0)}": "{det}" and "{verb}" ask for the singular, "{single}".'
        out.append(
            (match.start(), Finding(Check.SLIP, item.reference, match.group(0), message, 0.75))
        )
    for match in _THERE_IS_PLURAL.finditer(text):
        verb, noun = match.group("verb"), match.group("noun")
        if noun.endswith((*_SINGULAR_IN_S, "ings")):
            continue  # "progress", "status", "politics", "news", "findings" (a plural, left)
        single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        if noun in _NO_S_SINGULARS or not dictionary.is_word(noun):
            continue
        if not (dictionary.is_word(single) or dictionary.is_word(noun[:-2])):
            continue
        plural_verb = {"is": "are", "was": "were", "has been": "have been"}[verb.lower()]
        message = (
            f'"{match.group(0)}": "{noun}" is plural, so "there {plural_verb}" (or the singular '
            "noun)."
        )
        out.append(
            (match.start(), Finding(Check.SLIP, item.reference, match.group(0), message, 0.75))
        )
    return out


# "There is potential problems", "There was no declarations": a singular verb before a plural
# noun (after a determiner or an adjective minutes use there).
_THERE_IS_PLURAL = re.compile(
    r"\b[Tt]here (?P<verb>is|was|has been) (?:(?:no|some|several|many|further|various|potential|"
    r"serious|ongoing|other|more|also|still|two|three|four|five|conflicting|differing|numerous|"
    r"varying)\s+)?(?P<noun>[a-z]{4,}s)\b"
)
# Words in "s" that take a singular verb: "There was a means", "There is works" is a slip.
_NO_S_SINGULARS = word_set("means series species premises whereabouts headquarters")


# "Members concerns were noted": a plural noun for people before a plural noun, its apostrophe
# left out. Read as subject and verb, the verb would have to be "concern", so the word after it
# is a noun the people own: "Members' concerns".
_PEOPLE_THEN_PLURAL = re.compile(
    r"\b((?i:members|councillors|officers|residents|partners|trustees|governors|volunteers|"
    r"tenants|carers|parents|patients|applicants|objectors))[ \t]+([a-z]{4,}s)\b(?!')"
    r"(?P<after>[ \t]*(?:[,.;:)]|\n|$|[a-z']+))?",
    re.M,
)
_NOT_PLURAL_NOUNS = word_set(
    """always sometimes perhaps nevertheless nonetheless afterwards besides towards thus unless
    across whereas plus hers ours theirs yours nowadays overseas upwards downwards outwards
    alongside elsewhere meanwhile does goes says"""
)
# Before these the word is more likely a verb (a slip of agreement, not of the apostrophe) or
# the people are the object of a verb of telling with "that" left out ("told residents
# plans were").
_VERB_FOLLOWERS = word_set(
    """the a an this that these those its their his her our your my any all each every some no
    to whether how what why when if it them him us me"""
)
_TELLING = word_set(
    """told tell tells telling advised advise advises informed inform informs assured assure
    reassured reassure reminded remind warned warn notified notify showed shown show gave give
    given update updated asked ask"""
)
# After these the people are inside a longer phrase whose head may be singular ("a group of
# members meets", "feedback from residents shows"): then only a noun's place is trusted.
_PREPOSITIONS = word_set(
    """of by from to for with among amongst between about on at in into within without one each
    none neither either every"""
)
# "To receive from Members declarations of interest", "to invite from members nominations":
# the people are where the things come from, and the things are what is received.
_RECEIVING = re.compile(
    r"(?i:receiv(e|es|ed|ing)|invit(e|es|ed|ing)|request(s|ed|ing)?|seek(s|ing)?|sought|"
    r"obtain(s|ed|ing)?|collect(s|ed|ing)?)$"
)
_NOUN_FOLLOWERS = word_set(
    """were are was is had have has would will could should might may must be been and or
    regarding about raised expressed"""
)


def _people_possessives(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _PEOPLE_THEN_PLURAL.finditer(text):
        people, owned = match.group(1), match.group(2)
        if owned in _NOT_PLURAL_NOUNS or owned.endswith(("ss", "us", "is", "ous", "ics")):
            continue
        if not (dictionary.is_word(owned) and dictionary.is_word(owned[:-1])):
            continue
        after = (match.group("after") or "").strip()
        if after in _VERB_FOLLOWERS:
            continue
        before = re.findall(r"[A-Za-z']+", text[max(0, match.start() - 40) : match.start()])[-3:]
        if before and before[-1].lower() in _TELLING:
            continue
        if len(before) >= 2 and before[-1].lower() == "from" and _RECEIVING.match(before[-2]):
            continue  # "To receive from Members declarations": the people give the things
        noun_place = after == "" or not after.isalpha() or after in _NOUN_FOLLOWERS
        if any(w.lower() in _PREPOSITIONS for w in before[-2:]) and not noun_place:
            continue
        found = f"{people} {owned}"
        message = (
            f'"{found}" reads as the {owned} of the {people.lower()}, which needs the '
            f'apostrophe: "{people}\' {owned}".'
        )
        out.append((match.start(), Finding(_APOSTROPHE, item.reference, found, message, 0.75)))
    return out


# Possessives whose apostrophe is left out, in shapes with no other reading: people before a
# noun of heeding after "for", "to" or "of" ("for Councillors information", "brought to
# Members attention"); (not a heading's "Members Interests", "Councillors Reports": readers
# of the labelled real minutes marked 1 of 7, a house style); a time before what happens in it ("the
# evenings meeting", "last years budget", "last years AGM", "next years President").
_OWNERS = (  # (pattern, whether the owner is plural: "Members' information", "today's")
    (
        re.compile(
            r"(?i:\b(?:for|to|of)[ \t]+(?:the[ \t]+)?)(?P<owner>(?i:members|councillors|"
            r"residents|officers|trustees))[ \t]+(?P<owned>information|attention|consideration|"
            r"approval|perusal|comments?)\b"
        ),
        True,
    ),
    (
        re.compile(
            r"\b(?P<owner>(?i:the evenings|tonights|todays|(?:last|this|next) (?:weeks|months|"
            r"years)))[ \t]+(?P<owned>meeting|budget|precept|agenda|event|accounts|audit|fete|"
            r"festival|show|report|(?-i:AGM|President|Chair|Chairman|Mayor))\b"
        ),
        False,
    ),
)


def _owners_without_apostrophe(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for pattern, plural in _OWNERS:
        for match in pattern.finditer(text):
            owner, owned = match.group("owner"), match.group("owned")
            *head, last = owner.split(" ")
            fixed = " ".join([*head, f"{last}'" if plural else f"{last[:-1]}'s"])
            found = f"{owner} {owned}"
            message = (
                f'"{found}" reads as the {owned if owned.isupper() else owned.lower()} of the '
                f'{last.lower()}, which needs the apostrophe: "{fixed} {owned}".'
            )
            out.append(
                (match.start("owner"), Finding(_APOSTROPHE, item.reference, found, message, 0.75))
            )
    return out


# A council's kind left in lower case inside its name: "Essex county Council".
_KIND_IN_LOWER_CASE = re.compile(
    r"\b[A-Z][a-z]+ (county|borough|district|city|town|parish|community) Council\b"
)


def _council_kinds_in_lower_case(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _KIND_IN_LOWER_CASE.finditer(text):
        kind = match.group(1)
        found = match.group(0)
        message = (
            f'"{kind}" is part of the council\'s name in "{found}", written without its '
            f'capital: write "{found.replace(f" {kind} ", f" {kind.capitalize()} ")}".'
        )
        out.append((match.start(1), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out


# A street's name with its kind in lower case where the minutes write it capitalised
# elsewhere: "trees on Houston road" beside "Houston Road Park", "visited Mushton lane" under
# the heading "Mushton Lane" (not a sentence's first word: "… Retrospective) The road").
_STREET_IN_LOWER_CASE = re.compile(
    r"(?<![.!?:)]\s)(?<![.!?:)])\b((?-i:[A-Z][a-z]{2,}))\s((?-i:road|lane|street|close|avenue|drive|"
    r"crescent|terrace|square|gardens))\b"
)


def _streets_in_lower_case(item: MinutesItem, text: str, page: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _STREET_IN_LOWER_CASE.finditer(text):
        name, kind = match.groups()
        written = f"{name} {kind.capitalize()}"
        if written not in page or text[: match.start()].rstrip().endswith((".", "\n")):
            continue
        found = match.group(0)
        message = f'"{found}" is written "{written}" elsewhere in these minutes: a street\'s name.'
        out.append((match.start(2), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out


# A letter standing alone between two words, where a word was mistyped or a key caught:
# "dates given by y the Liberty Hall staff". Not letters that stand alone in prose: a, I, o,
# c (circa), e, p (page), s, v (versus), x (times), l (a figure 1 mistyped: the spelling
# check's), nor a list's marker in brackets.
_STRAY_LETTER = re.compile(r"(?<![\w(/-])([a-z]{2,}) [bdfghjkmnqrtuwyz] ([a-z]{2,})\b(?![)/-])")


def _stray_letters(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _STRAY_LETTER.finditer(text):
        before, after = match.groups()
        if not (dictionary.is_word(before) and dictionary.is_word(after)):
            continue
        found = match.group(0)
        message = (
            f'A letter standing alone in "{found}": a word mistyped or a key caught. Write '
            f'"{before} {after}", or the word meant.'
        )
        out.append((match.start(), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out


# A titled name's possessive without its apostrophe: "Cllr Gladdens apologies". The name
# may really end in "s" ("Evans"): its possessive still needs the apostrophe ("Evans'").
_TITLED_POSSESSIVE = re.compile(
    r"\b(?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr)\.? (?:[A-Z]\.? )*"
    r"((?:[A-Z][a-z]+-)?[A-Z][a-z]+s) "
    r"(apologies|report|question|motion|comments|proposal|amendment|behalf)\b"
    r"(?P<after>[ ]*[A-Za-z]+|[ ]*[,.;:]|[ ]*$)?",
    re.M,
)
# Nouns that are also verbs ("that Councillor Evans report back", "Councillor Roberts
# comments that"): a possessive only before what follows a noun.
_ALSO_VERBS = word_set("report question comments")
_AFTER_OWNED_NOUN = word_set("was were is be been had has and in of for which regarding , . ; :")


def _titled_possessives(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    if "s " not in text:
        return out
    for match in _TITLED_POSSESSIVE.finditer(text):
        name, owned = match.group(1), match.group(2)
        after = (match.group("after") or "").strip()
        if owned in _ALSO_VERBS and after and after not in _AFTER_OWNED_NOUN:
            continue
        found = f"{name} {owned}"
        message = (
            f'"{found}" reads as the {owned} of {name[:-1]} (or of {name}), which needs the '
            f'apostrophe: "{name[:-1]}\'s {owned}" (or "{name}\' {owned}").'
        )
        out.append((match.start(1), Finding(_APOSTROPHE, item.reference, found, message, 0.75)))
    return out


# The standing headings of every member's business written as one member's: "Declaration of
# Member's Interests", "MEMBER'S DECLARATIONS", "Councillor's Reports". Only as a heading (its
# noun capitalised) and not after a word that picks one member ("each Member's Interests").
_ONE_MEMBERS_HEADING = re.compile(
    r"(?=[MC])(?<!\b[Ee]ach )(?<!\b[Aa] )(?<!\b[Tt]he )(?<!\b[Aa]ny )(?<!\b[Ee]very )"
    r"\b(Member|MEMBER|Councillor|COUNCILLOR)['’][sS][ \t]+"
    r"(Interests?|INTERESTS?|Declarations?|DECLARATIONS?|Reports|REPORTS)\b"
)


def _one_members_heading(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _ONE_MEMBERS_HEADING.finditer(text):
        who, what = match.groups()
        plural = f"{who}{'S' if who.isupper() else 's'}' {what}"
        message = (
            f'"{match.group(0)}" heads the business of every {who.lower()}, not of one: write '
            f'"{plural}".'
        )
        out.append(
            (match.start(), Finding(_APOSTROPHE, item.reference, match.group(0), message, 0.8))
        )
    return out


def _without_overlaps(spans: list[tuple[int, Finding]]) -> list[Finding]:
    """One finding per stretch of text: the surest, when two rules see the same slip."""
    kept: list[tuple[int, int, Finding]] = []
    for start, finding in sorted(spans, key=lambda s: -s[1].confidence):
        end = start + len(finding.text)
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, finding))
    return [finding for _, _, finding in sorted(kept, key=lambda k: k[0])]


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


# A numbered heading in capitalised words ("25/21 Minutes of Previous Meeting", "4. Planning
# Applications", "Item 2 - Apologies", "C14/044 Apologies", "19.034 Apologies"), to the word
# before the text under it: on a page whose line breaks are lost
# the text may open with the heading's last word ("Meeting of the Parish Council held …").
_NUMBERED_HEADING = re.compile(
    r"(?:(?:^|\s)[A-Z]{0,3}\d+/[ \t]?\d+|(?:^|\s)\d+(?:\.\d+)*\.|(?:^|\s)\d+\.\d+|^\d+|"
    r"(?:^|\s)\((?:[ivx]{1,4}|[a-z])\)"
    r"|\b(?:Item|ITEM|Minute|MINUTE)[ \t]+\d+[a-z]?"
    r"(?:[ \t]*[-–—:.])?|(?:^|\s)\d+[ \t]*[-–—])[ \t]+"
    r"(?:(?:[A-Z][\w'’\-]*|of|and|the|for|to|on|in|&)[ \t]+){0,7}$",
    re.M,
)


def _heading_runs_on(text: str, a: Token, b: Token) -> bool:
    """Whether ``a`` ends a numbered heading and ``b``, the same word, opens the text under it."""
    if not (a.text[:1].isupper() and b.text[:1].isupper()):
        return False
    return bool(_NUMBERED_HEADING.search(text, max(0, a.start - 100), a.start))


def _doubled(item: MinutesItem, text: str, toks: list[Token]) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for a, b in itertools.pairwise(toks):
        if (
            a.is_word
            and a.lower == b.lower
            and a.lower not in _DOUBLE_OK
            and not (len(a.text) == 1 and a.text.isupper())  # initials: "Carms C C"
            # a heading in capitals, then the text under it: "APOLOGIES Apologies were …"
            and not (a.text.isupper() and not b.text.isupper())
            # a word in capitals twice is a name in capitals and the heading after it
            # ("BOROUGH COUNCIL COUNCIL 6th December"): no reader of the labelled real
            # minutes marked one; the doubled words they marked were all in lower case
            and not (a.text.isupper() and b.text.isupper() and len(a.text) > 1)
            and not _heading_runs_on(text, a, b)
            # a page's one-word label, then a heading or sentence that opens with the same
            # word: "… County Council Fund. Minutes Minutes of the Parish Council Meeting"
            and not (a.sentence_start and a.text.istitle() and b.text.istitle())
            # the second capitalised where the first is not: a cell or a heading starts there
            # ("Member of the public Public Governor", a board's table flattened into a line);
            # but not "the The Local Authorities", an article twice
            and not (a.text[:1].islower() and b.text[:1].isupper() and a.text != "the")
            and not (a.text[:1].isupper() and _in_a_table(toks, a, b))
            and _gap(text, a, b).strip() == ""
            and "\n" not in _gap(text, a, b)
        ):
            found = f"{a.text} {b.text}"
            out.append(
                (
                    a.start,
                    Finding(Check.SLIP, item.reference, found, f'"{found}": a word twice.', 0.9),
                )
            )
    return out


# The most words a phrase written twice in a row runs to ("Prior to the start of the meeting
# Prior to the start of the meeting"); a longer repeat is a sentence, the copied check's.
_LONGEST_DOUBLED = 8


# Small words a row of a table of names and roles has ("Director of Finance", "Member of the
# public", "Clerc y Cyngor").
_TABLE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "a", "y", "&", "at"})


def _in_a_table(toks: list[Token], first: Token, last: Token) -> bool:
    """Whether the words around ``first``…``last`` (eight each side) are a row of a table or a
    list of names flattened into a line: at least six of them, and at most one in lower case
    beyond a few small words ("Interim Chief Executive Officer Non-Executive Director Director
    of Finance Non-Executive Director"; "A Blackley A Evans B Evans B Thomas G Thomas")."""
    at = next(n for n, t in enumerate(toks) if t is first)
    end = next(n for n in range(at, len(toks)) if toks[n] is last)
    around = [t for t in toks[max(0, at - 8) : at] + toks[end + 1 : end + 9] if t.is_word]
    lower = [t for t in around if t.text[:1].islower() and t.lower not in _TABLE_SMALL_WORDS]
    return len(around) >= 6 and len(lower) <= 1


# The verbs that open a sentence after a label that repeats its words: "Approval of minutes:
# minutes of the last meeting were approved".
_SENTENCE_VERBS = frozenset(("were", "was", "are", "is", "had", "have", "has"))


# Words that make no heading of their own: "OF THE" twice in capitals is a slip.
_SMALL_WORDS = word_set("of the to in and for on at by a an with from")


def _doubled_phrases(item: MinutesItem, text: str, toks: list[Token]) -> list[tuple[int, Finding]]:
    """Two to eight words written twice in a row, with at most a colon between ("chaired by
    Chaired by", "District Councillors: District Councillors"; 0.8): a paste or a line typed
    twice. Not a heading with the sentence under it that opens with its words, nor across
    lines, nor a list ("The Queen's Jubilee, The Queen's Jubilee" may be two entries)."""
    out: list[tuple[int, Finding]] = []
    words = [t for t in toks if t.is_word]
    lows = [t.lower for t in words]
    n = 0
    while n < len(words):
        if lows[n] not in lows[n + 2 : n + _LONGEST_DOUBLED + 1]:
            n += 1  # (no word alike two to eight words on: most words, read at C's speed)
            continue
        for size in range(_LONGEST_DOUBLED, 1, -1):
            # the first words alike, before comparing the whole halves (this runs on every
            # word of every item)
            if n + 2 * size > len(words) or lows[n] != lows[n + size]:
                continue
            if lows[n : n + size] != lows[n + size : n + 2 * size]:
                continue
            first, second = words[n : n + size], words[n + size : n + 2 * size]
            joins = [_gap(text, a, b) for a, b in itertools.pairwise([*first, *second])]
            if any("\n" in j or j.strip() not in ("", ":") for j in joins):
                continue
            if any(j.strip() for j in joins[: size - 1] + joins[size:]):
                continue  # punctuation inside a half: a list, not a phrase
            if lows[n + 2 * size : n + 3 * size] == lows[n : n + size]:
                n += 3 * size - 1
                break  # three times or more: a column of a table ("Member of the public" by
                # each of a board's observers), not a paste
            # (small words alone make no heading nor a table's cell: "MINUTES OF THE OF THE
            # ANNUAL MEETING" is typed twice)
            small = all(t.lower in _SMALL_WORDS for t in first)
            if (
                ":" not in joins[size - 1]
                and first[0].text[:1].isupper()
                and not small
                and _in_a_table(toks, first[0], second[-1])
            ):
                continue  # a table of names and roles flattened into a line: "Public
                # Governor Public Governor Appointed Governor"
            if all(t.text.isupper() for t in first + second) and not small:
                continue  # a heading in capitals printed twice by the page: "TOWN COUNCIL TOWN
                # COUNCIL"
            if second[0].text[:1].isupper() and (
                (not item.title and not text[: first[0].start].strip())
                or _NUMBERED_HEADING.search(text, max(0, first[0].start - 100), first[0].start)
            ):
                continue  # a numbered heading run into the sentence under it, on a page whose
                # line breaks were lost: "150/20 Apologies for absence Apologies for absence
                # were received", "(v) Report of the District Councillor District Councillor
                # T Kirkham reported"; or, in an item read with no title, its opening words,
                # the title, run into its text ("2019/2) Apologies for absence Apologies for
                # absence were received")
            after = lows[n + 2 * size] if n + 2 * size < len(lows) else ""
            if ":" in joins[size - 1] and (after in _SENTENCE_VERBS or after == "of"):
                continue  # a label, then a sentence that opens with its words: "Approval of
                # minutes of the last meeting: minutes of the last meeting were approved",
                # "Approve the minutes: the minutes of the meeting of 5th July were signed"
            if [t.text for t in first] != [t.text for t in second] and (
                _heading_case(first)
                or (
                    second[0].text[:1].isupper()
                    and first[0].text[:1].islower()
                    and first[-1].lower not in _NOT_NOUN  # "chaired by Chaired by" ends on "by"
                )
            ):
                continue  # a heading run into the sentence under it: "Apologies for Absence
                # Apologies for absence were received", "APOLOGIES Apologies …", "Verbal
                # reports from external parties External parties may provide updates"
            found = text[first[0].start : second[-1].end]
            out.append(
                (
                    first[0].start,
                    Finding(
                        Check.SLIP,
                        item.reference,
                        found,
                        f'"{found}": the same words twice in a row; delete one.',
                        0.8,
                    ),
                )
            )
            n += 2 * size - 1
            break
        n += 1
    return out


def _heading_case(words: list[Token]) -> bool:
    """Whether words are written as a heading is: in capitals, or each word of four letters
    or more capitalised."""
    return all(t.text.isupper() for t in words) or all(
        t.text[0].isupper() for t in words if len(t.text) >= 4
    )


# A date left to fill in: "held on Wednesday …. be approved", "on Monday ... at 7pm".
_PLACEHOLDER = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:…\.*|\.{3,})"
    r"(?=\s+[a-z])"
)


def _placeholders(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    """A day of the week followed by dots where its date should be (0.85): a template's gap
    never filled in. An ellipsis before a capital may end a quotation, and passes."""
    return [
        (
            m.start(),
            Finding(
                Check.SLIP,
                item.reference,
                m.group(0),
                f'"{m.group(0)}": the date was left to fill in. Write the day\'s date.',
                0.85,
            ),
        )
        for m in _PLACEHOLDER.finditer(text)
    ]


# A title, an initial in lower case, a surname: "Cllr m Reeves". Not x, o or v, which a table
# of attendance prints as its ticks and crosses ("Councillor x Karen Calton").
_LOWER_INITIAL = re.compile(
    r"(?=[CMD])\b(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr)\.?[ \t]+([a-np-uwyz])\.?[ \t]+[A-Z][a-z]{2,}\b"
)


def _lower_initials(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    """A person's initial in lower case between their title and surname (0.75)."""
    out = []
    for m in _LOWER_INITIAL.finditer(text):
        found = m.group(0)
        at = m.start(1) - m.start()
        meant = found[:at] + found[at].upper() + found[at + 1 :]
        message = f'"{found}": an initial is a capital letter. Write "{meant}".'
        out.append((m.start(), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out


# A postcode whose second half starts with the letter O, where it is always a figure: "SE1 OLL".
_POSTCODE_O = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) O([ABD-HJLNP-UW-Z]{2})\b")


def _postcodes(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    """A postcode with the letter O for a zero (0.85): the second half of a UK postcode is a
    figure and two letters, so "SE1 OLL" is SE1 0LL, and a letter there fails in searches and
    sat-navs."""
    out = []
    for m in _POSTCODE_O.finditer(text):
        if dictionary.known(f"o{m.group(2)}".lower()):
            continue  # a word in capitals after a road's number: "the A1 OLD North Road"
        meant = f"{m.group(1)} 0{m.group(2)}"
        out.append(
            (
                m.start(),
                Finding(
                    Check.SLIP,
                    item.reference,
                    m.group(0),
                    f'"{m.group(0)}": the second half of a postcode starts with a figure: '
                    f'"{meant}".',
                    0.85,
                    evidence=[("Written", m.group(0)), ("Meant", meant)],
                ),
            )
        )
    return out


def _number_sounds_vowel(figure: str) -> bool:
    """Whether a figure is said with a vowel first: eight…, eleven…, eighteen…"""
    match = re.match(r"\d+(?:,\d{3})*", figure.lstrip("£"))
    if not match:
        return False
    groups = match.group().split(",")
    first = groups[0]
    if len(groups) == 1 and len(first) in (5, 6):
        first = first[:-3]  # 11000 is said "eleven thousand"
    return first.startswith("8") or first in ("11", "18")


# Words said with a "y" first: "a union", "a unanimous vote", "a useful"; not "an unidentified",
# "an uninformed", "an unimportant" ("un-" then the word).
_CONSONANT_U = re.compile(
    r"^(uni(?![mnd])|unan|use|usu|uti|ura|ure|uro|ufo|uk|ubi|uvu|eu|ewe|one\b|once)"
)
_VOWEL_H = re.compile(r"^(hour|honest|honour|honor|heir)")
_LETTER_VOWEL = set("AEFHILMNORSX")


def _sounds_vowel(word: str) -> bool | None:
    """Whether ``word`` starts with a vowel sound; ``None`` when it cannot be told."""
    if word[0].isdigit():
        return _number_sounds_vowel(word)
    if word.startswith("£"):
        # said as its figure: "a £5,000 grant" ("a five thousand pound grant"), "an £8,000
        # grant" ("an eight thousand …")
        return _number_sounds_vowel(word) if word[1:2].isdigit() else None
    if len(word) > 2 and word[1] == "-" and word[0].isalpha():
        return (
            word[0].upper() in _LETTER_VOWEL
        )  # a letter said by its name: "an L-shape", "a U-turn"
    core = word.rstrip("s")
    if len(core) >= 2 and core.isupper():
        if any(c in "AEIOU" for c in core[1:]):
            return None  # DAPO, NATO: read as a word or letters? unclear
        return core[0] in _LETTER_VOWEL
    lower = word.lower()
    if len(lower) < 2 or (not lower.isalpha() and "-" not in lower and "'" not in lower):
        return None
    if _CONSONANT_U.match(lower):
        return False
    if _VOWEL_H.match(lower):
        return True
    return lower[0] in "aeiou"


def _articles(item: MinutesItem, text: str, toks: list[Token]) -> list[tuple[int, Finding]]:
    out = []
    for a, b in itertools.pairwise(toks):
        if a.text not in ("a", "an") and not (a.sentence_start and a.text in ("A", "An")):
            continue
        gap = _gap(text, a, b)
        if gap.strip(" \"'") or text[a.start - 1 : a.start] == "(":
            continue  # "(a)" list markers, "a) …", a line break
        if a.text == "A" and b.text[:1].isupper():
            continue  # "Cllr. A Edwards": an initial, not the article
        if b.text[:1].isupper() and not b.text.isupper() and not dictionary.is_word(b.lower):
            continue  # a name, whose sound letters cannot tell ("an McGraw" from a PDF's columns)
        vowel = _sounds_vowel(b.text)
        if vowel is None:
            continue
        if a.lower == "an" and not vowel:
            wanted = "a"
        elif a.lower == "a" and vowel:
            wanted = "an"
        else:
            continue
        found = f"{a.text} {b.text}"
        message = f'"{found}" should read "{wanted} {b.text}".'
        confidence = 0.9 if b.text[0].isdigit() else 0.85
        out.append((a.start, Finding(Check.SLIP, item.reference, found, message, confidence)))
    return out


def _proper_nouns(texts) -> set[str]:
    """Capitalised words used in mid-sentence somewhere in the meeting: names of things."""
    out: set[str] = set()
    for text in texts:
        for token in tokens(text):
            word = token.text
            if (
                token.is_word
                and word[0].isupper()
                and word[1:].islower()
                and not token.sentence_start
            ):
                out.add(word)
    return out


def _possessives(
    item: MinutesItem, text: str, toks: list[Token], proper: set[str]
) -> list[tuple[int, Finding]]:
    out = []
    for n, token in enumerate(toks):
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is None or not nxt.is_word or not nxt.text.islower() or nxt.lower in _NOT_NOUN:
            continue
        if _gap(text, token, nxt).strip():
            continue  # punctuation between: not one noun phrase
        if nxt.text.endswith(("ed", "ing")) or (
            nxt.text.endswith("ly") and nxt.lower not in _LY_ADJECTIVES and _adverb(nxt.lower)
        ):
            continue  # a verb or an adverb after it: "These Minutes principally record"
        word = token.text
        # "Harmonies national recognition": a name's plural written for its possessive.
        if word[0].isupper() and not token.sentence_start and word[1:].islower():
            singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
            before = toks[n - 1] if n else None
            # The plural ending a longer name is that name's, and the subject of what follows:
            # "Disclosable Pecuniary Interests provide …".
            in_name = (
                before is not None
                and before.text[:1].isupper()
                and not before.sentence_start
                and not _gap(text, before, token).strip()
            )
            if (
                not in_name
                and word.endswith("s")
                and not word.endswith("ss")
                and singular in proper
                and singular not in _ROLE_NOUNS
                and word not in _SERVICES
            ):
                found = f"{word} {nxt.text}"
                message = f'"{found}": "{word}" is a plural; the possessive is "{singular}\'s".'
                out.append((token.start, Finding(_APOSTROPHE, item.reference, found, message, 0.7)))
            continue
        # "adult's rights" with no determiner: almost always the plural "adults'" was meant.
        if not word.endswith("'s") or "'" in word[:-2]:
            continue
        noun = word[:-2]
        lower = noun.lower()
        if (
            not lower.isalpha()
            or lower in _TIME_NOUNS
            or lower in _ONE_OF
            # a body named without its article, as minutes name their own: "with council's
            # design team", "Cabinet's decision"
            or lower in _BODIES_BY_NAME
            or (noun[0].isupper() and not token.sentence_start)
            # "Mr. Hope's quotation": a name after a title's full stop, not a sentence's start
            or (
                noun[0].isupper() and _TITLE_STOP.search(text, max(0, token.start - 8), token.start)
            )
        ):
            continue
        if nxt.lower in ("been", "got", "no", "very", "now", "being") or not dictionary.known(
            lower + "s"
        ):
            continue
        clause: list[Token] = []
        if not token.sentence_start:
            follower = token
            # "the child or young person's views": the article may sit a few words back
            for prev in reversed(toks[max(0, n - 5) : n]):
                if _gap(text, prev, follower).strip() or follower.sentence_start:
                    break
                clause.insert(0, prev)
                follower = prev
        if any(t.lower in _DETERMINERS or t.lower.endswith("'s") for t in clause):
            continue
        if clause and clause[-1].text[0].isupper() and not clause[-1].sentence_start:
            continue  # "Stockton resident's" reads as a name phrase; leave it
        found = f"{word} {nxt.text}"
        message = (
            f'"{found}": with no "a" or "the" before it, the plural possessive '
            f'"{lower}s\'" was probably meant.'
        )
        # After a verb or preposition ("to protect adult's rights") a bare singular is
        # unlikely; after a modifier ("admin contractor's fees") it is a note-style phrase
        # with its article dropped, as often right as wrong: a hint.
        confidence = 0.7 if clause and _governs(clause) else 0.5
        out.append((token.start, Finding(_APOSTROPHE, item.reference, found, message, confidence)))
    return out


_GOVERNORS = word_set(
    """to of for with from by about on in into over under between among against without
    within across through towards protect protects support supports meet meets improve
    improves develop develops respect respects share shares hear hears include includes"""
)


def _governs(clause: list[Token]) -> bool:
    """Whether the word before a possessive is a verb or preposition that takes it."""
    last = clause[-1].lower
    before = clause[-2].lower if len(clause) > 1 else ""
    return last in _GOVERNORS or last.endswith(("ed", "ing")) or before == "to"


# Reporting verbs a clerk writes after a name or role: capitalised in mid-sentence, a slip
# ("the Officer Explained that"). "Noted", "Agreed" and "Resolved" are left out: some councils
# capitalise their decisions.
_VERBS = word_set(
    """Explained Stated Thanked Responded Replied Commented Suggested Highlighted Informed
    Queried Enquired Questioned Outlined Emphasised Acknowledged Clarified Advised Reported
    Confirmed Welcomed Expressed Requested Presented Introduced Added"""
)


# What a person did, in the past tense, written after their name: "Steve Joined the Service
# in 1994". Only after a name, in a sentence that goes on in lower case: in headings and the
# names of bodies ("Combined Authority", "Joined Up Care") a capital is right.
_DEEDS = word_set(
    """Joined Attended Retired Resigned Arrived Departed Returned Started Served Worked Moved
    Withdrew Abstained Declared Spoke Asked Answered Became Chaired Visited Thanked Explained
    Stated Reported Advised Confirmed Presented Introduced Replied Responded Commented
    Suggested Highlighted Outlined Acknowledged Clarified Informed Queried Enquired Welcomed
    Expressed Requested Added Questioned Emphasised"""
)
_NAME_TITLES = word_set("Councillor Cllr Mr Mrs Ms Miss Dr Sir Dame Lady Lord Professor Prof")
# A motion's verbs, capitalised in the middle of "It was Proposed by …, and Seconded by …";
# at a line's start ("Proposed: Cllr Hall") a capital is right.
_MOTION = word_set("Proposed Seconded Moved")
_MOTION_BEFORE = word_set("was were been be and duly then")


def _capitalised_verbs(texts) -> set[str]:
    """Verbs of ``_VERBS`` and ``_DEEDS`` written capitalised in mid-sentence three times or
    more, one verb or several ("Cllr Taylor Requested …", "Cllr Taylor Highlighted …", "Cllr
    Newton Requested …"): the minutes' own style, not a slip."""
    counts: dict[str, int] = {}
    for text in texts:
        for tok in tokens(text):
            if (tok.text in _VERBS or tok.text in _DEEDS) and not tok.sentence_start:
                counts[tok.text] = counts.get(tok.text, 0) + 1
    return set(counts) if sum(counts.values()) >= 3 else set()


def _stray_capitals(
    item: MinutesItem, text: str, toks: list[Token], house_style: set[str]
) -> list[tuple[int, Finding]]:
    out = []
    for n, (before, verb, after) in enumerate(zip(toks, toks[1:], toks[2:], strict=False)):
        if verb.text in _MOTION and not verb.sentence_start:
            if (
                before.lower in _MOTION_BEFORE
                and after.lower == "by"
                and not _gap(text, before, verb).strip()
            ):
                found = f"{before.text} {verb.text} by"
                out.append(
                    (
                        verb.start,
                        Finding(
                            Check.SLIP,
                            item.reference,
                            found,
                            f'"{verb.text}" has a capital in mid-sentence ("{found}"): write '
                            f'"{before.text} {verb.lower} by".',
                            0.7,
                        ),
                    )
                )
            continue
        if verb.text not in _DEEDS and verb.text not in _VERBS:
            continue
        if verb.sentence_start or verb.text in house_style:
            continue
        if _gap(text, before, verb).strip() or _gap(text, verb, after).strip() not in ("", ","):
            continue
        reporting = (
            verb.text in _VERBS and after.text[:1].islower() and before.text[:1].isalpha()
        )  # not a title in capitals ("Planning Explained Simply")
        if not reporting and not (
            verb.text in _DEEDS and _after_name(toks, n) and _goes_on(text, toks, n + 1)
        ):
            continue
        found = f"{before.text} {verb.text}"
        out.append(
            (
                verb.start,
                Finding(
                    Check.SLIP,
                    item.reference,
                    found,
                    f'"{verb.text}" has a capital in mid-sentence ("{found}"): write '
                    f'"{before.text} {verb.lower}".',
                    0.7,
                ),
            )
        )
    return out


def _after_name(toks: list[Token], n: int) -> bool:
    """Whether ``toks[n]`` is a person's name: a capitalised word the dictionary knows only
    as a name ("Steve", "Hughes"), or any word after a title ("Councillor Smith")."""
    word = toks[n].text
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    return (n > 0 and toks[n - 1].text in _NAME_TITLES) or not dictionary.is_word(word.lower())


def _goes_on(text: str, toks: list[Token], n: int) -> bool:
    """Whether the sentence goes on in lower case after ``toks[n]``, on the same line: prose,
    not a heading or a name."""
    line_end = text.find("\n", toks[n].end)
    following = [t for t in toks[n + 1 : n + 9] if line_end == -1 or t.start < line_end]
    return sum(t.text.islower() for t in following) >= 3


# "there" opening a clause before a quantity, with its verb left out: "However, there some
# items of information", "asked whether there any objections". Only after the start of a
# sentence, a comma or a word that opens a clause, so "visited there some years ago" passes.
_THERE_QUANTITY = re.compile(
    r"\b(?-i:[Tt])here\s+(?:some|several|many|numerous|various|any|a\s+(?:number|few|lot|couple|"
    r"range)\s+of)\b",
    re.I,
)
_OPENS_CLAUSE = word_set(
    """that and but as because since if whether where while whilst although though so however
    unless"""
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether the words before ``start`` end a sentence or a clause, or open one."""
    before = text[max(0, start - 30) : start].rstrip(" \t")
    if not before or before[-1] in "\n.;:,!?":
        return True
    words = re.findall(r"[A-Za-z]+$", before)
    return bool(words) and words[0].lower() in _OPENS_CLAUSE


def _missing_verb(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _THERE_QUANTITY.finditer(text):
        if not _opens_clause(text, match.start()):
            continue
        found = match.group(0)
        rest = found.split(None, 1)[1]
        message = f'"{found}" has no verb: write "there are {rest}" or "there were {rest}".'
        out.append((match.start(), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out


# An article, an adverb and an article: "there is a currently a waiting list". The adverb is
# an "-ly" word made from a word the dictionary knows ("current", "actual", "basic").
_ARTICLE_ADVERB = re.compile(r"\b(a|an)\s+([a-z]{5,}ly)\s+(a|an|the)\b")
# "-ly" words that are nouns: "gave a family a grant", "called a bully a bully".
_LY_NOUNS = word_set(
    """family assembly supply reply anomaly monopoly homily bully tally gully belly folly holly
    jelly rally ally lolly trolly brolly melancholy butterfly dragonfly"""
)


def _adverb(word: str) -> bool:
    if word in _LY_NOUNS:
        return False
    stems = [word[:-2]]
    if word.endswith("ally"):
        stems.append(word[:-4])  # "basically"
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # "easily"
    return any(len(stem) >= 4 and dictionary.is_word(stem) for stem in stems)


def _article_adverb_article(item: MinutesItem, text: str) -> list[tuple[int, Finding]]:
    out: list[tuple[int, Finding]] = []
    for match in _ARTICLE_ADVERB.finditer(text):
        first, adverb, second = match.groups()
        if not _adverb(adverb):
            continue
        found = match.group(0)
        message = (
            f'"{found}": one article too many; write "{adverb} {second}" or "{first} {adverb}".'
        )
        out.append((match.start(), Finding(Check.SLIP, item.reference, found, message, 0.75)))
    return out
