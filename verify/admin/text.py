"""Article text as HTML with spans (the claim, the speaker's mention) highlighted."""

from __future__ import annotations

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


def highlight_spans(text: str, spans: list[tuple[int, int, str]]) -> SafeString:
    """Escape ``text`` and wrap each (start, end, css_class) span in <mark>.

    Marks cannot overlap, so a span that starts inside an earlier one is marked from where that
    one ends (two claims sharing words both stay visible); spans outside the text are left out.
    """
    parts: list[str] = []
    position = 0
    for start, end, css_class in sorted(spans):
        start = max(start, position)
        if end > len(text) or start >= end:
            continue
        parts.append(format_html("{}", text[position:start]))
        parts.append(format_html('<mark class="{}">{}</mark>', css_class, text[start:end]))
        position = end
    parts.append(format_html("{}", text[position:]))
    # Every part was escaped by format_html above, so the joined text is safe as it is.
    return format_html('<div class="article-body"><p>{}</p></div>', mark_safe("".join(parts)))
