"""Inconsistencies: a title that differs from the agenda or from the minutes' own text, and a
figure that differs from the report the minutes quote."""

from __future__ import annotations

import re

from .findings import Check, Finding, MinutesItem
from .text import normalise, plain, shouted, tokens, word_set

_TITLE_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def _title_words(title: str) -> list[str]:
    text = normalise(title).replace("&", " and ")
    return _TITLE_WORD.findall(text)


def check_titles(items: list[MinutesItem]) -> list[Finding]:
    """The minutes' title against the agenda's, and capitalised terms in the title against the
    same terms written differently in the item's minutes ("DARDRS" and "DARDRs")."""
    findings: list[Finding] = []
    for item in items:
        ours = _title_words(item.title)
        if item.agenda_title:
            theirs = _title_words(item.agenda_title)
            if [w.lower() for w in ours] != [w.lower() for w in theirs]:
                findings.append(
                    Finding(
                        Check.TITLE,
                        item.reference,
                        item.title,
                        f'The title differs from the agenda, which has "{item.agenda_title}".',
                        0.9,
                    )
                )
                continue
            changed = [(a, b) for a, b in zip(ours, theirs, strict=True) if a != b and _caps(a, b)]
            if changed:
                a, b = changed[0]
                findings.append(
                    Finding(
                        Check.TITLE,
                        item.reference,
                        a,
                        f'The title writes "{a}" where the agenda has "{b}".',
                        0.7,
                    )
                )
                continue
        if shouted(item.title):
            continue  # "REVIEW OF SCRUTINY": every word is in capitals, acronyms or not
        text_words = {t.text for t in tokens(plain(item.minutes_html))}
        by_lower: dict[str, set[str]] = {}
        for w in text_words:
            by_lower.setdefault(w.lower(), set()).add(w)
        for word in ours:
            capitals = sum(c.isupper() for c in word)
            if capitals < 2 or word in text_words:
                continue
            # Only another acronym-like spelling counts ("DARDRs" for "DARDRS"): "Review" in
            # the minutes for "REVIEW" in a title is the same word, not a different acronym.
            others = sorted(
                w
                for w in by_lower.get(word.lower(), set()) - {word}
                if sum(c.isupper() for c in w) >= 2
            )
            if others:
                findings.append(
                    Finding(
                        Check.TITLE,
                        item.reference,
                        word,
                        f'The title writes "{word}" but the minutes write "{others[0]}".',
                        0.75,
                    )
                )
    return findings


def _caps(a: str, b: str) -> bool:
    """Whether two spellings of a word differ in an acronym's capitals, not just title case."""
    return sum(c.isupper() for c in a) >= 2 or sum(c.isupper() for c in b) >= 2


# Figures worth comparing: per cents, money, decimals and counts of 10 or more (not years).
_FIGURE = re.compile(
    r"(?<![\w.])(£\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(%|per ?cent|percent|k\b|m\b|bn\b|"
    r"million\b|billion\b)?",
    re.I,
)
_STOP = word_set(
    """the a an of and or to in on at for with from by as is was were be been has have had it
    this that these those which who than then there their its per cent percent compared same
    time last year previous period months month over total number figure reported report
    showed shown increase decrease reduction rise fall down up overall"""
)


def _figures(text: str) -> list[tuple[float, str, str, int, int]]:
    """``(value, unit, as written, start, end)`` for each figure in ``text``."""
    out = []
    for match in _FIGURE.finditer(text):
        money, whole, decimals, unit = match.groups()
        value = float(whole.replace(",", "") + (decimals or ""))
        kind = "%" if (unit and unit.lower().startswith("per")) or unit == "%" else ""
        if money:
            kind = "£"
        scale = (unit or "").lower()
        if scale in ("k",):
            value *= 1_000
        elif scale in ("m", "million"):
            value *= 1_000_000
        elif scale in ("bn", "billion"):
            value *= 1_000_000_000
        if not kind and not decimals and (value < 10 or 1900 <= value <= 2100):
            continue  # small counts and years say too little to compare
        if not kind and re.match(r"\s*(am|pm|st|nd|rd|th)\b", text[match.end() :], re.I):
            continue  # times and dates
        out.append((value, kind, match.group(0).strip(), match.start(), match.end()))
    return out


def _context(text: str, start: int, end: int) -> set[str]:
    """Content words of the clause around a figure, crudely stemmed."""
    left = re.split(r"[.;:\n]|\bwhile\b|\bwhilst\b|\bhowever\b|\bbut\b", text[:start])[-1]
    right = re.split(r"[.;:\n]|\bwhile\b|\bwhilst\b|\bhowever\b|\bbut\b", text[end:])[0]
    words = re.findall(r"[a-z][a-z\-]+", (left[-80:] + " " + right[:60]).lower())
    return {w.rstrip("s") for w in words if w not in _STOP and len(w) > 2}


def check_figures(items: list[MinutesItem]) -> list[Finding]:
    """A figure in the minutes whose clause matches a clause of the report that has a
    different figure of the same kind, when the report nowhere has the minutes' figure."""
    findings: list[Finding] = []
    for item in items:
        if not item.report_text.strip():
            continue
        report = normalise(item.report_text)
        report_figures = [(f, _context(report, f[3], f[4])) for f in _figures(report)]
        report_values = {(round(abs(f[0]), 4), f[1]) for f, _ in report_figures}
        text = plain(item.minutes_html)
        for value, kind, written, start, end in _figures(text):
            if (round(abs(value), 4), kind) in report_values:
                continue
            context = _context(text, start, end)
            if len(context) < 2:
                continue
            best, best_score = None, 0
            for figure, their_context in report_figures:
                if figure[1] != kind:
                    continue
                score = len(context & their_context)
                if score > best_score:
                    best, best_score = figure, score
            if best is None or best_score < 2:
                continue
            near = _near_miss(written, best[2])
            confidence = 0.85 if near else 0.65
            if best_score >= 3:
                confidence += 0.05
            findings.append(
                Finding(
                    Check.FIGURE,
                    item.reference,
                    written,
                    f"The minutes give {written} where the report has {best[2]} "
                    f'("{_clause(report, best[3], best[4])}").',
                    confidence,
                )
            )
    return findings


def _near_miss(a: str, b: str) -> bool:
    """Digits one slip apart: one changed, dropped, added, or two swapped."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if da == db:
        return True  # a moved decimal point
    if len(da) == len(db):
        diff = [i for i in range(len(da)) if da[i] != db[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]]
        )
    short, long_ = sorted((da, db), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


def _clause(text: str, start: int, end: int) -> str:
    left = re.split(r"[.;\n]", text[:start])[-1]
    right = re.split(r"(?<!\d)[.;\n]", text[end:])[0]
    clause = (left + text[start:end] + right).strip()
    return clause if len(clause) <= 100 else clause[:97].rstrip() + "…"
