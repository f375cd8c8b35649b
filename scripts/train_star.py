"""Train the STAR part models and the ownership model; print tune, cross-file and held-out metrics.

    python scripts/train_star.py /work/shared/eval/answers-dev.jsonl \
        /work/shared/eval/answers-dev-b.jsonl --out interview_coach/models [--final]

Without --final only the tune part is used (k-fold and cross-file inside it). With --final the script
also prints held-out figures (tune -> held-out) and full cross-file figures, then writes the shipped
weights, trained on every labelled record.

`--extra FILE` (repeatable) adds answers written for this project: they join the training side of
every split and the shipped STAR part models, and are never tested on; `--label-weight N` counts each
labelled record N times next to them. The ownership model is trained on the labelled files only.
Measured on scripts/data/star_examples.jsonl (235 answers), the extra data did not improve the
full cross-file or held-out figures, so the shipped star.json and train_all.py do not use it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from labelled import (
    Record,
    balanced_accuracy,
    cross_file_splits,
    fit_logistic,
    held_out_predictions,
    is_held_out,
    kfold_splits,
    load_records,
)

from interview_coach.analysis.linear import LinearModel
from interview_coach.analysis.ownership import Cues, ownership_features
from interview_coach.analysis.star import PARTS, StarAnalyzer, is_applicable, star_features

C_STAR = 0.3
#: Each part's model sees the features that bear on it (fewer features: less to overfit).
STORY = ["log_words", "past_rate", "generic", "hyp", "qa_sim"]
PART_FEATURES = {
    "situation": [*STORY, "sit", "sit_early", "i_past"],
    "task": [*STORY, "task", "we", "i_past"],
    "action": [*STORY, "i_past", "i_past_rate", "i_other", "we_share"],
    "result": [*STORY, "res", "res_late", "tail_res", "tail_other_past", "i_past"],
}
C_OWN = 0.3


def star_rows(cues: Cues, records: Sequence[Record]) -> list[dict[str, float]]:
    return [star_features(cues, r.answer, r.context).values for r in records]


def fit_star(
    cues: Cues,
    records: Sequence[Record],
    emb: float,
    extra: Sequence[Record] = (),
    repeat: int = 1,
) -> dict[str, LinearModel]:
    """Fit the part models; each labelled record counts `repeat` times next to the `extra` ones."""
    records = [*records] * repeat + [*extra]
    rows = star_rows(cues, records)
    vectors = np.array([r.context.answer_vector for r in records]) if emb > 0 else None
    return {
        part: fit_logistic(
            part,
            rows,
            [int(r.labels["star"][part]) for r in records],
            embeddings=vectors,
            c=C_STAR,
            embedding_c_scale=emb,
            feature_names=PART_FEATURES[part],
        )
        for part in PARTS
    }


def predict_star(cues: Cues, models: dict[str, LinearModel], record: Record) -> dict[str, bool]:
    analyzer = StarAnalyzer.__new__(StarAnalyzer)
    analyzer.cues, analyzer.models = cues, models
    parts, _ = analyzer.decide(
        star_features(cues, record.answer, record.context), record.context.answer_vector
    )
    return parts


def star_metrics(records: Sequence[Record], predicted: Sequence[dict[str, bool]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in PARTS:
        gold = [bool(r.labels["star"][part]) for r in records]
        out[part] = round(balanced_accuracy(gold, [p[part] for p in predicted]), 3)
    out["mean_ba"] = round(float(np.mean([out[p] for p in PARTS])), 3)
    tp = fp = fn = 0
    for record, pred in zip(records, predicted, strict=True):
        for part in PARTS:
            missing, said_missing = not record.labels["star"][part], not pred[part]
            tp += missing and said_missing
            fp += said_missing and not missing
            fn += missing and not said_missing
    out["missing_f1"] = round(2 * tp / max(1, 2 * tp + fp + fn), 3)
    out["n"] = len(records)
    return out


def own_rows(cues: Cues, records: Sequence[Record]) -> list[dict[str, float]]:
    return [ownership_features(cues, r.answer, r.context).values for r in records]


def fit_own(cues: Cues, records: Sequence[Record]) -> LinearModel:
    y = [int(r.labels["personal_ownership"]) for r in records]
    return fit_logistic("personal_ownership", own_rows(cues, records), y, c=C_OWN)


def own_ba(cues: Cues, model: LinearModel, records: Sequence[Record]) -> float:
    gold = [bool(r.labels["personal_ownership"]) for r in records]
    pred = [model.decide(row) for row in own_rows(cues, records)]
    return round(balanced_accuracy(gold, pred), 3)


def evaluate(
    cues: Cues,
    records: list[Record],
    splits: list[tuple[list[int], list[int]]],
    emb: float,
    label: str,
    extra: Sequence[Record] = (),
    repeat: int = 1,
) -> None:
    """Per-split STAR and ownership figures; `extra` star records join every training side."""
    extra_star = [r for r in extra if r.labels.get("star") is not None]
    star = [r for r in records if r.labels.get("star") is not None]
    star_index = {id(r): i for i, r in enumerate(star)}
    star_splits = [
        (
            [star_index[id(records[i])] for i in tr if id(records[i]) in star_index],
            [star_index[id(records[i])] for i in te if id(records[i]) in star_index],
        )
        for tr, te in splits
    ]
    for fold, (train, test) in enumerate(star_splits):
        models = fit_star(cues, [star[i] for i in train], emb, extra_star, repeat)
        test_records = [star[i] for i in test]
        predicted = [predict_star(cues, models, r) for r in test_records]
        name = test_records[0].source if "file" in label else f"fold {fold}"
        print(f"  {label} star ({name}):", star_metrics(test_records, predicted))
    if len(star_splits) > 1:
        pooled = held_out_predictions(
            star,
            lambda rs: fit_star(cues, rs, emb, extra_star, repeat),
            lambda m, r: predict_star(cues, m, r),
            star_splits,
        )
        print(f"  {label} star pooled:", star_metrics(star, pooled))
    for fold, (train, test) in enumerate(splits):
        model = fit_own(cues, [records[i] for i in train])
        test_records = [records[i] for i in test]
        name = test_records[0].source if "file" in label else f"fold {fold}"
        print(f"  {label} ownership BA ({name}):", own_ba(cues, model, test_records))


def applicability(cues: Cues, records: Sequence[Record]) -> float:
    hits = [
        is_applicable(cues, r.answer, r.context.text) == (r.labels.get("star") is not None)
        for r in records
    ]
    return round(float(np.mean(hits)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--embeddings", type=float, default=0.0, help="embedding column scale")
    parser.add_argument("--final", action="store_true", help="also print held-out figures")
    parser.add_argument(
        "--extra", action="append", default=[], help="written examples: training side only"
    )
    parser.add_argument(
        "--label-weight", type=int, default=1, help="times each labelled record counts (vs extra)"
    )
    args = parser.parse_args()
    cues = Cues()
    records = load_records(args.files, embed=True)
    extra = load_records(args.extra, embed=True) if args.extra else []
    tune = [r for r in records if not is_held_out(r.id)]
    held = [r for r in records if is_held_out(r.id)]
    print(f"records: {len(records)} (tune {len(tune)}, held-out {len(held)}), extra {len(extra)}")
    print("applicability accuracy, tune:", applicability(cues, tune))
    print("tune part, 5-fold:")
    evaluate(
        cues, tune, kfold_splits(len(tune), 5), args.embeddings, "kfold", extra, args.label_weight
    )
    print("tune part, cross-file:")
    evaluate(
        cues, tune, cross_file_splits(tune), args.embeddings, "xfile", extra, args.label_weight
    )
    if args.final:
        print("applicability accuracy, held-out:", applicability(cues, held))
        both = tune + held
        split = (list(range(len(tune))), list(range(len(tune), len(both))))
        print("tune -> held-out:")
        evaluate(cues, both, [split], args.embeddings, "held-out", extra, args.label_weight)
        print("full cross-file:")
        evaluate(
            cues,
            records,
            cross_file_splits(records),
            args.embeddings,
            "xfile-all",
            extra,
            args.label_weight,
        )
    if args.out:
        star = [r for r in records if r.labels.get("star") is not None]
        extra_star = [r for r in extra if r.labels.get("star") is not None]
        meta = {
            "trained_on": len(star),
            "extra": len(extra_star),
            "label_weight": args.label_weight,
            "c": C_STAR,
            "embedding_scale": args.embeddings,
        }
        models = fit_star(cues, star, args.embeddings, extra_star, args.label_weight)
        payload = {"models": {p: m.to_json() | {"meta": meta} for p, m in models.items()}}
        (args.out / "star.json").write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
        own = fit_own(cues, records)
        own_meta = {"trained_on": len(records), "c": C_OWN}
        payload = {"models": {"personal_ownership": own.to_json() | {"meta": own_meta}}}
        (args.out / "ownership.json").write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
        print("wrote", args.out / "star.json", args.out / "ownership.json")


if __name__ == "__main__":
    main()
