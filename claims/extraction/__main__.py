"""Prints JSON Lines of claims for article files: ``python -m claims.extraction FILE...``.

One line per file: {"path", "claims": [...]} (or {"path", "error"} when a file cannot be
read or processed), the format of ``manage.py extract --format jsonl``.
"""
from __future__ import annotations

import json
import sys

from . import ExtractionError, claim_to_dict, extract_many
from .article import validate_text


def main(paths: list[str]) -> int:
    readable: list[tuple[str, str]] = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                readable.append((path, validate_text(handle.read())))
        except (OSError, UnicodeDecodeError, ExtractionError) as error:
            print(json.dumps({"path": path, "error": str(error)}))
    for (path, _), claims in zip(readable, extract_many(text for _, text in readable)):
        print(json.dumps({"path": path, "claims": [claim_to_dict(c) for c in claims]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
