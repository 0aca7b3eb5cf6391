"""Normalised text for claim matching: the words stored and searched, free of social-media noise.

``match_terms`` is the one normalisation both sides go through, so a check imported today and a
claim extracted next year meet on the same terms: links, ``pic.twitter.com`` pictures, "RT @x:"
prefixes, emoji and control characters go; @handles and #hashtags become words ("#StopTheSteal"
-> stop the steal); numbers become their value ("seven hundred", "700" and "0.7 thousand" are all
``700``); words are lower-cased, stemmed and mapped to a canonical synonym ("killed", "died" and
"deaths" are one term); function words and attribution verbs ("said", "claims") are dropped.
"""
from __future__ import annotations

import html
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from claims.extraction.quantities import parse_number

from .lexicon import NUMBER_WORDS, STOP_WORDS, SYNONYM_GROUPS

MAX_TEXT_CHARS = 4000
"""Longer input is cut here: a claim is a sentence or two, and matching cost grows with length."""

_URL = re.compile(r"(?:https?://|www\.)\S+|pic\.twitter\.com/\S+|\b(?:t\.co|bit\.ly)/\S+", re.I)
_RETWEET = re.compile(r"^\s*RT\s+@\w+:?\s*", re.I)
_EMBED_SIGNATURE = re.compile(r"\s*[—–-]+\s*[^—–\n]{0,80}\(@\w+\)\s*\w+ \d{1,2}, \d{4}\s*$")
_HANDLE = re.compile(r"@(\w+)")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|_")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b|tn)?\b|%|\w+(?:'\w+)?|[$€£¥₹]|[.,;:!?()\[\]\"]", re.I)
BREAKS = frozenset('.,;:!?()[]"')
_CURRENCY_TERMS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee"}
_NUMERIC = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b|tn)?$", re.I)
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


@lru_cache(maxsize=256)  # the signals clean the same claim one after another
def clean_text(text: str) -> str:
    """The text as a reader sees it, without links, retweet prefixes, embed signatures, emoji,
    control characters and invisible formatting; handles and hashtags become plain words.

    1. Unicode NFKC (full-width digits, ligatures), HTML entities ("&amp;") decoded, cut to
       ``MAX_TEXT_CHARS``.
    2. Links, "RT @x:" and a trailing "— Name (@handle) January 6, 2020" go.
    3. "#StopTheSteal" -> "Stop The Steal", "@JoeBiden" -> "Joe Biden".
    4. Symbols (emoji), control and format characters (bidi marks, zero-width joiners) become
       spaces; runs of whitespace collapse. Letters of every script are kept.
    """
    text = html.unescape(unicodedata.normalize("NFKC", str(text)[:MAX_TEXT_CHARS]))
    text = _URL.sub(" ", _RETWEET.sub("", text))
    text = _EMBED_SIGNATURE.sub("", text)
    text = _HASHTAG.sub(lambda m: _split_compound(m.group(1)), text)
    text = _HANDLE.sub(lambda m: _split_compound(m.group(1)), text)
    if text.isascii():  # the common case: only control characters can be noise
        text = _ASCII_CONTROL.sub(" ", text)
    else:
        text = "".join(" " if _is_noise(ch) else ch for ch in text)
    return " ".join(text.split())


def _split_compound(word: str) -> str:
    return " ".join(part for part in _CAMEL.split(word) if part)


def _is_noise(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("So", "Sk", "Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp") and char not in "\n"


@lru_cache(maxsize=256)
def cleaned_words(text: str) -> tuple[str, ...]:
    """``words(clean_text(text))``, cached: every signal reads the same claim's words."""
    return tuple(words(clean_text(text)))


def words(text: str) -> list[str]:
    """Lower-case word and number tokens of cleaned text: "U.S." and "US" are "usa" (not the
    pronoun "us"), "United States" too; curly apostrophes are straight and a possessive "'s"
    goes ("Kestria's" is "kestria"); "7,000" stays whole."""
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text.replace("’", "'"))
    text = _COUNTRY_PHRASES.sub(lambda m: _COUNTRY_NAMES[m.group(0).casefold()], text)
    return [_UPPER_CASE_WORDS.get(token, token.casefold().removesuffix("'s"))
            for token in _TOKEN.findall(text)]


_COUNTRY_NAMES = {"united states": "USA", "united kingdom": "UK", "united states of america": "USA"}
_COUNTRY_PHRASES = re.compile(r"\bunited states of america\b|\bunited states\b|\bunited kingdom\b", re.I)
_UPPER_CASE_WORDS = {"US": "usa", "USA": "usa", "UK": "uk"}


def match_terms(text: str) -> list[str]:
    """The normalised terms of ``text`` in order: what is stored for a check and searched with.

    1. ``clean_text``, then tokens (``words``).
    2. Runs of number words and digits become one value term ("seven hundred" -> "700",
       "1.5 million" -> "1500000", "7,000" -> "7000"); "%" and "per cent" become "percent".
    3. Stop words and attribution verbs go; negation words go too (a separate signal).
    4. Every other word is stemmed and mapped to its canonical synonym.
    """
    terms: list[str] = []
    for token in _numbers_joined(list(cleaned_words(text))):
        if token in STOP_WORDS or token in BREAKS:
            continue
        terms.append(token if token[0].isdigit() else _CURRENCY_TERMS.get(token) or canonical(token))
    return terms


def match_text(text: str) -> str:
    """``match_terms`` joined by spaces: the column to store and index (full text or trigrams)."""
    return " ".join(match_terms(text))


def _numbers_joined(tokens: list[str]) -> list[str]:
    """Number runs replaced by their value; everything else passed through."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        end = number_run_end(tokens, i)
        if end == i:
            if not _is_hedge_before_number(tokens, i):
                out.append("percent" if tokens[i] in ("%", "pct") else tokens[i])
            i += 1
            continue
        value = number_value(tokens[i:end])
        out.append(number_term(value) if value is not None else tokens[i])
        if value is None:
            out.extend(tokens[i + 1:end])
        i = end
    return _per_cent_joined(out)


def _is_hedge_before_number(tokens: list[str], i: int) -> bool:
    """ "close to 700": "close" hedges the figure here and is no content word."""
    return tokens[i] == "close" and i + 2 < len(tokens) and tokens[i + 1] == "to" \
        and number_run_end(tokens, i + 2) > i + 2


def number_value(run: list[str]) -> Decimal | None:
    """The value of a number run ("seven hundred", "1.5 million", "half a million")."""
    if not run:
        return None
    halved = run[0] == "half"
    value = parse_number(["1", *run[2:]] if halved else run)
    if value is None:
        return None
    number = Decimal(value) / 2 if halved else Decimal(value)
    return number if number.is_finite() else None


def number_run_end(tokens: list[str], start: int) -> int:
    """End (exclusive) of the number run starting at ``start``; ``start`` if none starts there."""
    end = start
    while end < len(tokens):
        token = tokens[end]
        is_number = bool(_NUMERIC.match(token)) or token in NUMBER_WORDS
        joins = token in ("and", "a") and end > start and end + 1 < len(tokens) \
            and tokens[end + 1] in NUMBER_WORDS
        if token == "a" and end == start and end + 1 < len(tokens) and tokens[end + 1] in _SCALE_WORDS:
            joins = True  # "a dozen", "a million"
        if token == "half" and end == start and tokens[end + 1:end + 2] == ["a"] \
                and tokens[end + 2:end + 3] and tokens[end + 2] in _SCALE_WORDS:
            joins = True  # "half a million"
        if not (is_number or joins):
            break
        end += 1
    if end > start and tokens[end - 1] in ("and", "a"):
        end -= 1
    return end


def _per_cent_joined(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if token == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
        else:
            out.append(token)
    return out


def number_term(value: object) -> str:
    """A number's value as one term: 700, 1500000, 4.1 (no trailing zeros, no grouping)."""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """The stem of ``word`` mapped to its synonym group's name ("killed" -> "death")."""
    stemmed = stem(word)
    return _synonyms().get(stemmed, stemmed)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Stem -> group name, built from the surface words in ``lexicon.SYNONYM_GROUPS``."""
    return {stem(surface): name for name, group in SYNONYM_GROUPS.items() for surface in group}


def stem(word: str) -> str:
    """A light English suffix stripper, applied alike to stored and searched text.

    1. Inflections: -ies/-ied -> -y, -sses -> -ss, -es after s/x/z/ch/sh, -s (not -ss/-us/-is),
       -ing and -ed when a vowel stays, then a doubled final consonant is undoubled.
    2. Derivations: -ational/-ation/-ator -> -ate, -ness, -ment, -ful, -ly.
    3. A final -ate or -e goes when the stem stays at least four letters
       ("vaccination", "vaccinated", "vaccines" -> "vaccin").
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _inflection_stripped(word)
    for suffix, replacement in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("ate") and len(word) >= 7:
        word = word[:-3]
    elif word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


_DERIVATIONS = (("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("ness", ""), ("ment", ""),
                ("ful", ""), ("ly", ""))
_VOWEL = re.compile(r"[aeiouy]")


def _inflection_stripped(word: str) -> str:
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix in ("ing", "ed"):
        stem_part = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem_part) >= 3 and _VOWEL.search(stem_part):
            return _undoubled(stem_part)
    return word


def _undoubled(word: str) -> str:
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz" and word[-1] not in "aeiou":
        return word[:-1]
    return word
