"""A small audit history for the export tests, made through the workflow services (never by hand).

``history_build`` walks three claims through the desk:

1. "published": queued, claimed, a source added (title starting with "=", to test formula
   escaping), a verdict proposed (mostly true) and approved by an editor;
2. "sent back": queued, claimed, a source added, a verdict proposed (false) and sent back;
3. "dismissed": dismissed with a reason starting with "+".

The three claims come from two source systems and have two speakers.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Speaker
from tests.factories import ArticleFactory, ClaimFactory, ReviewFactory, SpeakerFactory
from verify.models import Review
from verify.services import reviews, sources, verdicts


@dataclass
class History:
    published: Review
    sent_back: Review
    dismissed: Review
    mayor: Speaker
    minister: Speaker


def review_for(*, source_system: str, speaker: Speaker, content: str, headline: str) -> Review:
    article = ArticleFactory(
        source_system=source_system,
        headline=headline,
        url=f"https://{source_system}.example.org/{headline.lower().replace(' ', '-')}",
    )
    return ReviewFactory(claim=ClaimFactory(article=article, speaker=speaker, content=content))


def researched(review: Review, *, checker, title: str) -> Review:
    review = reviews.review_queue(review=review, actor=checker)
    review = reviews.review_claim(review=review, actor=checker)
    source = sources.source_add(
        review=review,
        actor=checker,
        url="https://stats.example.org/wages",
        stance="supports",
        title=title,
        publisher="Statistics Office",
    )
    return verdicts.verdict_propose(
        review=review,
        actor=checker,
        substance="mostly_true" if title.startswith("=") else "false",
        substance_rationale="The office counts 40,012.",
        summary="About right: 40,012 workers.",
        attribution="confirmed",
        attribution_rationale="On the council video.",
        source_ids=[source.id],
    )


def history_build(*, checker, editor) -> History:
    mayor = SpeakerFactory()
    minister = SpeakerFactory(canonical_name="Olena Kovalenko", name_key="olena kovalenko", role="Minister")
    published = review_for(
        source_system="cms-a",
        speaker=mayor,
        headline="Wage rise",
        content="40,000 people would benefit from the new wage",
    )
    sent_back = review_for(
        source_system="cms-b", speaker=minister, headline="Port traffic", content="Three ports are open again"
    )
    dismissed = review_for(
        source_system="cms-a", speaker=minister, headline="Weather", content="It was the warmest March"
    )

    published = researched(published, checker=checker, title='=HYPERLINK("http://evil")')
    published = verdicts.verdict_approve(review=published, actor=editor)
    sent_back = researched(sent_back, checker=checker, title="Port authority figures")
    sent_back = verdicts.verdict_send_back(review=sent_back, actor=editor, reason="Which ports? Name them.")
    dismissed = reviews.review_dismiss(review=dismissed, actor=checker, reason="+ opinion, not checkable")
    return History(
        published=published, sent_back=sent_back, dismissed=dismissed, mayor=mayor, minister=minister
    )
