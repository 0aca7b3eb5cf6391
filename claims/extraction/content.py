"""What a cue reports: its complement in the parse and the exact span of the claim.

"said (that) A", "A, X said", "according to X, A"; with the repairs the parser needs in long
news sentences (a that-clause hung on the occasion noun, a closing attribution conjoined to the
first clause), and the parts of the complement that are not the claim (", adding that ...",
", even as ..." after the cue, "and called B a model").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import PARTICIPLE_DEPS, can_speak, cue_lemma, is_cue, opens_with_as, speaker_of
from .elaboration import trailing_asides
from .lexicon import (INFINITIVE_CONTENT_VERBS, OBJECT_CONTENT_VERBS, OCCASION_NOUNS, SPEAKER_ACT_FORMS,
                      SPEECH_VERBS)
from .parsed import ParsedParagraph
from .spans import Span, drop_leading_that, run_around, tidy_span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_JUXTAPOSING_MARKS = frozenset({"as"})
_WRITER_PARTICIPLES = frozenset("""sending pushing dragging prompting triggering pointing fueling
    fuelling knocking lifting drawing highlighting surpassing marking underscoring signaling signalling
    capping""".split())
_CONTINUING_SUBJECTS = frozenset({"it", "they"})
_QUESTION_WORDS = frozenset("whether if how what why when where who which".split())
_ADVERBIAL_MARKS = frozenset("before after as while when until because since though although once".split())
_CONCESSIVE_MARKS = frozenset("though although while whereas".split())
_AS_ASIDE_REACH = 8
_BARE_OBJECTS = frozenset({"PRP", "DT", "WP", "WDT"})
"""Objects that say nothing by themselves: "denied it", "confirmed this", "what he announced"."""
_ASPECT_VERBS = frozenset({"continue"})
"""Cue verbs that also mark aspect: "continued pushing for a deal" reports nothing."""


def reports_clause(token: Token) -> bool:
    """A cue verb used for reporting: it has something reported ("admit nations" has not, nor
    "unable to say how the fire began")."""
    if not is_cue(token):
        return False
    head, enclosing = complement_of(token)
    return head is not None and (enclosing or not _is_embedded_question(head, token))


def complement_of(cue: Token, *, objects: bool = False) -> tuple[Token | None, bool]:
    """The head of what the cue reports, and whether the cue sits inside or after it.

    "said (that) A": A's verb, a ccomp child (with "told", the one introduced by "that").
    "A, he said" or "X, he said, did A" where the parser made the cue a child of A, and "As
    X reported, A": A's verb, flagged as enclosing.
    "according to X, A": A's verb, enclosing.
    With ``objects``, also what a cue takes as its object ("reported a record loss").
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
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not _is_earlier_report(c, cue)
               and not _is_time_clause(c)]
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
    taken = _object_complement(cue) if objects else None
    if taken is not None:
        return taken, False
    aside = _as_aside_head(cue) or _parenthetical_head(cue)
    if aside is not None:
        return aside, True
    return None, False


def _parenthetical_head(cue: Token) -> Token | None:
    """"The hashtag, Mr. Abel said, drew thousands of posts": an attribution set off by commas
    that the parser hung somewhere it reports nothing. The sentence around it is the claim (its
    root, when that lies outside the attribution and words stand on both sides)."""
    if speaker_of(cue) is None or cue.dep_ not in ("parataxis", "advcl", "conj", "dep", "appos") \
            or cue_lemma(cue) in _ASPECT_VERBS or any(c.dep_ == "mark" for c in cue.children):
        return None  # "after the interview concluded", "as Kerry continues" set the scene
    phrase = sorted(cue.subtree, key=lambda t: t.i)
    while phrase and phrase[0].is_punct:
        phrase = phrase[1:]
    while phrase and phrase[-1].is_punct:
        phrase = phrase[:-1]
    sentence, doc = cue.sent, cue.doc
    first, last = phrase[0].i, phrase[-1].i
    if first <= sentence.start + 1 or last + 1 >= sentence.end - 1:
        return None
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    root = sentence.root
    return root if root.i not in {t.i for t in phrase} else None


def _object_complement(cue: Token) -> Token | None:
    """What a cue reports when it takes no clause: "reported its smallest profit in years"
    (a noun phrase after a verb that states its object), "denied having been there" (a
    gerund), "promised to cut taxes" (an infinitive after a verb of commitment)."""
    lemma = cue_lemma(cue)
    subject = speaker_of(cue)
    if subject is not None and (not can_speak(subject) or subject.lower_ in ("it", "that", "this")):
        return None  # "The plan threatens to raise costs": things do not state
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "dobj" and lemma in OBJECT_CONTENT_VERBS and child.tag_ not in _BARE_OBJECTS \
                and child.ent_type_ not in ("DATE", "TIME"):
            return child
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and lemma in SPEECH_VERBS \
                and lemma not in _ASPECT_VERBS:
            return child
        if child.dep_ == "xcomp" and lemma in INFINITIVE_CONTENT_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _object_modifiers(cue: Token, head: Token) -> set[int]:
    """"announced his engagement to Jo Abel", "denied any role in the closure": the phrases the
    parser hung on the cue right after its object belong to what was stated (not a date, not
    after a comma)."""
    if head.dep_ != "dobj" or head.head.i != cue.i:
        return set()
    modifiers: set[int] = set()
    end = max(t.i for t in head.subtree)
    for child in sorted(cue.children, key=lambda t: t.i):
        if child.i <= end:
            continue
        if child.dep_ not in ("prep", "xcomp") or child.ent_type_ in ("DATE", "TIME") \
                or cue.doc[min(t.i for t in child.subtree) - 1].text == "," \
                or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            break
        subtree = {t.i for t in child.subtree}
        modifiers |= subtree | set(range(end + 1, min(subtree)))
        end = max(subtree)
    return modifiers


def _as_aside_head(cue: Token) -> Token | None:
    """"As the Gazette reported, A": the verb of A. The parser hangs the "as" clause on A, or
    misreads it ("As the Gazette reported" as a noun with a relative clause), so a sentence
    opening with "As" and the cue a few words later, before a comma, also counts. A cue with an
    object of its own, or a subject that cannot speak, makes a time clause ("As he said goodbye,
    the crowd cheered", "As the shelling continued, ...")."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in cue.children) and cue_lemma(cue) != "tell" \
            or cue_lemma(cue) in _ASPECT_VERBS:
        return None
    speaker = speaker_of(cue)
    if speaker is not None and not can_speak(speaker):
        return None
    if opens_with_as(cue):
        return cue.head if cue.head.tag_.startswith("VB") else None
    sentence = cue.sent
    root = sentence.root
    comma = next((t for t in cue.doc[cue.i + 1: root.i] if t.text == ","), None)
    if sentence[0].lower_ != "as" or cue.i - sentence.start > _AS_ASIDE_REACH or comma is None \
            or not root.tag_.startswith("VB") \
            or any(t.tag_.startswith("VB") for t in cue.doc[cue.i + 1: comma.i]):
        return None
    return root


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


def _is_time_clause(clause: Token) -> bool:
    """"..., officials said, hours before negotiators were due to resume talks": a clause with a
    subordinating mark that the parser hung on the cue as its complement sets the scene."""
    return any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)


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
    the parser hung on it, is not what the cue reports ("He may add staff, he said" is: "add"
    reports nothing there)."""
    return clause.i < cue.i and is_cue(clause) and speaker_of(clause) is not None and reports_clause(clause)


def content_span(text: str, paragraph: ParsedParagraph, cue: Token, speaker: Token | None) -> Span | None:
    """The span of what ``cue`` reports, or None when it reports nothing (or only a question)."""
    head, enclosing = complement_of(cue, objects=True)
    if head is None or not enclosing and _is_embedded_question(head, cue):
        return None
    doc = cue.doc
    included = {t.i for t in head.subtree}
    attribution = {t.i for t in cue.subtree} if enclosing else {cue.i}
    if speaker is not None:
        attribution |= _speaker_tokens(speaker, cue)
    excluded = attribution | _separate_parts(head, cue) | _after_according(head, cue)
    excluded |= trailing_asides(head, included - excluded)
    if not enclosing:
        included |= _continued_clause(cue, head) | _object_modifiers(cue, head)
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


def _speaker_tokens(speaker: Token, cue: Token) -> set[int]:
    """The speaker phrase; in "Voters who say A" the cue's own clause hangs inside it and stays out."""
    tokens = {t.i for t in speaker.subtree}
    return tokens - {t.i for t in cue.subtree} if cue.i in tokens else tokens


def _separate_parts(head: Token, cue: Token) -> set[int]:
    """Parts of the complement that are not the reported claim.

    A participle cue without subject ("..., adding that B") is a claim of its own, and a
    ", (even) as ..." / ", sending ..." clause after the cue is the writer setting
    the scene (before "..., officials said" it is part of what they said).
    """
    separate: set[int] = set()
    for token in head.subtree:
        if token.i in (cue.i, head.i):
            continue
        shares_modal = token.dep_ == "conj" and token.tag_ == "VB"  # "he would attend and ask ..."
        if reports_clause(token) and token.dep_ in PARTICIPLE_DEPS and speaker_of(token) is None \
                and not shares_modal:
            separate |= {t.i for t in token.subtree}
        elif token.dep_ == "advcl" and token.i > cue.i and (
                _is_juxtaposition(token) or _is_writer_participle(token)):
            separate |= {t.i for t in token.subtree}
        elif _is_speaker_act(token, head) or _is_own_concession(token):
            separate |= {t.i for t in token.subtree}
    return separate


def _is_own_concession(clause: Token) -> bool:
    """", though he acknowledged B": a concession reported with its own cue and speaker is a claim
    of its own, not part of the first."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.dep_ == "advcl" and bool(marks & _CONCESSIVE_MARKS) and reports_clause(clause) \
        and speaker_of(clause) is not None


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
    """", even as B": the writer setting B beside the claim. ", just as B" dates the claim's event
    ("began at 11:40, just as the rush was starting") and stays in it, and so does ", while B",
    mostly the speaker's own contrast (real news annotation keeps it)."""
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
