"""Speed of document reading: time per PDF/DOCX/Markdown resume, and ranking 1,000 resumes.

    python benchmarks/speed_documents.py /path/to/jobs-dev

Targets (2 cores): <= 300 ms per 2-page PDF; ranking 1,000 resumes against one job <= 10 s
(reading and parsing the resumes included).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path


def _time_per_file(paths: list[Path], repeat: int = 3) -> tuple[float, float]:
    from interview_coach.ingest import read_document
    from interview_coach.ingest.resume import parse_resume

    times = []
    for _ in range(repeat):
        for path in paths:
            start = time.perf_counter()
            parse_resume(read_document(path))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    from interview_coach.ingest import read_document
    from interview_coach.ingest.job import parse_job
    from interview_coach.ingest.resume import parse_resume
    from interview_coach.skills.extract import default_matcher
    from interview_coach.skills.ranking import rank_resumes

    start = time.perf_counter()
    default_matcher()
    print(f"taxonomy load and index: {(time.perf_counter() - start) * 1000:.0f} ms (once)")
    for suffix in ("pdf", "docx", "md"):
        paths = sorted(folder.glob(f"cv-*.{suffix}"))
        if paths:
            median, p95 = _time_per_file(paths)
            print(f"{suffix:>4}: read+parse median {median:.1f} ms, p95 {p95:.1f} ms per resume")
    texts = [read_document(p) for p in sorted(folder.glob("cv-*.md"))]
    job = parse_job(read_document(sorted(folder.glob("jd-*.txt"))[0]))
    start = time.perf_counter()
    resumes = {f"cv{i}": parse_resume(texts[i % len(texts)] + f"\n{i}") for i in range(1000)}
    ranked = rank_resumes(job, resumes)
    elapsed = time.perf_counter() - start
    print(f"rank 1,000 resumes (parse + match) against one job: {elapsed:.2f} s; best {ranked[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
