"""The one error every document reader raises: it names the file and the reason."""

from __future__ import annotations

from pathlib import Path

from interview_coach.errors import InputFormatError


class DocumentError(InputFormatError):
    """A document cannot be read; the message says which file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot read {self.path}: {reason}")
