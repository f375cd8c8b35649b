"""The written STAR training answers (`scripts/data/star_examples.jsonl`) are well-formed records in
the labelled-answer format, varied enough to be worth training on, and safe for the analyzer."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from interview_coach.analysis.base import prepare
from interview_coach.analysis.star import PARTS, StarAnalyzer
from interview_coach.domain import Answer

EXAMPLES = Path(__file__).resolve().parents[1] / "scripts" / "data" / "star_examples.jsonl"
FIELDS = {"id", "role", "skills", "question", "question_type", "answer", "spoken", "labels"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def pattern(record: dict[str, Any]) -> str:
    star = record["labels"]["star"]
    return "".join("1" if star[part] else "0" for part in PARTS)


def test_every_record_has_the_labelled_fields(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 200
    for record in records:
        assert set(record) == FIELDS, record.get("id")
        assert re.fullmatch(r"star-\d{3}", record["id"])
        assert isinstance(record["role"], str) and record["role"]
        assert isinstance(record["skills"], list)
        assert all(isinstance(s, str) and s for s in record["skills"])
        assert record["question"].strip()
        assert record["question_type"] in ("behavioral", "situational")
        assert isinstance(record["spoken"], bool)
        labels = record["labels"]
        assert isinstance(labels["personal_ownership"], bool)
        assert set(labels["star"]) == set(PARTS)
        assert all(isinstance(labels["star"][p], bool) for p in PARTS)


def test_ids_and_answers_are_unique(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    answers = [r["answer"] for r in records]
    assert len(set(answers)) == len(answers)


def test_labels_follow_the_guide(records: list[dict[str, Any]]) -> None:
    # An action needs the candidate's own first-person steps, so it implies ownership.
    for record in records:
        if record["labels"]["star"]["action"]:
            assert record["labels"]["personal_ownership"], record["id"]


def test_the_set_is_varied(records: list[dict[str, Any]]) -> None:
    words = [len(r["answer"].split()) for r in records]
    assert min(words) >= 30 and max(words) <= 300
    assert len({r["role"] for r in records}) >= 40
    spoken = sum(r["spoken"] for r in records)
    assert 0.2 * len(records) <= spoken <= 0.8 * len(records)
    assert any(r["question_type"] == "situational" for r in records)
    shapes = Counter(pattern(r) for r in records)
    # Full stories, each part missing on its own, and no story at all.
    for shape in ("1111", "0111", "1011", "1101", "1110", "0000"):
        assert shapes[shape] >= 3, shape
    # "We" stories: no action and no ownership.
    assert any(pattern(r)[2] == "0" and not r["labels"]["personal_ownership"] for r in records)


def test_the_analyzer_reads_every_example(records: list[dict[str, Any]]) -> None:
    analyzer = StarAnalyzer()
    for record in records:
        answer = Answer(
            text=record["answer"],
            question=record["question"],
            question_type=record["question_type"],
            role=record["role"],
            skills=tuple(record["skills"]),
            spoken=record["spoken"],
        )
        findings = analyzer(answer, prepare(answer))
        summaries = [f for f in findings if f.code == "star.summary"]
        assert len(summaries) == 1
        if record["question_type"] == "behavioral":
            assert summaries[0].data["applicable"] is True
