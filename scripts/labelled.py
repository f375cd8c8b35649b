"""Shared helpers for training and evaluating on labelled answers (LABELS.md format).

Used by scripts/train_*.py and benchmarks; needs the `train` extra (scikit-learn). The labelled files
are read by path and never copied into the repository.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interview_coach.analysis.base import Context, prepare  # noqa: E402
from interview_coach.analysis.encoder import default_encoder  # noqa: E402
from interview_coach.analysis.linear import LinearModel  # noqa: E402
from interview_coach.domain import Answer  # noqa: E402


@dataclass
class Record:
    id: str
    source: str  # the file it came from: the unit of the cross-file hold-out
    answer: Answer
    labels: dict[str, Any]
    context: Context


def answer_from_json(item: dict[str, Any]) -> Answer:
    return Answer(
        text=str(item.get("answer", "")),
        question=str(item.get("question", "")),
        question_type=str(item.get("question_type", "behavioral")),
        role=str(item.get("role", "")),
        skills=tuple(str(s) for s in item.get("skills") or ()),
        spoken=bool(item.get("spoken", False)),
    )


def load_records(paths: Iterable[str | Path], embed: bool = True) -> list[Record]:
    encoder = default_encoder() if embed else None
    records = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            answer = answer_from_json(item)
            records.append(
                Record(
                    item["id"],
                    Path(path).name,
                    answer,
                    item.get("labels") or {},
                    prepare(answer, encoder),
                )
            )
    return records


def fit_logistic(
    name: str,
    rows: Sequence[dict[str, float]],
    y: Sequence[int],
    embeddings: np.ndarray | None = None,
    c: float = 1.0,
    embedding_c_scale: float = 1.0,
    class_weight: str | None = "balanced",
    feature_names: Sequence[str] | None = None,
) -> LinearModel:
    """Fit L2 logistic regression on standardised hand features (+ optional raw embeddings).

    `embedding_c_scale` < 1 shrinks the embedding weights relative to the hand features by scaling
    the embedding columns down before the fit (an L2 penalty on the original scale).
    """
    from sklearn.linear_model import LogisticRegression

    names = list(feature_names or sorted({k for row in rows for k in row}))
    x = np.array([[float(row.get(n, 0.0)) for n in names] for row in rows], dtype=np.float64)
    mean = x.mean(axis=0) if len(x) else np.zeros(len(names))
    scale = x.std(axis=0) if len(x) else np.ones(len(names))
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    if embeddings is not None:
        z = np.hstack([z, embeddings * embedding_c_scale])
    labels = np.asarray(y, dtype=int)
    if len(set(labels.tolist())) < 2:
        bias = 10.0 if labels.size and labels[0] == 1 else -10.0
        return LinearModel(name, "logistic", tuple(names), np.zeros(len(names)), mean, scale, bias)
    clf = LogisticRegression(C=c, class_weight=class_weight, max_iter=5000)
    clf.fit(z, labels)
    coef = clf.coef_[0]
    emb_w = None
    if embeddings is not None:
        emb_w = coef[len(names) :] * embedding_c_scale
    return LinearModel(
        name,
        "logistic",
        tuple(names),
        coef[: len(names)],
        mean,
        scale,
        float(clf.intercept_[0]),
        emb_w,
    )


def cross_file_splits(records: Sequence[Record]) -> list[tuple[list[int], list[int]]]:
    """Train on one labelled file, test on the other (and the reverse)."""
    sources = sorted({r.source for r in records})
    splits = []
    for held in sources:
        train = [i for i, r in enumerate(records) if r.source != held]
        test = [i for i, r in enumerate(records) if r.source == held]
        if train and test:
            splits.append((train, test))
    return splits


def kfold_splits(n: int, k: int = 5, seed: int = 0) -> list[tuple[list[int], list[int]]]:
    order = np.random.default_rng(seed).permutation(n)
    folds = [order[i::k].tolist() for i in range(k)]
    return [([j for f in folds[:i] + folds[i + 1 :] for j in f], folds[i]) for i in range(k)]


def balanced_accuracy(y_true: Sequence[bool], y_pred: Sequence[bool]) -> float:
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    rates = []
    if t.any():
        rates.append(float((p & t).sum() / t.sum()))
    if (~t).any():
        rates.append(float((~p & ~t).sum() / (~t).sum()))
    return float(np.mean(rates)) if rates else float("nan")


def held_out_predictions(
    records: Sequence[Record],
    fit: Callable[[Sequence[Record]], Any],
    predict: Callable[[Any, Record], Any],
    splits: Sequence[tuple[list[int], list[int]]],
) -> list[Any]:
    """Predictions for every record from a model that never saw it (splits must cover each once)."""
    out: list[Any] = [None] * len(records)
    for train, test in splits:
        model = fit([records[i] for i in train])
        for i in test:
            out[i] = predict(model, records[i])
    return out


def is_held_out(record_id: str) -> bool:
    """The project's held-out part: db-076 .. db-150 of answers-dev-b.jsonl.

    Rules, lexicons and thresholds are tuned without reading these answers; only aggregate metrics
    are computed on them, with models trained on the rest.
    """
    return record_id.startswith("db-") and int(record_id[3:]) >= 76


def tune_holdout_split(records: Sequence[Record]) -> tuple[list[int], list[int]]:
    tune = [i for i, r in enumerate(records) if not is_held_out(r.id)]
    held = [i for i, r in enumerate(records) if is_held_out(r.id)]
    return tune, held
