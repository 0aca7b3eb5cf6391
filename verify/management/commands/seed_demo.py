"""``manage.py seed_demo``: demo users (one per role) and the seed article, extracted.

Safe to run repeatedly: existing users keep their passwords and the article is re-ingested
as a no-op. Refuses to run with DEBUG off, because the demo passwords are public.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser

import claims
from verify.services.articles import article_ingest

DEMO_DIR = Path(claims.__file__).resolve().parent / "demo"
DEMO_ARTICLE = DEMO_DIR / "kyiv-2022-03-15.txt"
DEMO_USERS = [
    # username, password, group, is_superuser
    ("admin", "demo-admin", None, True),
    ("editor", "demo-editor", "editor", False),
    ("checker", "demo-checker", "fact_checker", False),
    ("auditor", "demo-auditor", "auditor", False),
    ("newsroom", "demo-newsroom", "newsroom_system", False),
]


class Command(BaseCommand):
    help = "Create demo users (one per role) and ingest the demo article. Development only."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="run even with DEBUG off")

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("seed_demo creates users with public passwords; it runs only with DJANGO_DEBUG=true.")
        for username, password, group, is_superuser in DEMO_USERS:
            self._user_ensure(username, password, group, is_superuser)
        result = article_ingest(
            source_system="demo",
            external_id=DEMO_ARTICLE.name,
            body=DEMO_ARTICLE.read_text(encoding="utf-8"),
            headline="Ukraine says Russia softening stance in talks as Kyiv is shelled",
            url="https://example.org/news/kyiv-2022-03-15",
        )
        article = result.article
        article.refresh_from_db()
        self.stdout.write(
            f"Demo article {article.pk}: extraction {article.extraction_status}, {article.claims.count()} claims."
        )
        self.stdout.write("Demo logins (username / password):")
        for username, password, group, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<10} {password:<15} {group or 'superuser'}")

    def _user_ensure(self, username: str, password: str, group: str | None, is_superuser: bool) -> None:
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={"is_staff": group != "newsroom_system", "is_superuser": is_superuser},
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        if group:
            user.groups.add(Group.objects.get_or_create(name=group)[0])
