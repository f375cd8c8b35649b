"""Train every learned model in order, optionally without the held-out part.

    python scripts/train_all.py LABELLED.jsonl [MORE.jsonl] --out DIR [--exclude-holdout]

With --exclude-holdout the held-out answers (db-076..db-150) are dropped first, so that
`benchmarks/eval_answers.py ... --split holdout --models DIR` measures models that never saw them.
The shipped models are trained on everything: `--out interview_coach/models`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Analyzer models first; the rubric is fitted on the findings those models produce.
TRAINERS = ("train_star.py", "train_red_flags.py", "train_content.py", "train_rubric.py")
#: Extra arguments per trainer: answers written for the project, added to training sides only.
EXTRA_ARGS = {"train_red_flags.py": ["--extra", str(HERE / "data" / "red_flag_examples.jsonl")]}


def is_held_out(record_id: str) -> bool:
    return record_id.startswith("db-") and int(record_id[3:]) >= 76


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--exclude-holdout", action="store_true")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for path in args.labelled:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
            if args.exclude_holdout:
                lines = [x for x in lines if x.strip() and not is_held_out(json.loads(x)["id"])]
            target = Path(tmp) / Path(path).name
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
            files.append(str(target))
        env = dict(os.environ, INTERVIEW_COACH_MODEL_DIR=str(out.resolve()))
        for trainer in TRAINERS:
            script = HERE / trainer
            if not script.exists():
                print(f"skipped {trainer}: not found", flush=True)
                continue
            print(f"== {trainer}", flush=True)
            subprocess.run(
                [
                    sys.executable,
                    str(script),
                    *files,
                    "--out",
                    str(out),
                    *EXTRA_ARGS.get(trainer, []),
                ],
                env=env,
                check=True,
            )


if __name__ == "__main__":
    main()
