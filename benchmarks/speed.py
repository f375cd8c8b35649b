"""Speed and memory of answer analysis.

    python benchmarks/speed.py [LABELLED.jsonl ...] [--repeat 40]

Prints p50/p95 latency per 300-word answer (warm, one at a time), answers per second in batch
(labelled files if given, else the built-in answer), the cold start of `interview-coach --help`, and the
peak memory (RSS) of a process that analyses answers. Name the machine when you report the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# A behavioral answer written for this benchmark, cut to exactly 300 words below.
SAMPLE = (
    "Last spring I was the analyst on a four person team at a regional grocery chain, and our weekly "
    "sales report took two days to build by hand because every store sent its figures in a different "
    "spreadsheet layout. My manager asked me to find a way to get the report out on Monday morning "
    "instead of Wednesday, without adding headcount. I started by sitting with two store managers to "
    "see how they filled in their sheets, and I listed the eleven layouts we actually received. Then I "
    "wrote a small Python script with pandas that mapped each layout onto one table, flagged missing "
    "stores, and loaded the result into our SQL database. I tested it against six weeks of old reports "
    "and found two stores whose returns had been double counted for months, which I raised with finance "
    "straight away. Once the numbers matched, I built a Tableau dashboard on top of the table and wrote "
    "a one page guide so that the other analysts could run it while I was on leave. Um, the first week "
    "was rough, to be honest, because one store changed its template and the script stopped, so I added "
    "a check that emails me when a file does not match any known layout. The result was that the report "
    "went out on Monday at nine, two days earlier than before, and we saved roughly fourteen hours of "
    "analyst time every week. Finance also corrected the double counting, which moved about forty "
    "thousand dollars of returns to the right stores. What I learned is that the slow part of a report "
    "is usually the input, not the analysis, so now I always look at how the data arrives before I "
    "touch the dashboard. I would love to bring that habit to this role, because your team publishes "
    "daily figures for many more sites than we had. "
)


def sample_answer(words: int = 300) -> str:
    tokens = (SAMPLE * 3).split()
    return " ".join(tokens[:words])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def load_lines(paths: list[str]) -> list[str]:
    lines: list[str] = []
    for path in paths:
        lines += [x for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="*")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()

    from interview_coach import services
    from interview_coach.analysis.pipeline import AnswerAnalyzer
    from interview_coach.domain import Answer

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    started = time.perf_counter()
    engine = AnswerAnalyzer()
    print(f"load (model + analyzers + rubric): {time.perf_counter() - started:.2f} s")

    answer = Answer(
        text=sample_answer(),
        question="Tell me about a time you improved a process.",
        question_type="behavioral",
        role="Data Analyst",
        skills=("SQL", "Python", "Tableau"),
    )
    for _ in range(5):
        services.analyze_answer(answer, engine)
    times = []
    for _ in range(args.repeat):
        begin = time.perf_counter()
        services.analyze_answer(answer, engine)
        times.append((time.perf_counter() - begin) * 1000)
    print(
        f"300-word answer, warm, one at a time ({args.repeat} runs): "
        f"p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms (target <= 50)"
    )

    lines = load_lines(args.labelled) or [
        json.dumps(
            {
                "id": f"s{i}",
                "answer": sample_answer(60 + 10 * (i % 25)),
                "question": "Tell me about a time you improved a process.",
                "question_type": "behavioral",
            }
        )
        for i in range(200)
    ]
    begin = time.perf_counter()
    count = sum(1 for _ in services.analyze_records(lines, engine))
    seconds = time.perf_counter() - begin
    print(
        f"batch: {count} answers in {seconds:.2f} s = {count / seconds:.1f} answers/s "
        "(target >= 50)"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak_mb:.0f} MB (target <= 400)")

    command = shutil.which("interview-coach")
    if command:
        runs = []
        for _ in range(10):
            begin = time.perf_counter()
            subprocess.run([command, "--help"], check=True, capture_output=True)
            runs.append(time.perf_counter() - begin)
        print(
            f"`interview-coach --help` cold start: median {statistics.median(runs):.3f} s, "
            f"max {max(runs):.3f} s (target <= 0.3)"
        )
    else:
        print("`interview-coach` is not on PATH: install the package to time --help")


if __name__ == "__main__":
    main()
