"""Where answers come from: a person typing at a terminal, or a script (a file or a pipe).

Typed answers end at an empty line (or Ctrl-D). Scripted answers are separated by lines holding
only `---`, so an answer may hold blank lines. A command is a line alone at the start of an answer
(`:retry`, `:skip`, `:pause`, `:quit`, `:help`). In a script, a block whose first line is
`:follow-up` answers the interviewer's probe; any other block goes to the next question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from interview_coach.errors import InputFormatError

COMMANDS = ("retry", "skip", "pause", "quit", "help")
FOLLOW_UP_MARK = ":follow-up"
SEPARATOR = "---"
#: An answers file larger than this is refused before a session starts.
MAX_SCRIPT_BYTES = 64 * 1024 * 1024
_COMMAND_LIKE = re.compile(r"^:[a-z][a-z-]*$")


def parse_command(text: str) -> str | None:
    """`retry`, `skip`, ... for a command typed alone; `?name` for an unknown `:name`; else None."""
    stripped = text.strip().lower()
    if not _COMMAND_LIKE.match(stripped) or stripped == FOLLOW_UP_MARK:
        return None
    name = stripped[1:]
    return name if name in COMMANDS else "?" + name


def follow_up_body(block: str) -> str | None:
    """The answer in a scripted block that starts with `:follow-up`, else None."""
    first, _, rest = block.lstrip("\n").partition("\n")
    if first.strip().lower() != FOLLOW_UP_MARK:
        return None
    return rest


class ScriptSource:
    """Answers from lines separated by `---`; each block is handed over as soon as it ends, so a
    pipe that stays open is answered as it is written."""

    interactive = False

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines: Iterator[str] = iter(lines)
        self._done = False

    def next_answer(self) -> str | None:
        if self._done:
            return None
        block: list[str] = []
        for line in self._lines:
            if line.strip() == SEPARATOR:
                return "".join(block).strip("\n")
            block.append(line if line.endswith("\n") else line + "\n")
        self._done = True
        text = "".join(block).strip("\n")
        return text if text.strip() else None


class BlockSource:
    """Answers already split into blocks (an answers file read whole)."""

    interactive = False

    def __init__(self, blocks: Iterable[str]) -> None:
        self._blocks: Iterator[str] = iter(blocks)

    def next_answer(self) -> str | None:
        return next(self._blocks, None)


class TerminalSource:
    """Answers typed line by line; `readline` returns "" at end of input, like `sys.stdin`."""

    interactive = True

    def __init__(self, readline: Callable[[], str]) -> None:
        self._readline = readline

    def next_answer(self) -> str | None:
        lines: list[str] = []
        while True:
            line = self._readline()
            if line == "":  # end of input (Ctrl-D)
                return "\n".join(lines) if lines else None
            line = line.rstrip("\r\n")
            if not line.strip():
                return "\n".join(lines)
            if not lines and parse_command(line) is not None:
                return line.strip()
            lines.append(line)


def decoded_lines(readline: Callable[[], bytes], warn: Callable[[str], None]) -> Iterator[str]:
    """Lines of a byte stream as text: bytes that are not UTF-8 become U+FFFD, with one warning
    per line, so a bad byte never stops a session."""
    number = 0
    while True:
        raw = readline()
        if not raw:
            return
        number += 1
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            warn(
                f"line {number} of the input is not UTF-8 (byte {exc.start}); "
                "the bytes that cannot be read were replaced by \ufffd."
            )
            yield raw.decode("utf-8", errors="replace")


def read_answers_file(path: Path) -> list[str]:
    """The answers of a `---` separated file; a clear InputFormatError if it cannot be used."""
    from interview_coach.services import decode_text

    try:
        size = path.stat().st_size
        if size > MAX_SCRIPT_BYTES:
            raise InputFormatError(
                f"{path} is {size:,} bytes; an answers file may hold up to {MAX_SCRIPT_BYTES:,}."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputFormatError(f"cannot read the answers file {path}: {exc.strerror}") from exc
    text = decode_text(data, f"The answers file {path}")
    source = ScriptSource(text.splitlines(keepends=True))
    blocks: list[str] = []
    while (block := source.next_answer()) is not None:
        blocks.append(block)
    return blocks
