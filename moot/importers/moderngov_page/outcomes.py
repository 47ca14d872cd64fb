"""What an item's text says happened: decisions and actions.

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

Whether an item is restricted is read in ``restrictions``.
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
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])")


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
    for i, block in enumerate(blocks):
        if i in used:
            continue
        if isinstance(block, list):
            if all_decisions:
                decisions.extend(_LIST_NUM_RE.sub("", x).strip() for x in block if x.strip())
            continue
        text = block.strip()
        if all_decisions:
            if len(text) < 100 and _DECISION_TAIL_RE.match(text):
                # "Reason for decision:" and what follows explain the decision; they are not
                # further decisions.
                all_decisions = False
                continue
            if text and text[0] in "[(" and text[-1] in "])":
                continue  # "[This decision is subject to call-in …]", "(For 7, Against 2)"
        m = _LEAD_RE.match(text)
        if m:
            _led(blocks, i, text, m, all_decisions, decisions, actions, used)
            continue
        if _is_true_record(text):
            # Often followed by a bare "AGREED."; that adds nothing new.
            if not _bare_verb_at(blocks, i + 1):
                decisions.append(text)
            continue
        if all_decisions:
            decisions.append(text)
            continue
        decisions.extend(_formal_decisions(text))
        actions.extend(_action_sentences(text))
    return decisions, actions


def _led(
    blocks: list[Block],
    i: int,
    text: str,
    m: re.Match[str],
    all_decisions: bool,
    decisions: list[str],
    actions: list[str],
    used: set[int],
) -> None:
    """A paragraph led by a resolving verb ("RESOLVED that …", "Members agreed …")."""
    rest = m.group("rest")
    bare = _BARE_REST_RE.match(rest)
    if bare:
        _bare_verb(blocks, i, text, bare.group("punct"), all_decisions, decisions, used)
        return
    # "Members agreed …" / "It was agreed that the links would be shared": future work
    # promised by someone is an action, not the committee's decision. A formal
    # upper-case "RESOLVED"/"AGREED" is always a decision.
    if (
        not m.group("verb").isupper()
        and _FUTURE_RE.search(rest)
        and not _ADOPTING_RE.search(rest[:40])
    ):
        actions.append(text)
        return
    decisions.append(text)


def _bare_verb(
    blocks: list[Block],
    i: int,
    text: str,
    punct: str,
    all_decisions: bool,
    decisions: list[str],
    used: set[int],
) -> None:
    """A bare "AGREED." takes the paragraph before; "RESOLVED that:" takes the list after,
    one decision per entry (the entries are marked ``used``)."""
    following = _following(blocks, i + 1)
    wants_following = ":" in punct or "–" in punct or "-" in punct or (not punct and following)
    if (wants_following or not punct) and following:
        lead = text.rstrip(":;–—- ").strip()
        keep_lead = not _is_bare_verb(lead)
        for j, entry in following:
            used.add(j)
            entry = _ENTRY_END_RE.sub("", _LIST_NUM_RE.sub("", entry)).strip()
            decisions.append(f"{lead} {entry}" if keep_lead else entry)
        return
    prev = _previous_paragraph(blocks, i)
    if prev is not None and prev not in decisions:
        decisions.append(prev)
    elif prev is None and all_decisions:
        decisions.append(text)


def _bare_verb_at(blocks: list[Block], i: int) -> bool:
    """Whether ``blocks[i]`` is a bare "AGREED." / "RESOLVED."."""
    nxt = blocks[i] if i < len(blocks) else None
    if not isinstance(nxt, str):
        return False
    lead = _LEAD_RE.match(nxt.strip())
    return bool(lead and _BARE_REST_RE.match(lead.group("rest")))


def _formal_decisions(text: str) -> list[str]:
    """Formal decisions in mid-paragraph: "The motion was moved and seconded. It was
    RESOLVED that …" counts; a lower-case "agreed" there is only narrative."""
    if not (
        ("RESOLVED" in text or "AGREED" in text or "DECIDED" in text)
        and _FORMAL_VERB_RE.search(text)
    ):
        return []
    out: list[str] = []
    for sentence in SENTENCE_SPLIT_RE.split(text)[1:]:
        sm = _LEAD_RE.match(sentence)
        if sm and sm.group("verb").isupper() and not _BARE_REST_RE.match(sm.group("rest")):
            out.append(sentence.strip())
    return out


def _action_sentences(text: str) -> list[str]:
    if not ("agreed" in text or "ction" in text or "ACTION" in text or "asked" in text):
        return []
    out: list[str] = []
    for sentence in SENTENCE_SPLIT_RE.split(text):
        # Every kind of action sentence names "agreed", "asked" or "ACTION"/"Action:":
        # the cheap test spares the regex most sentences.
        if (
            "agreed" in sentence or "asked" in sentence or sentence.startswith(("ACTION", "Action"))
        ) and _ACTION_SENTENCE_RE.search(sentence):
            out.append(sentence.strip())
    return out


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
    while j < len(blocks):
        block = blocks[j]
        if not (isinstance(block, str) and _LIST_MARK_RE.match(block)):
            break
        out.append((j, block))
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
