"""The JSON contract of extracted claims (used by the API, the CLI and external evaluation).

Keys required by the contract: kind, content, content_span, cue, speaker {mention,
mention_span, canonical, role, type} or null, quantities [{text, value, unit, qualifier}],
checkworthiness. Extra keys: cue_span, quantity span, dates.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from .results import ExtractedClaim, QuantityValue, SpeakerMention


def claim_to_dict(claim: ExtractedClaim) -> dict[str, Any]:
    """A JSON-ready dict for ``claim``; spans become lists, dates ISO strings."""
    return {
        "kind": claim.kind,
        "content": claim.content,
        "content_span": list(claim.content_span),
        "cue": claim.cue,
        "cue_span": list(claim.cue_span) if claim.cue_span else None,
        "speaker": _speaker_to_dict(claim.speaker),
        "quantities": [
            {"text": q.text, "span": list(q.span), "value": exact_number(q.value), "unit": q.unit, "qualifier": q.qualifier}
            for q in claim.quantities
        ],
        "checkworthiness": claim.checkworthiness,
        "dates": [
            {"text": d.text, "span": list(d.span), "value": d.value.isoformat() if d.value else None,
             "period": [day.isoformat() for day in d.period] if d.period else None}
            for d in claim.dates
        ],
    }


def exact_number(value: QuantityValue) -> int | float | str:
    """A quantity's value for JSON without losing a digit: a fraction becomes the float whose
    shortest form is the same decimal ("2.35"), or its decimal string when no float is."""
    if not isinstance(value, Decimal):
        return value
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)


def _speaker_to_dict(speaker: SpeakerMention | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {
        "mention": speaker.mention,
        "mention_span": list(speaker.mention_span) if speaker.mention_span else None,
        "canonical": speaker.canonical,
        "role": speaker.role,
        "type": speaker.type,
    }
