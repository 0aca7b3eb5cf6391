"""Statements in the article's own voice that carry a checkable figure or general fact.

Not every sentence: only clauses outside attributed claims that hold a number (not a date) or
state a present-tense fact about a named body ("NATO does not admit nations with unsettled
territorial conflicts."). The clause is cut to its core: subject, verb, objects and the
prepositional phrases up to a clausal one, without scene-setting openers or conjoined verbs
that do not hold the figure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .content import reports_clause
from .parsed import ParsedParagraph
from .spans import Span, SpanIndex, tidy_span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Span as SentenceSpan
    from spacy.tokens import Token

_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "attr", "acomp",
                        "oprd", "dative", "agent", "prt", "xcomp", "expl", "advmod", "npadvmod"})
_NAMED_BODIES = frozenset({"ORG", "GPE", "NORP"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PERSONAL = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})
_FACT_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def statements_in(
    text: str, paragraph: ParsedParagraph, sentence: SentenceSpan, taken: SpanIndex
) -> list[Span]:
    """Content spans of the statements in ``sentence`` outside ``taken`` (which grows with them).

    1. Figures: every quantity outside a claim gives its clause (dates are not figures).
    2. Without figures: a present-tense sentence whose subject is a named body.
    3. The clause is cut to its core; overlapping or cue-bearing clauses are dropped.
    """
    if _is_personal_or_question(sentence):
        return []
    base = paragraph.start
    facts: dict[int, list[Token]] = {}  # clause head index -> the figures it holds
    clauses: dict[int, Token] = {}
    start, end = base + sentence.start_char, base + sentence.end_char
    for quantity in paragraph.quantities():
        if not start <= quantity.span[0] < end:
            continue
        token = paragraph.token_at(quantity.span[0])
        if token.ent_type_ == "DATE" or taken.overlaps(quantity.span):
            continue
        clause = clause_of(token)
        if clause is not None:
            clauses[clause.i] = clause
            facts.setdefault(clause.i, []).append(token)
    if not clauses and _states_general_fact(sentence):
        clauses[sentence.root.i] = sentence.root
    found = []
    for index, clause in clauses.items():
        span = _core_span(text, clause, base, facts.get(index, []))
        if span and not taken.overlaps(span):
            taken.add(span)
            found.append(span)
    return found


def clause_of(token: Token) -> Token | None:
    """The nearest clause above ``token``: a verb with a subject, or "with X doing Y"."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ == "pobj" and ancestor.head.lower_ == "with" and \
                any(t.tag_ in ("VBG", "VBN") for t in ancestor.subtree):
            return ancestor
        if ancestor.tag_.startswith("VB") and any(c.dep_ in _FACT_SUBJECT_DEPS for c in ancestor.children):
            return None if reports_clause(ancestor) else ancestor
    return None


def _core_span(text: str, clause: Token, base: int, facts: list[Token]) -> Span | None:
    """The clause cut to its core around ``facts`` (see the module docstring)."""
    if not clause.tag_.startswith("VB"):  # an absolute "with" phrase is its own core
        return tidy_span(text, *token_span(list(clause.subtree), base))
    tokens = _core_tokens(clause, {t.i for t in facts})
    if clause.dep_ == "relcl":  # "which killed 150 people" names what it is about
        tokens = _antecedent(clause.head) + tokens
    if any(reports_clause(t) for t in tokens):
        return None
    start, end = tidy_span(text, *token_span(tokens, base), keep_full_stop=True)
    return (start, end) if end > start else None


def _core_tokens(verb: Token, facts: set[int]) -> list[Token]:
    """The verb with its subject, objects and prepositional phrases up to a clausal one, and
    whatever phrase holds a figure (a conjoined verb holding one is cut the same way)."""
    kept: list[Token] = [verb]
    stopped = False
    for child in sorted(verb.children, key=lambda t: t.i):
        after_verb = child.i > verb.i
        stopped = stopped or (child.dep_ == "prep" and after_verb and _is_clausal(child))
        if any(t.i in facts for t in child.subtree):
            conjoined = child.dep_ == "conj" and child.tag_.startswith("VB")
            kept.extend(_core_tokens(child, facts) if conjoined else child.subtree)
        elif stopped and after_verb:
            continue
        elif child.dep_ == "advmod" and child.i < _subject_start(verb):
            continue  # a scene-setting opener ("Elsewhere, ...")
        elif child.dep_ in _CORE_DEPS or (child.dep_ == "prep" and after_verb):
            kept.extend(child.subtree)
    return sorted(kept, key=lambda t: t.i)


def _antecedent(noun: Token) -> list[Token]:
    """The noun a relative clause hangs on, with its modifiers on the left."""
    left = [t for child in noun.lefts for t in child.subtree]
    return sorted(left, key=lambda t: t.i) + [noun]


def _subject_start(clause: Token) -> int:
    subjects = [c for c in clause.children if c.dep_ in _FACT_SUBJECT_DEPS]
    return min(t.i for t in subjects[0].subtree) if subjects else clause.i


def _is_clausal(preposition: Token) -> bool:
    """"in what was believed ...": a prepositional phrase whose object is a clause."""
    return any(c.dep_ == "pcomp" or (c.dep_ == "pobj" and c.tag_ in ("WP", "WDT")) for c in preposition.children) \
        or any(t.dep_ in ("nsubj", "nsubjpass") for t in preposition.subtree)


def _is_personal_or_question(sentence: SentenceSpan) -> bool:
    if sentence.text.rstrip(" ”\"’\n").endswith("?"):
        return True
    return any(t.lower_ in _PERSONAL and t.tag_ in ("PRP", "PRP$") for t in sentence)


def _states_general_fact(sentence: SentenceSpan) -> bool:
    """A present-tense claim about a named body, outside quotes: "NATO does not admit ..."."""
    root = sentence.root
    if reports_clause(root) or not root.tag_.startswith("VB"):
        return False
    verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not any(v.tag_ in _PRESENT_TAGS for v in verbs):
        return False
    subjects = [c for c in root.children if c.dep_ in _FACT_SUBJECT_DEPS]
    return bool(subjects) and subjects[0].ent_type_ in _NAMED_BODIES
