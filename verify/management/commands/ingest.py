"""``manage.py ingest``: store article files and queue their extraction (and so their reviews)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.errors import InvalidArticle
from claims.management.commands._input import read_article_text
from claims.management.commands.extract import parse_date
from verify.services.articles import article_ingest


class Command(BaseCommand):
    help = "Store article text files as articles and queue claim extraction for each."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files, one article each")
        parser.add_argument("--published", help="publication date of the articles, YYYY-MM-DD")
        parser.add_argument("--source", default="files", help="source system name (default: files)")

    def handle(self, *args, **options) -> None:
        published = parse_date(options["published"]) if options["published"] else None
        source = options["source"].strip()
        if not source or len(source) > 100:
            raise CommandError("--source must be 1 to 100 characters.")
        failures = 0
        for path in options["paths"]:
            try:
                self._ingest_one(path, source=source, published=published)
            except (CommandError, InvalidArticle) as exc:
                failures += 1
                self.stderr.write(f"{path}: not stored: {exc}")
        if failures:
            raise CommandError(f"{failures} of {len(options['paths'])} files could not be stored.")

    def _ingest_one(self, path: str, *, source: str, published) -> None:
        text = read_article_text(path)
        external_id = Path(path).name[:200]
        result = article_ingest(
            source_system=source, external_id=external_id, body=text, published_on=published
        )
        article = result.article
        article.refresh_from_db()
        if result.created:
            outcome = "stored"
        elif result.body_changed:
            outcome = f"stored as revision {article.revision}"
        else:
            outcome = "unchanged"
        self.stdout.write(
            f"{path}: article {article.pk} {outcome}; extraction {article.extraction_status}"
            f" ({article.claims.count()} claims)"
        )
