"""Statements in the article's own voice that carry a checkable figure or general fact.

Not every sentence: only clauses outside attributed claims that hold a number (not a date) or
state a present-tense fact about a named body ("NATO does not admit nations with unsettled
territorial conflicts."). The clause is cut to its core: subject, verb, objects and the
prepositional phrases up to a clausal one, without scene-setting openers or conjoined verbs
that do not hold the figure.
"""
from __future__ import annotations

from spacy.tokens import Span as SentenceSpan
from spacy.tokens import Token

from .attribution import reports_clause
from .parsed import ParsedParagraph
from .spans import Span, SpanIndex, tidy_span, token_span

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
    clauses: list[Token] = []
    start, end = base + sentence.start_char, base + sentence.end_char
    for quantity in paragraph.quantities():
        if not start <= quantity.span[0] < end:
            continue
        token = paragraph.token_at(quantity.span[0])
        if token.ent_type_ == "DATE" or taken.overlaps(quantity.span):
            continue
        clause = clause_of(token)
        if clause is not None and clause not in clauses:
            clauses.append(clause)
    if not clauses and _states_general_fact(sentence):
        clauses.append(sentence.root)
    found = []
    for clause in clauses:
        span = _core_span(text, clause, base)
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


def _core_span(text: str, clause: Token, base: int) -> Span | None:
    if not clause.tag_.startswith("VB"):  # an absolute "with" phrase is its own core
        return tidy_span(text, *token_span(list(clause.subtree), base))
    chosen = [clause]
    for child in clause.children:
        if child.dep_ in _CORE_DEPS or (child.dep_ == "prep" and child.i > clause.i):
            chosen.append(child)
    chosen.sort(key=lambda t: t.i)
    kept: list[Token] = []
    for child in chosen:
        if child.dep_ == "prep" and child.i > clause.i and _is_clausal(child):
            break
        if child.dep_ == "advmod" and child.i < clause.i and child.i < _subject_start(clause):
            continue
        kept.append(child)
    tokens = sorted({t for child in kept for t in (child.subtree if child.i != clause.i else [child])},
                    key=lambda t: t.i)
    if clause.dep_ == "relcl":  # "which killed 150 people" names what it is about
        tokens = _antecedent(clause.head) + tokens
    if any(reports_clause(t) for t in tokens):
        return None
    start, end = tidy_span(text, *token_span(tokens, base), keep_full_stop=True)
    return (start, end) if end > start else None


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
