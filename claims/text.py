"""Turning the HTML a CMS sends into the plain text the extractor reads."""

from __future__ import annotations

import html
import re

import nh3

from config.text import CONTROL_CHARS

# Elements that end a paragraph (or a line, for <br>) in the text we keep.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "main",
        "blockquote",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "pre",
        "address",
        "hr",
    }
)
INLINE_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "u", "s", "q", "cite", "span", "sub", "sup", "small", "abbr"}
)
DROPPED_WITH_CONTENT = frozenset(
    {"head", "title", "script", "style", "template", "noscript", "iframe", "object", "svg", "math"}
)

_BLOCK_TAG = re.compile(r"</?(?:{})\b[^>]*>".format("|".join(sorted(BLOCK_TAGS))), re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_PARAGRAPH_BREAKS = re.compile(r"\n\s*\n\s*")


def html_to_text(markup: str) -> str:
    """Readable text of an HTML fragment or page.

    1. Sanitise with nh3: only block and inline formatting tags survive, no attributes;
       scripts, styles and similar lose their content too.
    2. Turn block boundaries into paragraph breaks and ``<br>`` into line breaks.
    3. Strip the remaining tags, then unescape entities (in that order, so ``&lt;b&gt;`` stays text).
    4. Collapse runs of spaces and of blank lines; trim each line.
    """
    cleaned = nh3.clean(
        markup,
        tags=set(BLOCK_TAGS | INLINE_TAGS | {"br"}),
        attributes={},
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        strip_comments=True,
        link_rel=None,
    )
    text = _LINE_BREAK.sub("\n", cleaned)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = html.unescape(_ANY_TAG.sub("", text))
    text = CONTROL_CHARS.sub("", text)
    lines = (
        _SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )
    return _PARAGRAPH_BREAKS.sub("\n\n", "\n".join(lines)).strip()
