"""Reading a resume file into plain text: PDF (pypdf), DOCX (python-docx), TXT and Markdown.

Every way a file can be unusable ends in one ``ResumeError`` line that names the file and says
what to do; nothing is ever substituted for text we could not read.
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

from jobtui.errors import ResumeError
from jobtui.paths import expand_user
from jobtui.resume.rtl import has_rtl, reading_order

MAX_BYTES = 10 * 1024 * 1024
# A long resume is ~30,000 characters; far more is not a resume, and spaCy refuses 1,000,000.
MAX_CHARS = 200_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
SUPPORTED = "PDF, DOCX, TXT or Markdown"
UNSUPPORTED_SUFFIXES = {
    ".doc", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".png", ".jpg",
    ".jpeg", ".gif", ".heic", ".tif", ".tiff", ".bmp", ".webp",
}


def read_resume_text(path: str | Path) -> str:
    """The text of the resume at ``path``; raises ResumeError for anything unusable."""
    path = expand_user(path)
    if not path.exists():
        raise ResumeError(f"{path}: no such file")
    if not path.is_file():
        raise ResumeError(f"{path}: not a file")
    size = path.stat().st_size
    if size == 0:
        raise ResumeError(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise ResumeError(
            f"{path}: {size / 1024 / 1024:.1f} MB is too big for a resume (limit 10 MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ResumeError(f"{path}: cannot be read ({exc.strerror})") from None

    kind = _kind(path, data)
    if kind == "pdf":
        text = _pdf_text(path, data)
    elif kind == "docx":
        text = _docx_text(path, data)
    else:
        text = _plain_text(path, data)
    text = _clean_characters(text)
    if not text.strip():
        raise ResumeError(f"{path}: no text found in the file")
    if len(text) > MAX_CHARS:
        raise ResumeError(
            f"{path}: {len(text):,} characters of text is too long for a resume "
            f"(limit {MAX_CHARS:,})"
        )
    return text


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in UNSUPPORTED_SUFFIXES:
        raise ResumeError(f"{path}: {suffix} files are not supported; save it as {SUPPORTED}")
    if data.startswith(b"PK\x03\x04"):
        if b"word/document.xml" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return "docx"
        raise ResumeError(f"{path}: an archive, not a resume; use {SUPPORTED}")
    if suffix:
        # An unknown suffix is still read as text when it decodes as text.
        _plain_text(path, data, unsupported_suffix=suffix)
    return "text"


def _pdf_text(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    # pypdf logs a warning for every oddity in a damaged file; our one line says it instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    locked = f"{path}: the PDF is password-protected; save an unprotected copy and add that"
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # an owner-only password still opens with ""
                    raise ResumeError(locked)
            except (DependencyError, NotImplementedError, FileNotDecryptedError):
                raise ResumeError(locked) from None
        pages = [_page_text(page) for page in reader.pages]
    except ResumeError:
        raise
    except FileNotDecryptedError:
        raise ResumeError(locked) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, ZeroDivisionError) as exc:
        raise ResumeError(f"{path}: the PDF is damaged and cannot be read ({exc})") from None
    if not pages:
        raise ResumeError(f"{path}: the PDF has no pages")
    text = "\n".join(pages)
    if not text.strip():
        raise ResumeError(
            f"{path}: the PDF has no text layer (a scan?); export it from your editor as a "
            "text PDF or run OCR first"
        )
    return text


def _page_text(page) -> str:
    """A page's text; a two-column page is read column by column (pypdf's plain mode
    interleaves the rows of the columns, its layout mode keeps them apart on each line).
    Right-to-left lines come from the layout, put back in reading order (rtl.py)."""
    plain = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and stricter; plain text is still good
        return plain
    if has_rtl(layout):
        return reading_order(layout)
    columns = split_columns(layout)
    return columns if columns is not None else plain


GUTTER = 3  # spaces between two columns at the least


def split_columns(layout: str) -> str | None:
    """Text laid out in two columns (pypdf layout mode) as the left column, then the right
    one; None when there is no gutter (a blank strip down the page) with text on both sides.
    A line or two of the left column may run into the gutter ("…, Batumi 6010- Built …"):
    they are cut where the right column's lines start."""
    lines = [line.rstrip() for line in layout.splitlines()]
    filled = [line for line in lines if line.strip()]
    if len(filled) < 6:
        return None
    indent = min(len(line) - len(line.lstrip()) for line in filled)
    lines = [line[indent:] for line in lines]
    width = max(len(line) for line in lines)
    for column in range(8, width - 8):
        # Every line but one in twenty is blank across the gutter ending at ``column``...
        crossing = {i for i, line in enumerate(lines)
                    if len(line) > column and line[column - GUTTER:column + 1].strip()}
        if len(crossing) > len(filled) // 20:
            continue
        left = [line[:column].rstrip() for line in lines]
        right = [line[column:].strip() for line in lines]
        # ...both sides carry text on many lines, the right side is a column of prose whose
        # lines start at one edge (dates pushed to the right margin are not a column).
        both = sum(1 for i, (a, b) in enumerate(zip(left, right, strict=True))
                   if a.strip() and b and i not in crossing)
        starts = [len(line) - len(line.lstrip())
                  for i, line in enumerate(line[column:] for line in lines)
                  if line.strip() and i not in crossing]
        prose = sum(1 for i, line in enumerate(right)
                    if len(line.split()) >= 4 and i not in crossing)
        edge = max(set(starts), key=starts.count) if starts else 0
        aligned = starts.count(edge)
        if both >= max(3, len(filled) // 4) and prose >= 3 and aligned >= 0.6 * len(starts):
            for i in crossing:  # cut at the edge, or after the word the edge falls in
                cut = column + edge
                while 0 < cut < len(lines[i]) and " " not in lines[i][cut - 1:cut + 1]:
                    cut += 1
                left[i], right[i] = lines[i][:cut].rstrip(), lines[i][cut:].strip()
            return "\n".join([*left, "", *right])
    return None


def _docx_text(path: Path, data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        # Contact details often sit in the page header; read them so they get redacted too.
        for section in document.sections:
            lines += [p.text for p in section.header.paragraphs if p.text.strip()]
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):  # a table: one line per row, cells joined
                for row in block.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    lines.append(" | ".join(dict.fromkeys(c for c in cells if c)))
            else:
                # Word keeps a text box's words in w:txbxContent, which python-docx skips.
                lines += _text_box_lines(block._p)
                lines.append(block.text)
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, OSError,
            zipfile.BadZipFile) as exc:
        raise ResumeError(f"{path}: the DOCX file is damaged and cannot be read ({exc})") from None
    except Exception as exc:  # lxml raises its own XMLSyntaxError for broken XML parts
        if type(exc).__module__.startswith("lxml"):
            raise ResumeError(f"{path}: the DOCX file is damaged and cannot be read") from None
        raise
    return "\n".join(lines)


def _text_box_lines(paragraph) -> list[str]:
    """The lines of the text boxes anchored in ``paragraph`` (DrawingML, or VML only when
    there is no DrawingML copy: Word saves both and the VML one is the fallback)."""
    from docx.oxml.ns import nsmap
    from lxml import etree

    namespaces = {**nsmap, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
    xpath = etree.ElementBase.xpath  # python-docx's own xpath() knows no "mc" prefix
    lines = []
    for box in xpath(paragraph, ".//w:txbxContent//w:p[not(ancestor::mc:Fallback)]",
                     namespaces=namespaces):
        texts = xpath(box, "./w:r/w:t/text() | ./w:hyperlink/w:r/w:t/text()",
                      namespaces=namespaces)
        lines.append("".join(texts))
    return lines


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def _plain_text(path: Path, data: bytes, unsupported_suffix: str = "") -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        if unsupported_suffix:
            raise ResumeError(
                f"{path}: {unsupported_suffix} files are not supported; use {SUPPORTED}"
            )
        raise ResumeError(f"{path}: this is a binary file, not text; use {SUPPORTED}")
    # UTF-8 first, then the Windows code page most non-UTF-8 resumes are written in.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _clean_characters(text: str) -> str:
    """Unify line ends and drop control characters (keeps tabs and newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or ch >= " " and ch != "\x7f")
