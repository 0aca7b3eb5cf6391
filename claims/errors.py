"""Domain errors of the claims app; the API and admin translate them for people."""

from access.errors import DomainError


class ClaimsError(DomainError):
    """Base class: a request the claims app refuses, with a message fit to show a user."""


class InvalidArticle(ClaimsError):
    """The article text or its metadata cannot be stored (empty, binary, oversized...)."""

    http_status = 422
    problem_type = "invalid-article"
