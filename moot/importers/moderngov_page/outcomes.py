"""What an item's text says happened: decisions, actions and restriction.

Heuristics on plain text, cheap enough to run on every item of every page:

- A **decision** is a paragraph led by the committee resolving or agreeing: "RESOLVED that …",
  "AGREED to note the update.", "Members agreed to note the report.", "The Committee
  RESOLVED …", "It was agreed that the report be approved." Officers, the police or the Chair
  agreeing to do something is not a decision of the committee; it is an action.
- A bare "AGREED." / "RESOLVED." takes its meaning from the paragraph before it; "RESOLVED
  that:" followed by a list takes the list, one decision per entry.
- "… were agreed as a true record." is the decision on a minutes item.
- An **action** is a sentence promising future work: "It was also agreed that the links would
  be shared …", "Officers agreed to …", "ACTION: …".
- An item is **restricted** when its own text says so ("this Agenda Item was restricted",
  "restricted due to …", "exempt information … Schedule 12A", "Part II Exempt Minute"). A
  restricted *report* on a public item is a document-level restriction, not the item's.
"""

from __future__ import annotations

import re

Block = str | list[str]

_VERBS = r"RESOLVED|AGREED|DECIDED|APPROVED|NOTED|Resolved|Agreed|Decided|resolved|agreed|decided"
_SUBJECT_NOUNS = (
    r"Members|Committee|Sub-Committee|Partnership|Board|Panel|Cabinet|Council|Executive|Forum|"
    r"Group|Commission|Authority|Partners|Councillors|Meeting|Assembly|Trustees|Governors|"
    r"Partnership Board|Joint Committee"
)
_LEAD_RE = re.compile(
    r"^(?:(?:It\s+was|(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}?(?:" + _SUBJECT_NOUNS + r"))"
    r"(?:\s+(?:then|also|further|therefore|unanimously|duly|subsequently))*\s+)?"
    r"(?:\(?(?:unanimously|then|also|further|therefore)\)?\s+)*"
    r"(?P<verb>" + _VERBS + r")\b(?P<rest>.*)$",
    re.DOTALL,
)
# What may follow a bare verb: "AGREED.", "RESOLVED:", "RESOLVED that:", "RESOLVED –".
_BARE_REST_RE = re.compile(
    r"^\s*(?:\((?:unanimously|by \w+ votes?[^)]*)\))?\s*(?:accordingly|unanimously)?\s*"
    r"(?:that|as follows)?\s*(?P<punct>[.:;–—-]*)\s*$",
    re.IGNORECASE,
)
_FORMAL_VERB_RE = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\b")
# "The minutes of … were agreed …" (anchored) and "… were approved as a true record".
_TRUE_RECORD_LEAD_RE = re.compile(
    r"The\s+(?:draft\s+)?(?:minutes|notes)\s+of\b.*\b(?:was|were)\s+(?:\w+\s+)?"
    r"(?:agreed|approved|confirmed|accepted|signed)\b",
    re.IGNORECASE,
)
_TRUE_RECORD_RE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:agreed|approved|confirmed|accepted|signed)\b[^.]{0,60}?"
    r"\b(?:true|correct|accurate)\s+record\b",
    re.IGNORECASE,
)
_LIST_MARK_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|That\b|to\s)", re.IGNORECASE)
_ENTRY_END_RE = re.compile(r"\s*(?:[;,]\s*(?:and|or)?|\band)\s*$")
_LIST_NUM_RE = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*")
_FUTURE_RE = re.compile(
    r"\b(?:would|will|should|to)\s+(?:be\s+)?(?:shared|circulated|sent|provided|arranged|"
    r"share|circulate|send|provide|arrange|bring|report\s+back|contact|investigate|look\s+into|"
    r"follow\s+up|feed\s*back|write|liaise|forward|distribute|distributed|forwarded|"
    r"brought|reported|chase|confirm)\b",
    re.IGNORECASE,
)
_ACTION_SENTENCE_RE = re.compile(
    r"^(?:ACTIONS?\b|Action\s*:)"
    r"|\b(?:Officers?|the\s+Chair(?:man)?|Police|the\s+Clerk|[A-Z][a-z]+\s+[A-Z][a-z]+)\s+"
    r"(?:also\s+)?agreed\s+to\b"
    r"|\bagreed\s+that\b.*\b(?:would|will)\b"
    r"|\basked\s+(?:Officers|the\s+\w+|for)\b.*\bto\b",
)
_ADOPTING_RE = re.compile(r"\b(?:note|approve|endorse|adopt|accept|support|recommend)\b")
# The sections a "Decision:" record carries after the decision itself.
_DECISION_TAIL_RE = re.compile(
    r"^(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|"
    r"alternative\s+options?(?:\s+(?:considered|rejected))?|options\s+considered|"
    r"details\s+of\s+any\s+conflicts?\s+of\s+interest)\b[^.]*:?$",
    re.IGNORECASE,
)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])")


def _text(block: Block) -> str:
    return block if isinstance(block, str) else " ".join(block)


def find_outcomes(
    blocks: list[Block], *, all_decisions: bool = False
) -> tuple[list[str], list[str]]:
    """``(decisions, actions)`` from minutes or decision paragraphs.

    ``all_decisions`` is for a "Decision:" section: every paragraph there is a decision, not
    only those led by "RESOLVED"/"AGREED".
    """
    decisions: list[str] = []
    actions: list[str] = []
    used: set[int] = set()
    n = len(blocks)
    for i, block in enumerate(blocks):
        if i in used:
            continue
        if isinstance(block, list):
            if all_decisions:
                decisions.extend(_LIST_NUM_RE.sub("", x).strip() for x in block if x.strip())
            continue
        text = block.strip()
        if all_decisions and len(text) < 100 and _DECISION_TAIL_RE.match(text):
            # "Reason for decision:" and what follows explain the decision; they are not
            # further decisions.
            all_decisions = False
            continue
        if all_decisions and text and text[0] in "[(" and text[-1] in "])":
            continue  # "[This decision is subject to call-in …]", "(For 7, Against 2)"
        m = _LEAD_RE.match(text)
        if m:
            rest = m.group("rest")
            bare = _BARE_REST_RE.match(rest)
            if bare:
                punct = bare.group("punct")
                following = _following(blocks, i + 1)
                wants_following = (
                    ":" in punct or "–" in punct or "-" in punct or (not punct and following)
                )
                if (wants_following or not punct) and following:
                    lead = text.rstrip(":;–—- ").strip()
                    keep_lead = not _is_bare_verb(lead)
                    for j, entry in following:
                        used.add(j)
                        entry = _ENTRY_END_RE.sub("", _LIST_NUM_RE.sub("", entry)).strip()
                        decisions.append(f"{lead} {entry}" if keep_lead else entry)
                    continue
                prev = _previous_paragraph(blocks, i)
                if prev is not None and prev not in decisions:
                    decisions.append(prev)
                elif prev is None and all_decisions:
                    decisions.append(text)
                continue
            # "Members agreed …" / "It was agreed that the links would be shared": future work
            # promised by someone is an action, not the committee's decision. A formal
            # upper-case "RESOLVED"/"AGREED" is always a decision.
            if (
                not m.group("verb").isupper()
                and _FUTURE_RE.search(rest)
                and not _ADOPTING_RE.search(rest[:40])
            ):
                actions.append(text)
                continue
            decisions.append(text)
            continue
        if _is_true_record(text):
            # Often followed by a bare "AGREED."; that adds nothing new.
            nxt = blocks[i + 1] if i + 1 < n else None
            if not (
                isinstance(nxt, str)
                and _LEAD_RE.match(nxt.strip())
                and _BARE_REST_RE.match(_LEAD_RE.match(nxt.strip()).group("rest"))
            ):
                decisions.append(text)
            continue
        if all_decisions:
            decisions.append(text)
            continue
        if ("RESOLVED" in text or "AGREED" in text or "DECIDED" in text) and _FORMAL_VERB_RE.search(
            text
        ):
            # "The motion was moved and seconded. It was RESOLVED that …": a formal decision
            # in mid-paragraph counts; a lower-case "agreed" there is only narrative.
            for sentence in _SENTENCE_SPLIT_RE.split(text)[1:]:
                sm = _LEAD_RE.match(sentence)
                if sm and sm.group("verb").isupper() and not _BARE_REST_RE.match(sm.group("rest")):
                    decisions.append(sentence.strip())
        if not ("agreed" in text or "ction" in text or "ACTION" in text or "asked" in text):
            continue
        for sentence in _SENTENCE_SPLIT_RE.split(text):
            # Every kind of action sentence names "agreed", "asked" or "ACTION"/"Action:":
            # the cheap test spares the regex most sentences.
            if (
                "agreed" in sentence
                or "asked" in sentence
                or sentence.startswith(("ACTION", "Action"))
            ) and _ACTION_SENTENCE_RE.search(sentence):
                actions.append(sentence.strip())
    return decisions, actions


def _is_true_record(text: str) -> bool:
    if "record" in text:
        return bool(_TRUE_RECORD_LEAD_RE.match(text) or _TRUE_RECORD_RE.search(text))
    if text.startswith("The"):
        return bool(
            _TRUE_RECORD_LEAD_RE.match(text)
            or ("record" in text.lower() and _TRUE_RECORD_RE.search(text))
        )
    return False


def _is_bare_verb(lead: str) -> bool:
    return lead.upper() in {"RESOLVED", "AGREED", "DECIDED", "APPROVED", "NOTED"}


def _following(blocks: list[Block], start: int) -> list[tuple[int, str]]:
    """The list (or run of "(1) …"/"That …" paragraphs) after a "RESOLVED that:"."""
    if start >= len(blocks):
        return []
    first = blocks[start]
    if isinstance(first, list):
        return [(start, x) for x in first if x.strip()]
    out: list[tuple[int, str]] = []
    j = start
    while j < len(blocks) and isinstance(blocks[j], str) and _LIST_MARK_RE.match(blocks[j]):
        out.append((j, blocks[j]))
        j += 1
        if j < len(blocks) and isinstance(blocks[j], list):
            break
    return out


def _previous_paragraph(blocks: list[Block], i: int) -> str | None:
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if isinstance(b, str) and b.strip():
            return b.strip()
        if isinstance(b, list) and b:
            return None
    return None


# --- restriction -----------------------------------------------------------------------------

_ITEM_RESTRICTED_RES = [
    re.compile(
        r"\b(?:agenda\s+)?item\s+(?:was|is|has\s+been|were|will\s+be)\s+(?:deemed\s+|treated\s+as\s+)?"
        r"(?:restricted|exempt|confidential|considered\s+in\s+private|heard\s+in\s+private)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:part\s+(?:ii|2|two)\s+)?exempt\s+minute\b|\bminuted\s+(?:under|in)\s+part\s+(?:ii|2|two)\b"
        r"|\bconfidential\s+minute\b|\bminuted\s+separately\b|\bnot\s+for\s+publication\b"
        r"|\bexempt\s+information\b|\bschedule\s+12a\b",
        re.IGNORECASE,
    ),
]
_RESTRICTED_DUE_RE = re.compile(
    r"\b(?:restricted|exempt|confidential)\s+(?:due\s+to|because|owing\s+to|on\s+the\s+grounds|under)\b",
    re.IGNORECASE,
)
_DOC_WORDS_RE = re.compile(
    r"\b(?:document|report|appendix|appendices|enclosure|annex|paper|papers|information|data|"
    r"presentation|slides)\b",
    re.IGNORECASE,
)
_RESTRICTED_DOC_RE = re.compile(
    r"\b(?:restricted|exempt|confidential)\s+(?:document|report|appendix|appendices|enclosure|"
    r"annex|paper)s?\b|\b(?:document|report|appendix|enclosure|annex)\s+(?:was|is)\s+"
    r"(?:a\s+)?(?:restricted|exempt|confidential)\b",
    re.IGNORECASE,
)
_TITLE_RESTRICTED_RE = re.compile(
    r"\((?:exempt|confidential|restricted|private|not\s+for\s+publication)[^)]*\)"
    r"|^(?:exempt|confidential|restricted)\b(?!\s+(?:information\s+)?(?:-|–)?\s*exclusion)"
    r"|\b(?:exempt|confidential|restricted)\s+(?:item|report|business|session|minutes?)\b",
    re.IGNORECASE,
)
EXCLUSION_TITLE_RE = re.compile(
    r"\bexclu(?:sion|de|ding)\b.*\b(?:press|public)\b|\b(?:press|public)\b.*\bexclu(?:sion|ded)\b"
    r"|^private\s+(?:session|business)\b",
    re.IGNORECASE,
)
_EXCLUSION_TEXT_RE = re.compile(
    r"\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|the\s+public)\s+"
    r"(?:be|were|are|was|being)\s+excluded\b|\bexclude\s+the\s+(?:press\s+and\s+)?public\b",
    re.IGNORECASE,
)
_NO_EXCLUSION_RE = re.compile(
    r"\b(?:no\s+(?:need|requirement|items?|exempt|business)|not\s+(?:required|necessary|needed)"
    r"|there\s+(?:were|was)\s+no)\b",
    re.IGNORECASE,
)
PART_TWO_RE = re.compile(r"^part\s+(?:ii|2|two|b)\b", re.IGNORECASE)
PART_ONE_RE = re.compile(
    r"^part\s+(?:i|1|one|a)\b|\bre-?admi(?:ssion|t)\b|\breturn\s+to\s+public\b", re.IGNORECASE
)


def item_restriction(title: str, text: str) -> tuple[bool, str, bool]:
    """``(restricted, public reason, mentions a restricted document)`` of one item.

    ``text`` is the item's plain text (agenda text, decision and minutes). The exclusion
    resolution itself is public, as are "UNRESTRICTED MINUTES" and "Part 1".
    """
    low = text.lower()
    marked = bool(_RESTRICTION_WORDS_RE.search(low))
    doc_mention = marked and bool(_RESTRICTED_DOC_RE.search(text))
    if "exclu" in title.lower() and EXCLUSION_TITLE_RE.search(title):
        return False, "", doc_mention
    m = _TITLE_RESTRICTED_RE.search(title)
    if m:
        return (
            True,
            _reason_sentence(text, None) or f"Marked {m.group(0).strip('() ')} on the page.",
            doc_mention,
        )
    if not marked:
        return False, "", doc_mention
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        for rx in _ITEM_RESTRICTED_RES:
            m = rx.search(sentence)
            if (
                m
                and not _EXCLUSION_TEXT_RE.search(sentence)
                and not _NEGATED_RE.search(sentence[max(0, m.start() - 25) : m.start()])
            ):
                return True, sentence.strip(), doc_mention
        d = _RESTRICTED_DUE_RE.search(sentence)
        if d and not _DOC_WORDS_RE.search(sentence[max(0, d.start() - 40) : d.start()]):
            return True, sentence.strip(), doc_mention
    return False, "", doc_mention


_RESTRICTION_WORDS_RE = re.compile(
    "restricted|exempt|confidential|private|12a|publication|separately"
)
_NEGATED_RE = re.compile(r"\b(?:no|not|none|neither|nor|without)\b", re.IGNORECASE)


def _reason_sentence(text: str, _unused) -> str:
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        if re.search(
            r"\b(?:exempt|restricted|confidential|schedule\s+12a|paragraph\s+\d)",
            sentence,
            re.IGNORECASE,
        ):
            return sentence.strip()
    return ""


def is_exclusion(title: str, text: str) -> bool:
    """Whether this item excludes the press and public from what follows."""
    if (
        "exclu" not in title.lower()
        and "exclu" not in text.lower()
        and "private" not in title.lower()
    ):
        return False
    if EXCLUSION_TITLE_RE.search(title):
        return not (_NO_EXCLUSION_RE.search(text) and not _EXCLUSION_TEXT_RE.search(text))
    m = _EXCLUSION_TEXT_RE.search(text)
    return bool(m) and not _NO_EXCLUSION_RE.search(text)
