"""Finds and normalises quantities in claim text: figures, hedges, units, money, percentages.

Qualifiers are normalised so reviewers can compare claims: about/around/roughly/approximately/
some/close to/nearly/almost/an estimated -> "approximately" (nearly and almost are folded in
on purpose: the hand annotation treats "close to 700" as approximate, and a reviewer checks
the figure either way); at least/no fewer than -> "at least"; more than/over/above/eclipsing/
exceeding/topping -> "more than"; up to/as many as/as much as -> "up to"; fewer than;
less than/under -> "less than"; at most/no more than -> "at most". Vague quantities
("dozens", "tens of thousands") keep the words as their value with "approximately"; ordinals
("20th") get the qualifier "ordinal".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from .article import month_number
from .results import Quantity, QuantityValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpanOfTokens

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "dozen": 12}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 1_000_000_000_000}
_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "_ _ _ third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()) if w != "_"}
_VAGUE = frozenset("dozens scores hundreds thousands millions billions tens".split())
_HEDGES = {
    "approximately": ["about", "around", "roughly", "approximately", "some", "nearly", "almost",
                      "close to", "an estimated", "estimated", "circa", "approx.", "just under",
                      "just over", "more or less"],
    "at least": ["at least", "no fewer than", "no less than", "a minimum of"],
    "more than": ["more than", "over", "above", "in excess of", "upwards of", "greater than",
                  "eclipsing", "eclipsed", "eclipses", "exceeding", "exceeded", "exceeds",
                  "surpassing", "surpassed", "surpasses", "topping", "topped", "tops"],
    "up to": ["up to", "as many as", "as much as"],
    "fewer than": ["fewer than"],
    "less than": ["less than", "under", "below"],
    "at most": ["at most", "no more than", "a maximum of"],
}
_HEDGE_BY_WORDS = {tuple(p.split()): q for q, phrases in _HEDGES.items() for p in phrases}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
                     "₴": "UAH", "₽": "RUB"}
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
                   "yen": "JPY", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH"}
_PERCENT_WORDS = ("%", "percent", "pct")
_DIGITS = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")
_DIGITS_WITH_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.I)
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "GPE", "PERSON", "NORP"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def parse_number(words: Sequence[str]) -> int | Decimal | None:
    """The exact value of a written number: "3 million", "2,000", "twenty-five", "1.5bn", "a dozen".

    Decimal arithmetic, so "4.1 million" is 4100000, never 4099999.9999999995; whole values
    come back as int, fractions as Decimal.
    """
    total, current, seen = Decimal(0), Decimal(0), False
    for word in (w.lower().replace(",", "") for w in words):
        if word in ("-", "and", "a", "an"):
            continue
        scaled = _DIGITS_WITH_SCALE.match(word)
        if _DIGITS.match(word):
            current += _decimal(word)
        elif scaled:
            current += _decimal(scaled.group(1)) * _SUFFIX_SCALES[scaled.group(2).lower()]
        elif word in _SMALL or word in _TENS:
            current += _SMALL.get(word, 0) + _TENS.get(word, 0)
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total, current = total + (current or 1) * _SCALES[word], Decimal(0)
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return int(value) if value == value.to_integral_value() else value.normalize()


def _decimal(digits: str) -> Decimal:
    try:
        return Decimal(digits)
    except InvalidOperation:  # the patterns admit only digits, but never let a figure raise
        return Decimal(0)


def find_quantities(tokens: Sequence[Token], base: int) -> list[Quantity]:
    """Quantities among ``tokens`` (consecutive tokens of one Doc at article offset ``base``).

    1. A core is a run of number words/digits ("3 million", "tens of thousands") or an ordinal.
    2. Numbers inside dates and names (years, "March 15", "Apollo 11") are skipped.
    3. A hedge right before the core, a currency sign, and a unit after it extend the text.
    """
    if not tokens:
        return []
    doc, first, last = tokens[0].doc, tokens[0].i, tokens[-1].i
    found: list[Quantity] = []
    i = first
    while i <= last:
        end = _core_end(doc, i, last)
        if end is None:
            i += 1
            continue
        if not _is_date_or_name(doc, i, end):
            quantity = _quantity(doc, i, end, first, last, base)
            if quantity is not None:
                found.append(quantity)
        i = end + 1
    return found


def _is_numeric(token: Token) -> bool:
    """Digits, or a number word the tagger reads as a number ("no one" is not one)."""
    word = token.lower_
    if _DIGITS.match(word) or _DIGITS_WITH_SCALE.match(word) or word in _VAGUE:
        return True
    return (word in _SMALL or word in _TENS or word in _SCALES) and token.tag_ in ("CD", "NN", "NNS") \
        and not (word == "one" and token.dep_ != "nummod")


def _core_end(doc: Doc, i: int, last: int) -> int | None:
    """Index of the last token of the number starting at ``i``, or None if none starts there."""
    token = doc[i]
    word = token.lower_
    if not token.like_num and word not in _VAGUE and word not in _SCALES \
            and not (token.tag_ == "CD" and _DIGITS_WITH_SCALE.match(word)):
        return None  # the common case, decided without regular expressions ("1.2bn" is a CD)
    if _DIGIT_ORDINAL.match(word) or word in _ORDINAL_WORDS:
        return i
    if not _is_numeric(token):
        return None
    end = i
    while end + 1 <= last:
        following = doc[end + 1]
        after = doc[end + 2] if end + 2 <= last else None
        hyphenated = following.text == "-" and not doc[end].whitespace_ and after is not None \
            and _is_numeric(after)
        vague_of = following.lower_ == "of" and after is not None and after.lower_ in _VAGUE \
            and doc[end].lower_ in _VAGUE
        if hyphenated or vague_of:
            end += 2
        elif _is_numeric(following) and following.lower_ not in _VAGUE:
            end += 1
        else:
            break
    return end


def _is_date_or_name(doc: Doc, start: int, end: int) -> bool:
    core = doc[start: end + 1]
    label = core[0].ent_type_
    if label in _NAME_ENTITIES or label == "TIME":
        return True
    if label != "DATE":
        return False
    if len(core) == 1 and _YEAR.match(core[0].text):
        return True
    entity_words = [t.lower_ for t in doc[max(0, start - 3): min(len(doc), end + 4)] if t.ent_type_ == "DATE"]
    return any(month_number(w) or w in _WEEKDAYS for w in entity_words if w.isalpha() and len(w) >= 3)


def _quantity(doc: Doc, start: int, end: int, first: int, last: int, base: int) -> Quantity | None:
    value, qualifier = _value(doc[start: end + 1])
    if value is None:
        return None
    hedge_start, hedge = _hedge_before(doc, start, first)
    currency = _CURRENCY_SYMBOLS.get(doc[start - 1].lower_) if start > first else None
    text_start = hedge_start if hedge else start - (1 if currency else 0)
    if text_start == start > first and doc[start].lower_ in _SCALES and doc[start - 1].lower_ in ("a", "an"):
        text_start -= 1  # "a dozen", "a hundred"
    unit, text_end = _unit_after(doc, start, end, last)
    span = (base + doc[text_start].idx, base + doc[text_end].idx + len(doc[text_end].text))
    return Quantity(doc[text_start: text_end + 1].text, span, value, currency or unit, hedge or qualifier)


def _value(core: SpanOfTokens) -> tuple[QuantityValue | None, str | None]:
    """The number's value and the qualifier its form implies (ordinal, vague)."""
    words = [t.text for t in core]
    if len(words) == 1:
        ordinal = _DIGIT_ORDINAL.match(words[0])
        if ordinal:
            return int(ordinal.group(1)), "ordinal"
        if words[0].lower() in _ORDINAL_WORDS:
            return _ORDINAL_WORDS[words[0].lower()], "ordinal"
    if words[0].lower() in _VAGUE:
        return " ".join(w.lower() for w in words), "approximately"
    return parse_number(words), None


def _hedge_before(doc: Doc, start: int, first: int) -> tuple[int, str | None]:
    """The longest hedge phrase ending right before the number (a currency sign may intervene)."""
    end = start - 1 if start > first and doc[start - 1].lower_ in _CURRENCY_SYMBOLS else start
    for length in (3, 2, 1):
        begin = end - length
        if begin < first:
            continue
        words = tuple(t.lower_ for t in doc[begin:end])
        if words in _HEDGE_BY_WORDS:
            return begin, _HEDGE_BY_WORDS[words]
    return start, None


def _unit_after(doc: Doc, start: int, end: int, last: int) -> tuple[str | None, int]:
    """The unit and the index where the quantity's text ends.

    "12%"/"12 percent" -> percent; "5 million euros" -> EUR; "15-story" -> story (a compound
    adjective ends the text); "four multi-story buildings" -> buildings (the noun the number
    modifies); "dozens of people" -> people.
    """
    following = doc[end + 1] if end + 1 <= last else None
    if following is not None and following.lower_ in _PERCENT_WORDS:
        return "percent", end + 1
    if following is not None and following.lower_ == "per" and end + 2 <= last and doc[end + 2].lower_ == "cent":
        return "percent", end + 2
    if following is not None and following.lower_ in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[following.lower_], end + 1
    if following is not None and following.text == "-" and not doc[end].whitespace_ and end + 2 <= last:
        return doc[end + 2].lower_, end + 2
    head = doc[end].head
    if doc[end].dep_ in ("nummod", "quantmod", "compound", "amod") and end < head.i <= last and head.tag_.startswith("NN"):
        return head.text, head.i
    of = doc[end + 1] if end + 1 <= last and doc[end + 1].lower_ == "of" else None
    if of is not None:
        objects = [c for c in of.children if c.dep_ == "pobj" and c.i <= last]
        if objects:
            return objects[0].text, objects[0].i
    return None, end
