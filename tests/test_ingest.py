"""read_document for PDF, DOCX, Markdown and text, and clear errors for bad files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf
import pytest
from fixtures.documents.builders import write_docx, write_pdf, write_zip_bomb

from interview_coach.ingest import DocumentError, read_document
from interview_coach.ingest.text import normalize_text

RESUME_LINES = [
    "Ada Brightwater",
    "ada.brightwater@example.org | 555-201-3344",
    "Experience",
    "Platform Engineer - Tidewater Freight",
    "March 2021 - Present",
    "* Moved nightly jobs to Airflow and cut failures by half",
    "* Ran our k8s clusters and wrote Terraform modules",
    "Skills",
    "Python, PostgreSQL, Docker",
]


def test_pdf_text_is_extracted_in_order(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "cv.pdf", [RESUME_LINES[:5], RESUME_LINES[5:]])
    text = read_document(path)
    assert text.index("Ada Brightwater") < text.index("Skills")
    assert "- Moved nightly jobs to Airflow" in text  # bullet glyph normalised


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "cv.docx",
        "Ada Brightwater",
        {"Experience": ["Platform Engineer", "* Wrote Terraform modules"]},
        [["Languages", "Python"], ["Databases", "PostgreSQL"]],
    )
    text = read_document(path)
    assert text.startswith("# Ada Brightwater")
    assert "## Experience" in text
    assert "- Wrote Terraform modules" in text
    assert "Databases | PostgreSQL" in text


def test_markdown_and_text(tmp_path: Path) -> None:
    md = tmp_path / "cv.md"
    md.write_text("# Ada\n\n* Built dash-\nboards in Tableau\n", encoding="utf-8")
    assert "dashboards in Tableau" in read_document(md)
    txt = tmp_path / "job.txt"
    txt.write_bytes("Caf\xe9 manager\r\n\u25cf Cash handling\x07\r\n".encode("cp1252", "replace"))
    text = read_document(txt)
    assert text.splitlines()[0] == "Café manager"
    assert "\x07" not in text


def test_normalize_text_rules() -> None:
    raw = "\uf0b7 first item that runs on and on to the right margin of the page and\nwraps here\n\x7f second"
    assert normalize_text(raw, wrapped=True).splitlines() == [
        "- first item that runs on and on to the right margin of the page and wraps here",
        "- second",
    ]
    assert normalize_text("o\ufb03ce  hours") == "office hours"


def _error(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value)
    assert str(path) in message
    return message


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer <<>>\n")
    assert "damaged" in _error(path) or "no text layer" in _error(path)


def test_password_protected_pdf(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [["secret resume"]])
    writer = pypdf.PdfWriter(clone_from=plain)
    writer.encrypt("hunter2", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    assert "password-protected" in _error(locked)


def test_image_only_pdf(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [[]], draw_only=True)
    assert "no text layer" in _error(path)


def test_executable_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(b"MZ\x90\x00\x03" + bytes(2000))
    assert "executable" in _error(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert "limit" in _error(path)


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = write_zip_bomb(tmp_path / "bomb.docx", megabytes=70)
    assert path.stat().st_size < 1024 * 1024
    assert "ZIP bomb" in _error(path)


def test_docx_that_is_not_a_zip_or_not_word(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("hello")
    assert "not a DOCX" in _error(fake)
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "no word/document.xml" in _error(other)


def test_binary_text_missing_unsupported_and_empty(tmp_path: Path) -> None:
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    assert "binary" in _error(binary)
    assert "no such file" in _error(tmp_path / "nope.md")
    odd = tmp_path / "cv.odt"
    odd.write_text("x")
    assert "unsupported" in _error(odd)
    empty = tmp_path / "empty.md"
    empty.write_text("  \n")
    assert "empty" in _error(empty)
