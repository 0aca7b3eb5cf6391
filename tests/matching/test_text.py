"""Normalised match text: social-media noise, numbers as values, stems and synonyms."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verify.matching.text import clean_text, match_terms, match_text

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize("noisy, plain", [
    ("RT @UNMonitor: 700 civilians killed https://t.co/a8Fq2", "700 civilians killed"),
    ("700 killed pic.twitter.com/x7Yy and www.example.org/a", "700 killed and"),
    ("#StopTheWar now", "Stop The War now"),
    ("free trade #WakandaForeverpic.twitter.com/wiRSCIdfG", "free trade Wakanda Forever"),
    ("thanks @JoeBiden", "thanks Joe Biden"),
    ("700 killed 😡💔 #Valdoria", "700 killed Valdoria"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("evil\u202e text\u0007 here\u200b", "evil text here"),
    ("Trump must divest. — Ilhan Omar (@IlhanMN) January 6, 2020", "Trump must divest."),
])
def test_clean_text_drops_social_media_noise(noisy, plain):
    assert clean_text(noisy) == plain


@pytest.mark.parametrize("first, second", [
    ("Close to 700 civilians have been killed", "nearly seven hundred civilians died"),
    ("The U.S. cut taxes by 4.1%", "the United States cut taxes by 4.1 per cent"),
    ("7,000 people", "seven thousand people"),
    ("$2bn in aid", "2 billion dollars in aid"),
    ("Half a million jobs", "500,000 jobs"),
    ("vaccination rates", "vaccinated rate"),
])
def test_match_terms_agree_on_the_same_words_written_otherwise(first, second):
    assert set(match_terms(first)) == set(match_terms(second))


def test_700_and_7000_stay_different_terms():
    assert "700" in match_terms("700 civilians") and "7000" in match_terms("7,000 civilians")


def test_function_words_attribution_verbs_and_negations_are_not_terms():
    assert match_terms("He said that they did not go") == ["go"]


def test_rtl_and_other_scripts_keep_their_letters():
    assert match_text("שלום עולם") == "שלום עולם"


@pytest.mark.parametrize("hostile", ["", "   ", "😀🎉🔥" * 50, "\x00\x01\x02", "a" * 100_000, "🇮🇸" * 3000])
def test_hostile_text_gives_bounded_terms(hostile):
    terms = match_terms(hostile)
    assert len(" ".join(terms)) <= 4000


def test_the_package_imports_neither_django_nor_spacy():
    code = ("import sys, verify.matching, verify.matching.claimreview, verify.matching.embedding; "
            "bad = [m for m in ('django', 'spacy') if m in sys.modules]; assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
