"""The evidence besides wording: who said it, which names it carries, whether it is negated or
points the other way, and when it was said.

Each function compares one aspect of a query claim and a candidate check and knows nothing of
scores; ``rank`` turns what they find into factors and reasons.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from .lexicon import NEGATIONS, SPEAKER_TITLES, STOP_WORDS, UNSPECIFIED_SPEAKER_WORDS
from .text import BREAKS, canonical, clean_text, cleaned_words, words

SpeakerAgreement = Literal["same", "different", "unknown"]
NEGATION_SCOPE = 4
"""A negation covers the next four content words of its clause ("did not cut taxes")."""

_NAME_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*[A-Za-z0-9]|\b[A-Z]{2,}\b")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s+$")
_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def speaker_name_tokens(name: str | None) -> tuple[str, ...]:
    """A speaker's name as comparable tokens: accents, case and titles gone ("Sen. José Díaz" ->
    ("jose", "diaz")); empty for a "speaker" that names no one ("Viral image", "Facebook posts")."""
    if not name:
        return ()
    plain = unicodedata.normalize("NFKD", clean_text(name)).encode("ascii", "ignore").decode().casefold()
    tokens = tuple(t for t in _NAME_TOKEN.findall(plain) if t not in SPEAKER_TITLES)
    if all(t in UNSPECIFIED_SPEAKER_WORDS for t in tokens):
        return ()
    return tokens


def compare_speakers(first: str | None, second: str | None) -> SpeakerAgreement:
    """"same" when the names agree (full name, surname with a compatible first name or initial,
    or an acronym of the other: "WHO" / "World Health Organization"); "unknown" when either
    names no one; else "different"."""
    a, b = speaker_name_tokens(first), speaker_name_tokens(second)
    if not a or not b:
        return "unknown"
    if a == b or _acronym_of(a, b) or _acronym_of(b, a):
        return "same"
    if a[-1] != b[-1]:
        return "different"
    if len(a) == 1 or len(b) == 1:
        return "same"
    return "same" if a[0] == b[0] or a[0][0] == b[0][0] and min(len(a[0]), len(b[0])) == 1 else "different"


def _acronym_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    letters = "".join(t[0] for t in long if t not in ("of", "and", "for", "the"))
    return len(short) == 1 and len(long) > 1 and short[0] == letters


def entity_names(text: str) -> dict[str, str]:
    """Names in ``text``, match term -> the word as written: capitalised words not opening a
    sentence, and acronyms ("Medicaid", "Ohio", "WHO"); months and weekdays are left to the
    time signal."""
    cleaned = clean_text(text)
    shouted = _shouted_words(cleaned)
    found: dict[str, str] = {}
    for match in _CAPITALISED.finditer(cleaned):
        word = match.group(0)
        before = cleaned[:match.start()]
        opens_sentence = not before.strip() or bool(_SENTENCE_END.search(before))
        if opens_sentence and not word.isupper() or word in shouted:
            continue
        for token in words(word):
            if token not in STOP_WORDS and token not in _MONTHS_AND_DAYS and len(token) > 1 \
                    and not token[0].isdigit():
                found.setdefault(canonical(token), word)
    return found


def _shouted_words(text: str) -> frozenset[str]:
    """Upper-case words written in capitals for emphasis ("5G TOWERS ARE MAKING US SICK"), not
    acronyms: runs of two or more, and any longer than five letters."""
    runs = re.findall(r"\b[A-Z]{2,}(?:\s+[A-Z0-9]{2,})+\b", text)
    words_in_runs = {w for run in runs for w in run.split()}
    return frozenset(words_in_runs | {w for w in re.findall(r"\b[A-Z]{6,}\b", text)})


def negation(text: str) -> tuple[frozenset[str], bool]:
    """The match terms inside negations' scopes, and whether the claim is negative overall (an
    odd number of negations): "X did not cut taxes" -> ({"fall", "tax"}, True).

    1. A cue ("not", "never", "didn't", ...) covers the next ``NEGATION_SCOPE`` content words
       of its clause.
    2. Cues that do not negate the claim are skipped: "no"/"never" in a comparison (a
       superlative said otherwise: "no river is more polluted than the Grey", "never recorded
       a warmer year than") and an imperative opening a sentence ("Don't buy ...").
    """
    tokens = list(cleaned_words(text))
    negated: set[str] = set()
    cues = _effective_cues(tokens)
    for i in cues:
        scope = NEGATION_SCOPE
        for token in tokens[i + 1:]:
            if token in BREAKS or not scope:
                break
            if token not in STOP_WORDS:
                negated.add(token if token[0].isdigit() else canonical(token))
                scope -= 1
    return frozenset(negated), len(cues) % 2 == 1


_IMPERATIVE_CUES = frozenset({"don't", "dont", "do"})
_QUANTIFIER_CUES = frozenset({"no", "never", "nothing", "nobody", "none"})


def _effective_cues(tokens: list[str]) -> list[int]:
    found = []
    for i, token in enumerate(tokens):
        do_not = token == "do" and tokens[i + 1:i + 2] == ["not"]
        if token not in NEGATIONS and not do_not or token == "not" and i > 0 and tokens[i - 1] == "do":
            continue  # "do not" counts once, at "do"
        opens_sentence = i == 0 or tokens[i - 1] in BREAKS
        compares = token in _QUANTIFIER_CUES and "than" in _clause_after(tokens, i)
        if compares or opens_sentence and token in _IMPERATIVE_CUES:
            continue
        found.append(i)
    return found


def _clause_after(tokens: list[str], start: int) -> list[str]:
    clause = []
    for token in tokens[start + 1:]:
        if token in BREAKS:
            break
        clause.append(token)
    return clause


def negation_conflicts(query_terms: Iterable[str], query_negation: tuple[frozenset[str], bool],
                       check_terms: Iterable[str], check_negation: tuple[frozenset[str], bool]) -> frozenset[str]:
    """Terms both claims use, negated in one and not in the other ("did not cut taxes" / "cut
    taxes"), when one claim is negative and the other is not. Fewer than two such terms is no
    conflict: a long post often negates something else next to one shared word."""
    (query_negated, query_negative), (check_negated, check_negative) = query_negation, check_negation
    if query_negative == check_negative:
        return frozenset()
    shared = set(query_terms) & set(check_terms)
    conflicting = frozenset(t for t in shared if (t in query_negated) != (t in check_negated))
    return conflicting if len(conflicting) >= 2 else frozenset()


def direction(terms: Iterable[str]) -> str | None:
    """"rise" or "fall" when a claim says only one of them, else None."""
    present = {"rise", "fall"} & set(terms)
    return present.pop() if len(present) == 1 else None


def years_named(text: str) -> frozenset[int]:
    """The years a claim names ("in 2019", "since 2010")."""
    return frozenset(int(year) for year in _YEAR.findall(clean_text(text)))


def days_apart(first: datetime.date | None, second: datetime.date | None) -> int | None:
    """Whole days between two dates, or None when either is unknown."""
    if first is None or second is None:
        return None
    return abs((first - second).days)


def outside_period(day: datetime.date | None, period: tuple[datetime.date, datetime.date] | None,
                   slack_days: int = 7) -> bool:
    """True when ``day`` is known and falls outside ``period`` (with a week's slack either side)."""
    if day is None or period is None:
        return False
    start, end = period
    return day < start - datetime.timedelta(days=slack_days) or day > end + datetime.timedelta(days=slack_days)
