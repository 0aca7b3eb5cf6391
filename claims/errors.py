"""Domain errors of the claims app; the API and admin translate them for people."""


class ClaimsError(Exception):
    """Base class: a request the claims app refuses, with a message fit to show a user."""


class InvalidArticle(ClaimsError):
    """The article text or its metadata cannot be stored (empty, binary, oversized...)."""


class ArticleNotFound(ClaimsError):
    """No article with that id."""
