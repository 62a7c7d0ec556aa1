"""Writing a test-set person (tests/privacy_people.py) as TXT, DOCX and PDF, deterministically.

The DOCX puts the contact block of a ``textbox`` person in a real Word text box (DrawingML with
its VML fallback, as Word saves it). The PDF is written with fpdf2 and an embedded DejaVu font
(accents survive); a person with a ``sidebar`` gets a two-column page whose rows are written
left, right, left, right, as many resume builders do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.privacy_people import Person

# Fixed dates keep the files byte-identical from run to run.
WHEN = datetime(2024, 1, 2, tzinfo=UTC)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WORD_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def write(person: Person, fmt: str, folder: Path) -> Path:
    """The resume of ``person`` written as ``fmt`` (txt, docx or pdf) into ``folder``."""
    path = folder / f"{person.stem}.{fmt}"
    {"txt": _txt, "docx": _docx, "pdf": _pdf}[fmt](person, path)
    return path


def _txt(person: Person, path: Path) -> None:
    path.write_text(person.full_text(), encoding="utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _textbox_xml(lines: list[str]) -> str:
    """A paragraph holding a text box with ``lines``, as Word writes it (choice + fallback)."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_escape(line)}</w:t></w:r></w:p>"
                   for line in lines)
    return (
        f"<w:p {WORD_NS}><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData "
        "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def _docx(person: Person, path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    text = person.full_text()
    if person.textbox:
        contact, _, rest = text.partition("\n\n")
        document.element.body.insert(0, parse_xml(_textbox_xml(contact.splitlines())))
        text = rest
    for line in text.splitlines():
        document.add_paragraph(line)
    document.core_properties.created = WHEN
    document.core_properties.modified = WHEN
    document.save(str(path))


def _pdf(person: Person, path: Path) -> None:
    from fpdf import FPDF

    if not FONT.exists():
        pytest.skip(f"the PDF cases need the DejaVu font ({FONT}; Debian: fonts-dejavu-core)")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(WHEN)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=9)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    height = 4.6
    if person.sidebar:
        left, right = person.sidebar.splitlines(), person.text.splitlines()
        for row in range(max(len(left), len(right))):
            y = 12 + row * height
            for x, column in ((10, left), (80, right)):
                if row < len(column) and column[row].strip():
                    pdf.text(x, y, _drawn(column[row]))
    else:
        for row, line in enumerate(person.text.splitlines()):
            y = 12 + (row % 60) * height
            if row and row % 60 == 0:
                pdf.add_page()
            if line.strip():
                pdf.text(10, y, _drawn(line))
    pdf.output(str(path))


MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _drawn(line: str) -> str:
    """``line`` in the order a PDF producer draws it: Arabic and Hebrew runs right to left,
    brackets inside them mirrored (the Unicode bidirectional algorithm, fpdf2's own)."""
    from fpdf.bidi import BidiParagraph

    if line.isascii():
        return line
    return "".join(c.character.translate(MIRRORED) if c.embedding_level % 2 else c.character
                   for c in BidiParagraph(line).get_reordered_characters())
