"""What the data of a review action must be, checked inside its transition (``verify.workflow``).

Texts are stripped, bounded and free of control characters; dates are real and not past; a
verdict draft has its ratings, texts and cited sources; a priority is between 0 and 1. Each
check raises ``InvalidInput`` naming the fields and saying what is wrong in the desk's words.
The action's form (``verify.action_forms``) has already made sure of the values' types.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from django.utils import timezone

from config.text import has_control_chars
from verify import ratings
from verify.errors import InvalidInput

REASON_MAX_CHARS = 2_000
SUMMARY_MAX_CHARS = 1_000
RATIONALE_MAX_CHARS = 20_000


@dataclass(frozen=True)
class VerdictDraft:
    """A proposed verdict as the proposer wrote it, before it is checked and stored."""

    substance: str | None = None
    substance_rationale: str | None = None
    summary: str | None = None
    attribution: str | None = None
    attribution_rationale: str | None = None
    source_ids: tuple[int, ...] = ()
    recheck_on: date | None = None


def text_clean(value: object, name: str, *, required: str = "", max_chars: int = REASON_MAX_CHARS) -> str:
    """``value`` as stripped text; InvalidInput when not text, too long, or missing and ``required``."""
    error = _text_error(value, required=required, max_chars=max_chars)
    if error:
        raise InvalidInput({name: error})
    return (value or "").strip()


def _text_error(value: object, *, required: str, max_chars: int) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return "This must be text."
    if not value.strip():
        return required or None
    if len(value) > max_chars:
        return f"This is {len(value):,} characters long; the limit is {max_chars:,}."
    if has_control_chars(value):
        return "This contains control characters."
    return None


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def date_required(value: object, name: str, message: str) -> date:
    if value is None:
        raise InvalidInput({name: message})
    if not _is_date(value):
        raise InvalidInput({name: "This must be a date (YYYY-MM-DD)."})
    if value < timezone.localdate():
        raise InvalidInput({name: "This date is in the past."})
    return value


def verdict_draft_clean(draft: VerdictDraft, *, claim: Any, sources: Sequence[Any]) -> VerdictDraft:
    """The draft with its texts stripped, or InvalidInput listing everything missing or wrong.

    ``sources`` are the review's current sources among ``draft.source_ids``; an id without one
    (another claim's source, a removed one) is an error, and at least one source is needed.
    """
    errors: dict[str, str] = {}
    texts = {
        "summary": (draft.summary, "Write the public summary readers will see.", SUMMARY_MAX_CHARS),
        "substance_rationale": (draft.substance_rationale, "Explain the rating.", RATIONALE_MAX_CHARS),
        "attribution_rationale": (
            draft.attribution_rationale,
            "Explain the attribution finding." if draft.attribution else "",
            RATIONALE_MAX_CHARS,
        ),
    }
    for name, (value, required, limit) in texts.items():
        error = _text_error(value, required=required, max_chars=limit)
        if error:
            errors[name] = error
    errors.update(_verdict_choice_errors(draft, claim=claim))
    errors.update(_verdict_source_errors(draft, sources))
    if draft.recheck_on is not None and (
        not _is_date(draft.recheck_on) or draft.recheck_on <= timezone.localdate()
    ):
        errors["recheck_on"] = "Pick a recheck date after today."
    if errors:
        raise InvalidInput(errors, "The verdict is not complete.")
    return replace(draft, **{name: (value or "").strip() for name, (value, _, _) in texts.items()})


def _verdict_choice_errors(draft: VerdictDraft, *, claim: Any) -> dict[str, str]:
    errors = {}
    if not draft.substance:
        errors["substance"] = "Choose a rating."
    elif not isinstance(draft.substance, str) or ratings.substance_rating(draft.substance) is None:
        errors["substance"] = "This is not a rating on the verdict scale."
    if draft.attribution:
        if draft.attribution not in ratings.Attribution.values:
            errors["attribution"] = "This is not an attribution finding."
    elif claim.is_attributed:
        errors["attribution"] = "Say whether the speaker really said this."
    return errors


def _verdict_source_errors(draft: VerdictDraft, sources: Sequence[Any]) -> dict[str, str]:
    if not draft.source_ids:
        return {"source_ids": "Cite at least one source."}
    unknown = sorted(set(draft.source_ids) - {source.id for source in sources})
    if unknown:
        return {"source_ids": f"Not sources of this claim: {', '.join(map(str, unknown))}."}
    return {}


def ids_clean(value: object, name: str, *, max_items: int = 100) -> tuple[int, ...]:
    """A list of row ids as a tuple of ints (InvalidInput for anything else)."""
    if value is None:
        return ()
    if not isinstance(value, list | tuple) or len(value) > max_items:
        raise InvalidInput({name: f"This must be a list of at most {max_items} ids."})
    if any(isinstance(item, bool) or not isinstance(item, int) for item in value):
        raise InvalidInput({name: "Every item must be a whole-number id."})
    return tuple(dict.fromkeys(value))


def priority_clean(value: object) -> float | None:
    """An override between 0 and 1, or None to go back to the computed score."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput({"priority": "The priority must be a number between 0 and 1."})
    if not 0 <= value <= 1:
        raise InvalidInput({"priority": "The priority must be between 0 and 1."})
    return float(value)
