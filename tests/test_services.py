"""Answer analysis through the service layer: validation, batch records, determinism."""

from __future__ import annotations

import json

import pytest

from interview_coach import services
from interview_coach.domain import Answer
from interview_coach.errors import InputFormatError, InvalidAnswerError

LABEL_TYPES = {
    "quantified_result": bool,
    "personal_ownership": bool,
    "specificity": int,
    "relevant": bool,
    "passion_claim": bool,
    "passion_evidence": bool,
    "connects_to_role": bool,
    "red_flags": list,
    "hesitations": int,
    "discourse_fillers": int,
    "overall": int,
}
STORY = (
    "Last year our ticket queue doubled after a software rollout. I was asked to bring the backlog "
    "down before quarter end. I sorted the tickets by cause, wrote three how-to guides for the most "
    "common issues and ran two short training sessions. Within six weeks the backlog fell from 240 "
    "to 60 tickets and first-contact resolution rose by 18%."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * (5 * 1024 * 1024), "characters long"),
        ("\x00\x01\x02\x03 abc \x04\x05\x06\x07", "binary"),
        ("12345 !!! ???", "no words"),
    ],
)
def test_bad_answers_get_a_clear_error(text: str, expected: str) -> None:
    with pytest.raises(InvalidAnswerError, match=expected):
        services.analyze_answer(Answer(text=text))


def test_invalid_utf8_names_the_source() -> None:
    with pytest.raises(InputFormatError, match="answer.txt is not UTF-8"):
        services.decode_text(b"caf\xe9 au lait", "answer.txt")
    assert services.decode_text("\ufeffhello".encode()) == "hello"


def test_unknown_question_type_is_refused() -> None:
    with pytest.raises(InputFormatError, match="Unknown question type 'riddle'"):
        services.analyze_answer(Answer(text=STORY, question_type="riddle"))


def test_batch_gives_every_label_and_survives_bad_lines() -> None:
    good = {
        "id": "a1",
        "question": "Tell me about a time you fixed a backlog.",
        "question_type": "behavioral",
        "answer": STORY,
        "skills": ["Ticketing systems"],
    }
    closing = {
        "id": "a2",
        "question": "Do you have any questions for us?",
        "question_type": "closing",
        "answer": "No, I think you covered everything.",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "a3", "question": "Why us?"}),
        "",
        json.dumps({"id": "a4", "answer": "   "}),
        json.dumps({"id": "a5", "answer": STORY, "question_type": "nonsense"}),
        json.dumps(closing),
        json.dumps(["a", "list"]),
    ]
    out = list(services.analyze_records(lines))
    assert [r["id"] for r in out] == ["a1", "line-2", "a3", "a4", "a5", "a2", "line-8"]
    errors = {r["id"]: r["error"] for r in out if "error" in r}
    assert set(errors) == {"line-2", "a3", "a4", "a5", "line-8"}
    assert "not valid JSON" in errors["line-2"] and "no 'answer'" in errors["a3"]
    for record in (r for r in out if "predicted" in r):
        predicted = record["predicted"]
        for key, kind in LABEL_TYPES.items():
            assert isinstance(predicted[key], kind), key
        assert 1 <= predicted["overall"] <= 5 and 1 <= predicted["specificity"] <= 3
    by_id = {r["id"]: r for r in out}
    star = by_id["a1"]["predicted"]["star"]
    assert set(star) == {"situation", "task", "action", "result"}
    assert by_id["a2"]["predicted"]["star"] is None


def test_same_answer_same_feedback() -> None:
    answer = Answer(text=STORY, question="Tell me about a backlog you fixed.", skills=("Python",))
    first = services.analyze_answer(answer).to_dict()
    second = services.analyze_answer(answer).to_dict()
    assert first == second
    batch = list(
        services.analyze_records(
            [
                json.dumps(
                    {"id": "x", "answer": STORY, "question": answer.question, "skills": ["Python"]}
                )
            ]
        )
    )
    assert batch[0]["predicted"] == first["labels"]


def test_sample_answer_is_packaged() -> None:
    sample = services.sample_answer()
    assert sample.question and len(sample.text.split()) > 30
