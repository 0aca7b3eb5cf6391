"""Helpers shared by the extractor tests (no conftest, so the tests also run without Django:
``pytest tests/extraction -p no:django --noconftest``)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from claims.extraction import ExtractedClaim, extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def claims_of(text: str) -> tuple[ExtractedClaim, ...]:
    """Extract once per distinct text: several tests look at the same snippet."""
    return tuple(extract(text))


def attributed(text: str) -> list[ExtractedClaim]:
    return [c for c in claims_of(text) if c.speaker is not None]
