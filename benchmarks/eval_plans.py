"""Plans for the job/resume pairs of a jobs-dev folder (each resume with its `target_jd`), in every
format, checked for the plan's promises; prints the problems and the build time p50/p95.

    python benchmarks/eval_plans.py /path/to/jobs-dev [--seeds 3]

Checks: no repeated question; every deep-dive quote is in the resume's text; no question names a
skill outside the job's and the resume's skills; every format gives a plan with a closing question.
Build time is measured once the documents are parsed (target p95 <= 200 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args(argv)

    from interview_coach.ingest import read_document
    from interview_coach.ingest.job import parse_job
    from interview_coach.ingest.resume import parse_resume
    from interview_coach.questions.formats import format_names
    from interview_coach.questions.model import plan_problems
    from interview_coach.questions.planner import build_plan
    from interview_coach.questions.tailor import allowed_skills
    from interview_coach.skills.extract import extract_skills

    records = [json.loads(line) for line in (args.folder / "resumes.jsonl").open()]
    times: list[float] = []
    problems: list[str] = []
    plans = questions = deep_dives = 0
    for record in records:
        resume_text = read_document(args.folder / record["files"][0])
        job_path = args.folder / f"{record['target_jd']}.txt"
        job_text = read_document(job_path)
        for name in record["files"]:  # every layout of the resume
            resume = parse_resume(read_document(args.folder / name))
            job = parse_job(job_text)
            allowed = allowed_skills(
                job, resume, (*extract_skills(job.title), *extract_skills(job.company))
            )
            for format_name in format_names():
                for seed in range(args.seeds):
                    start = time.perf_counter()
                    plan = build_plan(job, resume, format_name, seed=seed)
                    times.append((time.perf_counter() - start) * 1000)
                    plans += 1
                    questions += len(plan.questions)
                    deep_dives += sum(q.kind == "deep_dive" for q in plan.questions)
                    if plan.questions[-1].type != "closing":
                        problems.append(f"{name} {format_name}: no closing question")
                    for problem in plan_problems(plan, resume_text, allowed):
                        problems.append(f"{name} {format_name} seed {seed}: {problem}")
    times.sort()
    print(f"plans: {plans}, questions: {questions}, deep-dives: {deep_dives}")
    print(f"problems: {len(problems)}")
    for problem in problems[:20]:
        print(f"  {problem}")
    p50 = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"build time: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
