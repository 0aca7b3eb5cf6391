"""Direct quotes: a quoted passage attributed by an adjacent cue, or continuing the last speaker.

News style puts the attribution right after the quote (“...,” he said), before it after a
colon or comma (She said: “...”), or between two halves of one sentence (“...,” he said,
“...”). A quote paragraph with no cue continues whoever was quoted just before.

Content is what lies inside the marks, without a trailing comma. A sentence split by its
attribution is one claim whose content spans from the first opening to the last closing mark
(so it includes the interrupting ", he said, “"): a reviewer checks the sentence as a whole,
and a span must be contiguous. So is a quote turn, the quotes around one attribution in one
paragraph (“A,” he said. “B.”): the second part usually leans on the first, and real news
annotation reads them as one attribution (PolNeAR train: 1,043 turns against 35). A quote
running over paragraphs is found as one passage (its cue may come only at the end) but gives
one claim per paragraph (``records``), as news annotation counts quote paragraphs.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution import Attribution
from .cues import cue_span, is_cue, is_reporting, is_rhetorical, speaker_of
from .parsed import ParsedArticle, ParsedParagraph
from .quotes import Quote
from .spans import quote_content

if TYPE_CHECKING:
    from spacy.tokens import Token

_ZONE_TOKENS = 30
_CUE_REACH_AFTER = 8
_CUE_REACH_BEFORE = 6
_SENTENCE_FINAL = frozenset(".!?")
_NOUNISH = frozenset({"PRP", "NNP", "NNPS", "NN", "NNS"})
_WORD = re.compile(r"\w+")
_MIN_CONTINUATION_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?][”\"’']*(?=\s)")
_TITLE_ABBREVIATION = re.compile(
    r"\b(?:Mrs?|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|[A-Z](?:\.[A-Z])*)\.(?=\s)")
""""Mr.", "Sen.", "U.S." inside an attribution ("Mr. Autor said,") end no sentence."""
_CLOSING_PUNCTUATION = frozenset("”\"’',.!?")
_RELATIVE_TURN = re.compile(r",\s+(?:where|who|which|when|whose|as)\b")
_TITLE_MAX_WORDS = 6
_TITLE_SMALL_WORDS = frozenset("a an the of to in on and for at by with or from".split())


def direct_quotes(parsed: ParsedArticle, used: set[int]) -> list[Attribution]:
    """Quotes attributed by a cue next to them; the cues' offsets are added to ``used``.

    1. For each quote with words in it, look for a cue right after the closing mark (only
       the speaker phrase may stand between), else right before the opening mark ending
       in a colon or comma.
    2. A quote opening right after that attribution's comma is the second half of a split
       sentence and joins the same claim, unless a cue of its own follows it (“A,” she said,
       but “B,” said X).
    3. A quote with no cue of its own that opens the next sentence of the same paragraph
       (“A,” he said. “B.”) joins the claim too: the quote turn is one claim.
    """
    found: list[Attribution] = []
    previous: Attribution | None = None
    for quote in parsed.quotes:
        if not _WORD.search(parsed.text, quote.inner_start, quote.inner_end) or _in_headline(parsed, quote):
            continue
        split = previous is not None and _continues_split_sentence(parsed, previous, quote)
        own = _cue_after(parsed, quote) if split else None
        if split and own is None:
            previous.quotes.append(quote)
            previous.content_span = quote_content(parsed.text, previous.quotes)
            continue
        attribution = own or _attributed_after(parsed, quote) or _attributed_before(parsed, quote)
        if attribution is None and previous is not None \
                and _continues_after_attribution(parsed, previous, quote):
            _join(parsed, previous, quote)
            continue
        if attribution is not None:
            used.add(attribution.cue_span[0])
            found.append(attribution)
        previous = attribution
    return found


def _in_headline(parsed: ParsedArticle, quote: Quote) -> bool:
    return parsed.paragraph_at(quote.start).is_headline


def _attributed_after(parsed: ParsedArticle, quote: Quote) -> Attribution | None:
    """“...,” he said / “...,” said X — the quote must open its sentence or follow a colon."""
    if quote.end >= len(parsed.text) or not _opens_sentence(parsed, quote):
        return None
    return _cue_after(parsed, quote)


def _cue_after(parsed: ParsedArticle, quote: Quote) -> Attribution | None:
    """The attribution right after the closing mark: only the speaker phrase may stand before the cue."""
    if quote.end >= len(parsed.text):
        return None
    paragraph = parsed.paragraph_at(quote.end - 1)
    zone = _zone_after(parsed, paragraph, quote)
    position = next((i for i, t in enumerate(zone) if is_cue(t)), None)
    if position is None:
        return None
    cue, before = zone[position], zone[:position]
    subject = speaker_of(cue)
    if subject is not None:
        allowed = {t.i for t in subject.subtree}
        if any(t.i not in allowed and not t.is_punct for t in before):
            return None
    elif position >= _CUE_REACH_AFTER or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in before):
        return None
    return _direct(parsed, paragraph, cue, quote, zone)


def _attributed_before(parsed: ParsedArticle, quote: Quote) -> Attribution | None:
    """She said: “...” — a cue a few words before a colon or comma that opens the quote, also
    when the colon closes the paragraph before ("He continued:" above a quoted paragraph)."""
    introduction = _introduction(parsed, quote)
    if introduction is None:
        return None
    paragraph, mark = introduction
    doc = paragraph.doc
    zone = []
    for i in range(mark.i - 1, max(-1, mark.i - 1 - _CUE_REACH_BEFORE), -1):
        if doc[i].text in _SENTENCE_FINAL or parsed.quote_at(paragraph.start + doc[i].idx):
            break
        zone.append(doc[i])
    cue = next((t for t in zone if is_cue(t) and t.lower_ != "according"), None)
    above = paragraph is not parsed.paragraph_at(quote.start)
    if cue is None or above and cue.tag_ == "VBG":
        return None  # "From Jo Abel, writing at the Gazette:" above a block quote credits a source
    return _direct(parsed, paragraph, cue, quote, zone)


def _introduction(parsed: ParsedArticle, quote: Quote) -> tuple[ParsedParagraph, Token] | None:
    """The colon or comma right before the opening mark, with its paragraph: in the same
    paragraph, or ending the paragraph before when the quote opens its own (a colon only)."""
    paragraph = parsed.paragraph_at(quote.start)
    opening = paragraph.token_at(quote.start)
    if opening is None:
        return None
    if opening.i > 0:
        mark = opening.doc[opening.i - 1]
        return (paragraph, mark) if mark.text in (":", ",") else None
    if paragraph.index == 0 or quote.start != paragraph.start:
        return None
    previous = parsed.paragraphs[paragraph.index - 1]
    last = previous.doc[-1] if len(previous.doc) else None
    return (previous, last) if last is not None and last.text == ":" else None


def _direct(parsed: ParsedArticle, paragraph: ParsedParagraph, cue: Token, quote: Quote,
            zone: list[Token]) -> Attribution | None:
    if not is_reporting(cue) or looks_like_title(parsed.text[quote.inner_start:quote.inner_end]):
        return None
    speaker = speaker_of(cue) or _noun_in_zone(zone, cue)
    if is_rhetorical(speaker):
        return None
    return Attribution("direct", quote_content(parsed.text, [quote]), paragraph, cue,
                       cue_span(cue, paragraph), speaker, None, [quote])


def looks_like_title(quoted: str) -> bool:
    """“Mudflat Boy,” “Designed to Die”: a few words in title case without a sentence end name a
    work, a programme or a slogan, even next to a cue ("He wrote in his memoir, “Mudflat Boy,”
    that ...")."""
    words = _WORD.findall(quoted)
    quoted = quoted[:-1] if quoted.endswith(".") else quoted  # the sentence's stop, US style
    if not words or len(words) > _TITLE_MAX_WORDS or any(ch in _SENTENCE_FINAL for ch in quoted):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
        and sum(w[:1].isupper() for w in words) >= 2


def _noun_in_zone(zone: list[Token], cue: Token) -> Token | None:
    """When the parse gives the cue no subject: the first noun phrase head in the zone."""
    for token in zone:
        if token.i != cue.i and token.tag_ in _NOUNISH:
            head = token
            while head.dep_ in ("compound", "amod", "det", "poss", "flat") and head.head in zone:
                head = head.head
            return head
    return None


def _zone_after(parsed: ParsedArticle, paragraph: ParsedParagraph, quote: Quote) -> list[Token]:
    """Tokens after the closing mark up to the sentence end or the next quote."""
    closing = paragraph.token_at(quote.end - 1)
    doc = closing.doc
    zone: list[Token] = []
    for token in doc[closing.i + 1: closing.i + 1 + _ZONE_TOKENS]:
        if token.text in _SENTENCE_FINAL or parsed.quote_at(paragraph.start + token.idx):
            break
        if not token.is_space:
            zone.append(token)
    return zone


def _opens_sentence(parsed: ParsedArticle, quote: Quote) -> bool:
    """Only whitespace, a colon or a dash stands between the sentence start and the quote."""
    paragraph = parsed.paragraph_at(quote.start)
    opening = paragraph.token_at(quote.start)
    if opening is None:
        return False
    before = opening.doc[opening.sent.start: opening.i]
    return all(t.is_space or t.text in (":", "—", "–", "-") for t in before) or (
        len(before) > 0 and before[-1].text == ":")


def _continues_split_sentence(parsed: ParsedArticle, previous: Attribution, quote: Quote) -> bool:
    """“A,” he said, “b ...” — the second quote opens right after the attribution's comma."""
    last = previous.quotes[-1]
    if previous.cue_span is None or not last.end <= previous.cue_span[0] < quote.start:
        return False
    between = parsed.text[last.end: quote.start]
    words = _TITLE_ABBREVIATION.sub("", between)
    return between.rstrip().endswith(",") and not any(ch in _SENTENCE_FINAL for ch in words) \
        and not _RELATIVE_TURN.search(between)  # "..., where the crowd had chanted “...”" moved on


def _continues_after_attribution(parsed: ParsedArticle, previous: Attribution, quote: Quote) -> bool:
    """“A,” he said. “B.” / He said: “A.” “B.” — the next sentence of the same paragraph is a
    quote and only the attribution's own sentence stands between."""
    end = _claim_end(parsed, previous)
    if parsed.paragraph_at(end - 1) is not parsed.paragraph_at(quote.start) \
            or not _opens_sentence(parsed, quote):
        return False
    between = parsed.text[end: quote.start]
    if not between.strip():  # "He said the plan failed. “...”" may be the writer's quote
        return previous.kind != "indirect"
    cue_between = previous.cue_span is not None and end <= previous.cue_span[0] < quote.start
    return cue_between and len(_SENTENCE_END.findall(_TITLE_ABBREVIATION.sub("", between))) == 1 \
        and _SENTENCE_END.search(between.rstrip() + " ") is not None


def _claim_end(parsed: ParsedArticle, claim: Attribution) -> int:
    """Where a claim's words end: after its last quote's closing mark, else after its content
    and the marks and punctuation closing it."""
    if claim.quotes and claim.quotes[-1].end >= claim.content_span[1]:
        return claim.quotes[-1].end
    end = claim.content_span[1]
    while end < len(parsed.text) and parsed.text[end] in _CLOSING_PUNCTUATION:
        end += 1
    return end


def _join(parsed: ParsedArticle, claim: Attribution, quote: Quote) -> None:
    """``quote`` carries on ``claim``: one claim from the first words to the quote's end."""
    claim.quotes.append(quote)
    if claim.kind == "direct":
        claim.content_span = quote_content(parsed.text, claim.quotes)
    else:
        claim.kind = "mixed"
        claim.content_span = (claim.content_span[0], quote_content(parsed.text, [quote])[1])


def continued_quotes(parsed: ParsedArticle, claims: list[Attribution]) -> list[Attribution]:
    """Quote paragraphs with no cue that carry on the speaker of the claim just before.

    The quote must make up whole sentences, open its paragraph (or follow a direct quote in
    the same paragraph), and the previous claim must be in this or the previous paragraph.
    """
    claimed = {id(q) for claim in claims for q in claim.quotes}
    ordered = sorted(claims, key=lambda c: c.content_span[0])
    found: list[Attribution] = []
    for quote in parsed.quotes:
        if id(quote) in claimed or _in_headline(parsed, quote) or not _is_whole_sentences(parsed, quote):
            continue
        previous = _claim_before(ordered + found, quote.start)
        if previous is None or not _is_near(parsed, previous, quote):
            continue
        if _continues_after_attribution(parsed, previous, quote):
            _join(parsed, previous, quote)
            continue
        found.append(Attribution("direct", quote_content(parsed.text, [quote]),
                                 parsed.paragraph_at(quote.start), parent=previous, quotes=[quote]))
    return found


def _is_whole_sentences(parsed: ParsedArticle, quote: Quote) -> bool:
    words = _WORD.findall(parsed.text, quote.inner_start, quote.inner_end)
    if len(words) < _MIN_CONTINUATION_WORDS or not _opens_sentence(parsed, quote):
        return False
    after = parsed.text[quote.end: quote.end + 3].lstrip(" .")
    return after == "" or after[0] in "\n“\"‘«" or after[0].isupper()


def _claim_before(claims: list[Attribution], position: int) -> Attribution | None:
    before = [c for c in claims if c.content_span[1] <= position]
    return max(before, key=lambda c: c.content_span[1]) if before else None


def _is_near(parsed: ParsedArticle, previous: Attribution, quote: Quote) -> bool:
    here = parsed.paragraph_at(quote.start).index
    there = parsed.paragraph_at(previous.content_span[0]).index
    return here - there <= 1
