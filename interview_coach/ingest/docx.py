"""DOCX text extraction with python-docx: paragraphs and tables in document order.

Headings become Markdown headings and list paragraphs become "- " bullets, so the job and resume
readers see the same shape whatever the file format. Zip bombs are refused before parsing.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from interview_coach.ingest.errors import DocumentError
from interview_coach.ingest.text import normalize_text

MAX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(path: Path, data: bytes) -> None:
    if not data.startswith(b"PK"):
        raise DocumentError(path, "not a DOCX file (it is not a ZIP archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(path, "the DOCX file is damaged (bad ZIP archive)") from exc
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > MAX_UNCOMPRESSED or (total > 1024 * 1024 and total / packed > MAX_RATIO):
        raise DocumentError(path, "the DOCX expands to too much data (a ZIP bomb?)")
    if "word/document.xml" not in {info.filename for info in infos}:
        raise DocumentError(path, "not a Word document (no word/document.xml inside)")


def _paragraph_line(paragraph: Any) -> str:
    text = str(paragraph.text).strip()
    if not text:
        return ""
    style = str(getattr(paragraph.style, "name", "") or "").lower()
    if style == "title":
        return "# " + text
    if style.startswith("heading"):
        level = style.removeprefix("heading").strip()
        depth = int(level) + 1 if level.isdigit() else 2
        return "#" * min(depth, 6) + " " + text
    if "list" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return "- " + text
    return text


def read_docx(path: Path, data: bytes) -> str:
    _check_zip(path, data)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(_paragraph_line(Paragraph(block, document)))
            elif tag == "tbl":
                table = Table(block, document)
                for row in table.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        value = cell.text.strip()
                        if value and value not in cells:
                            cells.append(value)
                    lines.append(" | ".join(cells))
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on broken XML
        raise DocumentError(path, f"the DOCX file is damaged ({type(exc).__name__})") from exc
    text = normalize_text("\n".join(lines))
    if not text:
        raise DocumentError(path, "the DOCX file contains no text")
    return text
