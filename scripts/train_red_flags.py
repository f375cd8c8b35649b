"""Train the red-flag models (one small logistic model per flag) and print held-out metrics.

    python scripts/train_red_flags.py /work/shared/eval/answers-dev.jsonl \
        /work/shared/eval/answers-dev-b.jsonl --out interview_coach/models

Each flag's model reads a handful of lexicon-cue features (analysis/red_flags/cues.py) plus the
closeness of the best answer sentence and of the whole answer to example sentences written for that
flag. Its decision threshold is chosen by 5-fold cross-validation inside the training data. Printed
figures come from models that never saw the test answers: cross-file (train on one file, test on
the other) and tune -> held-out (db-076..db-150, printed only when those answers are given). The
shipped weights are trained on every answer given.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from labelled import (
    Record,
    cross_file_splits,
    fit_logistic,
    kfold_splits,
    load_records,
    tune_holdout_split,
)

from interview_coach.analysis.encoder import default_encoder
from interview_coach.analysis.linear import LinearModel
from interview_coach.analysis.red_flags.analyzer import FLAGS, MODEL_FILE, RedFlagAnalyzer
from interview_coach.analysis.red_flags.cues import FLAG_FEATURES

C = 0.3
#: Tone flags have few positives and many cue features: a stronger L2 penalty (chosen by 5-fold CV
#: and cross-file inside the tune part) keeps them from leaning on any single lexicon hit.
FLAG_C = {"negative_about_employer": 0.1, "blame_shifting": 0.1, "arrogance": 0.1}
THRESHOLDS = np.round(np.arange(0.30, 0.96, 0.05), 2)

Rows = list[dict[str, float]]


def fit_flag(flag: str, rows: Rows, y: Sequence[int], folds: int = 5) -> LinearModel:
    """Fit on all rows; pick the threshold that maximises F1 over out-of-fold probabilities."""
    names = FLAG_FEATURES[flag]
    c = FLAG_C.get(flag, C)
    oof = np.zeros(len(rows))
    for train, test in kfold_splits(len(rows), folds, seed=1):
        model = fit_logistic(
            flag, [rows[i] for i in train], [y[i] for i in train], c=c, feature_names=names
        )
        for i in test:
            oof[i] = model.probability(rows[i])
    truth = np.asarray(y, dtype=bool)
    scores = np.array([_f1(truth, oof >= t) for t in THRESHOLDS])
    best_f1 = float(scores.max())
    # The middle of the near-best plateau is steadier on new answers than its edge.
    plateau = THRESHOLDS[scores >= best_f1 - 0.02]
    best = float(plateau[len(plateau) // 2])
    final = fit_logistic(flag, rows, y, c=c, feature_names=names)
    return LinearModel(
        final.name,
        final.kind,
        final.feature_names,
        final.weights,
        final.mean,
        final.scale,
        final.bias,
        None,
        best,
        {"cv_f1": round(best_f1, 3), "c": c},
    )


def _f1(truth: np.ndarray, pred: np.ndarray) -> float:
    tp = float((truth & pred).sum())
    denominator = float(truth.sum() + pred.sum())
    return 2 * tp / denominator if denominator else 0.0


def fit_all(rows: Rows, labels: Sequence[set[str]]) -> dict[str, LinearModel]:
    return {f: fit_flag(f, rows, [int(f in lab) for lab in labels]) for f in FLAGS}


def predict(analyzer: RedFlagAnalyzer, record: Record, row: dict[str, float]) -> set[str]:
    probs = analyzer.probabilities(record.answer, row)
    return {f for f, p in probs.items() if p >= analyzer.models[f].threshold}


def report(title: str, truth: Sequence[set[str]], pred: Sequence[set[str]]) -> float:
    tp = sum(len(t & p) for t, p in zip(truth, pred, strict=True))
    n_pred = sum(len(p) for p in pred)
    n_true = sum(len(t) for t in truth)
    micro = 2 * tp / (n_pred + n_true) if n_pred + n_true else 0.0
    print(
        f"\n{title}: micro-F1 {micro:.3f} (tp {tp}, predicted {n_pred}, true {n_true}, "
        f"answers {len(truth)})"
    )
    for flag in FLAGS:
        t = np.array([flag in s for s in truth], dtype=bool)
        p = np.array([flag in s for s in pred], dtype=bool)
        tp_f = int((t & p).sum())
        precision = tp_f / p.sum() if p.sum() else float("nan")
        recall = tp_f / t.sum() if t.sum() else float("nan")
        print(
            f"  {flag:26s} F1 {_f1(t, p):.2f}  P {precision:.2f}  R {recall:.2f}  "
            f"(true {int(t.sum())}, predicted {int(p.sum())})"
        )
    return micro


def evaluate(
    title: str,
    analyzer: RedFlagAnalyzer,
    records: Sequence[Record],
    rows: Rows,
    labels: Sequence[set[str]],
    splits: Sequence[tuple[list[int], list[int]]],
) -> None:
    truth: list[set[str]] = []
    pred: list[set[str]] = []
    splits = [(train, test) for train, test in splits if train and test]
    if not splits:
        print(f"\n{title}: skipped (no split with both training and test answers)")
        return
    for train, test in splits:
        analyzer.models = fit_all([rows[i] for i in train], [labels[i] for i in train])
        for i in test:
            truth.append(labels[i])
            pred.append(predict(analyzer, records[i], rows[i]))
    report(title, truth, pred)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", help="labelled answers (LABELS.md format)")
    parser.add_argument("--out", type=Path, help="folder to write red_flags.json to")
    parser.add_argument(
        "--tune-only",
        action="store_true",
        help="only cross-validate inside the tune part (for development)",
    )
    args = parser.parse_args()

    from interview_coach.analysis.red_flags.cues import load_prototype_texts

    texts = load_prototype_texts()
    encoder = default_encoder()
    prototypes = {flag: encoder.encode(lines) for flag, lines in texts.items()}
    analyzer = RedFlagAnalyzer(models={}, prototypes=prototypes)
    records = load_records(args.files)
    rows = [analyzer.measure(r.answer, r.context)[1] for r in records]
    labels = [set(r.labels.get("red_flags") or ()) for r in records]

    tune, held = tune_holdout_split(records)
    inner = [([tune[j] for j in tr], [tune[j] for j in te]) for tr, te in kfold_splits(len(tune))]
    evaluate("tune part, 5-fold CV", analyzer, records, rows, labels, inner)
    tune_files = [
        (
            [i for i in tune if records[i].source != source],
            [i for i in tune if records[i].source == source],
        )
        for source in sorted({records[i].source for i in tune})
    ]
    evaluate("tune part, cross-file", analyzer, records, rows, labels, tune_files)
    if not args.tune_only:
        evaluate(
            "cross-file (train one file, test the other)",
            analyzer,
            records,
            rows,
            labels,
            cross_file_splits(records),
        )
        if held:
            evaluate(
                "tune -> held-out (db-076..db-150)", analyzer, records, rows, labels, [(tune, held)]
            )

    analyzer.models = fit_all(rows, labels)
    start = time.perf_counter()
    for record in records:
        analyzer(record.answer, record.context)
    per_answer = (time.perf_counter() - start) / max(1, len(records)) * 1000
    print(f"\nanalyzer time per answer (prepared context): {per_answer:.2f} ms")
    for flag, model in analyzer.models.items():
        weights = ", ".join(
            f"{n}={w:+.2f}" for n, w in zip(model.feature_names, model.weights, strict=True)
        )
        print(f"  {flag:26s} threshold {model.threshold:.2f}  {weights}")
    if args.out:
        payload = {
            "version": 1,
            "models": {flag: model.to_json() for flag, model in analyzer.models.items()},
            "prototypes": {
                flag: [[round(float(v), 5) for v in row] for row in vectors]
                for flag, vectors in prototypes.items()
            },
            "meta": {"trained_on": len(records), "c": C, "flag_c": FLAG_C},
        }
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / MODEL_FILE).write_text(json.dumps(payload) + "\n", encoding="utf-8")
        print(f"wrote {args.out / MODEL_FILE}")


if __name__ == "__main__":
    main()
