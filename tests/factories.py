"""factory_boy factories for the models tests build: users with roles, articles, claims, reviews,
sources, verdicts and notes, and the one cast of people every test package shares (``PEOPLE``).
Reviews can be built in any state (the state is set at creation, which the protected FSM field
allows); tests of transitions go through the services.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta

import factory
from django.contrib.auth.models import Group, User
from django.utils import timezone

from access.roles import AUDITOR, EDITOR, FACT_CHECKER, NEWSROOM_SYSTEM
from claims.models import Article, Claim, ClaimKind, Speaker
from claims.services import claim_content_key, content_hash
from verify.models import Note, Review, ReviewState, Source, Stance, Verdict, VerdictStatus

BODY = "Mayor Jane Doe said 40,000 people would benefit from the new wage, up from 25,000 last year."


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True
    password = factory.django.Password("pw")

    @factory.post_generation
    def roles(self, create: bool, extracted, **kwargs) -> None:
        """``UserFactory(roles=["editor"])`` puts the user in those role groups."""
        for name in extracted or ():
            self.groups.add(Group.objects.get_or_create(name=name)[0])


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source_system = "cms-a"
    external_id = factory.Sequence(lambda n: f"story-{n}")
    headline = "Wage rise"
    body = BODY
    content_hash = factory.LazyAttribute(lambda article: hashlib.sha256(article.body.encode()).hexdigest())
    published_on = factory.LazyFunction(timezone.localdate)
    extraction_status = "done"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker
        django_get_or_create = ("name_key", "type")

    canonical_name = "Jane Doe"
    name_key = "jane doe"
    type = "person"
    role = "Mayor"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    kind = ClaimKind.INDIRECT
    content = factory.Sequence(lambda n: f"{40_000 + n} people would benefit from the new wage")
    content_key = factory.LazyAttribute(lambda claim: hashlib.sha256(claim.content.encode()).hexdigest())
    content_start = 0
    content_end = 20
    body_hash = factory.SelfAttribute("article.content_hash")
    speaker = factory.SubFactory(SpeakerFactory)
    speaker_mention = "Mayor Jane Doe"
    checkworthiness = 0.8


class ReviewFactory(factory.django.DjangoModelFactory):
    """A review in ``state``; states that need an assignee or a due date get them."""

    class Meta:
        model = Review

    claim = factory.SubFactory(ClaimFactory)
    state = ReviewState.NEW
    priority = 0.5
    assignee = factory.Maybe(
        factory.LazyAttribute(lambda review: review.state in ("in_review", "awaiting_source", "verdict_proposed")),
        yes_declaration=factory.SubFactory(UserFactory, roles=["fact_checker"]),
        no_declaration=None,
    )
    due_on = factory.Maybe(
        factory.LazyAttribute(lambda review: review.state == "awaiting_source"),
        yes_declaration=factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=3)),
        no_declaration=None,
    )
    proposer = factory.Maybe(
        factory.LazyAttribute(lambda review: review.state == "verdict_proposed"),
        yes_declaration=factory.SelfAttribute("assignee"),
        no_declaration=None,
    )
    published_at = factory.Maybe(
        factory.LazyAttribute(lambda review: review.state == "published"),
        yes_declaration=factory.LazyFunction(timezone.now),
        no_declaration=None,
    )


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    review = factory.SubFactory(ReviewFactory, state=ReviewState.IN_REVIEW)
    url = factory.Sequence(lambda n: f"https://stats.example.org/wages/{n}")
    title = "Wage statistics"
    publisher = "Statistics Office"
    stance = Stance.SUPPORTS
    excerpt = "40,012 workers earn the minimum wage."


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict
        skip_postgeneration_save = True

    review = factory.SubFactory(ReviewFactory, state=ReviewState.VERDICT_PROPOSED)
    number = factory.Sequence(lambda n: n + 1)
    status = VerdictStatus.PROPOSED
    attribution = "confirmed"
    attribution_rationale = "Recorded at the council meeting."
    substance = "mostly_true"
    substance_label = "Mostly true"
    substance_value = 4
    substance_alternate_name = "Mostly true"
    substance_rationale = "The office counts 40,012."
    summary = "About right: the statistics office counts 40,012 workers."
    proposed_by = factory.SelfAttribute("review.assignee")
    proposed_at = factory.LazyFunction(timezone.now)


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    review = factory.SubFactory(ReviewFactory)
    author = factory.SubFactory(UserFactory, roles=["fact_checker"])
    text = "Called the mayor's office."


def review_in(state: str, *, assignee=None, **fields) -> Review:
    """A review in ``state`` with the rows that state implies: a pending verdict (citing a source)
    when a verdict is proposed, an approved one when published."""
    if state in ("in_review", "awaiting_source", "verdict_proposed") and assignee is not None:
        fields["assignee"] = assignee
    review = ReviewFactory(state=state, **fields)
    if state in ("verdict_proposed", "published"):
        source = SourceFactory(review=review)
        verdict_fields = {"status": VerdictStatus.PROPOSED, "proposed_by": review.proposer}
        if state == "published":
            proposer = review.assignee or UserFactory(roles=["fact_checker"])
            approver = UserFactory(roles=["editor"])
            verdict_fields = {"status": VerdictStatus.APPROVED, "proposed_by": proposer, "decided_by": approver,
                              "decided_at": timezone.now()}
        VerdictFactory(review=review, number=1, **verdict_fields).sources.set([source])
    return review


# --- The people of the tests (healthchecks' alice, bob and charlie, by role) -------------------


@dataclass(frozen=True)
class Person:
    roles: tuple[str, ...] = ()
    is_staff: bool = True
    is_superuser: bool = False


PEOPLE: dict[str, Person] = {
    "fact_checker": Person((FACT_CHECKER,)),
    "other_checker": Person((FACT_CHECKER,)),
    "editor": Person((EDITOR,)),
    "other_editor": Person((EDITOR,)),
    "auditor": Person((AUDITOR,)),
    "outsider": Person(),  # staff, but no role on the desk
    "newsroom": Person((NEWSROOM_SYSTEM,), is_staff=False),
    "newsroom_staff": Person((NEWSROOM_SYSTEM,)),  # a newsroom system account wrongly marked staff
    "cms-a-system": Person((NEWSROOM_SYSTEM,), is_staff=False),  # the API's newsroom of source cms-a
    "cms-b-system": Person((NEWSROOM_SYSTEM,), is_staff=False),  # ... and of cms-b
    "superuser": Person(is_superuser=True),
}


class People(Mapping):
    """``PEOPLE`` as users (password "pw"), each made the first time a test asks for it."""

    def __init__(self) -> None:
        self._made: dict[str, User] = {}

    def __getitem__(self, username: str) -> User:
        if username not in self._made:
            person = PEOPLE[username]
            self._made[username] = UserFactory(
                username=username, roles=person.roles, is_staff=person.is_staff, is_superuser=person.is_superuser
            )
        return self._made[username]

    def __iter__(self) -> Iterator[str]:
        return iter(PEOPLE)

    def __len__(self) -> int:
        return len(PEOPLE)


BODY_TWO_SPEAKERS = (
    "Mayor Jane Doe said 40,000 people would benefit from the new wage.\n\n"
    "Council member John Roe said the increase would cost businesses $3 million a year.\n"
)


def article_with_claims(source_system: str = "cms-a", external_id: str = "story-1", claims: int = 2) -> Article:
    """An extracted article with ``claims`` claims, each with a new review (no extractor run)."""
    digest = content_hash(BODY_TWO_SPEAKERS)
    article = Article.objects.create(
        source_system=source_system, external_id=external_id, body=BODY_TWO_SPEAKERS, content_hash=digest,
        headline="Wage rise", extraction_status="done", extracted_hash=digest,
    )
    speaker, _ = Speaker.objects.get_or_create(
        name_key="jane doe", type="person", defaults={"canonical_name": "Jane Doe", "role": "Mayor"}
    )
    start = BODY_TWO_SPEAKERS.index("40,000")
    for index in range(claims):
        content = f"{40_000 + index} people would benefit from the new wage"
        claim = Claim.objects.create(
            article=article, kind=ClaimKind.INDIRECT, content=content, content_key=claim_content_key(content),
            content_start=start, content_end=start + 52, body_hash=digest, speaker=speaker,
            speaker_mention="Mayor Jane Doe", mention_start=0, mention_end=14, checkworthiness=0.8,
        )
        Review.objects.create(claim=claim, priority=claim.checkworthiness)
    return article
