"""Cursor pagination: stable pages over large, changing tables, no COUNT(*)."""

from rest_framework.pagination import CursorPagination


class NewestFirstCursorPagination(CursorPagination):
    ordering = "-created_at"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class AlphabeticalCursorPagination(CursorPagination):
    ordering = "canonical_name"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
