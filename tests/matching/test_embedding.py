"""The optional sentence encoder, run on a tiny random model written by the test (the real
weights come from a model package that is not a dependency)."""
from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from verify.matching import embedding
from verify.matching.embedding import SentenceEncoder, WordPieceVocabulary

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "close", "to", "700", "civilians", "killed", "un",
              "##able", "cafe", ",", ".", "the"]


def write_model(directory: Path, width: int = 8, heads: int = 2, layers: int = 2, inner: int = 16) -> Path:
    rng = np.random.default_rng(7)
    shapes = {"embeddings.word_embeddings.weight": (len(VOCABULARY), width),
              "embeddings.position_embeddings.weight": (32, width),
              "embeddings.token_type_embeddings.weight": (2, width),
              "embeddings.LayerNorm.weight": (width,), "embeddings.LayerNorm.bias": (width,)}
    for layer in range(layers):
        prefix = f"encoder.layer.{layer}."
        for name in ("query", "key", "value"):
            shapes[f"{prefix}attention.self.{name}.weight"] = (width, width)
            shapes[f"{prefix}attention.self.{name}.bias"] = (width,)
        shapes.update({f"{prefix}attention.output.dense.weight": (width, width),
                       f"{prefix}attention.output.dense.bias": (width,),
                       f"{prefix}attention.output.LayerNorm.weight": (width,),
                       f"{prefix}attention.output.LayerNorm.bias": (width,),
                       f"{prefix}intermediate.dense.weight": (inner, width), f"{prefix}intermediate.dense.bias": (inner,),
                       f"{prefix}output.dense.weight": (width, inner), f"{prefix}output.dense.bias": (width,),
                       f"{prefix}output.LayerNorm.weight": (width,), f"{prefix}output.LayerNorm.bias": (width,)})
    header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name, shape in shapes.items():
        blob = rng.normal(size=shape).astype(np.float32).tobytes()
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    encoded = json.dumps(header).encode()
    (directory / "model.safetensors").write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))
    (directory / "vocab.txt").write_text("\n".join(VOCABULARY) + "\n", encoding="utf-8")
    (directory / "config.json").write_text(json.dumps(
        {"hidden_size": width, "num_attention_heads": heads, "num_hidden_layers": layers}), encoding="utf-8")
    return directory


def test_wordpiece_lowercases_strips_accents_and_splits_pieces(tmp_path):
    vocabulary = WordPieceVocabulary(write_model(tmp_path) / "vocab.txt")
    ids = vocabulary.ids("Close to 700 civilians, UNABLE café!")
    pieces = [VOCABULARY[i] for i in ids]
    assert pieces == ["[CLS]", "close", "to", "700", "civilians", ",", "un", "##able", "cafe", "[UNK]", "[SEP]"]


def test_long_text_is_cut_to_the_models_length(tmp_path):
    vocabulary = WordPieceVocabulary(write_model(tmp_path) / "vocab.txt")
    assert len(vocabulary.ids("the " * 1000)) == embedding.MAX_TOKENS


def test_vectors_are_unit_length_and_do_not_depend_on_the_batch(tmp_path):
    encoder = SentenceEncoder(write_model(tmp_path))
    texts = ["close to 700 civilians killed", "the", "700 civilians killed , the un", ""]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    assert together.shape == (4, 8)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_no_model_installed_means_no_encoder(monkeypatch):
    monkeypatch.delenv("MATCHING_MODEL_DIR", raising=False)
    monkeypatch.setattr(embedding, "MODEL_PACKAGE", "no_such_model_package")
    embedding.load_encoder.cache_clear()
    try:
        assert embedding.load_encoder() is None
    finally:
        embedding.load_encoder.cache_clear()


def test_the_model_directory_can_be_set(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHING_MODEL_DIR", str(write_model(tmp_path)))
    embedding.load_encoder.cache_clear()
    try:
        assert embedding.load_encoder() is not None
    finally:
        embedding.load_encoder.cache_clear()


@pytest.mark.parametrize("text", ["😀" * 500, "\x00\x01", "שלום", "a" * 10_000])
def test_hostile_text_encodes_to_a_unit_vector(tmp_path, text):
    vector = SentenceEncoder(write_model(tmp_path)).encode([text])[0]
    assert np.isfinite(vector).all() and abs(np.linalg.norm(vector) - 1) < 1e-5
