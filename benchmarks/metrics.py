"""Metric functions for the answer benchmarks (no scikit-learn needed)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def balanced_accuracy(gold: Sequence[bool], pred: Sequence[bool]) -> float:
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    rates = []
    if g.any():
        rates.append((p & g).sum() / g.sum())
    if (~g).any():
        rates.append((~p & ~g).sum() / (~g).sum())
    return float(np.mean(rates)) if rates else float("nan")


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def ranks(values: Sequence[float]) -> np.ndarray:
    """Average ranks (ties share their mean rank), as Spearman needs."""
    x = np.asarray(values, dtype=float)
    order = x.argsort(kind="mergesort")
    out = np.empty(len(x))
    sorted_x = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sorted_x[j + 1] == sorted_x[i]:
            j += 1
        out[order[i : j + 1]] = (i + j) / 2.0
        i = j + 1
    return out


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    if a.std() == 0 or b.std() == 0:
        return 0.0
    return float(np.corrcoef(a, b)[0, 1])


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    return pearson(ranks(a), ranks(b))


def partial_spearman(a: Sequence[float], b: Sequence[float], control: Sequence[float]) -> float:
    """Spearman correlation of a and b with the control's rank effect removed from both."""
    ra, rb, rc = ranks(a), ranks(b), ranks(control)
    r_ab, r_ac, r_bc = pearson(ra, rb), pearson(ra, rc), pearson(rb, rc)
    denominator = np.sqrt(max(1e-12, (1 - r_ac**2) * (1 - r_bc**2)))
    return float((r_ab - r_ac * r_bc) / denominator)
