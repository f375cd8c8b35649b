"""Fit the scoring rubric on labelled answers and print its held-out figures.

    python scripts/train_rubric.py /work/shared/eval/answers-dev.jsonl \
        /work/shared/eval/answers-dev-b.jsonl --out interview_coach/models

Features come from the analyzers' findings (`--features pred`, the default: whichever analyzer
modules import; the missing ones are listed) or from the gold labels turned into findings
(`--features gold`, to see what analyzer errors cost). Figures: 5-fold CV on the tune part, the tune
part -> held-out part (db-076..db-150), and cross-file. The shipped rubric is fit on all records.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled import (  # noqa: E402
    Record,
    cross_file_splits,
    kfold_splits,
    load_records,
    tune_holdout_split,
)

from interview_coach.analysis.base import summary  # noqa: E402
from interview_coach.analysis.labels import RED_FLAGS  # noqa: E402
from interview_coach.analysis.linear import MODEL_DIR_VARIABLE, LinearModel  # noqa: E402
from interview_coach.analysis.pipeline import ANALYZERS  # noqa: E402
from interview_coach.domain import Finding, Severity  # noqa: E402
from interview_coach.scoring.features import (  # noqa: E402
    DEFAULT_LENGTH_RANGES,
    FEATURE_DIMENSIONS,
    FEATURES,
    NEGATIVE_FEATURES,
    extract_features,
)
from interview_coach.scoring.rubric import Rubric  # noqa: E402

VERSION = "2026.11-1"
ALPHAS = (1.0, 3.0, 10.0, 30.0)


def gold_findings(labels: dict[str, Any]) -> list[Finding]:
    """The findings a perfect analyzer set would emit for these labels."""
    star = labels.get("star")
    out = [
        summary("star", "gold", applicable=star is not None, parts=dict(star or {})),
        summary(
            "specificity",
            "gold",
            level=labels.get("specificity", 1),
            quantified_result=labels.get("quantified_result", False),
        ),
        summary("ownership", "gold", personal_ownership=labels.get("personal_ownership", False)),
        summary("relevance", "gold", relevant=labels.get("relevant", True)),
        summary(
            "enthusiasm",
            "gold",
            passion_claim=labels.get("passion_claim", False),
            passion_evidence=labels.get("passion_evidence", False),
            connects_to_role=labels.get("connects_to_role", False),
        ),
        summary(
            "delivery",
            "gold",
            hesitations=labels.get("hesitations", 0),
            discourse_fillers=labels.get("discourse_fillers", 0),
        ),
    ]
    out += [Finding(f"red_flag.{flag}", Severity.PROBLEM, flag) for flag in labels["red_flags"]]
    return out


def analyzer_findings(records: Sequence[Record]) -> list[list[Finding]]:
    analyzers = []
    for name in ANALYZERS:
        module_name, class_name = name.split(":")
        try:
            analyzers.append(getattr(import_module(module_name), class_name)())
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            print(f"skipped analyzer {name}: {type(exc).__name__}: {exc}")
    print(f"analyzers used: {[type(a).__name__ for a in analyzers]}")
    return [[f for a in analyzers for f in a(r.answer, r.context)] for r in records]


def fit_rubric(
    rows: Sequence[dict[str, float]],
    gold: Sequence[int],
    alpha: float,
    gold_flags: Sequence[Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Ridge on standardised features, grade cut points by quantile matching, red-flag caps.

    A cap is the interviewers' policy for a flag (the grade flagged answers get at most), so it is
    read from the gold flags when they are given: fitted on predicted flags, a detector's false
    positives would loosen it.
    """
    from sklearn.linear_model import Ridge

    x = np.array([[row[n] for n in FEATURES] for row in rows], dtype=np.float64)
    y = np.asarray(gold, dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    signs = np.array([-1.0 if n in NEGATIVE_FEATURES else 1.0 for n in FEATURES])
    reg = Ridge(alpha=alpha, positive=True).fit((x - mean) / scale * signs, y)
    coef = reg.coef_ * signs
    model = LinearModel("rubric", "ridge", FEATURES, coef, mean, scale, float(reg.intercept_))
    raw = np.array([model.raw(row) for row in rows])
    shares = np.cumsum([np.mean(y == g) for g in (1, 2, 3, 4)])
    thresholds = [float(np.quantile(raw, min(0.999, s))) for s in shares]
    for i in range(1, 4):  # strictly increasing even with ties
        thresholds[i] = max(thresholds[i], thresholds[i - 1] + 1e-3)
    caps = {}
    for flag in RED_FLAGS:
        if gold_flags is not None:
            flagged = y[np.array([flag in flags for flags in gold_flags], dtype=bool)]
        else:
            flagged = y[x[:, FEATURES.index(f"red_flag.{flag}")] > 0]
        if len(flagged) >= 3:
            caps[f"red_flag.{flag}"] = int(np.ceil(np.quantile(flagged, 0.9)))
    dimensions: dict[str, list[str]] = {}
    for code, dimension in FEATURE_DIMENSIONS.items():
        dimensions.setdefault(dimension, []).append(code)
    ranges = {}
    for dimension, codes in dimensions.items():
        sums = np.array([sum(model.contributions(row)[c] for c in codes) for row in rows])
        low, high = np.quantile(sums, 0.05), np.quantile(sums, 0.95)
        ranges[dimension] = [round(float(low), 4), round(float(max(high, low + 1e-3)), 4)]
    return {
        "version": VERSION,
        "model": model.to_json(),
        "thresholds": [round(t, 4) for t in thresholds],
        "caps": caps,
        "dimensions": dimensions,
        "dimension_ranges": ranges,
        "length_ranges": {k: list(v) for k, v in DEFAULT_LENGTH_RANGES.items()},
        "meta": {"alpha": alpha, "trained_on": len(rows)},
    }


def partial_spearman(pred: Sequence[float], gold: Sequence[float], words: Sequence[int]) -> float:
    from scipy.stats import rankdata

    rp, rg, rw = (rankdata(v) for v in (pred, gold, words))
    c = np.corrcoef([rp, rg, rw])
    pg, pw, gw = c[0, 1], c[0, 2], c[1, 2]
    return float((pg - pw * gw) / np.sqrt(max(1e-12, (1 - pw**2) * (1 - gw**2))))


def evaluate(
    label: str,
    records: Sequence[Record],
    findings: Sequence[list[Finding]],
    train: Sequence[int],
    test: Sequence[int],
    alpha: float,
    show_confusion: bool = False,
) -> tuple[float, float]:
    from scipy.stats import spearmanr

    rows = [extract_features(records[i].answer, findings[i]) for i in train]
    rubric = Rubric.from_json(
        fit_rubric(
            rows,
            [records[i].labels["overall"] for i in train],
            alpha,
            [records[i].labels.get("red_flags") or [] for i in train],
        )
    )
    cards = [rubric.score(records[i].answer, findings[i]) for i in test]
    gold = [records[i].labels["overall"] for i in test]
    words = [len(records[i].answer.text.split()) for i in test]
    pred = [c.overall for c in cards]
    rho = float(spearmanr(pred, gold).statistic)
    rho_raw = float(spearmanr([c.overall_raw for c in cards], gold).statistic)
    partial = partial_spearman(pred, gold, words)
    exact = float(np.mean(np.equal(pred, gold)))
    within = float(np.mean(np.abs(np.subtract(pred, gold)) <= 1))
    print(
        f"{label:<34} n={len(test):>3} spearman={rho:.3f} (raw {rho_raw:.3f}) "
        f"partial|words={partial:.3f} exact={exact:.2f} within1={within:.2f}"
    )
    if show_confusion:
        matrix = np.zeros((5, 5), dtype=int)
        for p, g in zip(pred, gold, strict=True):
            matrix[g - 1, p - 1] += 1
        print("    gold\\pred  1  2  3  4  5")
        for g in range(5):
            print(f"    {g + 1:>9} " + " ".join(f"{v:>2}" for v in matrix[g]))
    return rho, partial


def cv_predictions(
    records: Sequence[Record], findings: Sequence[list[Finding]], idx: Sequence[int], alpha: float
) -> tuple[float, float]:
    """5-fold CV on a subset: mean Spearman and partial Spearman over the pooled predictions."""
    from scipy.stats import spearmanr

    pred: dict[int, int] = {}
    for train, test in kfold_splits(len(idx), 5, seed=0):
        tr, te = [idx[i] for i in train], [idx[i] for i in test]
        rows = [extract_features(records[i].answer, findings[i]) for i in tr]
        rubric = Rubric.from_json(
            fit_rubric(
                rows,
                [records[i].labels["overall"] for i in tr],
                alpha,
                [records[i].labels.get("red_flags") or [] for i in tr],
            )
        )
        for i in te:
            pred[i] = rubric.score(records[i].answer, findings[i]).overall
    keys = sorted(pred)
    gold = [records[i].labels["overall"] for i in keys]
    words = [len(records[i].answer.text.split()) for i in keys]
    p = [pred[i] for i in keys]
    return float(spearmanr(p, gold).statistic), partial_spearman(p, gold, words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", help="folder to write rubric.json to (fit on all records)")
    parser.add_argument("--features", choices=("pred", "gold", "both"), default="both")
    parser.add_argument("--alpha", type=float, default=None, help="skip the CV choice of alpha")
    parser.add_argument("--model-dir", help="analyzer models trained elsewhere (held-out runs)")
    parser.add_argument("--no-embed", action="store_true", help="analyzers without MiniLM vectors")
    args = parser.parse_args()
    if args.model_dir:
        os.environ[MODEL_DIR_VARIABLE] = args.model_dir
    records = load_records(args.files, embed=not args.no_embed and args.features != "gold")
    sources: dict[str, list[list[Finding]]] = {}
    if args.features in ("gold", "both"):
        sources["gold"] = [gold_findings(r.labels) for r in records]
    if args.features in ("pred", "both"):
        sources["pred"] = analyzer_findings(records)
    tune, held = tune_holdout_split(records)
    chosen: dict[str, float] = {}
    for name, findings in sources.items():
        print(f"\n== features from {name} ==")
        if args.alpha is None:
            scores = {a: cv_predictions(records, findings, tune, a) for a in ALPHAS}
            for a, (rho, part) in scores.items():
                print(f"  5-fold CV on tune, alpha={a:>5}: spearman={rho:.3f} partial={part:.3f}")
            chosen[name] = max(ALPHAS, key=lambda a: sum(scores[a]))
        else:
            chosen[name] = args.alpha
        alpha = chosen[name]
        print(f"  alpha={alpha}")
        if held:
            evaluate("  tune -> held-out", records, findings, tune, held, alpha, True)
        for train, test in cross_file_splits(records):
            target = records[test[0]].source
            evaluate(f"  cross-file -> {target}", records, findings, train, test, alpha, True)
    words = [len(r.answer.text.split()) for r in records]
    from scipy.stats import spearmanr

    held_gold = [records[i].labels["overall"] for i in held]
    if held:
        rho = spearmanr([words[i] for i in held], held_gold).statistic
        print(f"\nlength alone on held-out: spearman={rho:.3f}")
    if args.out:
        ship = "pred" if "pred" in sources else "gold"
        findings = sources[ship]
        rows = [extract_features(r.answer, f) for r, f in zip(records, findings, strict=True)]
        data = fit_rubric(
            rows,
            [r.labels["overall"] for r in records],
            chosen[ship],
            [r.labels.get("red_flags") or [] for r in records],
        )
        data["meta"]["features"] = ship
        path = Path(args.out) / "rubric.json"
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path} (features from {ship}, {len(rows)} records)")


if __name__ == "__main__":
    main()
