"""The one base class of the project's domain errors, carrying how the API answers it.

Every app's errors derive from ``DomainError`` and say their HTTP status and problem type as
class attributes; the API's exception handler (``config.api.exceptions``) reads those two
attributes, and ``errors`` when present, so it maps every domain error without importing any
app. The admin shows ``message`` to the person who acted.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the service refuses, with a message fit to show the person who made it.

    ``http_status`` and ``problem_type`` (the slug of the problem's ``type`` URN) are what the
    API answers; subclasses override them. A subclass whose refusals name fields sets an
    ``errors`` attribute ({field: message}) on the instance.
    """

    http_status: int = 400
    problem_type: str = "bad-request"

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message
