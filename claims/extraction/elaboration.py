"""What the writer adds at the end of a reported claim: background the speaker did not state.

"She said the FBI had questioned Ivo Brandt, who set up the server" reports that the FBI had
questioned him; the relative clause after the comma is the writer's aside, and so are a closing
appositive (", a former nominee born abroad") and a second source (", according to X"). News
annotation ends the claim before them, and a fact-checker checks the speaker's words.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

_RELATIVE_WORDS = frozenset({"who"})
_INDEFINITE = frozenset({"a", "an", "something"})


def trailing_asides(head: Token, content: Collection[int]) -> set[int]:
    """Indices of the asides that close ``content`` (token indices of the claim around ``head``).

    An aside opens after a comma, after the claim's verb, and runs to the claim's end: a
    relative clause about a person (", who ..."), an indefinite appositive (", a ...": not
    ", Calif." or a name) or ", according to ...". Clauses with "which", "when", "where" or
    "whose" often carry on the speaker's point and are kept.
    """
    words = [i for i in content if not head.doc[i].is_punct]
    if not words:
        return set()
    last = max(words)
    asides: set[int] = set()
    for token in head.subtree:
        if token.i <= head.i or not _is_aside(token):
            continue
        indices = {t.i for t in token.subtree}
        first = min(indices)
        if first > head.i and head.doc[first - 1].text == "," and max(indices) >= last:
            asides |= set(range(first, max(indices) + 1))
    return asides


def _is_aside(token: Token) -> bool:
    if token.dep_ == "relcl":
        first = min(token.subtree, key=lambda t: t.i)
        return first.lower_ in _RELATIVE_WORDS
    if token.dep_ in ("appos", "npadvmod"):  # ", a move that ..." hangs on the clause as often
        return min(token.subtree, key=lambda t: t.i).lower_ in _INDEFINITE
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)
