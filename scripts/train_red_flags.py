"""Train the red-flag models (one small logistic model per flag) and print tune-part metrics.

    python scripts/train_red_flags.py /work/shared/eval/answers-dev.jsonl \
        /work/shared/eval/answers-dev-b.jsonl --out interview_coach/models

Each flag's model reads a handful of lexicon-cue features (analysis/red_flags/cues.py) plus the
closeness of the best answer sentence and of the whole answer to example sentences written for that
flag. Decision thresholds follow a policy (`--policy`):

- `shared`: one probability cutoff for every flag, the lowest within 0.02 of the best micro-F1 over
  the pooled out-of-fold probabilities of all flags (the default: with 4-12 positives a flag,
  per-flag cutoffs are noise, and the low edge keeps recall on new phrasing);
- `shrunk`: each flag's own best cutoff pulled toward the shared one by `SHRINK` pseudo-positives;
- `per_flag`: each flag's own best cutoff (the earlier policy).

Printed figures use only the tune part (everything but db-076..db-150): 5-fold CV repeated with
three seeds, and cross-file inside the tune part (answers-dev -> db-001..db-075 and the reverse).
The held-out part is not read unless `--out` is given (the shipped weights use every answer) or
`--held-out` asks for the lead's final measurement.

`--extra FILE` (repeatable) adds answers written for the project (scripts/data/) to the TRAINING side
of every split and to the shipped model, never to a test side; cutoffs are still chosen on
out-of-fold probabilities of the labelled answers only.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from labelled import Record, answer_from_json, fit_logistic, is_held_out, kfold_splits

from interview_coach.analysis.base import prepare_many
from interview_coach.analysis.encoder import Encoder, default_encoder
from interview_coach.analysis.linear import LinearModel
from interview_coach.analysis.red_flags.analyzer import FLAGS, MODEL_FILE, RedFlagAnalyzer
from interview_coach.analysis.red_flags.cues import FLAG_FEATURES, load_prototype_texts

C = 0.3
#: Tone flags have few positives and many cue features: a stronger L2 penalty keeps them from
#: leaning on any single lexicon hit.
FLAG_C = {"negative_about_employer": 0.1, "blame_shifting": 0.1, "arrogance": 0.1}
THRESHOLDS = np.round(np.arange(0.30, 0.96, 0.05), 2)
SHRINK = 10.0
SEEDS = (0, 1, 2)
#: The flags whose models train on `--extra` answers. With every flag, the extra answers lowered
#: cross-file micro-F1 (money_focus, off_topic, oversharing and arrogance leaned on the question type
#: or lost their cutoff); these four gained in both 5-fold CV and cross-file.
EXTRA_FLAGS = frozenset({"negative_about_employer", "blame_shifting", "cliche", "low_enthusiasm"})

Rows = list[dict[str, float]]
#: Extra training answers: feature rows and their flag sets, added to every training side.
Extra = tuple[Rows, list[set[str]]]
NO_EXTRA: Extra = ([], [])
Splits = list[tuple[list[int], list[int]]]


def _f1(truth: np.ndarray, pred: np.ndarray) -> float:
    tp = float((truth & pred).sum())
    denominator = float(truth.sum() + pred.sum())
    return 2 * tp / denominator if denominator else 0.0


def _plateau_middle(scores: np.ndarray) -> float:
    """The middle of the near-best plateau: steadier on new answers than its edge."""
    plateau = THRESHOLDS[scores >= float(scores.max()) - 0.02]
    return float(plateau[len(plateau) // 2])


def _plateau_low(scores: np.ndarray) -> float:
    """The lowest cutoff on the near-best plateau.

    Cues fire less reliably on new phrasing than on the answers the lexicon was written next to, so
    a flagged answer's probability drops on new answers; the low edge keeps recall.
    """
    return float(THRESHOLDS[scores >= float(scores.max()) - 0.02].min())


def _fit(flag: str, rows: Rows, y: Sequence[int]) -> LinearModel:
    return fit_logistic(flag, rows, y, c=FLAG_C.get(flag, C), feature_names=FLAG_FEATURES[flag])


def fit_all(
    rows: Rows, labels: Sequence[set[str]], policy: str, extra: Extra = NO_EXTRA
) -> dict[str, LinearModel]:
    """Fit every flag on all rows (+ extra); thresholds from 5-fold out-of-fold probabilities.

    Extra rows join every training fold but are never scored for the cutoffs.
    """
    extra_rows, extra_labels = extra
    ys = {f: np.array([int(f in lab) for lab in labels]) for f in FLAGS}
    use = {f: f in EXTRA_FLAGS for f in FLAGS}
    extra_ys = {f: [int(f in lab) for lab in extra_labels] if use[f] else [] for f in FLAGS}
    oof = {f: np.zeros(len(rows)) for f in FLAGS}
    for train, test in kfold_splits(len(rows), 5, seed=1):
        for flag in FLAGS:
            model = _fit(
                flag,
                [rows[i] for i in train] + (extra_rows if use[flag] else []),
                ys[flag][train].tolist() + extra_ys[flag],
            )
            for i in test:
                oof[flag][i] = model.probability(rows[i])
    truth = np.concatenate([ys[f].astype(bool) for f in FLAGS])
    pooled = np.concatenate([oof[f] for f in FLAGS])
    shared = _plateau_low(np.array([_f1(truth, pooled >= t) for t in THRESHOLDS]))
    models = {}
    for flag in FLAGS:
        y = ys[flag].astype(bool)
        own = _plateau_middle(np.array([_f1(y, oof[flag] >= t) for t in THRESHOLDS]))
        if policy == "per_flag":
            cut = own
        elif policy == "shrunk":
            n = float(y.sum())
            cut = (n * own + SHRINK * shared) / (n + SHRINK)
        else:
            cut = shared
        final = _fit(
            flag, list(rows) + (extra_rows if use[flag] else []), ys[flag].tolist() + extra_ys[flag]
        )
        meta = {"c": FLAG_C.get(flag, C), "policy": policy, "own_cut": own, "shared_cut": shared}
        models[flag] = LinearModel(
            final.name, final.kind, final.feature_names, final.weights, final.mean, final.scale,
            final.bias, None, round(cut, 4), meta,
        )  # fmt: skip
    return models


def predict(analyzer: RedFlagAnalyzer, record: Record, row: dict[str, float]) -> set[str]:
    probs = analyzer.probabilities(record.answer, row)
    return {f for f, p in probs.items() if p >= analyzer.models[f].threshold}


def scores(truth: Sequence[set[str]], pred: Sequence[set[str]]) -> tuple[float, dict[str, float]]:
    """Micro-F1 over the ten flags, and each flag's F1."""
    tp = sum(len(t & p) for t, p in zip(truth, pred, strict=True))
    total = sum(len(p) for p in pred) + sum(len(t) for t in truth)
    per = {
        f: _f1(np.array([f in s for s in truth]), np.array([f in s for s in pred])) for f in FLAGS
    }
    return (2 * tp / total if total else 0.0), per


def run_splits(
    analyzer: RedFlagAnalyzer,
    records: Sequence[Record],
    rows: Rows,
    labels: Sequence[set[str]],
    splits: Splits,
    policy: str,
    extra: Extra = NO_EXTRA,
) -> tuple[list[set[str]], list[set[str]]]:
    truth: list[set[str]] = []
    pred: list[set[str]] = []
    for train, test in splits:
        analyzer.models = fit_all(
            [rows[i] for i in train], [labels[i] for i in train], policy, extra
        )
        for i in test:
            truth.append(labels[i])
            pred.append(predict(analyzer, records[i], rows[i]))
    return truth, pred


def print_table(title: str, results: list[tuple[float, dict[str, float]]], detail: str) -> None:
    micro = np.array([m for m, _ in results])
    print(f"\n{title}: micro-F1 {micro.mean():.3f} (min {micro.min():.3f}, max {micro.max():.3f})")
    print(f"  {detail}")
    for flag in FLAGS:
        values = np.array([per[flag] for _, per in results])
        print(f"  {flag:26s} F1 {values.mean():.2f}  ({' '.join(f'{v:.2f}' for v in values)})")


def evaluate(
    analyzer: RedFlagAnalyzer,
    records: Sequence[Record],
    rows: Rows,
    labels: Sequence[set[str]],
    tune: list[int],
    policy: str,
    extra: Extra = NO_EXTRA,
) -> None:
    cv = []
    for seed in SEEDS:
        folds = [
            ([tune[j] for j in tr], [tune[j] for j in te])
            for tr, te in kfold_splits(len(tune), 5, seed=seed)
        ]
        cv.append(scores(*run_splits(analyzer, records, rows, labels, folds, policy, extra)))
    print_table(f"tune part, 5-fold CV x {len(SEEDS)} seeds [{policy}]", cv, f"seeds {SEEDS}")
    cross = []
    names = []
    for source in sorted({records[i].source for i in tune}):
        train = [i for i in tune if records[i].source != source]
        test = [i for i in tune if records[i].source == source]
        if train and test:
            names.append(f"-> {source} ({len(test)})")
            cross.append(
                scores(*run_splits(analyzer, records, rows, labels, [(train, test)], policy, extra))
            )
    if cross:
        print_table(f"tune part, cross-file [{policy}]", cross, "; ".join(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", help="labelled answers (LABELS.md format)")
    parser.add_argument("--out", type=Path, help="folder to write red_flags.json to")
    parser.add_argument("--policy", choices=("shared", "shrunk", "per_flag"), default="shared")
    parser.add_argument("--compare", action="store_true", help="evaluate all three policies")
    parser.add_argument("--no-eval", action="store_true", help="skip the tune-part evaluation")
    parser.add_argument(
        "--held-out", action="store_true", help="also print tune -> held-out (the lead's check)"
    )
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        help="answers written for the project, added to every training side (repeatable)",
    )
    args = parser.parse_args()

    encoder = default_encoder()
    prototypes = {flag: encoder.encode(lines) for flag, lines in load_prototype_texts().items()}
    analyzer = RedFlagAnalyzer(models={}, prototypes=prototypes)
    everything = bool(args.out or args.held_out)
    records = read_records(args.files, encoder, everything)
    rows = [analyzer.measure(r.answer, r.context)[1] for r in records]
    labels = [set(r.labels.get("red_flags") or ()) for r in records]
    tune = [i for i, r in enumerate(records) if is_tune(r.id)]
    held = [i for i, r in enumerate(records) if not is_tune(r.id)]
    extra_records = read_records(args.extra, encoder, True) if args.extra else []
    extra: Extra = (
        [analyzer.measure(r.answer, r.context)[1] for r in extra_records],
        [set(r.labels.get("red_flags") or ()) for r in extra_records],
    )
    if extra_records:
        print(f"extra training answers: {len(extra_records)} from {', '.join(args.extra)}")

    if not args.no_eval:
        for policy in ("per_flag", "shrunk", "shared") if args.compare else (args.policy,):
            evaluate(analyzer, records, rows, labels, tune, policy, extra)
    if args.held_out and held:
        split = [(tune, held)]
        result = scores(*run_splits(analyzer, records, rows, labels, split, args.policy, extra))
        print_table("tune -> held-out (db-076..db-150)", [result], args.policy)

    analyzer.models = fit_all(rows, labels, args.policy, extra)
    start = time.perf_counter()
    for i in tune:
        analyzer(records[i].answer, records[i].context)
    per_answer = (time.perf_counter() - start) / max(1, len(tune)) * 1000
    print(f"\nanalyzer time per answer (prepared context): {per_answer:.2f} ms")
    for flag, model in analyzer.models.items():
        weights = ", ".join(
            f"{n}={w:+.2f}" for n, w in zip(model.feature_names, model.weights, strict=True)
        )
        print(f"  {flag:26s} threshold {model.threshold:.2f}  {weights}")
    if args.out:
        payload = {
            "version": 2,
            "models": {flag: model.to_json() for flag, model in analyzer.models.items()},
            "prototypes": {
                flag: [[round(float(v), 5) for v in row] for row in vectors]
                for flag, vectors in prototypes.items()
            },
            "meta": {
                "trained_on": len(records),
                "extra": len(extra_records),
                "c": C,
                "flag_c": FLAG_C,
                "policy": args.policy,
            },
        }
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / MODEL_FILE).write_text(json.dumps(payload) + "\n", encoding="utf-8")
        print(f"wrote {args.out / MODEL_FILE} (trained on {len(records)} answers)")


def is_tune(record_id: str) -> bool:
    return not is_held_out(record_id)


def read_records(paths: Sequence[str], encoder: Encoder, everything: bool) -> list[Record]:
    """Labelled answers; held-out ones are skipped unread unless `everything`."""
    items = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if everything or is_tune(str(item["id"])):
                    items.append((Path(path).name, item))
    answers = [answer_from_json(item) for _, item in items]
    contexts = prepare_many(answers, encoder)
    return [
        Record(item["id"], source, answer, item.get("labels") or {}, context)
        for (source, item), answer, context in zip(items, answers, contexts, strict=True)
    ]


if __name__ == "__main__":
    main()
