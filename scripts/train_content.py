"""Train the content models (specificity, relevance, enthusiasm) and print held-out figures.

    python scripts/train_content.py /path/answers-dev.jsonl /path/answers-dev-b.jsonl \
        --out interview_coach/models

Each model is a small logistic regression over the analyzers' own hand features. A model is kept
only where it beats the analyzer's plain rules in 5-fold cross-validation on the tune part (never on
the held-out part); `passion_claim` stays a rule (explicit words). Figures printed: rules vs models
on the tune part (CV), cross-file (train on one file, test on the other) and tune -> held-out. The
shipped weights are refitted on every labelled record.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from labelled import (
    Record,
    balanced_accuracy,
    cross_file_splits,
    fit_logistic,
    held_out_predictions,
    kfold_splits,
    load_records,
    tune_holdout_split,
)

from interview_coach.analysis import enthusiasm, relevance, specificity
from interview_coach.analysis.base import find_summary
from interview_coach.analysis.linear import LinearModel

BINARY = ("quantified_result", "relevant", "passion_claim", "passion_evidence", "connects_to_role")
C = 0.3  # strong L2: 270 answers is little data
Models = dict[str, LinearModel]

_LEXICON = enthusiasm.load_lexicon()
_PROTOTYPES: enthusiasm.Prototypes = {}


def embed_prototypes() -> enthusiasm.Prototypes:
    """Embed the lexicon's example sentences with the run-time encoder (stored in content.json)."""
    from interview_coach.analysis.encoder import default_encoder

    encoder = default_encoder()
    examples = enthusiasm.example_sentences()
    return {kind: encoder.encode(texts) for kind, texts in examples.items() if texts}


def _targets(record: Record) -> dict[str, int]:
    labels = record.labels
    level = int(labels.get("specificity") or 1)
    return {
        "quantified_result": int(bool(labels.get("quantified_result"))),
        "specificity_ge2": int(level >= 2),
        "specificity_ge3": int(level >= 3),
        "relevant": int(bool(labels.get("relevant", True))),
        "passion_evidence": int(bool(labels.get("passion_evidence"))),
        "connects_to_role": int(bool(labels.get("connects_to_role"))),
    }


def _rows(record: Record, key: str) -> dict[str, float]:
    answer, context = record.answer, record.context
    if key in ("quantified_result", "specificity_ge2", "specificity_ge3"):
        return specificity.features(answer, context)
    if key == "relevant":
        return relevance.features(answer, context)
    cues = enthusiasm.Cues(_LEXICON, context)
    return enthusiasm.features(answer, cues, context, _PROTOTYPES)


def fit(records: Sequence[Record], keys: Sequence[str]) -> Models:
    out: Models = {}
    for key in keys:
        rows = [_rows(r, key) for r in records]
        y = [_targets(r)[key] for r in records]
        out[key] = fit_logistic(key, rows, y, c=C)
    return out


Analyzers = tuple[Any, ...]


def build(models: Models) -> Analyzers:
    """The three analyzers with these models (rules where a model is absent)."""
    return (
        specificity.SpecificityAnalyzer(
            {k: m for k, m in models.items() if k.startswith(("quant", "spec"))}
        ),
        relevance.RelevanceAnalyzer(models.get("relevant"), use_model="relevant" in models),
        enthusiasm.EnthusiasmAnalyzer(
            {k: m for k, m in models.items() if k in ("passion_evidence", "connects_to_role")},
            _PROTOTYPES,
        ),
    )


def predict(analyzers: Analyzers, record: Record) -> dict[str, Any]:
    findings = [f for a in analyzers for f in a(record.answer, record.context)]
    out: dict[str, Any] = {}
    for dim in ("specificity", "relevance", "enthusiasm"):
        found = find_summary(findings, dim)
        out.update(found.data if found else {})
    out["specificity"] = out.pop("level")
    return out


def score(records: Sequence[Record], preds: Sequence[dict[str, Any]]) -> dict[str, float]:
    out = {}
    for label in BINARY:
        y = [bool(r.labels.get(label)) for r in records]
        out[label] = balanced_accuracy(y, [bool(p[label]) for p in preds])
    y_level = np.array([int(r.labels.get("specificity") or 1) for r in records])
    p_level = np.array([int(p["specificity"]) for p in preds])
    out["specificity_exact"] = float((y_level == p_level).mean())
    recalls = [
        float((p_level[y_level == k] == k).mean()) for k in (1, 2, 3) if (y_level == k).any()
    ]
    out["specificity_bacc"] = float(np.mean(recalls))
    return out


def evaluate(
    records: Sequence[Record],
    splits: Sequence[tuple[list[int], list[int]]],
    keys: Sequence[str],
) -> dict[str, float]:
    subset = sorted({i for _, test in splits for i in test})
    make: Callable[[Sequence[Record]], Analyzers] = lambda train: build(fit(train, keys))  # noqa: E731
    preds = held_out_predictions(records, make, predict, splits)
    return score([records[i] for i in subset], [preds[i] for i in subset])


def _print(title: str, figures: dict[str, float]) -> None:
    cells = "  ".join(f"{k}={v:.3f}" for k, v in figures.items())
    print(f"{title:<34} {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", default="interview_coach/models")
    args = parser.parse_args()
    records = load_records(args.files)
    _PROTOTYPES.update(embed_prototypes())
    tune, held = tune_holdout_split(records)
    tune_records = [records[i] for i in tune]
    all_keys = list(_targets(records[0]))

    # 1. Choose per model: keep it where it beats the rules in CV on the tune part only.
    cv = kfold_splits(len(tune_records), k=5, seed=0)
    rule_cv = evaluate(tune_records, cv, [])
    model_cv = evaluate(tune_records, cv, all_keys)
    _print("tune CV, rules only", rule_cv)
    _print("tune CV, all models", model_cv)
    metric = {
        "quantified_result": "quantified_result",
        "specificity_ge2": "specificity_bacc",
        "specificity_ge3": "specificity_bacc",
        "relevant": "relevant",
        "passion_evidence": "passion_evidence",
        "connects_to_role": "connects_to_role",
    }
    keys = [k for k in all_keys if model_cv[metric[k]] >= rule_cv[metric[k]] + 0.01]
    print("models kept:", ", ".join(keys) or "none (rules only)")

    # 2. Figures of the chosen configuration, from models that never saw the test answers.
    _print("cross-file (both directions)", evaluate(records, cross_file_splits(records), keys))
    for train, test in cross_file_splits(records):
        name = f"cross-file -> {records[test[0]].source}"
        _print(name, evaluate(records, [(train, test)], keys))
    _print("tune -> held-out (db-076..150)", evaluate(records, [(tune, held)], keys))
    _print("held-out, rules only", evaluate(records, [(tune, held)], []))

    # 3. Ship: refit the kept models on every labelled record.
    final = fit(records, keys)
    for model in final.values():
        object.__setattr__(model, "meta", {"trained_on": len(records), "c": C})
    out = Path(args.out) / "content.json"
    payload = {
        "models": {k: m.to_json() for k, m in final.items()},
        "prototypes": {k: np.round(v, 5).tolist() for k, v in _PROTOTYPES.items()},
    }
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({', '.join(final) or 'no models'})")

    analyzers = build(final)
    started = time.perf_counter()
    for record in records:
        predict(analyzers, record)
    per = (time.perf_counter() - started) / len(records) * 1000
    print(f"speed of the three analyzers (no encoder): {per:.2f} ms/answer")


if __name__ == "__main__":
    main()
