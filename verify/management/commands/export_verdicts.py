"""``manage.py export_verdicts``: the audit history (CSV, JSON Lines) or published verdicts
(ClaimReview JSON-LD), to standard output or, all or nothing, to a file.

    python manage.py export_verdicts --format jsonl --output history.jsonl
    python manage.py export_verdicts --format csv --since 2026-11-01 --source-system cms-a > nov.csv
    python manage.py export_verdicts --format claimreview --rating false,mostly_false

A JSON Lines export can be checked offline against the chain head ``manage.py verify_audit_chain``
prints: ``python tools/verify_export.py --expect-head SEQ:HASH history.jsonl``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError, CommandParser

from verify.errors import InvalidInput
from verify.exports import FILTER_NAMES, ExportFormat, export_filters_parse, export_stream, export_write

FILTER_HELP = {
    "since": "entries from this date or ISO date-time on (inclusive)",
    "until": "entries up to this date (inclusive) or before this ISO date-time",
    "state": "state reached by the transition, e.g. published (comma-separated for several)",
    "rating": "substance rating key of the verdict, e.g. false (comma-separated for several)",
    "reviewer": "username of the person who acted (ClaimReview: proposer or approver)",
    "source_system": "newsroom system of the claim's article",
    "speaker": "speaker id or canonical name (repeat the option for several)",
}


def option_name(filter_name: str) -> str:
    return "--" + filter_name.replace("_", "-")


class Command(BaseCommand):
    help = "Export the audit history (csv, jsonl) or published verdicts (claimreview) to stdout or a file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", required=True, choices=ExportFormat.values)
        for name in FILTER_NAMES:
            repeatable = {"action": "append"} if name == "speaker" else {}
            parser.add_argument(
                option_name(name), dest=name, metavar=name.upper(), help=FILTER_HELP[name], **repeatable
            )
        parser.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="write here (replaced only once the export is complete); default: standard output",
        )

    def handle(self, *args, **options) -> None:
        try:
            filters = export_filters_parse(
                {name: options[name] for name in FILTER_NAMES if options[name] is not None}
            )
            output = options["output"]
            if output and output != "-":
                rows = export_write(options["format"], filters, output)
                self.stderr.write(f"{rows} rows written to {output}")
            else:
                self._stream(export_stream(options["format"], filters))
        except InvalidInput as exc:
            raise CommandError(self._invalid(exc)) from None
        except ImproperlyConfigured as exc:
            raise CommandError(f"The export is not configured: {exc}") from None
        except OSError as exc:
            raise CommandError(f"Cannot write {options['output']}: {exc.strerror or exc}") from None

    def _stream(self, chunks: Iterator[bytes]) -> None:
        """Bytes straight to a real standard output (whatever its locale); text to a test's StringIO."""
        binary = getattr(self.stdout, "buffer", None)
        try:
            for chunk in chunks:
                if binary is not None:
                    binary.write(chunk)
                else:
                    self.stdout.write(chunk.decode("utf-8"), ending="")
            (binary or self.stdout).flush()
        except BrokenPipeError:
            # The reader (head, less) stopped reading: not an error. Point stdout at /dev/null so
            # the interpreter's final flush does not complain again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    @staticmethod
    def _invalid(exc: InvalidInput) -> str:
        return "\n".join(
            [exc.message, *(f"  {option_name(name)}: {text}" for name, text in exc.errors.items())]
        )
