"""Reading resume files: every unusable file is one clear ResumeError and nothing else."""

from __future__ import annotations

import io
import zipfile

import pytest

from jobtui.resume.extract import MAX_BYTES, MAX_CHARS, ResumeError, read_resume_text
from tests.conftest import FIXTURES

RESUMES = FIXTURES / "resumes"


def _pdf_bytes(text: str | None, password: str | None = None) -> bytes:
    """A one-page PDF, with a text layer when ``text`` is given."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    if text is not None:
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        })
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})
        })
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", ["txt", "docx", "pdf"])
def test_fixture_formats_read_the_same_text(suffix):
    text = read_resume_text(RESUMES / f"alex_morgan.{suffix}")
    assert text.splitlines()[0].strip() == "Alex Morgan"
    for phrase in ("Acme Analytics", "University of Texas", "REFERENCES", "Priya Raman"):
        assert phrase in text


def test_pdf_with_text_layer_is_read(tmp_path):
    path = tmp_path / "made.pdf"
    path.write_bytes(_pdf_bytes("Senior Python Engineer"))
    assert "Senior Python Engineer" in read_resume_text(path)


def test_markdown_and_cp1252_text(tmp_path):
    md = tmp_path / "cv.md"
    md.write_text("# Jane Roe\n\n## Skills\n- Python\n", encoding="utf-8")
    assert "- Python" in read_resume_text(md)
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Café résumé – Zürich".encode("cp1252"))
    assert read_resume_text(legacy) == "Café résumé – Zürich"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("Ünïcode resume", encoding="utf-16")
    assert read_resume_text(utf16) == "Ünïcode resume"


def _corrupt_docx(tmp_path):
    good = (RESUMES / "alex_morgan.docx").read_bytes()
    path = tmp_path / "broken.docx"
    path.write_bytes(good[: len(good) // 2])
    return path


def _docx_with_bad_xml(tmp_path):
    path = tmp_path / "badxml.docx"
    with zipfile.ZipFile(RESUMES / "alex_morgan.docx") as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return path


def _big(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    return path


BAD_FILES = {
    "missing": (lambda tmp: tmp / "nope.pdf", "no such file"),
    "directory": (lambda tmp: tmp, "not a file"),
    "empty": (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
    "whitespace only": (lambda tmp: _write(tmp / "blank.txt", b" \n\t\n"), "no text found"),
    "too big": (_big, "too big"),
    "too much text": (lambda tmp: _write(tmp / "long.txt", b"Python dev. " * (MAX_CHARS // 10)),
                      "too long for a resume"),
    "binary": (lambda tmp: _write(tmp / "photo.txt", bytes(range(256)) * 40), "binary"),
    "binary without suffix": (lambda tmp: _write(tmp / "blob", b"\x00\x01\x02" * 100), "binary"),
    "unsupported type": (lambda tmp: _write(tmp / "cv.doc", b"\xd0\xcf\x11\xe0" * 50),
                         ".doc files are not supported"),
    "image scan": (lambda tmp: _write(tmp / "scan.png", b"plain looking bytes"),
                   ".png files are not supported"),
    "unsupported binary suffix": (lambda tmp: _write(tmp / "cv.odp", b"\x00\x01" * 50),
                                  ".odp files are not supported"),
    "zip that is not docx": (lambda tmp: _zip(tmp / "cv.dat"), "archive"),
    "scanned pdf": (lambda tmp: _write(tmp / "scan.pdf", _pdf_bytes(None)), "no text layer"),
    "encrypted pdf": (lambda tmp: _write(tmp / "locked.pdf", _pdf_bytes("Secret", "pw")),
                      "password-protected"),
    "corrupt pdf": (lambda tmp: _write(tmp / "bad.pdf", b"%PDF-1.7\n" + b"garbage " * 200),
                    "PDF is damaged"),
    "truncated pdf": (lambda tmp: _write(tmp / "cut.pdf", (RESUMES / "alex_morgan.pdf")
                                         .read_bytes()[:300]), "PDF"),
    "corrupt docx": (_corrupt_docx, "DOCX file is damaged"),
    "docx with broken xml": (_docx_with_bad_xml, "DOCX file is damaged"),
}


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _zip(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff" * 10)
    return path


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_bad_input_is_one_clear_line(case, tmp_path):
    make, expected = BAD_FILES[case]
    path = make(tmp_path)
    with pytest.raises(ResumeError) as info:
        read_resume_text(path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message
    assert str(path) in message


def test_docx_text_box_is_read_once(tmp_path):
    """Word saves a text box twice (DrawingML and a VML fallback); its text is read once."""
    from tests.privacy_docs import write
    from tests.privacy_people import PEOPLE

    person = next(p for p in PEOPLE if p.textbox)
    text = read_resume_text(write(person, "docx", tmp_path))
    contact = person.text.split("\n\n")[0].splitlines()
    assert text.splitlines()[: len(contact)] == contact
    assert text.count(contact[1]) == 1


def test_two_column_pdf_is_read_column_by_column(tmp_path):
    from tests.privacy_docs import write
    from tests.privacy_people import PEOPLE

    person = next(p for p in PEOPLE if p.sidebar)
    lines = [line for line in read_resume_text(write(person, "pdf", tmp_path)).splitlines()
             if line.strip()]
    expected = [line for line in person.full_text().splitlines() if line.strip()]
    assert lines == expected


def test_split_columns_needs_a_gutter_with_text_on_both_sides():
    from jobtui.resume.extract import split_columns

    dates_on_the_right = "\n".join(
        f"Engineer at Company {i}{' ' * (30 - len(str(i)))}{2000 + i} – {2002 + i + i % 3 * 10}"
        for i in range(10))
    assert split_columns(dates_on_the_right) is None
    prose = "\n".join(f"left {i}          right column line {i} reads on" for i in range(8))
    assert split_columns(prose) == "\n".join(
        [*(f"left {i}" for i in range(8)), "", *(f"right column line {i} reads on"
                                                  for i in range(8))])


def test_split_columns_cuts_a_left_line_that_runs_into_the_gutter():
    from jobtui.resume.extract import split_columns

    rows = [f"contact line {i}{' ' * (28 - len(str(i)))}right column line {i} reads on"
            for i in range(20)]
    edge = rows[0].index("right")
    # the left text runs up to the right column's edge, the right column's "- " glued to it
    rows[5] = "Address: 14 Long Street, Batumi 6010".rjust(edge) + "- right column line 5 reads on"
    left, right = split_columns("\n".join(rows)).split("\n\n")
    assert left.splitlines()[5].strip() == "Address: 14 Long Street, Batumi 6010-"
    assert right.splitlines()[5] == "right column line 5 reads on"
