"""Read job descriptions and resumes from PDF, DOCX, Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

from interview_coach.ingest.errors import DocumentError

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
SUPPORTED = ".pdf, .docx, .md, .txt"


def read_document(path: str | Path) -> str:
    """Return the normalised text of a document, chosen by its suffix.

    Raises DocumentError (naming the file and the reason) for anything it cannot read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | {".pdf", ".docx"}:
        raise DocumentError(path, f"unsupported file type {suffix!r} (use {SUPPORTED})")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DocumentError(path, "it is not a regular file")
        if size > MAX_BYTES:
            raise DocumentError(
                path, f"the file is {size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB"
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(path, "no such file") from exc
    except PermissionError as exc:
        raise DocumentError(path, "permission denied") from exc
    except IsADirectoryError as exc:
        raise DocumentError(path, "it is a directory") from exc
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    if suffix == ".pdf":
        from interview_coach.ingest.pdf import read_pdf

        return read_pdf(path, data)
    if suffix == ".docx":
        from interview_coach.ingest.docx import read_docx

        return read_docx(path, data)
    from interview_coach.ingest.text import read_text

    text = read_text(path, data)
    if not text:
        raise DocumentError(path, "the file contains no text")
    return text


__all__ = ["DocumentError", "read_document"]
