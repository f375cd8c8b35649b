"""Score job and resume extraction against a labelled folder (format of jobs-dev/README.md).

    python benchmarks/eval_documents.py /path/to/jobs-dev [--held-out]
    python benchmarks/eval_documents.py tests/fixtures/documents/corpus --all

Any folder in that format works (jobs.jsonl, resumes.jsonl and the files they name). A record is
in the held-out part when its id is one of the dev set's held-out ids or it has "part": "check".

Prints micro-averaged F1 of must-have, nice-to-have and soft skills for jobs; F1 of skills,
years within one year, title and e-mail exact for resumes, per file format; time per document.
Without --held-out it scores the tuning part only (jd-15..jd-20 and cv-10..cv-12 are held out).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

HELD_OUT = {f"jd-{n:02d}" for n in range(15, 21)} | {"cv-10", "cv-11", "cv-12"}


def _norm(items: list[str]) -> set[str]:
    return {x.strip().lower() for x in items}


class F1:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: list[str], gold: list[str]) -> None:
        p, g = _norm(predicted), _norm(gold)
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)

    def __str__(self) -> str:
        prec = self.tp / max(1, self.tp + self.fp)
        rec = self.tp / max(1, self.tp + self.fn)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        return f"F1 {f1:.3f} (P {prec:.3f} R {rec:.3f})"


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


AS_OF = date(2026, 11, 1)  # "present" in the labelling conventions of jobs-dev/README.md


def _is_held_out(record: dict[str, Any]) -> bool:
    return record["id"] in HELD_OUT or record.get("part") == "check"


def _selected(records: list[dict[str, Any]], held_out: bool | None) -> list[dict[str, Any]]:
    if held_out is None:
        return records
    return [r for r in records if _is_held_out(r) == held_out]


def eval_jobs(folder: Path, held_out: bool | None, verbose: bool) -> None:
    from interview_coach.ingest import read_document
    from interview_coach.ingest.job import parse_job

    scores = {k: F1() for k in ("must_have", "nice_to_have", "soft_skills")}
    years = titles = companies = seniority = 0
    path = folder / "jobs.jsonl"
    records = _selected(_load(path), held_out) if path.exists() else []
    start = time.perf_counter()
    for rec in records:
        job = parse_job(read_document(folder / rec["file"])).to_dict()
        for key, score in scores.items():
            score.add(job[key], rec[key])
            if verbose and _norm(job[key]) != _norm(rec[key]):
                print(
                    f"  {rec['id']} {key}: +{sorted(_norm(job[key]) - _norm(rec[key]))} "
                    f"-{sorted(_norm(rec[key]) - _norm(job[key]))}"
                )
        years += job["years_experience"] == rec["years_experience"]
        titles += job["title"] == rec["title"]
        companies += job["company"] == rec["company"]
        seniority += job["seniority"] == rec["seniority"]
        if verbose and (
            job["title"],
            job["company"],
            job["seniority"],
            job["years_experience"],
        ) != (rec["title"], rec["company"], rec["seniority"], rec["years_experience"]):
            print(
                f"  {rec['id']} got {job['title']!r} {job['company']!r} {job['seniority']} "
                f"{job['years_experience']} want {rec['title']!r} {rec['company']!r} "
                f"{rec['seniority']} {rec['years_experience']}"
            )
    elapsed = (time.perf_counter() - start) / max(1, len(records)) * 1000
    n = max(1, len(records))
    print(f"jobs (txt, n={len(records)}): " + "; ".join(f"{k} {v}" for k, v in scores.items()))
    print(
        f"  years exact {years / n:.0%}  title exact {titles / n:.0%}  company exact "
        f"{companies / n:.0%}  seniority {seniority / n:.0%}  {elapsed:.1f} ms/doc"
    )


_SUFFIX_ORDER = {".md": 0, ".txt": 1, ".docx": 2, ".pdf": 3}


def _order(suffix: str) -> int:
    return _SUFFIX_ORDER.get(suffix, 9)


def eval_resumes(folder: Path, held_out: bool | None, verbose: bool) -> None:
    from interview_coach.ingest import read_document
    from interview_coach.ingest.resume import parse_resume

    path = folder / "resumes.jsonl"
    records = _selected(_load(path), held_out) if path.exists() else []
    suffix_sets = [{Path(f).suffix for f in r["files"]} for r in records]
    common = set.intersection(*suffix_sets) if suffix_sets else set()
    for suffix in sorted(common, key=_order) or [""]:
        skills = F1()
        title_f1 = F1()
        years = emails = names = 0
        start = time.perf_counter()
        for rec in records:
            file = next(f for f in rec["files"] if f.endswith(suffix))
            cv = parse_resume(read_document(folder / file), as_of=AS_OF)
            skills.add(cv.skills, rec["skills"])
            title_f1.add(cv.titles, rec["titles"])
            years += abs(cv.years_experience - rec["years_experience"]) <= 1.0
            emails += cv.email == rec["email"]
            names += cv.name == rec["name"]
            if verbose and file == rec["files"][0]:
                got, want = _norm(cv.skills), _norm(rec["skills"])
                print(f"  {rec['id']} skills +{sorted(got - want)} -{sorted(want - got)}")
            if verbose and (cv.years_experience, cv.titles) != (
                rec["years_experience"],
                rec["titles"],
            ):
                print(
                    f"  {file} years {cv.years_experience} vs {rec['years_experience']} "
                    f"titles {cv.titles} vs {rec['titles']}"
                )
        n = max(1, len(records))
        elapsed = (time.perf_counter() - start) / n * 1000
        print(
            f"resumes ({suffix[1:] or 'first file'}, n={len(records)}): skills {skills}; titles {title_f1}"
        )
        print(
            f"  years within 1: {years / n:.0%}  email exact {emails / n:.0%}  name exact "
            f"{names / n:.0%}  {elapsed:.1f} ms/doc"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--held-out", action="store_true", help="score the held-out part instead")
    parser.add_argument("--all", action="store_true", help="score every record (no split)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    held_out: bool | None = None if args.all else args.held_out
    print("part:", "all" if held_out is None else "held-out" if held_out else "tune")
    eval_jobs(args.folder, held_out, args.verbose)
    eval_resumes(args.folder, held_out, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
