"""The verdict scales: attribution (did the speaker say it) and substance (is it true).

The substance scale is configurable with the ``VERDICT_SUBSTANCE_SCALE`` setting: a list of
``{"key", "label", "rating_value", "alternate_name"}`` mappings, best first. ``rating_value`` is
the ClaimReview ``ratingValue`` between ``WORST_RATING`` and ``BEST_RATING``, or None for
ratings outside the numeric scale (they publish only an ``alternateName``). A verdict stores the
label and value it was given, so changing the scale never rewrites published verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

BEST_RATING = 5
WORST_RATING = 1


class Attribution(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed: the speaker said this"
    PARAPHRASED_ACCURATELY = "paraphrased_accurately", "Paraphrased accurately"
    MISQUOTED = "misquoted", "Misquoted"
    OUT_OF_CONTEXT = "out_of_context", "Quoted out of context"
    COULD_NOT_CONFIRM = "could_not_confirm", "Could not confirm the speaker said this"


# The attribution finding as a published rating says it, after the substance: "Mostly true (misquoted)".
ATTRIBUTION_RATING_NAMES = {
    Attribution.CONFIRMED: "quote confirmed",
    Attribution.PARAPHRASED_ACCURATELY: "accurately paraphrased",
    Attribution.MISQUOTED: "misquoted",
    Attribution.OUT_OF_CONTEXT: "quoted out of context",
    Attribution.COULD_NOT_CONFIRM: "quote not confirmed",
}


def rating_name(substance_name: str, attribution: str) -> str:
    """The published name of a verdict's rating: the substance rating, then the attribution finding.

    A claim in the article's own voice has no attribution finding and keeps the substance name.
    """
    finding = ATTRIBUTION_RATING_NAMES.get(attribution)
    return f"{substance_name} ({finding})" if finding else substance_name


DEFAULT_SUBSTANCE_SCALE: list[dict] = [
    {"key": "true", "label": "True", "rating_value": 5, "alternate_name": "True"},
    {"key": "mostly_true", "label": "Mostly true", "rating_value": 4, "alternate_name": "Mostly true"},
    {"key": "half_true", "label": "Half true", "rating_value": 3, "alternate_name": "Half true"},
    {"key": "mostly_false", "label": "Mostly false", "rating_value": 2, "alternate_name": "Mostly false"},
    {"key": "false", "label": "False", "rating_value": 1, "alternate_name": "False"},
    {"key": "misleading", "label": "Misleading", "rating_value": None, "alternate_name": "Misleading"},
    {"key": "unverifiable", "label": "Unverifiable", "rating_value": None, "alternate_name": "Unverifiable"},
]


@dataclass(frozen=True)
class SubstanceRating:
    key: str
    label: str
    rating_value: int | None
    alternate_name: str

    def claimreview(self) -> dict:
        """The schema.org ``reviewRating`` of a ClaimReview for this rating."""
        rating: dict = {"@type": "Rating", "alternateName": self.alternate_name}
        if self.rating_value is not None:
            rating.update(ratingValue=self.rating_value, bestRating=BEST_RATING, worstRating=WORST_RATING)
        return rating


def substance_scale() -> tuple[SubstanceRating, ...]:
    """The configured substance scale, best first (ImproperlyConfigured when malformed)."""
    raw = settings.VERDICT_SUBSTANCE_SCALE or DEFAULT_SUBSTANCE_SCALE
    scale = tuple(_rating_parse(item) for item in raw)
    keys = [rating.key for rating in scale]
    if len(set(keys)) != len(keys):
        raise ImproperlyConfigured("VERDICT_SUBSTANCE_SCALE has the same key twice.")
    return scale


def substance_rating(key: str) -> SubstanceRating | None:
    """The rating called ``key`` on the configured scale, or None."""
    return next((rating for rating in substance_scale() if rating.key == key), None)


def substance_choices() -> list[tuple[str, str]]:
    return [(rating.key, rating.label) for rating in substance_scale()]


def _rating_parse(item: object) -> SubstanceRating:
    if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
        raise ImproperlyConfigured(f"VERDICT_SUBSTANCE_SCALE entries need a key: {item!r}")
    value = item.get("rating_value")
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not WORST_RATING <= value <= BEST_RATING
    ):
        raise ImproperlyConfigured(
            f"VERDICT_SUBSTANCE_SCALE rating_value of {item['key']!r} must be {WORST_RATING}..{BEST_RATING} or null."
        )
    if len(item["key"]) > 40:
        raise ImproperlyConfigured(f"VERDICT_SUBSTANCE_SCALE keys are at most 40 characters: {item['key']!r}")
    label = str(item.get("label") or item["key"])
    return SubstanceRating(
        key=item["key"], label=label, rating_value=value, alternate_name=str(item.get("alternate_name") or label)
    )
