"""Use cases shared by the CLI, the web app and Python users: one function each."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_coach.domain import QUESTION_TYPES, Answer, Feedback
from interview_coach.errors import InputFormatError, InvalidAnswerError

if TYPE_CHECKING:
    from interview_coach.storage import Store

#: Longer answers are refused with a clear message: about 8,000 words, an hour of speech.
MAX_ANSWER_CHARS = 50_000
_CONTROL_OK = {"\n", "\r", "\t"}


def open_store() -> Store:
    """The user's store (INTERVIEW_COACH_HOME or INTERVIEW_COACH_DATABASE_URL), migrated."""
    from interview_coach.config import load_settings
    from interview_coach.storage import Store

    return Store.open(load_settings().database_url)


def sample_answer() -> Answer:
    """The packaged sample answer: a weak one, so that a first run shows what the coach finds."""
    from importlib import resources

    raw = resources.files("interview_coach.data").joinpath("sample_answer.json").read_text("utf-8")
    data = json.loads(raw)
    return Answer(
        text=data["answer"],
        question=data["question"],
        question_type=data["question_type"],
        role=data["role"],
        skills=tuple(data["skills"]),
    )


def check_answer_text(text: str) -> str:
    """Return the text if it can be analysed, else raise InvalidAnswerError saying why."""
    if not text or not text.strip():
        raise InvalidAnswerError("The answer is empty: type or paste what you would say.")
    if len(text) > MAX_ANSWER_CHARS:
        raise InvalidAnswerError(
            f"The answer is {len(text):,} characters long; the coach analyses up to "
            f"{MAX_ANSWER_CHARS:,} (about 8,000 words). Paste one answer at a time."
        )
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_OK)
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise InvalidAnswerError(
            "The answer does not look like text (it has binary control bytes)."
        )
    if not any(ch.isalpha() for ch in text):
        raise InvalidAnswerError("The answer has no words to analyse.")
    return text


def decode_text(data: bytes, source: str = "the input") -> str:
    """Decode UTF-8 input (a BOM is allowed) or raise InputFormatError naming the source."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFormatError(
            f"{source} is not UTF-8 text (byte {exc.start} cannot be decoded); "
            "save it as UTF-8 and try again."
        ) from exc


def check_question_type(question_type: str) -> str:
    normalised = question_type.strip().lower().replace("-", "_").replace(" ", "_")
    if normalised not in QUESTION_TYPES:
        raise InputFormatError(
            f"Unknown question type {question_type!r}; use one of: {', '.join(QUESTION_TYPES)}."
        )
    return normalised


@lru_cache(maxsize=1)
def default_analyzer() -> Any:
    """The process-wide AnswerAnalyzer (the model loads on first use)."""
    from interview_coach.analysis.pipeline import AnswerAnalyzer

    return AnswerAnalyzer()


def analyze_answer(answer: Answer, analyzer: Any | None = None) -> Feedback:
    """Feedback on one answer; raises InvalidAnswerError for input that cannot be analysed."""
    check_answer_text(answer.text)
    answer = Answer(
        text=answer.text,
        question=answer.question,
        question_type=check_question_type(answer.question_type),
        role=answer.role,
        skills=answer.skills,
        spoken=answer.spoken,
        timings=answer.timings,
    )
    result: Feedback = (analyzer or default_analyzer()).analyze(answer)
    return result


def answer_from_record(record: dict[str, Any]) -> Answer:
    """An Answer from one evaluation-contract record (fields of LABELS.md)."""
    if not isinstance(record, dict):
        raise InputFormatError("the line is not a JSON object")
    if "answer" not in record:
        raise InputFormatError("the record has no 'answer' field")
    if not isinstance(record["answer"], str):
        raise InputFormatError("the 'answer' field is not a string")
    skills = record.get("skills") or []
    if not isinstance(skills, list):
        raise InputFormatError("the 'skills' field is not a list")
    return Answer(
        text=record["answer"],
        question=str(record.get("question") or ""),
        question_type=check_question_type(str(record.get("question_type") or "behavioral")),
        role=str(record.get("role") or ""),
        skills=tuple(str(s) for s in skills),
        spoken=bool(record.get("spoken", False)),
    )


def analyze_records(
    lines: Iterable[str], analyzer: Any | None = None, chunk: int = 32
) -> Iterator[dict[str, Any]]:
    """One output record per non-empty input line: `{"id", "predicted"}` or `{"id", "error"}`.

    A bad line yields an error record and the batch goes on. Valid answers are analysed in chunks
    that share model runs.
    """
    engine = analyzer or default_analyzer()
    pending: list[tuple[Any, Answer | str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        pending.append(_parse_record(number, line))
        if len(pending) >= chunk:
            yield from _flush(pending, engine)
            pending = []
    yield from _flush(pending, engine)


def _parse_record(number: int, line: str) -> tuple[Any, Answer | str]:
    """(id, Answer) for a good line, (id, error message) for a bad one."""
    record_id: Any = f"line-{number}"
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFormatError(f"line {number} is not valid JSON ({exc.msg})") from exc
        if isinstance(record, dict) and "id" in record:
            record_id = record["id"]
        answer = answer_from_record(record)
        check_answer_text(answer.text)
    except (InputFormatError, InvalidAnswerError) as exc:
        return record_id, str(exc)
    return record_id, answer


def _flush(pending: list[tuple[Any, Answer | str]], engine: Any) -> Iterator[dict[str, Any]]:
    answers = [item for _, item in pending if isinstance(item, Answer)]
    feedback = iter(engine.analyze_many(answers)) if answers else iter(())
    for record_id, item in pending:
        if isinstance(item, Answer):
            yield {"id": record_id, "predicted": next(feedback).labels}
        else:
            yield {"id": record_id, "error": item}


def analyze_batch_file(source: Path, target: Path, analyzer: Any | None = None) -> tuple[int, int]:
    """Analyse a JSONL file into another; returns (analysed, errors)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputFormatError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    lines = decode_text(data, str(source)).splitlines()
    analysed = errors = 0
    with target.open("w", encoding="utf-8") as out:
        for result in analyze_records(lines, analyzer):
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            if "error" in result:
                errors += 1
            else:
                analysed += 1
    return analysed, errors
