"""Exact-count rates of the delivery analyzer on labelled answers (LABELS.md format).

    python benchmarks/eval_fillers.py /work/shared/eval/answers-dev.jsonl \
        /work/shared/eval/answers-dev-b.jsonl [--mismatches]

Prints, per part (tune = all but db-076..db-150, held-out = db-076..db-150) and per file, the share of
answers whose predicted `hesitations` and `discourse_fillers` equal the label exactly. With
`--mismatches` it lists the tune-part answers it gets wrong (never the held-out ones).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from labelled import Record, is_held_out, load_records  # noqa: E402

from interview_coach.analysis.base import find_summary  # noqa: E402
from interview_coach.analysis.fillers import FillerAnalyzer  # noqa: E402


def _predict(analyzer: FillerAnalyzer, record: Record) -> tuple[int, int]:
    found = find_summary(analyzer(record.answer, record.context), "delivery")
    data = found.data if found else {}
    return int(data.get("hesitations", 0)), int(data.get("discourse_fillers", 0))


def _rates(rows: list[tuple[Record, tuple[int, int]]]) -> str:
    if not rows:
        return "n=0"
    hes = sum(p[0] == int(r.labels.get("hesitations", 0)) for r, p in rows) / len(rows)
    fil = sum(p[1] == int(r.labels.get("discourse_fillers", 0)) for r, p in rows) / len(rows)
    off = statistics.mean(abs(p[1] - int(r.labels.get("discourse_fillers", 0))) for r, p in rows)
    return (
        f"n={len(rows):3d}  hesitations exact {hes:6.1%}  discourse_fillers exact {fil:6.1%}"
        f"  fillers mean abs error {off:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--mismatches", action="store_true", help="list wrong tune-part answers")
    args = parser.parse_args()
    records = load_records(args.files, embed=False)
    analyzer = FillerAnalyzer()
    start = time.perf_counter()
    rows = [(r, _predict(analyzer, r)) for r in records]
    per_answer_ms = (time.perf_counter() - start) * 1000 / max(1, len(records))
    tune = [row for row in rows if not is_held_out(row[0].id)]
    held = [row for row in rows if is_held_out(row[0].id)]
    print(f"tune     {_rates(tune)}")
    print(f"held-out {_rates(held)}")
    for source in sorted({r.source for r in records}):
        print(f"{source:<20} {_rates([row for row in rows if row[0].source == source])}")
    spoken = [row for row in rows if row[0].answer.spoken]
    print(f"spoken (all)         {_rates(spoken)}")
    print(f"{per_answer_ms:.2f} ms per answer (counting and findings, no encoder)")
    if args.mismatches:
        for record, (hes, fil) in tune:
            want = (int(record.labels["hesitations"]), int(record.labels["discourse_fillers"]))
            if (hes, fil) != want:
                hits = analyzer.hits(record.context.text, record.context.tokens)
                words = [h.word for h in hits if h.kind == "filler"]
                print(f"\n{record.id} want H{want[0]} F{want[1]} got H{hes} F{fil} {words}")
                print(record.answer.text)


if __name__ == "__main__":
    main()
