"""Figures in claims and whether two claims state the same one.

"close to 700 civilians" and "nearly seven hundred civilians" state one figure; "700" and "7,000"
do not, nor do "more than 700" and "fewer than 700". Figures come either from the extractor
(``figures_from_quantities``, which takes its exact values and qualifiers) or from the text
(``read_figures``, a light reader for imported checks that were never parsed). Qualifier names
are the extractor's (``claims.extraction.quantities``), so figures from either side compare.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .lexicon import NUMBER_WORDS, STOP_WORDS
from .text import BREAKS, canonical, cleaned_words, number_run_end, number_term, number_value

APPROXIMATE_TOLERANCE = Decimal("0.05")
"""A hedged figure ("about 700") agrees with values within 5 % of it (665 to 735)."""

_HEDGES = {
    ("about",): "approximately", ("around",): "approximately", ("roughly",): "approximately",
    ("approximately",): "approximately", ("nearly",): "approximately", ("almost",): "approximately",
    ("some",): "approximately", ("close", "to"): "approximately", ("an", "estimated"): "approximately",
    ("estimated",): "approximately", ("circa",): "approximately", ("approx",): "approximately",
    ("at", "least"): "at least", ("no", "fewer", "than"): "at least", ("no", "less", "than"): "at least",
    ("more", "than"): "more than", ("over",): "more than", ("above",): "more than",
    ("upwards", "of"): "more than", ("in", "excess", "of"): "more than",
    ("up", "to"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to",
    ("fewer", "than"): "fewer than", ("less", "than"): "less than", ("under",): "less than",
    ("below",): "less than", ("at", "most"): "at most", ("no", "more", "than"): "at most",
}
_LOWER_BOUNDS = frozenset({"at least", "more than"})
_UPPER_BOUNDS = frozenset({"up to", "fewer than", "less than", "at most"})
_PERCENT = frozenset({"%", "percent", "pct"})
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
                   "usd": "USD", "eur": "EUR", "gbp": "GBP", "yen": "JPY", "rupees": "INR"}
_HARD_UNITS = frozenset({"percent", "USD", "EUR", "GBP", "JPY", "INR"})


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: its exact value, what it counts (``unit``: "percent", a currency code, or a
    noun's canonical stem, or None) and its hedge (``qualifier``, None when exact)."""

    value: Decimal
    unit: str | None
    qualifier: str | None

    def is_informative(self) -> bool:
        """Worth comparing: a percentage, money, a hedged figure, or a count above ten ("one"
        and "two" say little about which claim this is)."""
        return self.unit in _HARD_UNITS or self.qualifier is not None or self.value > 10 \
            or self.value != self.value.to_integral_value()

    def label(self) -> str:
        """The figure as reasons print it: "700", "7,000", "4.1 percent", "2,000,000 USD"."""
        number = f"{int(self.value):,}" if self.value == self.value.to_integral_value() \
            else number_term(self.value)
        return f"{number} {self.unit}" if self.unit in _HARD_UNITS else number


def figures_from_quantities(quantities: Iterable[Mapping[str, object] | object]) -> tuple[Figure, ...]:
    """Figures from the extractor's quantities (dicts as ``claim_to_dict`` writes them, or
    ``Quantity`` objects); vague amounts ("dozens") and ordinals carry no comparable value."""
    figures = []
    for quantity in quantities:
        get = quantity.get if isinstance(quantity, Mapping) else lambda key, q=quantity: getattr(q, key, None)
        value = _decimal(get("value"))
        qualifier = get("qualifier")
        if value is None or qualifier == "ordinal":
            continue
        unit = get("unit")
        figures.append(Figure(value, _unit(str(unit)) if unit else None,
                              str(qualifier) if qualifier else None))
    return tuple(figures)


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _unit(word: str) -> str:
    lowered = word.casefold()
    if lowered in _PERCENT:
        return "percent"
    if word.upper() in _HARD_UNITS:
        return word.upper()
    return _CURRENCY_WORDS.get(lowered) or canonical(lowered)


def read_figures(text: str) -> tuple[Figure, ...]:
    """Figures in ``text``: each run of digits or number words with the hedge before it and the
    unit after it. Years standing alone ("in 2020") are dates, not figures. Shares are
    percentages: "nine out of ten", "one in five", "a quarter of", "half of" (50 percent)."""
    tokens = list(cleaned_words(text))
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        share = _share_at(tokens, i)
        if share is not None:
            figures.append(Figure(share[0], "percent", share[2]))
            i = share[1]
            continue
        end = number_run_end(tokens, i)
        if end == i:
            i += 1
            continue
        value = number_value(tokens[i:end])
        currency = _CURRENCY_SIGNS.get(tokens[i - 1]) if i > 0 else None
        unit = currency or _unit_after(tokens, end)
        qualifier = _hedge_before(tokens, i - (1 if currency else 0))
        if value is not None and not _is_year(tokens[i:end], unit, qualifier):
            figures.append(Figure(value, unit, qualifier))
        i = end
    return tuple(figures)


_FRACTIONS = {"half": Decimal(50), "third": Decimal("33.3"), "thirds": Decimal("33.3"),
              "quarter": Decimal(25), "quarters": Decimal(25), "fifth": Decimal(20), "fifths": Decimal(20),
              "tenth": Decimal(10), "tenths": Decimal(10)}


def _share_at(tokens: list[str], i: int) -> tuple[Decimal, int, str | None] | None:
    """A share starting at ``i`` as (percent, end, qualifier): "9 out of 10", "one in five",
    "a third of", "two thirds of", "half of", "fell by a quarter"."""
    end = number_run_end(tokens, i)
    if end > i:
        over = end + (2 if tokens[end:end + 2] == ["out", "of"] else 1 if tokens[end:end + 1] == ["in"] else 0)
        whole_end = number_run_end(tokens, over) if over > end else over
        part, whole = number_value(tokens[i:end]), number_value(tokens[over:whole_end])
        if whole_end > over and part is not None and whole and part < whole <= 1000:
            return _plain(part * 100 / whole), whole_end, None
        if tokens[end:end + 1] and tokens[end] in _FRACTIONS and tokens[end + 1:end + 2] == ["of"] and part:
            return _plain(part * _FRACTIONS[tokens[end]]), end + 1, "approximately"
        return None
    word, before = tokens[i], tokens[max(0, i - 2):i]
    if word not in _FRACTIONS or before[-1:] in (["the"], ["first"], ["second"], ["last"]):
        return None  # "the first half of the year" is a period, not a share
    of_something = tokens[i + 1:i + 2] == ["of"] and (word == "half" or before[-1:] in (["a"], ["one"]))
    by_share = before in (["by", "a"], ["by", "one"]) or word == "half" and before[-1:] == ["by"]
    if of_something or by_share:
        return _FRACTIONS[word], i + 1, "approximately" if word != "half" else None
    return None


def _plain(number: Decimal) -> Decimal:
    """One decimal place at most, no exponent: 90, 33.3."""
    rounded = number.quantize(Decimal("0.1"))
    return rounded.quantize(Decimal(1)) if rounded == rounded.to_integral_value() else rounded


def _hedge_before(tokens: list[str], start: int) -> str | None:
    for length in (3, 2, 1):
        if start - length >= 0 and tuple(tokens[start - length:start]) in _HEDGES:
            return _HEDGES[tuple(tokens[start - length:start])]
    return None


def _unit_after(tokens: list[str], end: int) -> str | None:
    """What the figure counts: "percent", a currency, or the next content word ("700 civilians")."""
    if end < len(tokens) and tokens[end] in _PERCENT:
        return "percent"
    if end + 1 < len(tokens) and tokens[end] == "per" and tokens[end + 1] == "cent":
        return "percent"
    for token in tokens[end:end + 3]:
        if token in BREAKS:
            return None
        if token in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[token]
        if token[0].isdigit():
            return None
        if token not in STOP_WORDS and token not in NUMBER_WORDS and token != "of":
            return canonical(token)
    return None


def _is_year(run: list[str], unit: str | None, qualifier: str | None) -> bool:
    return len(run) == 1 and len(run[0]) == 4 and run[0].isdigit() and 1900 <= int(run[0]) <= 2100 \
        and unit not in _HARD_UNITS and qualifier is None


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """Which of the check's figures the query states too (``same``), which it contradicts
    (``different``: query figure, check figure), and which it does not mention (``unmatched``)."""

    same: tuple[tuple[Figure, Figure], ...]
    different: tuple[tuple[Figure, Figure], ...]
    unmatched: tuple[Figure, ...]


def compare_figures(query: Iterable[Figure], check: Iterable[Figure]) -> FigureComparison:
    """Pair each of the check's figures with the query's.

    1. A check figure agrees with a query figure of a compatible unit whose value agrees
       (``values_agree``) and whose hedge does not point the other way.
    2. Otherwise it contradicts the query's nearest figure counting the same thing (same unit,
       or a count without one), if any: "700 civilians" against "7,000 civilians", not against
       "7,000 soldiers".
    3. Otherwise the query does not mention it.
    Small bare counts ("two doses") are left out (``Figure.is_informative``).
    """
    query = tuple(f for f in query if f.is_informative())
    same, different, unmatched = [], [], []
    for figure in (f for f in check if f.is_informative()):
        comparable = [q for q in query if units_compatible(q.unit, figure.unit)]
        agreeing = [q for q in comparable if values_agree(q, figure)]
        rivals = [q for q in comparable if q.unit == figure.unit or q.unit is None or figure.unit is None]
        if agreeing:
            same.append((agreeing[0], figure))
        elif rivals:
            nearest = min(rivals, key=lambda q: abs(q.value - figure.value))
            different.append((nearest, figure))
        else:
            unmatched.append(figure)
    return FigureComparison(tuple(same), tuple(different), tuple(unmatched))


def units_compatible(first: str | None, second: str | None) -> bool:
    """Percentages compare with percentages and money with the same currency; a count compares
    with any count ("700 civilians", "700 people", "700")."""
    if first in _HARD_UNITS or second in _HARD_UNITS:
        return first == second
    return True


def values_agree(first: Figure, second: Figure) -> bool:
    """Equal values, or within ``APPROXIMATE_TOLERANCE`` when either is hedged; never when one
    is a lower bound and the other an upper bound ("more than 700" / "fewer than 700")."""
    qualifiers = {first.qualifier, second.qualifier}
    if qualifiers & _LOWER_BOUNDS and qualifiers & _UPPER_BOUNDS:
        return False
    if first.value == second.value:
        return True
    if first.qualifier is None and second.qualifier is None:
        return False
    scale = max(abs(first.value), abs(second.value))
    return scale > 0 and abs(first.value - second.value) <= APPROXIMATE_TOLERANCE * scale
