"""Speed of `interview-coach progress` over a long history.

    python benchmarks/speed_progress.py [--sessions 1000] [--runs 7]

Builds a store in a temp dir with N sessions of history (6 to 10 questions each, some retried,
every attempt with a scorecard and about 15 findings, like the real analyzer's), loaded through
`Store.import_all`, then times the command `interview-coach progress` (a fresh process each run,
so the figure includes start-up) and `progress --json`. Target: p95 <= 1 s at 1,000 sessions.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interview_coach.progress.history import DIMENSIONS  # noqa: E402
from interview_coach.storage import Store  # noqa: E402
from interview_coach.storage.transfer import EXPORT_FORMAT, EXPORT_VERSION  # noqa: E402

CODES = (
    ("star.missing_result", "warning"),
    ("star.action", "strength"),
    ("specificity.vague", "problem"),
    ("specificity.quantified", "strength"),
    ("ownership.we_heavy", "warning"),
    ("delivery.filler_cluster", "warning"),
    ("length.too_short", "problem"),
    ("enthusiasm.connects_to_role", "strength"),
)
QUESTIONS = [f"Practice question number {i}: tell me about situation {i}." for i in range(60)]


def _scorecard(rng: random.Random, level: float) -> dict[str, Any]:
    dims = [
        {
            "name": d,
            "score": float(min(5, max(1, round(level + rng.uniform(-1.2, 1.2))))),
            "contributions": [{"code": "star.action", "points": 0.1}],
        }
        for d in DIMENSIONS
    ]
    overall = int(min(5, max(1, round(level + rng.uniform(-0.6, 0.6)))))
    return {
        "overall": overall,
        "overall_raw": level,
        "dimensions": dims,
        "rubric_version": "bench",
        "contributions": [],
    }


def _findings(rng: random.Random) -> list[dict[str, Any]]:
    out = [
        {
            "code": f"{d}.summary",
            "severity": "info",
            "message": "m",
            "suggestion": "",
            "spans": [],
            "data": {"value": 1},
        }
        for d in (
            "star",
            "specificity",
            "ownership",
            "relevance",
            "enthusiasm",
            "delivery",
            "length",
            "pace",
        )
    ]
    for code, severity in rng.sample(CODES, 6):
        out.append(
            {
                "code": code,
                "severity": severity,
                "message": "A finding message of a typical length for the coach.",
                "suggestion": "A suggestion sentence.",
                "spans": [{"start": 0, "end": 12}],
                "data": {},
            }
        )
    return out


def build_export(sessions: int, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    tables: dict[str, list[dict[str, Any]]] = {
        "plans": [],
        "sessions": [],
        "session_questions": [],
        "attempts": [],
        "feedback": [],
    }
    sq_id = attempt_id = 0
    answer = "I led the migration of our reporting to a new warehouse. " * 12
    for s in range(1, sessions + 1):
        when = (start + timedelta(hours=8 * s)).isoformat()
        asked = [
            {"text": q, "type": "behavioral", "kind": "bank", "source": f"b{i}"}
            for i, q in enumerate(rng.sample(QUESTIONS, rng.randint(6, 10)))
        ]
        tables["plans"].append(
            {
                "id": s,
                "format": "phone",
                "minutes": 30,
                "seed": s,
                "plan": {"job_title": "Analyst", "company": "Acme", "questions": asked},
                "created_at": when,
                "updated_at": when,
            }
        )
        tables["sessions"].append(
            {
                "id": s,
                "plan_id": s,
                "status": "finished",
                "current_index": 0,
                "started_at": when,
                "finished_at": when,
                "created_at": when,
                "updated_at": when,
            }
        )
        level = 2.0 + 2.5 * s / sessions
        for position, question in enumerate(asked):
            sq_id += 1
            tables["session_questions"].append(
                {
                    "id": sq_id,
                    "session_id": s,
                    "position": position,
                    "question": question,
                    "created_at": when,
                    "updated_at": when,
                }
            )
            for number in range(1, 2 + (rng.random() < 0.2)):
                attempt_id += 1
                tables["attempts"].append(
                    {
                        "id": attempt_id,
                        "session_question_id": sq_id,
                        "number": number,
                        "answer_text": answer,
                        "spoken": False,
                        "created_at": when,
                        "updated_at": when,
                    }
                )
                tables["feedback"].append(
                    {
                        "id": attempt_id,
                        "attempt_id": attempt_id,
                        "findings": _findings(rng),
                        "scorecard": _scorecard(rng, level),
                        "labels": {},
                        "rubric_version": "bench",
                        "created_at": when,
                        "updated_at": when,
                    }
                )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema_revision": None,
        "tables": tables,
    }


def _time(cmd: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - began)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return times


def _report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label:<28} p50 {statistics.median(times):.3f} s   p95 {p95:.3f} s   (n={len(times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, INTERVIEW_COACH_HOME=home)
        env.pop("INTERVIEW_COACH_DATABASE_URL", None)
        began = time.perf_counter()
        with Store.open(f"sqlite:///{Path(home, 'coach.db').as_posix()}") as store:
            rows = store.import_all(build_export(args.sessions))
        print(
            f"built {args.sessions} sessions ({rows} rows) in {time.perf_counter() - began:.1f} s"
        )
        exe = [str(Path(sys.executable).with_name("interview-coach"))]
        _report("interview-coach progress", _time([*exe, "progress"], env, args.runs))
        _report(
            "interview-coach progress --json", _time([*exe, "progress", "--json"], env, args.runs)
        )
        _report(
            "interview-coach history --json", _time([*exe, "history", "--json"], env, args.runs)
        )


if __name__ == "__main__":
    main()
