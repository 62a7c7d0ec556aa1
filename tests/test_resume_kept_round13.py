"""Round 13 of the kept-facts rules: one mechanism per class, examples in several languages.

- a head-first institution keeps every name after it, joined by "and" in any language;
- a building named after someone ("bâtiment …", "edificio …");
- the place after a named employer, even a place that is also a surname;
- a credential, licence or CAD/EDA tool is never a person;
- a bracket without a year no longer cuts a work line short.
Each has guards: the people beside these facts still go.
"""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact

HEADER = "Marta Ilves\nmarta.ilves@example.com | +372 5123 4567\n\nEXPERIENCE\n"


def redacted(privacy, body: str) -> str:
    return redact(HEADER + body + "\n", privacy).text


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        # head-first institutions and the names joined after them
        ("Bourse d'études de la Fondation Paul et Marie Lefèvre (2016)",
         "Fondation Paul et Marie Lefèvre"),
        ("Stipendium Jenny ja Antti Wihurin rahaston apuraha (2013)",
         "Jenny ja Antti Wihurin rahaston apuraha"),
        ("- Voluntària a la Fundació Enric Granados contra el càncer, Lleida.",
         "Fundació Enric Granados"),
        ("Contrato Juan de la Cierva-Incorporación, CSIC (2019 – 2021)",
         "Juan de la Cierva-Incorporación"),
        ("- Tutora voluntaria en la Preparatoria Emiliano Zapata.", "Preparatoria Emiliano Zapata"),
        ("- Coached the robotics club at Hoërskool Jan van Riebeeck.",
         "Hoërskool Jan van Riebeeck"),
        ("- Mentored pupils of Rīgas Valsts 2. ģimnāzija in physics.", "Rīgas Valsts 2. ģimnāzija"),
        # a building named after someone
        ("Juriste, Conseil de l'UE (bâtiment Justus Lipsius), Bruxelles (2012 – 2015)",
         "bâtiment Justus Lipsius"),
        # the place after a named employer
        ("Backus S.A.A. – Lima\nAnalista de Costos | Mar. 2014 – Dic. 2018",
         "Backus S.A.A. – Lima"),
        ("Treasury Analyst, Kindred Group, Ta' Xbiex (2019 – 2022)", "Ta' Xbiex"),
        ("Senior QA Engineer – Hayleys IT, Colombo 03 (Jan 2018 – Dec 2020)",
         "Hayleys IT, Colombo 03"),
        # credentials, licence classes and tools
        ("A qualified electrician with a Wireman's Licence seeking a foreman post in Durban.",
         "Wireman's Licence"),
        ("Driver's licence: Code 10 (C1)", "Code 10 (C1)"),
        ("Cadence Virtuoso, Mentor Graphics, Mathematica", "Cadence Virtuoso"),
        # a bracket without a year inside a work line
        ("2001 – 2004  Pupil (A-levels), Thomas Telford, Telford", "Thomas Telford"),
    ],
)
def test_round13_facts_stay(privacy, line, fact):
    assert fact in redacted(privacy, line)


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("- Reported to the Group Financial Controller, Mrs. Adaeze Okafor; she signed off.",
         "Adaeze Okafor"),
        ("Penningmeester van roeivereniging Vliet (2017 – heden), met voorzitter Anouk de Vries.",
         "Anouk de Vries"),
        ("- Audited Siemens AG, Katarzyna Nowak led the review.", "Katarzyna Nowak"),
        ("- Worked with Anna Nowak and the Foundation team.", "Anna Nowak"),
    ],
)
def test_round13_people_beside_facts_still_go(privacy, line, gone):
    assert gone not in redacted(privacy, line)


def test_a_licence_number_still_goes_beside_a_class(privacy):
    out = redacted(privacy, "Driver's licence: Class B, licence number D1234-56789-01234")
    assert "Class B" in out and "D1234-56789-01234" not in out


def test_a_credential_or_a_tool_is_no_person():
    from jobtui.resume.kept_lines import drop_institution_findings

    text = "Wireman's Licence, FRM (GARP), Cadence Virtuoso; colleague Licence Mbeki"

    def at(word: str, start: int = 0) -> tuple[int, int, str]:
        index = text.index(word, start)
        return index, index + len(word), "PERSON"

    person = at("Licence Mbeki")
    spans = [at("Licence"), at("GARP"), at("Cadence Virtuoso"), person]
    assert drop_institution_findings(text, spans, []) == [person]
