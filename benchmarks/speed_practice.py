"""Time per answered question in a scripted practice session (store + analysis + feedback).

    python benchmarks/speed_practice.py [--answers 9]

Runs in a temporary INTERVIEW_COACH_HOME; prints the model load time and per-answer timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

ANSWER = (
    "Last spring at the food bank our volunteer rota kept leaving Saturday shifts empty. My task "
    "was to fix it before the summer. I pulled six months of sign-ups into a spreadsheet, wrote a "
    "SQL query that matched shifts with demand and agreed a swap system with the regulars. Within "
    "two months unfilled shifts fell from 18% to 7%, and the coordinator still uses the sheet."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["INTERVIEW_COACH_HOME"] = home
        from interview_coach.config import load_settings
        from interview_coach.domain import Answer, Feedback
        from interview_coach.services import analyze_answer, default_analyzer
        from interview_coach.services_practice import practice_runner, start_sample_practice
        from interview_coach.storage import Store

        started = time.perf_counter()
        default_analyzer()
        load = time.perf_counter() - started
        with Store.open(load_settings().database_url) as store:
            session_id = start_sample_practice(store, format_name="in_person", minutes=60)
            analysis: list[float] = []

            def timed(answer: Answer) -> Feedback:
                begun = time.perf_counter()
                try:
                    return analyze_answer(answer)
                finally:
                    analysis.append((time.perf_counter() - begun) * 1000)

            runner = practice_runner(store, session_id, timed)
            timings = []
            for number in range(min(args.answers, runner.total)):
                started = time.perf_counter()
                runner.submit(f"{ANSWER} (answer {number + 1})")
                runner.decline_follow_up()
                timings.append((time.perf_counter() - started) * 1000)
    overhead = sorted(t - a for t, a in zip(timings, analysis, strict=True))
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    print(f"model load {load * 1000:.0f} ms; {len(timings)} answers")
    print(f"per answered question: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms")
    print(
        f"of which analysis median {statistics.median(analysis):.1f} ms; store and scheduling "
        f"median {statistics.median(overhead):.1f} ms, max {overhead[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
