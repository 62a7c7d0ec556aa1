"""Shapes found in the eleventh held-out set, as general rules: a name given as "Surname:" and
"Other Names:" lines, a long name with particles and a nickname in the middle, the Dutch
"'t" particle, a references heading in other languages, and a Polish given name in the
instrumental case after "z"; with what these rules must leave alone."""

from __future__ import annotations

import pytest

from jobtui.resume.header import header_name
from jobtui.resume.people import person_spans
from jobtui.resume.redact import redact
from jobtui.resume.sections import references_spans


def test_surname_and_other_names_on_labelled_lines(privacy):
    text = ("CURRICULUM VITAE\n\nPERSONAL DATA\nSurname: OKONKWO\nOther Names: Ifeoma Adanna\n"
            "Email: i.okonkwo@example.ng\n\nWORK EXPERIENCE\nAnalyst, Zenith Bank, Lagos\n\n"
            "Ifeoma A. Okonkwo\n")
    assert header_name(text) == "Ifeoma Adanna OKONKWO"
    out = redact(text, privacy).text
    assert "Okonkwo" not in out and "OKONKWO" not in out and "Ifeoma" not in out
    assert "Zenith Bank" in out and "Lagos" in out


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Surname: Kowalczyk\nFirst names: Anna Maria", "Anna Maria Kowalczyk"),
        ("Nachname: Brandt\nVorname: Jonas", "Jonas Brandt"),
        ("Name: Brandt\nVorname: Jonas", "Jonas Brandt"),  # a German form's "Name" is the surname
        ("Nom : DUPONT\nPrénom : Claire", "Claire DUPONT"),
        ("Sobrenome: Oliveira\nNome: João Pedro", "João Pedro Oliveira"),
        ("Apellidos: García López\nNombre: Lucía", "Lucía García López"),
    ],
)
def test_split_name_labels_in_other_languages(line, name):
    assert header_name(f"{line}\nPhone: 0123 456 789\n") == name


def test_surname_label_alone_is_not_a_name():
    assert header_name("Surname: Mensah\nPhone: 024 123 4567\n\nSkills\nPython\n") is None


def test_long_name_with_particles_and_nickname(privacy):
    text = ("Nombre: María de los Ángeles (Marian) Herrero de la Vega\nTeléfono: 654 318 207\n"
            "\nExperiencia\nIngeniera de datos, Indra, Madrid (2019 – 2024)\n")
    assert header_name(text) == "María de los Ángeles Herrero de la Vega Marian"
    out = redact(text, privacy).text
    assert "Marian" not in out and "Herrero" not in out and "Indra" in out


def test_dutch_t_particle_in_the_name(privacy):
    text = ("Naam: Joris van 't Veld\nTelefoon: 06 4271 9038\n\nWerkervaring\n"
            "Developer, Coolblue, Rotterdam — 2019 – heden\n")
    assert header_name(text) == "Joris van 't Veld"
    out = redact(text, privacy).text
    assert "Joris" not in out and "Veld" not in out and "Coolblue" in out


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Referenties", "Ir. Hanneke Veldkamp (TU Delft) — op aanvraag"),
        ("Referenties", "Ir. Fenna Zwartbol (TU Eindhoven) — op aanvraag"),
        ("Referencias", "Ing. Rogelio Cantú Villarreal — 81 2290 1734"),
        ("Referenzen", "Dipl.-Inf. Wiebke Oltmanns, Universität Bremen"),
    ],
)
def test_references_heading_in_other_languages(privacy, heading, body):
    text = f"Experience\nEngineer, Acme, Utrecht\n\n{heading}\n{body}\n"
    start = text.index(body)
    assert references_spans(text) == [(start, len(text))]
    out = redact(text, privacy).text
    assert body not in out and "Acme" in out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("- Pair-programming z Igorem przy module raportów.", "Igorem"),
        ("- Migracja bazy danych razem z Tomaszem w 2021.", "Tomaszem"),
        ("- Testy automatyczne z Anną w zespole QA.", "Anną"),
    ],
)
def test_polish_instrumental_given_name_after_z(text, secret):
    assert secret in {text[s:e] for s, e in person_spans(text)}


@pytest.mark.parametrize(
    "text",
    ["- Integracja z Systemem płatności.", "- Praca z Totem i Kafką.", "- Spotkania z Klientem."],
)
def test_polish_nouns_after_z_are_no_people(text):
    assert person_spans(text) == []


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        ("Gregory Tham, PhD, Associate Professor, UIUC", ["PhD", "Associate Professor", "UIUC"],
         ["Tham"]),
        ("— Fraser Quinlan-Hayes, Head of Design", ["Head of Design"], ["Quinlan-Hayes"]),
        ("Priya Raman-Okafor, VP Data, Walgreens — (847) 555-0139", ["VP Data"],
         ["Raman-Okafor", "555-0139"]),
        ("Dr. Asad Mahmood Khan, Associate Professor, LUMS", ["Associate Professor", "LUMS"],
         ["Asad", "Khan"]),
    ],
)
def test_referee_roles_and_degrees_stay(privacy, line, kept, gone):
    text = f"Experience\nEngineer, Acme, Chicago\n\nREFERENCES\n{line}\n"
    out = redact(text, privacy).text
    assert all(k in out for k in kept), out
    assert not any(g in out for g in gone), out


def test_a_surname_in_capitals_is_no_kept_acronym(privacy):
    out = redact("Skills\nPython\n\nREFERENCES\nAdaeze, NOWAK, CTO\n", privacy).text
    assert "NOWAK" not in out and "Adaeze" not in out and "CTO" in out


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Rodrigo Vasconcellos – Tech Lead, Nubank – (11) 99123-4455", "Tech Lead"),
        ("Lic. Carolina Sosa Pietrángeli – Gerente de Ingeniería", "Gerente de Ingeniería"),
        ("Sabine Rochat-Meylan, VP Engineering, Logitech", "VP Engineering"),
    ],
)
def test_referee_roles_in_other_languages_stay(privacy, line, role):
    out = redact(f"Skills\nPython\n\nReferencias\n{line}\n", privacy).text
    assert role in out and line.split()[1] not in out


def test_consent_line_closes_the_references(privacy):
    text = ("REFERENZE\nProf.ssa Elena Caramagna, Politecnico di Torino\n\n"
            "Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679 (GDPR).\n")
    assert references_spans(text)[0][1] == text.index("Autorizzo")
    out = redact(text, privacy).text
    assert "Reg. UE 2016/679" in out and "Caramagna" not in out


def test_colleague_named_like_a_place_after_a_strong_cue():
    text = "- Paired with Devon on the Kafka migration; sponsored by the VP Data."
    assert [text[s:e] for s, e in person_spans(text)] == ["Devon"]


@pytest.mark.parametrize(
    "text",
    ["- Partnered with Devon County Council on flood maps.",
     "Engineer, Acme, Berlin — 2019 – 2024\n- Worked with Berlin on the launch.",
     "- Worked with Devon teams on flood maps."],
)
def test_a_place_after_a_strong_cue_stays(text):
    assert person_spans(text) == []


SIDEBAR = ("CONTACTS\nP.O. Box 10293-40100, Kisumu\nTel: 0722 481 903\n+254 722 481 903\n"
           "w.achieng@example.co.ke\n\nPERSONAL DETAILS\nID No: 31458209\nKRA PIN: A014837265M\n"
           "Date of Birth: 05-02-1995\nNationality: Kenyan\n\nSKILLS\nPython, Django REST\n"
           "PostgreSQL\n\n")


def test_name_label_after_a_sidebar_of_contacts():
    text = SIDEBAR + "Name: Wanjiru Achieng Otieno\n\nProfile\nBackend developer.\n"
    assert header_name(text) == "Wanjiru Achieng Otieno"


def test_name_label_after_a_sidebar_heading_on_the_same_pdf_row():
    text = ("CONTACTS Name: Wanjiru Achieng Otieno\nP.O. Box 10293-40100, Kisumu\n"
            "Tel: 0722 481 903 Profile\n")
    assert header_name(text) == "Wanjiru Achieng Otieno"


def test_birth_date_then_the_other_column_on_a_pdf_row(privacy):
    text = ("CONTACTS Name: Wanjiru Achieng Otieno\nTel: 0722 481 903 Profile\n"
            "Date of Birth: 05-02-1995 Junior Developer, Safaricom PLC, Kisumu — 2017 to 2020\n")
    out = redact(text, privacy).text
    assert "05-02-1995" not in out
    assert "Junior Developer, Safaricom PLC, Kisumu — 2017 to 2020" in out
