"""Measure the answer analyzers against labelled answers (LABELS.md format).

    python benchmarks/eval_answers.py LABELLED.jsonl [MORE.jsonl] [--split all|tune|holdout]
        [--models DIR] [--predictions PRED.jsonl]

Runs the same code as `interview-coach analyze-batch` (or reads its output with --predictions) and prints
each target metric next to the trivial rules named in the issue. `--models DIR` uses model files trained
elsewhere (scripts/train_all.py), so figures on answers the models never saw can be printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from metrics import balanced_accuracy, f1, partial_spearman, spearman  # noqa: E402

from interview_coach.analysis.labels import RED_FLAGS, STAR_PARTS  # noqa: E402

FLAGS = RED_FLAGS
PARTS = STAR_PARTS
BOOLEANS = (
    "quantified_result",
    "personal_ownership",
    "relevant",
    "passion_claim",
    "passion_evidence",
    "connects_to_role",
)
_WORD = re.compile(r"[A-Za-z0-9']+")
_NAIVE_FILLERS = re.compile(
    r"\b(like|you know|i mean|basically|actually|literally|sort of|kind of|so)\b", re.I
)
_HESITATION = re.compile(r"\b(u+m+|u+h+|e+r+m*|a+h+|h+m+)\b", re.I)


def is_held_out(record_id: str) -> bool:
    return record_id.startswith("db-") and int(record_id[3:]) >= 76


def load(paths: Sequence[str], split: str) -> list[dict[str, Any]]:
    items = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                held = is_held_out(str(item.get("id", "")))
                if split == "all" or (split == "holdout") == held:
                    items.append(item)
    return items


def predict(items: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], float]:
    from interview_coach import services

    started = time.perf_counter()
    lines = [json.dumps(item) for item in items]
    out = {r["id"]: r.get("predicted") or {} for r in services.analyze_records(lines)}
    return out, time.perf_counter() - started


def star_metrics(gold_items: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, float]:
    pairs = [
        (g["labels"]["star"], p.get("star"))
        for g, p in zip(gold_items, preds, strict=True)
        if g["labels"].get("star") is not None
    ]
    result: dict[str, float] = {}
    tp = fp = fn = 0
    for part in PARTS:
        gold = [bool(g[part]) for g, _ in pairs]
        pred = [bool((p or {}).get(part, False)) for _, p in pairs]
        result[part] = balanced_accuracy(gold, pred)
        for g_present, p_present in zip(gold, pred, strict=True):
            tp += (not g_present) and (not p_present)
            fp += g_present and not p_present
            fn += (not g_present) and p_present
    result["mean_balanced_accuracy"] = sum(result[p] for p in PARTS) / 4
    result["missing_f1"] = f1(tp, fp, fn)[2]
    result["n"] = len(pairs)
    return result


def flag_metrics(gold_items: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    per_flag: dict[str, tuple[float, float, float]] = {}
    total = [0, 0, 0]
    for flag in FLAGS:
        tp = fp = fn = 0
        for g, p in zip(gold_items, preds, strict=True):
            in_gold = flag in g["labels"].get("red_flags", [])
            in_pred = flag in (p.get("red_flags") or [])
            tp += in_gold and in_pred
            fp += in_pred and not in_gold
            fn += in_gold and not in_pred
        per_flag[flag] = f1(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    return {"micro": f1(*total), "per_flag": per_flag}


def naive_filler_count(text: str) -> int:
    return len(_NAIVE_FILLERS.findall(text))


def report(items: list[dict[str, Any]], predictions: dict[str, dict[str, Any]]) -> None:
    gold = [item for item in items if item["id"] in predictions]
    preds = [predictions[item["id"]] for item in gold]
    words = [len(_WORD.findall(item["answer"])) for item in gold]
    print(f"answers: {len(gold)}")

    star = star_metrics(gold, preds)
    trivial_star = star_metrics(gold, [{"star": dict.fromkeys(PARTS, True)}] * len(gold))
    print(f"\nSTAR ({star['n']:.0f} answers with a gold STAR)      coach   all-present")
    for part in PARTS:
        print(f"  balanced accuracy {part:<10}       {star[part]:.3f}   {trivial_star[part]:.3f}")
    print(
        f"  mean balanced accuracy (>= 0.88)    {star['mean_balanced_accuracy']:.3f}   "
        f"{trivial_star['mean_balanced_accuracy']:.3f}"
    )
    print(
        f"  missing-part F1 (>= 0.78)           {star['missing_f1']:.3f}   "
        f"{trivial_star['missing_f1']:.3f}"
    )

    flags = flag_metrics(gold, preds)
    print("\nRed flags                 precision  recall   F1     (no-flags rule: F1 0.000)")
    for flag, (p, r, f) in flags["per_flag"].items():
        print(f"  {flag:<24} {p:.3f}     {r:.3f}   {f:.3f}")
    p, r, f = flags["micro"]
    print(f"  micro (>= 0.75)          {p:.3f}     {r:.3f}   {f:.3f}")

    overall_pred = [float(p.get("overall", 3)) for p in preds]
    overall_gold = [float(g["labels"]["overall"]) for g in gold]
    print("\nOverall 1-5                               coach   length alone")
    print(
        f"  Spearman (>= 0.80)                      {spearman(overall_pred, overall_gold):.3f}   "
        f"{spearman(words, overall_gold):.3f}"
    )
    print(
        f"  partial Spearman | word count (>= 0.60) "
        f"{partial_spearman(overall_pred, overall_gold, words):.3f}   "
        f"{partial_spearman(words, overall_gold, words):.3f}"
    )
    exact = sum(int(a) == int(b) for a, b in zip(overall_pred, overall_gold, strict=True))
    within = sum(abs(a - b) <= 1 for a, b in zip(overall_pred, overall_gold, strict=True))
    print(
        f"  exact {exact / len(gold):.3f}, within one {within / len(gold):.3f}; "
        f"predicted 1-5 counts {[overall_pred.count(float(k)) for k in range(1, 6)]}"
    )

    def rate(key: str, fn_gold: Any, fn_base: Any) -> tuple[float, float]:
        coach = sum(
            int(p.get(key, -1)) == g["labels"][key] for g, p in zip(gold, preds, strict=True)
        )
        base = sum(fn_base(g) == g["labels"][key] for g in gold)
        return coach / len(gold), base / len(gold)

    fillers = rate("discourse_fillers", None, lambda g: naive_filler_count(g["answer"]))
    hes = rate("hesitations", None, lambda g: len(_HESITATION.findall(g["answer"])))
    print("\nDelivery (exact count rate)              coach   word list / regex")
    print(f"  discourse fillers (>= 0.90)             {fillers[0]:.3f}   {fillers[1]:.3f}")
    print(f"  hesitations (>= 0.95)                   {hes[0]:.3f}   {hes[1]:.3f}")

    print("\nBoolean labels, balanced accuracy (>= 0.80; a constant gets 0.500)")
    for key in BOOLEANS:
        g_values = [bool(g["labels"][key]) for g in gold]
        p_values = [bool(p.get(key, False)) for p in preds]
        print(
            f"  {key:<22} {balanced_accuracy(g_values, p_values):.3f}   "
            f"(gold positives {sum(g_values)}/{len(g_values)})"
        )
    spec = sum(
        int(p.get("specificity", 0)) == g["labels"]["specificity"]
        for g, p in zip(gold, preds, strict=True)
    )
    print(f"  specificity 1-3 exact  {spec / len(gold):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="+", help="labelled JSONL files (LABELS.md format)")
    parser.add_argument("--split", choices=["all", "tune", "holdout"], default="all")
    parser.add_argument("--models", help="a folder of model files trained elsewhere")
    parser.add_argument("--predictions", help="read analyze-batch output instead of running")
    args = parser.parse_args()
    if args.models:
        os.environ["INTERVIEW_COACH_MODEL_DIR"] = args.models
    items = load(args.labelled, args.split)
    if args.predictions:
        rows = [json.loads(x) for x in Path(args.predictions).read_text().splitlines() if x.strip()]
        predictions = {r["id"]: r.get("predicted") or {} for r in rows}
    else:
        predictions, seconds = predict(items)
        print(
            f"analysed {len(items)} answers in {seconds:.1f} s (models: {args.models or 'packaged'})"
        )
    print(f"split: {args.split}")
    report(items, predictions)


if __name__ == "__main__":
    main()
