"""A birthplace is personal: under its own label or after the birth date in prose, in many
languages. A city named elsewhere (an employer's, a university's) stays."""

from __future__ import annotations

import pytest

from jobtui.resume.birthplace import birthplace_spans
from jobtui.resume.redact import redact


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("Personal\nPlace of Birth: Batangas City | Civil Status: Single\n", "Batangas"),
        ("Datos personales\nLugar de nacimiento: Saltillo, Coahuila\n", "Saltillo"),
        ("Persoonlijk\nGeboorteplaats: Gouda · BSN: op aanvraag\n", "Gouda"),
        ("Persönliches\nGeburtsort: Lüneburg\n", "Lüneburg"),
        ("Profil\nNé le 2 mai 1990 à Lorient\n", "Lorient"),
        ("Om mig\nFödd 23 augusti 1991 i Umeå\n", "Umeå"),
        ("About\nBorn 3 August 1989 in Kuopio, moved to Helsinki in 2010\n", "Kuopio"),
        ("Dane osobowe\nMiejsce urodzenia: Płock\n", "Płock"),
    ],
)
def test_a_birthplace_goes(privacy, body, secret):
    assert secret not in redact(body, privacy).text


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("EXPERIENCE\nI was born to lead at Google in Zurich\n", "Google"),
        ("EXPERIENCE\nBorn-digital archive at the British Library in London (2019)\n", "London"),
        ("EDUCATION\nUniversité de Lorraine, Nancy, 2012\n", "Nancy"),
    ],
)
def test_cities_outside_a_birth_line_stay(privacy, body, fact):
    assert fact in redact(body, privacy).text



def test_a_birthplace_label_takes_the_place_not_the_next_column():
    # A two-column PDF can run the sidebar's label into the other column on one line.
    line = "Geburtsort: Lüneburg 04/2013 – 09/2019  Senior Java Developer, Fielmann AG"
    assert [line[start:end] for start, end, _ in birthplace_spans(line)] == ["Lüneburg"]
