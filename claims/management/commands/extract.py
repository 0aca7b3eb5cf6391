"""``manage.py extract``: run the claim extractor on files and print the claims; stores nothing.

The JSON shapes printed here are a contract used by external evaluation: keep them stable.
"""

import json
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims import extraction
from claims.extraction.article import validate_text
from claims.management.commands._input import read_article_text


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be a date as YYYY-MM-DD, not {value!r}.") from exc


class Command(BaseCommand):
    help = "Extract attributed claims from article text files (or - for stdin) without storing them."
    # Offline and stateless: it must run with no secret key, database or broker configured.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="text files, or - for standard input")
        parser.add_argument("--published", help="the articles' publication date, YYYY-MM-DD")
        parser.add_argument("--format", choices=["json", "jsonl", "text"], default="json")

    def handle(self, *args, **options) -> None:
        paths: list[str] = options["paths"]
        fmt: str = options["format"]
        published = parse_date(options["published"]) if options["published"] else None
        if fmt == "json" and len(paths) != 1:
            raise CommandError("--format json takes exactly one input; use --format jsonl for several.")
        readable, failures = self._read_all(paths, stop_on_error=fmt == "json")
        texts = [text for _, text in readable]
        results = extraction.extract_many(texts, published=published, model=settings.EXTRACTION_MODEL)
        for (path, _), claims in zip(readable, results, strict=True):
            self._print(path, [extraction.claim_to_dict(claim) for claim in claims], fmt)
        if failures:
            raise CommandError(f"{failures} of {len(paths)} inputs could not be read; see the messages above.")

    def _read_all(self, paths: list[str], *, stop_on_error: bool) -> tuple[list[tuple[str, str]], int]:
        """Read and validate every input first, so one bad file costs only its own line."""
        readable: list[tuple[str, str]] = []
        failures = 0
        for path in paths:
            try:
                readable.append((path, validate_input(path)))
            except CommandError as exc:
                if stop_on_error:
                    raise
                failures += 1
                self.stderr.write(str(exc))
                self.stdout.write(json.dumps({"path": path, "claims": [], "error": str(exc)}, ensure_ascii=False))
        return readable, failures

    def _print(self, path: str, claims: list[dict], fmt: str) -> None:
        if fmt == "json":
            self.stdout.write(json.dumps({"claims": claims}, ensure_ascii=False, indent=2))
        elif fmt == "jsonl":
            self.stdout.write(json.dumps({"path": path, "claims": claims}, ensure_ascii=False))
        else:
            self.stdout.write(format_claims_as_text(path, claims))


def validate_input(path: str) -> str:
    text = read_article_text(path)
    try:
        return validate_text(text)
    except extraction.ExtractionError as exc:
        raise CommandError(f"{path}: {exc}") from exc


def format_claims_as_text(path: str, claims: list[dict]) -> str:
    lines = [f"== {path}: {len(claims)} claims"]
    for number, claim in enumerate(claims, 1):
        speaker = claim["speaker"]
        who = f"{speaker['canonical']} (\"{speaker['mention']}\")" if speaker else "(article)"
        lines.append(f"{number:>3}. [{claim['kind']}] {who} {claim['cue'] or ''}: {claim['content']}")
        for quantity in claim["quantities"]:
            qualifier = f"{quantity['qualifier']} " if quantity.get("qualifier") else ""
            lines.append(f"       quantity: {qualifier}{quantity['value']} {quantity.get('unit') or ''}".rstrip())
    return "\n".join(lines)
