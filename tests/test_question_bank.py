"""The packaged question bank: schema, coverage minimums, loader errors and filters."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from interview_coach.questions.bank import (
    COMPETENCIES,
    ROLE_FAMILIES,
    BankQuestion,
    QuestionBank,
    QuestionBankError,
    load_bank,
    parse_file,
)

TECH_FAMILIES = [f for f in ROLE_FAMILIES if f != "any"]
MINIMUMS = {"behavioral": 150, "situational": 40, "intro": 5, "motivation": 5, "weakness": 5}
MINIMUMS |= {"strength": 5, "culture_fit": 5, "closing": 5, "resume": 5}

GOOD = """
defaults: {type: behavioral, role_families: [any], seniority: [any], difficulty: 2}
questions:
- id: beh-test-001
  text: Tell me about a time you fixed a broken handover between two shifts.
  competencies: [teamwork]
  looks_for: [A clear personal part]
  follow_ups: [What did you do personally?, What would you change?]
  mistakes: [Saying we throughout]
"""


def test_bank_loads_more_than_500_valid_questions() -> None:
    bank = load_bank()
    assert len(bank) >= 500
    assert all(isinstance(q, BankQuestion) for q in bank.questions)


def test_ids_and_texts_are_unique() -> None:
    questions = load_bank().questions
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.text.casefold() for q in questions}) == len(questions)


def test_every_entry_has_follow_ups_points_and_mistakes() -> None:
    for q in load_bank().questions:
        assert 2 <= len(q.follow_ups) <= 3, q.id
        assert all(f.rstrip().endswith(("?", ".")) for f in q.follow_ups), q.id
        assert 1 <= len(q.looks_for) <= 3 and 1 <= len(q.mistakes) <= 3, q.id
        assert set(q.competencies) <= set(COMPETENCIES), q.id
        assert q.id.split("-")[0] in {"beh", "sit", "tech", "intro", "mot", "res"} | {
            "weak",
            "str",
            "cul",
            "clo",
        }, q.id


def test_counts_per_type_meet_the_minimums() -> None:
    counts = Counter(q.type for q in load_bank().questions)
    for kind, minimum in MINIMUMS.items():
        assert counts[kind] >= minimum, (kind, counts[kind])


@pytest.mark.parametrize("family", TECH_FAMILIES)
def test_each_role_family_has_eight_technical_questions(family: str) -> None:
    found = load_bank().filter(type="technical", role_family=family, include_general=False)
    assert len(found) >= 8
    assert all(q.skills for q in found), "technical questions name the skills they test"


def test_behavioral_questions_cover_every_competency() -> None:
    covered = {c for q in load_bank().filter(type="behavioral") for c in q.competencies}
    assert covered == set(COMPETENCIES) - {"technical_depth"}


def test_loading_is_fast_and_cached() -> None:
    load_bank.cache_clear()
    start = time.perf_counter()
    first = load_bank()
    assert time.perf_counter() - start < 0.5  # about 40 ms here; generous for slow CI
    assert load_bank() is first


def test_filters_combine() -> None:
    bank = load_bank()
    hard_conflict = bank.filter(type="behavioral", competency="conflict", difficulty=3)
    assert hard_conflict
    for q in hard_conflict:
        assert q.type == "behavioral" and "conflict" in q.competencies and q.difficulty == 3
    nursing = bank.filter(role_family="nursing")
    assert any(q.role_families == ("any",) for q in nursing)
    assert any("nursing" in q.role_families for q in nursing)
    only = bank.filter(role_family="nursing", include_general=False)
    assert only and all("nursing" in q.role_families for q in only)
    senior = bank.filter(seniority="lead", include_general=False)
    assert senior and all("lead" in q.seniority for q in senior)
    assert len(bank.filter(limit=7)) == 7


def test_search_needs_every_word_and_ignores_case() -> None:
    bank = load_bank()
    hits = bank.filter(search="SQL injection")
    assert [q.id for q in hits] == ["tech-security-003"]
    assert bank.filter(search="kubernetes")  # matches the skills list too
    assert bank.filter(search="zebra quasar") == []


def test_get_by_id() -> None:
    bank = load_bank()
    q = bank.get("intro-001")
    assert q is not None and q.type == "intro"
    assert bank.get("nope-000") is None


def test_defaults_fill_in_and_entries_override() -> None:
    (q,) = parse_file("good.yaml", GOOD)
    assert q.type == "behavioral" and q.seniority == ("any",) and q.difficulty == 2
    assert q.source == "good.yaml" and q.to_dict()["follow_ups"][0] == "What did you do personally?"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("competencies: [teamwork]", "competencies: [juggling]"), "unknown competencies"),
        (("  mistakes: [Saying we throughout]\n", ""), "missing field(s) mistakes"),
        (
            (
                "follow_ups: [What did you do personally?, What would you change?]",
                "follow_ups: [Why?]",
            ),
            "follow_ups",
        ),
        (("{type: behavioral,", "{type: quiz,"), "unknown type"),
        (("difficulty: 2}", "difficulty: 5}"), "difficulty"),
        (("role_families: [any]", "role_families: [any, sales]"), "'any' with other"),
        (
            ("  competencies: [teamwork]", "  colour: red\n  competencies: [teamwork]"),
            "unknown field",
        ),
    ],
)
def test_validation_errors_name_the_file_and_entry(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(QuestionBankError) as info:
        parse_file("broken.yaml", GOOD.replace(old, new))
    assert "broken.yaml" in str(info.value) and "beh-test-001" in str(info.value)
    assert message in str(info.value)


def test_malformed_ids_and_yaml_are_reported() -> None:
    with pytest.raises(QuestionBankError, match=r"bad\.yaml.*malformed id"):
        parse_file("bad.yaml", GOOD.replace("beh-test-001", "Beh Test"))
    with pytest.raises(QuestionBankError, match=r"bad\.yaml: not valid YAML"):
        parse_file("bad.yaml", "questions: [unclosed")
    with pytest.raises(QuestionBankError, match="'questions' list"):
        parse_file("bad.yaml", "just a string")


def test_duplicate_ids_and_texts_are_rejected() -> None:
    (q,) = parse_file("a.yaml", GOOD)
    with pytest.raises(QuestionBankError, match="reuses an id"):
        QuestionBank([q, q])
    other = parse_file("b.yaml", GOOD.replace("beh-test-001", "beh-test-002"))
    with pytest.raises(QuestionBankError, match=r"b\.yaml: entry 'beh-test-002' repeats the text"):
        QuestionBank([q, *other])
