"""Round 19 of the privacy rules: what reading the held-out set 88 (Gulf, Levant, Maghreb) showed.

Personal data that goes: a header name with a married name and an introduced nickname ("BEN
ARFA épouse MEJRI Salma (dite « Lina »)"), a home address given by building and floor with no
house number, a Lebanese civil register's number and place, a driving licence's number after its
class, an Algerian national identification number labelled in the masculine, a child named after
a count and a comma ("one daughter, Rima"). A fact that stays: a school or hospital named after a
doctor ("Lycée Dr Benaouda", "Hospital Dr. Sótero del Río"). Examples written for these tests.
"""

from __future__ import annotations

import pytest

from jobtui.resume.header import header_name
from jobtui.resume.redact import redact
from tests.resume_probe import check_redaction

HEAD = "Nadia Ferhat\nnadia.ferhat@example.com\n\nEXPERIENCE\n"

CASES = [
    # A driving licence's number after its class, in brackets.
    ("UAE Driving License: Light Vehicle (No. 3391842)\n"
     "Permis de conduire catégorie B, n° 15/204877\n",
     ["3391842", "15/204877"], ["UAE Driving License: Light Vehicle", "Permis de conduire"]),
    # Algeria's national identification number, "national" in the masculine.
    ("N° d'identification national (NIN) : 109920415006731842\n",
     ["109920415006731842"], ["N° d'identification national (NIN)"]),
    # A Lebanese civil register: the number and the place go.
    ("Registre n° 87 Baabda\nN° de registre : 412 (Batroun)\n",
     ["87", "Baabda", "412", "Batroun"], ["Registre n°"]),
    # A child named after a count and a comma; a firm after "children," is no child.
    ("Married; one daughter, Rima.\nMariée, deux fils, Adam et Karim (2016).\n"
     "- Trained two children, Microsoft Teams and Zoom users.\n",
     ["Rima", "Adam", "Karim"], ["one daughter", "deux fils", "Microsoft Teams"]),
    # Schools and hospitals named after a doctor keep the title and the name.
    ("2009 : Baccalauréat, Lycée Dr Benaouda, Oran – mention Bien\n"
     "- Residency at Hospital Dr. Sótero del Río, Santiago (2015 – 2018)\n"
     "- Worked with Dr. Anselmo Quiroga on the ward.\n",
     ["Anselmo", "Quiroga"], ["Lycée Dr Benaouda", "Hospital Dr. Sótero del Río"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), CASES)
def test_round19_shapes(privacy, body: str, secrets: list[str], facts: list[str]) -> None:
    check_redaction(privacy, HEAD + body, secrets, facts)


@pytest.mark.parametrize(("line", "name"), [
    ("BEN ARFA épouse MEJRI Salma (dite « Lina »)", "BEN ARFA MEJRI Salma Lina"),
    ("Oluwatosin Adeyemi (known as Tosin)", "Oluwatosin Adeyemi Tosin"),
])
def test_an_introduced_nickname_and_a_married_name_in_the_header(line: str, name: str) -> None:
    assert header_name(f"{line}\nTunis\n\nPROFIL\n") == name


def test_a_married_header_name_goes_everywhere(privacy) -> None:
    text = ("BEN ARFA épouse MEJRI Salma (dite « Lina »)\n"
            "GSM : +216 97 204 318 – salma.benarfa91@example.tn\n\n"
            "PROFIL\nIngénieure qualité, 8 ans d'expérience.\nSignature : Salma Ben Arfa\n")
    redacted = redact(text, privacy).text
    assert [w for w in ("ARFA", "Arfa", "MEJRI", "Salma", "Lina") if w in redacted] == []
    assert "Ingénieure qualité" in redacted


def test_a_home_address_by_building_and_floor_goes(privacy) -> None:
    text = ("Karim HADDAD\nIngénieur logiciel\n"
            "Immeuble Sabbagh, 5e étage, rue Hamra, Ras Beyrouth, Beyrouth\n"
            "Tél. : +961 3 502 118\n\nEXPÉRIENCE\nBanque du Liban – Beyrouth\n")
    redacted = redact(text, privacy).text
    assert [w for w in ("Sabbagh", "5e étage", "rue Hamra", "Ras Beyrouth") if w in redacted] == []
    assert "Beyrouth\n" in redacted and "Banque du Liban" in redacted
