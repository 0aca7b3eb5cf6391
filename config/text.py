"""The one definition of the control characters the service refuses (or strips) in text.

C0 controls other than tab, newline and carriage return, and DEL. Input parsed from JSON is
also checked for lone UTF-16 surrogates, which PostgreSQL and UTF-8 encoders refuse.
"""

import re

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CONTROL_CHARS_OR_SURROGATES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
CONTROL_CHARS_MESSAGE = "Control characters (other than newline, carriage return and tab) are not allowed."


def has_control_chars(text: str) -> bool:
    return bool(CONTROL_CHARS.search(text))
