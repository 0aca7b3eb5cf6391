"""Opening reviews for new claims and telling which claims have review work on them."""

from collections.abc import Iterable

from django.db.models import QuerySet

from verify.models import Review, ReviewState


def reviews_open(*, claims: Iterable) -> list[Review]:
    """Create the ``new`` review of each freshly extracted claim."""
    return Review.objects.bulk_create([Review(claim=claim, priority=claim.checkworthiness) for claim in claims])


def claims_with_review_activity(claims: QuerySet) -> QuerySet:
    """Ids of the given claims that someone has started reviewing (state beyond ``new``)."""
    return claims.filter(review__isnull=False).exclude(review__state=ReviewState.NEW).values("id")
