"""Round 17 of the privacy rules: people whose names no list knows, found by where they stand.

A referee's name in the references section, or a name the e-mail beside it spells, goes
wherever else it stands; a run of two to four rare name words after a label, after a
lower-case word of a sentence or in a bracketed list after a found person is a person; the
file name and the header spelling the same rare words name the candidate.
Job titles in other languages, country names in other languages and firms stay. Examples
written for these tests; every name in them is one the gazetteer lacks (checked below), so
the tests exercise the list-free rules. The privacy set itself is checked once more with its
names swapped for invented ones (tests/name_swap.py).
"""

from __future__ import annotations

import pytest

from jobtui.resume.filename import name_from_file
from jobtui.resume.names import fold, gazetteer
from jobtui.resume.redact import redact
from tests.name_swap import swapped
from tests.privacy_people import PEOPLE
from tests.privacy_scan import leaked
from tests.resume_probe import check_redaction

HEAD = "Lena Ortmann\nlena.ortmann@example.com\n\nEXPERIENCE\n"

CASES = [
    # A referee named again in running text with no cue before the name.
    ("- Kwabla Agbenyo signed off every quarterly close.\n\nREFERENCES\n"
     "Kwabla Agbenyo – Head of Finance, Ecobank Ghana – +233 24 418 2290\n",
     ["Kwabla", "Agbenyo"], ["Head of Finance", "Ecobank Ghana"]),
    # A referee entry after a title, the same person's surname alone elsewhere.
    ("- Budget reviews chaired by the CFO; Maluleke approved the model.\n\nREFERENCES\n"
     "Dr Nkhensani Maluleke, CFO, Sasol – n.maluleke@example.co.za\n",
     ["Nkhensani", "Maluleke"], ["CFO"]),
    # A label, a title and a name, then the role.
    ("- Jefe directo: Lic. Xochitl Tlapalcoyoa Huitzil, Gerente de Planta.\n",
     ["Xochitl", "Tlapalcoyoa", "Huitzil"], ["Gerente de Planta"]),
    # A name after a lower-case word of another language ("together with").
    ("- töötasin koos Kaarel Vaitkevicius maksete mooduli ümberkirjutamisel\n",
     ["Kaarel", "Vaitkevicius"], ["maksete mooduli"]),
    # "with" and a full name no list knows.
    ("- Co-wrote the incident runbook with Tsholofelo Mothibi.\n",
     ["Tsholofelo", "Mothibi"], ["incident runbook"]),
    # The second person of a bracketed list.
    ("- Supervised two graduates (Mpho Rakgoale, Chileshe Bwalya).\n",
     ["Mpho", "Rakgoale", "Chileshe", "Bwalya"], ["Supervised two graduates"]),
    # A contact line outside a references section: the address spells the name beside it.
    ("- Audit partner contact: Naledi Sebego — naledi.sebego@example.co.za\n"
     "- Sebego signed the 2023 management letter.\n", ["Naledi", "Sebego"],
     ["management letter"]),
    # A spouse's field.
    ("Istri: Ilisapeci Naivalu\n", ["Ilisapeci", "Naivalu"], ["Istri"]),
    # Danish: married to, mother of, children with their ages.
    ("Gift med Naledi, mor til Zanele (8) og Banele (5)\n", ["Naledi", "Zanele", "Banele"],
     ["(8)", "(5)"]),
    # Portuguese spouse and daughter fields.
    ("Cônjuge: Kagiso Ramokgopa | Filha: Ayomide (4 anos)\n",
     ["Kagiso", "Ramokgopa", "Ayomide"], ["(4 anos)"]),
    # A relative named before the relation in brackets.
    ("Emergency contact: Zanele Oyelaran Sebego (madre) – Cel. 314 726 0953\n",
     ["Zanele", "Oyelaran"], ["(madre)"]),
    # A full-name label with the surnames first in capitals, Peruvian style.
    ("Apellidos y nombres: RAMOKGOPA SEBEGO, Ayomide Naledi\n",
     ["RAMOKGOPA", "SEBEGO", "Ayomide", "Naledi"], ["Apellidos y nombres"]),
    # Two names joined by "and" after "with".
    ("- Trabalhei com Kagiso Sebego e Naledi Ramokgopa no squad de crédito\n",
     ["Kagiso", "Sebego", "Naledi", "Ramokgopa"], ["no squad de crédito"]),
    # A team "of" someone, in Spanish.
    ("- Implementación de SAP FI/CO junto al equipo de Zanele Oyelaran.\n",
     ["Zanele", "Oyelaran"], ["SAP FI/CO"]),
    # "married to" and a Gaelic particle inside the name.
    ("Married to Banele Ó Chiwenga; two children.\n", ["Banele", "Chiwenga"], ["two children"]),
    # A title with a feminine ending after an article.
    ("- Trabalhou com a Eng.ª Ayomide Adeyinka Sebego no sistema de pagamentos.\n",
     ["Ayomide", "Adeyinka"], ["sistema de pagamentos"]),
    # A verb, "de", the name, and the role after it.
    ("- Relevant de Nokuthula Ramokgopa, vice-présidente Solutions numériques.\n",
     ["Nokuthula", "Ramokgopa"], ["vice-présidente Solutions numériques"]),
    # A particle inside a name after a lower-case role.
    ("- Coach van junior adviseur Kagiso de Oyelaran.\n", ["Kagiso", "Oyelaran"],
     ["junior adviseur"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), CASES)
def test_names_no_list_knows(privacy, body, secrets, facts):
    first_names, last_names = gazetteer()
    assert not {fold(s).lower() for s in secrets} & (first_names | last_names)
    check_redaction(privacy, HEAD + body, secrets, facts)


KEPT = [
    # A country in French after a firm: no surname.
    ("- Audit avec Mazars Cameroun\n- Brasseries du Cameroun (SABC), Douala\n",
     ["Mazars Cameroun", "Brasseries du Cameroun"]),
    # A job title after a referee's comma is no second person.
    ("REFERENCES\nDr. Zurab Kvaratskhelia, Bereichsleiter Strukturen, Airbus Operations GmbH\n",
     ["Bereichsleiter Strukturen", "Airbus Operations GmbH"]),
    # A Dutch title after "heden" (present) in the dates column.
    ("09/2019 – heden    Projectleider Spoorinfra, ProRail, Utrecht\n",
     ["Projectleider Spoorinfra", "ProRail"]),
    # French job titles after a found person and "et".
    ("- Supervisé par M. Aram Ghukasyan, Directeur Administratif et Financier\n",
     ["Directeur Administratif et Financier"]),
    # A firm after "at": a place or an employer, not a person.
    ("- Senior analyst at Bajaj Finserv, Pune\n", ["Bajaj Finserv"]),
    # An award's long name after a label.
    ("- Laureatka: Nagroda Fundacji na rzecz Nauki Polskiej (2019)\n",
     ["Nagroda Fundacji na rzecz Nauki Polskiej"]),
    # A club's acronym after "to" is no title before a name.
    ("- Site manager; handover to GNK Dinamo Zagreb in 2017.\n", ["GNK Dinamo Zagreb"]),
    # A role after a referee's comma outside brackets is no second person.
    ("REFERENZE\nSilvia Marchetti, Direttrice Tecnica, Barilla\n", ["Direttrice Tecnica"]),
]


@pytest.mark.parametrize(("body", "secrets"), [
    # A slash between the two labels, and between the two values.
    ("Date / Place of Birth : 12.08.1992 / Kagisodorp\n", ["12.08.1992", "Kagisodorp"]),
    # French "born at", the place before the date.
    ("Née à Ndambanville le 17/04/1991\n", ["Ndambanville", "17/04/1991"]),
])
def test_birthplaces_in_more_orders(privacy, body, secrets):
    check_redaction(privacy, HEAD + body, secrets, [])


@pytest.mark.parametrize(("body", "secrets", "facts"), [
    # A driving licence's number after its class; the class alone stays.
    ("Driving Licence     : B 3971026 (Light vehicles)\nDriving licence: B, BE\n",
     ["3971026"], ["(Light vehicles)", "Driving licence: B, BE"]),
    # Nepal's citizenship certificate number.
    ("Citizenship No.   : 25-01-72-08341 (Issued: Lalitpur)\n", ["25-01-72-08341"], []),
    # A council's acronym between "Reg. No." and the number.
    ("Reg. No. KNMC 71452\n", ["71452"], ["KNMC"]),
    # Children counted, then named with their ages after a comma.
    ("Children           : Two (Zanele, 7 yrs and Banele, 4 yrs)\n", ["Zanele", "Banele"],
     ["7 yrs"]),
])
def test_ids_and_children_in_more_shapes(privacy, body, secrets, facts):
    check_redaction(privacy, HEAD + body, secrets, facts)


@pytest.mark.parametrize(("body", "facts"), KEPT)
def test_rare_words_that_are_no_people(privacy, body, facts):
    check_redaction(privacy, HEAD + body, [], facts)


def test_file_name_and_header_spell_a_name_no_list_knows():
    header = 'ZURAB "ZUKA" KVARATSKHELIA\nBackend Engineer\n'
    assert name_from_file(header, "Zurab_Kvaratskhelia_CV.pdf") == "ZURAB ZUKA KVARATSKHELIA"
    # A particle the file name shares ("al") is no everyday word that vetoes the name.
    assert name_from_file("Kagiso Naledi al-Oyelaran BSc MBCS\nSoftware Engineer\n",
                          "Kagiso_Al-Oyelaran_CV.docx") == "Kagiso Naledi al Oyelaran"
    # Words joined in camel case in the file name.
    assert name_from_file("DATOS PERSONALES\n\nKAGISO NALEDI RAMOKGOPA\nIngeniero\n",
                          "HojaDeVida_KagisoNalediRamokgopa.pdf") == "KAGISO NALEDI RAMOKGOPA"
    # Everyday words in both are a job title, not a name.
    assert name_from_file("Backend Platform Engineer\n", "Backend_Platform_CV.pdf") is None


@pytest.mark.parametrize("person", PEOPLE, ids=lambda p: p.key)
def test_the_privacy_set_with_names_no_list_knows(privacy, person):
    person = swapped(person)
    text = redact(person.full_text(), privacy, file_name=f"{person.stem}.txt").text
    assert leaked(person.must_not_appear, text) == []
    assert [fact for fact in person.must_survive if fact not in text] == []
