"""Importing the extractor must not load spaCy: web and export processes never extract."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_importing_the_extractor_does_not_import_spacy():
    code = "import claims.extraction, sys; assert 'spacy' not in sys.modules, 'spacy was imported'"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
