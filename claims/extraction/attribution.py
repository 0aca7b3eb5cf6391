"""Reported speech over the dependency parse: cue verbs, their speakers and their content.

A cue is a speech or cognition verb outside quote marks (say, tell, add, warn, believe ...)
or "according to". Its content is its clausal complement; its speaker is its subject, or the
speaker of the cue it hangs from ("X said A, adding that B": "adding" shares X).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import (COGNITION_VERBS, CUE_LEMMAS, DIRECT_ONLY_VERBS, DOCUMENT_NOUNS,
                      FINDING_SUBJECTS, FINDING_VERB_FORMS, HEDGED_CUE_AUX, OCCASION_NOUNS,
                      ORGANIZATION_NOUNS, RHETORICAL_SUBJECTS, SPEAKER_ACT_FORMS)
from .mentions import names_people
from .parsed import ParsedArticle, ParsedParagraph
from .quotes import Quote, any_quote_overlaps
from .spans import Span, drop_leading_that, quote_content, run_around, tidy_span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Span as SentenceSpan
    from spacy.tokens import Token

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_JUXTAPOSING_MARKS = frozenset({"as", "while", "whereas"})
_WRITER_PARTICIPLES = frozenset("""sending pushing dragging prompting triggering pointing fueling
    fuelling knocking lifting""".split())
_CONTINUING_SUBJECTS = frozenset({"it", "they"})
_QUESTION_WORDS = frozenset("whether if how what why when where who which".split())
_PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp", "dep"})


@dataclass
class Attribution:
    """A claim attributed to a speaker, before the speaker is resolved to an entity.

    ``speaker`` is the head token of the speaker phrase; when it is None the speaker comes from
    ``parent`` (a participle or conjoined cue, or a quote paragraph continuing the last one).
    """

    kind: str
    content_span: Span
    paragraph: ParsedParagraph
    cue: Token | None = None
    cue_span: Span | None = None
    speaker: Token | None = None
    parent: Attribution | None = None
    quotes: list[Quote] = field(default_factory=list)

    @property
    def cue_text(self) -> str | None:
        if self.cue is None:
            return None
        return "according to" if self.cue.lower_ == "according" else self.cue.text


def is_cue(token: Token) -> bool:
    """A speech/cognition verb form, "according" in "according to", or a finding verb whose
    subject is a document ("the report found that ...")."""
    if token.lower_ == "according":
        return any(child.lower_ == "to" for child in token.children)
    if not token.tag_.startswith("VB"):
        return False
    if cue_lemma(token) == "put":  # "As Churchill put it, “...”", not "put the book down"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if token.lower_ in FINDING_VERB_FORMS:
        finders = DOCUMENT_NOUNS | (FINDING_SUBJECTS if token.lower_.startswith("f") else frozenset())
        return any(c.dep_ == "nsubj" and c.lower_ in finders for c in token.children)
    return token.lower_ in CUE_LEMMAS


def reports_clause(token: Token) -> bool:
    """A cue verb used for reporting: it has something reported ("admit nations" has not, nor
    "unable to say how the fire began")."""
    if not is_cue(token):
        return False
    head, enclosing = complement_of(token)
    return head is not None and (enclosing or not _is_embedded_question(head, token))


def cue_lemma(token: Token) -> str:
    return CUE_LEMMAS.get(token.lower_, token.lower_)


def cue_span(cue: Token, paragraph: ParsedParagraph) -> Span:
    if cue.lower_ == "according":
        to = next(child for child in cue.children if child.lower_ == "to")
        return token_span([cue, to], paragraph.start)
    return token_span([cue], paragraph.start)


def is_rhetorical(speaker: Token | None) -> bool:
    """"who", "you", "one", "I": a generic, rhetorical or first-person speaker (not "WHO", nor
    "one of the officials")."""
    if speaker is None or speaker.lower_ not in RHETORICAL_SUBJECTS or speaker.tag_ in ("NNP", "NNPS"):
        return False
    return not (speaker.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in speaker.children))


def speaker_of(cue: Token) -> Token | None:
    """The head of the cue's speaker phrase, or None when the cue has no subject of its own."""
    if cue.lower_ == "according":
        to = next(child for child in cue.children if child.lower_ == "to")
        return next((child for child in to.children if child.dep_ == "pobj"), None)
    for child in cue.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
                return cue.head
            return child
    return _misparsed_subject(cue)


def _misparsed_subject(cue: Token) -> Token | None:
    """"Tolliver conceded ...", where the parser took an unknown name opening the sentence for
    an adverb: a capitalised word opening the sentence right before the cue, hung on it."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is None or before.head.i != cue.i or before.dep_ not in ("advmod", "npadvmod", "dep", "nmod") \
            or before.i != cue.sent.start:
        return None
    name_like = before.tag_ in ("NNP", "NNPS") or before.tag_ == "RB" and before.is_title \
        and before.is_alpha and not before.lower_.endswith("ly")
    return before if name_like else None


def is_reporting(cue: Token) -> bool:
    """False for hypothetical, negated, passive, rhetorical or imperative uses of a cue verb."""
    for child in cue.children:
        if child.dep_ == "neg" or child.dep_ in ("auxpass", "nsubjpass", "csubjpass"):
            return False
        if child.dep_ == "aux" and child.lower_ in HEDGED_CUE_AUX:
            return False
    speaker = speaker_of(cue)
    if is_rhetorical(speaker) and cue.dep_ != "relcl":
        return False
    if speaker is None and cue.dep_ == "ROOT" and cue.tag_ == "VB":
        return False
    return not (cue.dep_ == "ROOT" and cue.sent.text.rstrip(" ”\"’").endswith("?"))


def reported_speech(
    parsed: ParsedArticle, paragraph: ParsedParagraph, sentence: SentenceSpan, used: set[int]
) -> list[Attribution]:
    """Indirect and mixed claims of one sentence, outermost cue first.

    1. Candidate cues lie outside quote marks and were not used by a direct quote (``used``
       holds the article offsets of those cues).
    2. Cues are taken from the root down; a cue inside an earlier claim's content is a
       report within the report and stays part of that content.
    3. A cue without a subject inherits the speaker of the nearest cue above it.
    """
    base = paragraph.start
    cues = [t for t in sentence if is_cue(t) and base + t.idx not in used
            and parsed.quote_at(base + t.idx) is None]
    cues.sort(key=_depth)
    found: list[Attribution] = []
    covered: set[int] = set()
    for cue in cues:
        if cue.i in covered or not is_reporting(cue) or cue_lemma(cue) in DIRECT_ONLY_VERBS:
            continue
        attribution = _attribute(parsed, paragraph, cue, found)
        if attribution is not None:
            found.append(attribution)
            start, end = attribution.content_span
            covered.update(t.i for t in sentence if start <= base + t.idx < end)
    return found


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _attribute(parsed: ParsedArticle, paragraph: ParsedParagraph, cue: Token,
               earlier: list[Attribution]) -> Attribution | None:
    speaker = speaker_of(cue)
    parent = None if speaker is not None else _parent_attribution(cue, earlier)
    if speaker is None and parent is None:
        speaker = _subject_above(cue)
    if speaker is None and parent is None:
        return None
    if cue_lemma(cue) in COGNITION_VERBS and not _credible_believer(speaker):
        return None
    span = _content_span(parsed.text, paragraph, cue, speaker)
    if span is None:
        return None
    attribution = Attribution(_kind(parsed, span), span, paragraph, cue, cue_span(cue, paragraph),
                              speaker, parent)
    quote = parsed.quote_at(span[0])
    if quote is not None and span[1] <= quote.end:  # "He said “we will win.”": all quoted
        attribution.kind, attribution.quotes = "direct", [quote]
        attribution.content_span = quote_content(parsed.text, [quote])
    return attribution


def _parent_attribution(cue: Token, earlier: list[Attribution]) -> Attribution | None:
    """The claim of the nearest cue above ``cue`` in the tree ("said ..., adding ...")."""
    by_cue = {a.cue.i: a for a in earlier if a.cue is not None}
    for ancestor in cue.ancestors:
        if ancestor.i in by_cue:
            return by_cue[ancestor.i]
    return None


def _subject_above(cue: Token) -> Token | None:
    """For a participle cue under a non-cue verb ("He left, saying ..."): that verb's subject."""
    if cue.dep_ not in _PARTICIPLE_DEPS:
        return None
    for ancestor in cue.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if _can_speak(subject) else _nearest_speaking_subject(cue) or subject
    return None


def _can_speak(subject: Token) -> bool:
    """People, bodies and pronouns speak; "Shares of Corvane" do not."""
    return subject.tag_ in ("PRP", "NNP", "NNPS") or bool(subject.ent_type_) or names_people(subject) \
        or subject.lower_ in ORGANIZATION_NOUNS


def _nearest_speaking_subject(cue: Token) -> Token | None:
    """"Shares fell after analysts cut their rating, saying ...": the parser hung the participle on
    the main verb, but who said it is the subject of the clause just before it that can speak."""
    for token in reversed(cue.doc[cue.sent.start: cue.i]):
        if not token.tag_.startswith("VB"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and _can_speak(subject):
            return subject
    return None


def _credible_believer(speaker: Token | None) -> bool:
    """Beliefs count as claims only for third parties ("Officials believe ..."), not "I think"."""
    return speaker is not None and not is_rhetorical(speaker) and speaker.lower_ not in ("it", "they")


def _kind(parsed: ParsedArticle, span: Span) -> str:
    """Reported speech holding a quoted fragment is "mixed"."""
    return "mixed" if any_quote_overlaps(parsed.quotes, *span) else "indirect"


def complement_of(cue: Token) -> tuple[Token | None, bool]:
    """The head of what the cue reports, and whether the cue sits inside or after it.

    "said (that) A": A's verb, a ccomp child (with "told", the one introduced by "that").
    "A, he said" or "X, he said, did A" where the parser made the cue a child of A: A's verb,
    flagged as enclosing.
    "according to X, A": A's verb, enclosing.
    """
    if cue.lower_ == "according":
        head = cue.head
        while not head.tag_.startswith("VB") and head.head.i != head.i:
            head = head.head
        while head.dep_ == "relcl" and head.i < cue.i and head.head.head.tag_.startswith("VB"):
            head = head.head.head  # "A was a driver whose truck was blown off, according to X": all of it
        while head.dep_ == "conj" and head.head.tag_.startswith("VB") and head.head.i < head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head  # "Managers were warned but had not acted, according to X": one subject, one claim
        return head, True
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not _is_earlier_report(c, cue)]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in c.children)]
    if marked:
        return marked[-1], False
    if clauses:  # "They say A, something B could never support": A, not the appositive B
        return next((c for c in clauses if c.i > cue.i), clauses[-1]), False
    stranded = _stranded_that_clause(cue)
    if stranded is not None:
        return stranded, False
    after_content = cue.dep_ == "ccomp" and cue.head.i < cue.i or _is_trailing_conjunct(cue)
    if (cue.dep_ == "parataxis" or after_content) and cue.head.tag_.startswith("VB"):
        return cue.head, True
    return None, False


def _is_embedded_question(head: Token, cue: Token) -> bool:
    """"declined to say whether ...", "would not say how much it spent": a question left open
    is not a claim. A conditional inside the claim ("said if talks fail, the war goes on") is."""
    first = min(head.subtree, key=lambda t: t.i)
    if first.i < cue.i or first.lower_ not in _QUESTION_WORDS:
        return False
    if first.dep_ == "mark" and first.head.i != head.i:
        return False
    return first.head.i == head.i or first.head.head.i == head.i


def _is_trailing_conjunct(cue: Token) -> bool:
    """"No one was injured, but the building is a total loss, Fire Chief X said at the scene": the
    parser conjoined the closing attribution to the first clause. A cue with a subject of its own,
    after a comma, with no "and"/"but" and nothing reported of its own, closes the sentence."""
    if cue.dep_ != "conj" or cue.head.i > cue.i:
        return False
    first = min(cue.subtree, key=lambda t: t.i)
    own = {c.dep_ for c in cue.children}
    return first.i > 0 and cue.doc[first.i - 1].text == "," and "nsubj" in own \
        and not own & {"cc", "ccomp", "dobj", "xcomp"} and first.dep_ != "cc"


def _stranded_that_clause(cue: Token) -> Token | None:
    """"told analysts on a call Thursday that A": a "that" clause with a subject of its own that
    the parser hung on a noun of the listener or place phrase (a relative clause has no "that" mark)."""
    for child in cue.children:
        if child.i < cue.i or child.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            continue
        for token in child.subtree:
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "that"]
            if token.dep_ in ("acl", "relcl", "ccomp") and (marks or _opens_with_that_on_occasion(token)) \
                    and any(c.dep_.startswith("nsubj") and c.lower_ != "that" for c in token.children):
                return token
    return None


def _opens_with_that_on_occasion(clause: Token) -> bool:
    """"said during the afternoon briefing that winds should ease": a clause opening with "that"
    on a noun for the occasion of speaking is what was said there, even when the parser took
    "that" for a relative pronoun."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ == "that" and clause.head.lower_ in OCCASION_NOUNS


def _is_earlier_report(clause: Token, cue: Token) -> bool:
    """"Prosecutors said A; his lawyer denied ...": a report of its own before the cue, which
    the parser hung on it, is not what the cue reports."""
    return clause.i < cue.i and is_cue(clause) and speaker_of(clause) is not None


def _content_span(text: str, paragraph: ParsedParagraph, cue: Token, speaker: Token | None) -> Span | None:
    head, enclosing = complement_of(cue)
    if head is None or not enclosing and _is_embedded_question(head, cue):
        return None
    doc = cue.doc
    included = {t.i for t in head.subtree}
    attribution = {t.i for t in cue.subtree} if enclosing else {cue.i}
    if speaker is not None:
        attribution |= {t.i for t in speaker.subtree}
    excluded = attribution | _separate_parts(head, cue) | _after_according(head, cue)
    if not enclosing:
        included |= _continued_clause(cue, head)
        for clause in cue.children:  # "say A, something the old meters could never support"
            if clause.dep_ == "ccomp" and clause.i > head.i and not is_cue(clause):
                included |= {t.i for t in clause.subtree}
    run = run_around(included - excluded, head.i, doc, parenthetical=attribution)
    tokens = drop_leading_that([doc[i] for i in run])
    while tokens and (tokens[-1].i in attribution or tokens[-1].dep_ in ("cc", "punct")
                      and tokens[-1].text not in ("”", '"', "?", "!")):
        tokens = tokens[:-1]  # "A, and" left behind by a separate part, or ", according to X"
    if not tokens:
        return None
    start, end = tidy_span(text, *token_span(tokens, paragraph.start))
    return (start, end) if end > start else None


def _separate_parts(head: Token, cue: Token) -> set[int]:
    """Parts of the complement that are not the reported claim.

    A participle cue without subject ("..., adding that B") is a claim of its own, and a
    ", (even) as ..." / ", while ..." / ", sending ..." clause after the cue is the writer setting
    the scene (before "..., officials said" it is part of what they said).
    """
    separate: set[int] = set()
    for token in head.subtree:
        if token.i in (cue.i, head.i):
            continue
        shares_modal = token.dep_ == "conj" and token.tag_ == "VB"  # "he would attend and ask ..."
        if reports_clause(token) and token.dep_ in _PARTICIPLE_DEPS and speaker_of(token) is None \
                and not shares_modal:
            separate |= {t.i for t in token.subtree}
        elif token.dep_ == "advcl" and token.i > cue.i and (
                _is_juxtaposition(token) or _is_writer_participle(token)):
            separate |= {t.i for t in token.subtree}
        elif _is_speaker_act(token, head):
            separate |= {t.i for t in token.subtree}
    return separate


def _is_speaker_act(token: Token, head: Token) -> bool:
    """"said the cuts were painful and called the deal a model": a finite verb conjoined to the
    claim without a subject or auxiliary of its own that names a speaker's act is what the
    speaker did next, which the parser hung on the claim."""
    if token.dep_ != "conj" or token.head.i != head.i or token.i < head.i or token.tag_ not in ("VBD", "VBZ"):
        return False
    own = {c.dep_ for c in token.children}
    return token.lower_ in SPEAKER_ACT_FORMS and not own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}


def _after_according(head: Token, cue: Token) -> set[int]:
    """"A, according to X, in a deal that ...": a phrase hung on A after the attribution is the
    writer's elaboration (a coordinated clause, ", and B", is still reported)."""
    if cue.lower_ != "according" or cue.i < head.i:
        return set()
    end = max(t.i for t in cue.subtree)
    return {t.i for child in head.children if child.i > end and child.dep_ not in ("conj", "cc", "punct")
            for t in child.subtree}


def _is_writer_participle(clause: Token) -> bool:
    """", sending its shares down 7 percent" / ", pointing to X": the writer's account of what
    followed or of how the speaker argued, not part of what was said."""
    first = min(clause.subtree, key=lambda t: t.i)
    after_comma = first.i == clause.i and clause.i > 0 and clause.doc[clause.i - 1].text == ","
    return after_comma and clause.tag_ == "VBG" and clause.lower_ in _WRITER_PARTICIPLES


def _is_juxtaposition(clause: Token) -> bool:
    """", even as B" / ", while B": the writer setting B beside the claim. ", just as B" dates the
    claim's event ("began at 11:40, just as the rush was starting") and stays in it."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _JUXTAPOSING_MARKS]
    first = min(clause.subtree, key=lambda t: t.i)
    after_comma = first.i > 0 and clause.doc[first.i - 1].text in (",", "—", "–")
    timed = any(m.lower_ == "as" and first.lower_ == "just" for m in marks)
    return after_comma and bool(marks) and not timed


def _continued_clause(cue: Token, head: Token) -> set[int]:
    """", and it is considering ..." hung on the cue by the parser still belongs to the report.

    A conjoined clause whose subject is "it" or "they" continues the reported content: a
    writer changing the subject would name it. So does one opening with "that" ("said A, but
    that B"): a second complement of the same cue.
    """
    for conjunct in cue.children:
        if conjunct.dep_ != "conj" or conjunct.i < head.i or is_cue(conjunct):
            continue
        subjects = [c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass")]
        opens_with_that = min(conjunct.subtree, key=lambda t: t.i).lower_ == "that"
        if opens_with_that or subjects and subjects[0].lower_ in _CONTINUING_SUBJECTS:
            last = max(t.i for t in head.subtree)
            between = set(range(last + 1, min(t.i for t in conjunct.subtree)))
            if all(cue.doc[i].dep_ in ("cc", "punct") for i in between):
                return between | {t.i for t in conjunct.subtree}
    return set()
