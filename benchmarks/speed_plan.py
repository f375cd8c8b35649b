"""Plan build time once the documents are parsed (target: p95 <= 200 ms on 2 cores).

    python benchmarks/speed_plan.py JOB RESUME [--notes NOTES] [--runs 50]

The first plan (which loads the question bank and the taxonomy) is timed apart as `cold`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("job", type=Path)
    parser.add_argument("resume", type=Path)
    parser.add_argument("--notes", type=Path)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)

    from interview_coach.questions.formats import format_names
    from interview_coach.questions.planner import build_plan
    from interview_coach.services_documents import load_job, load_resume
    from interview_coach.services_plans import read_notes

    job = load_job(args.job)
    resume = load_resume(args.resume)
    notes = read_notes(str(args.notes)) if args.notes else ""
    start = time.perf_counter()
    build_plan(job, resume, "video", notes=notes)
    print(f"cold (bank and taxonomy loaded): {(time.perf_counter() - start) * 1000:.1f} ms")
    for name in format_names():
        times = []
        for seed in range(args.runs):
            start = time.perf_counter()
            build_plan(job, resume, name, seed=seed, notes=notes)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"{name:10s} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
