"""PDF text extraction with pypdf, with clear errors for files that are not usable PDFs."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from interview_coach.ingest.errors import DocumentError
from interview_coach.ingest.text import normalize_text

MAX_PAGES = 60
_MAGIC_HINTS = {
    b"MZ": "it is a Windows executable renamed to .pdf",
    b"\x7fELF": "it is a Linux executable renamed to .pdf",
    b"PK": "it is a ZIP/Office file renamed to .pdf",
    b"\x89PNG": "it is a PNG image renamed to .pdf",
    b"\xff\xd8\xff": "it is a JPEG image renamed to .pdf",
}


def read_pdf(path: Path, data: bytes) -> str:
    head = data[:1024]
    if b"%PDF-" not in head:
        for magic, hint in _MAGIC_HINTS.items():
            if data.startswith(magic):
                raise DocumentError(path, f"not a PDF ({hint})")
        raise DocumentError(path, "not a PDF (no %PDF header)")
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - missing crypto backend or bad key
                raise DocumentError(path, "the PDF is password-protected") from exc
            if not ok:
                raise DocumentError(path, "the PDF is password-protected; save an unlocked copy")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(path, f"it has {len(pages)} pages (at most {MAX_PAGES})")
        texts = [page.extract_text() or "" for page in pages]
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentError(path, f"the PDF is damaged ({type(exc).__name__})") from exc
    except RecursionError as exc:
        raise DocumentError(path, "the PDF structure is too deeply nested") from exc
    text = normalize_text("\n".join(texts), wrapped=True)
    if not text.strip():
        raise DocumentError(
            path, "the PDF has no text layer (a scanned image?); export it with text or OCR it"
        )
    return text
