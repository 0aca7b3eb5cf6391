"""Strict JSON: UTF-8 only, no NaN/Infinity, bounded nesting, no control characters in text.

Every string (and object key) in a body is checked here once, so no endpoint can store a NUL,
a control character or a lone surrogate (which PostgreSQL and UTF-8 encoders refuse).
"""

from __future__ import annotations

import json

from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.parsers import JSONParser

from config.text import CONTROL_CHARS_MESSAGE as BAD_CHARS_MESSAGE
from config.text import CONTROL_CHARS_OR_SURROGATES as _BAD_CHARS

MAX_DEPTH = 32


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


class StrictJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None) -> object:
        raw = stream.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(f"The body is not valid UTF-8 (byte {exc.start}).") from exc
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except RecursionError as exc:
            raise ParseError("The JSON body is nested too deeply.") from exc
        except ValueError as exc:
            raise ParseError(f"The body is not valid JSON: {exc}") from exc
        text_check(data)
        return data


def text_check(data: object) -> None:
    """Raise ValidationError naming the first field whose text has forbidden characters."""
    stack: list[tuple[object, str, int]] = [(data, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ParseError(f"The JSON body is nested more than {MAX_DEPTH} levels deep.")
        if isinstance(value, str):
            if _BAD_CHARS.search(value):
                raise ValidationError({path or "body": [BAD_CHARS_MESSAGE]}, code="control_characters")
        elif isinstance(value, dict):
            for key, item in value.items():
                child = f"{path}.{key}" if path else key
                if _BAD_CHARS.search(key):
                    raise ValidationError(
                        {"body": [f"A field name: {BAD_CHARS_MESSAGE}"]}, code="control_characters"
                    )
                stack.append((item, child, depth + 1))
        elif isinstance(value, list):
            stack.extend(
                (item, f"{path}.{index}" if path else str(index), depth + 1)
                for index, item in enumerate(value)
            )


def has_bad_chars(text: str) -> bool:
    return bool(_BAD_CHARS.search(text))
