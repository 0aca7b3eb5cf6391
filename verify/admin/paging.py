"""Counting rows without counting all of them: long queues show "5,000+" instead of waiting.

An exact ``COUNT(*)`` over a filtered, joined claim list costs as much as reading it; nobody
needs to know whether a queue holds 98,312 or 98,313 claims, so counts stop at a cap ("5,000+":
a hundred pages of 50; narrow the list with a filter or a search to go further).
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 5_000


def count_capped(queryset: QuerySet, cap: int = COUNT_CAP) -> int:
    """The number of rows, or ``cap + 1`` when there are more than ``cap``.

    Only primary keys are counted: annotations and joins made for display would otherwise be
    computed for every counted row.
    """
    return queryset.order_by().values("pk")[: cap + 1].count()


def count_label(count: int, cap: int = COUNT_CAP) -> str:
    return f"{cap:,}+" if count > cap else f"{count:,}"


class CappedCountPaginator(Paginator):
    """Counts at most ``COUNT_CAP + 1`` rows; pages past the cap are still reachable by number."""

    @cached_property
    def count(self) -> int:
        return count_capped(self.object_list, COUNT_CAP)

    @property
    def count_text(self) -> str:
        return count_label(self.count, COUNT_CAP)
