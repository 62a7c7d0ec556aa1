"""More of the shapes real resumes hold, found by general rules: house numbers with suffixes and
flats, compound street names, birth-date labels in more languages, upper-case surnames in the
header, national phone numbers without a country code, and people after cues in more
languages; with what these rules must leave alone (job-title lines, teams after "approved by",
German nouns after a name, cities under the name)."""

from __future__ import annotations

import pytest

from jobtui.resume.header import header_name
from jobtui.resume.redact import redact
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Oudegracht 77bis, 3511 AE Utrecht · daan@example.nl", "77bis"),  # NL suffix
        ("Kerkstraat 12-III, 1017 GC Amsterdam", "12-III"),
        ("Mariahilfer Straße 103/2/14, 1060 Wien", "Mariahilfer"),
        ("ul. Długa 8 m. 15, 00-238 Warszawa", "m. 15"),  # PL flat
        ("C/ Colón 22, 4º izq., 46004 Valencia", "4º izq."),  # ES floor and door
        ("Nørrebrogade 118, 3. th., 2200 København N", "Nørrebrogade 118"),
        ("Hämeenkatu 21 B 14, 33200 Tampere", "Hämeenkatu 21 B"),  # FI compound street
        ("Calle 93 # 11-26, Apto 502, Bogotá D.C.", "# 11-26"),  # CO
        ("Via Giuseppe Garibaldi 41/B, 80134 Napoli", "41/B"),
        ("Bergmannstraße 12a-14, 10961 Berlin", "-14"),  # a range of house numbers
        ("Carrer de Mallorca 401, 3r 2a, 08013 Barcelona", "3r 2a"),  # CA floor and door
        ("Rua das Flores, nº 28, 2º Esq., 1200-195 Lisboa", "2º Esq."),
        ("ул. Тверская, д. 7, кв. 15, Москва", "Тверская"),  # the house after a comma
    ],
)
def test_house_numbers_with_suffixes_and_flats(privacy, text, secret):
    result = redact(text, privacy).text
    assert secret not in result
    assert any(city in result for city in ("Utrecht", "Amsterdam", "Wien", "Warszawa",
                                           "Valencia", "København", "Tampere", "Bogotá",
                                           "Napoli", "Berlin", "Barcelona", "Lisboa", "Москва"))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("PESEL 95022305675 · ur. 23 lutego 1995", "23 lutego 1995"),  # PL abbreviation
        ("tereza@example.cz · nar. 5. 9. 1990", "5. 9. 1990"),  # CZ, spaced
        ("Urodzona 23.II.1995 w Krakowie", "23.II.1995"),  # Roman month
        ("Lieu et date de naissance : Quimper, 2 avril 1990", "2 avril 1990"),
        ("Née à Lyon le 3 mars 1992", "3 mars 1992"),
        ("Nacido en Madrid el 3 de marzo de 1990", "3 de marzo de 1990"),
        ("Nato a Roma il 12/03/1990", "12/03/1990"),
        ("F. de nacimiento: 14/03/1992", "14/03/1992"),
        ("Født 3. marts 1988", "3. marts 1988"),  # DA
        ("Syntynyt 12.4.1993", "12.4.1993"),  # FI
        ("Year of birth: 1990", "1990"),
        ("Geburtsdatum/-ort: 12.03.1990, Köln", "12.03.1990"),  # a second label after "/"
        ("Doğum Yeri/Tarihi: İzmir, 12.03.1990", "12.03.1990"),
        ("Narozen(a): 12. 3. 1990", "12. 3. 1990"),  # a gender ending
        ("Nascimento: 12 de março de 1990", "12 de março de 1990"),
        ("Rođen: 12.03.1990.", "12.03.1990"),
    ],
)
def test_birth_labels_in_more_languages(privacy, text, secret):
    assert secret not in redact(text, privacy).text


def test_a_birth_place_after_the_date_goes_with_the_date(privacy):
    result = redact("Né le 2 avril 1990 à Quimper\n", privacy).text
    assert "Quimper" not in result and "1990" not in result


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LE GOFF Yannick\n14 impasse des Mouettes, 29200 Brest\n", "LE GOFF Yannick"),
        ("DE LA CRUZ María José\nmaria@example.mx\n", "DE LA CRUZ María José"),
        ("Ifeanyi Chibuzor\nEZEUDU\n17 Awolowo Road, Ikoyi, Lagos\n", "Ifeanyi Chibuzor EZEUDU"),
    ],
)
def test_upper_case_surnames_in_the_header(text, name):
    assert header_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # A heading, a title, a country or a city under the name is no surname.
        "Daan Hoogendoorn\nPROFIEL\nPlatform engineer (Terraform, Azure) voor verzekeraars.\n",
        "Amaka Obi\nACCOUNTANT\n12 Allen Avenue, Ikeja | amaka@example.ng\n",
        "Chinedu Okafor\nNIGERIA\n12 Allen Avenue, Ikeja | chinedu@example.ng\n",
        "Goulven Kerjean\nBREST\n06 12 34 56 78 | g@example.fr\nIngénieur, Thales, Brest (2018)\n",
    ],
)
def test_what_is_no_surname_line(text):
    assert header_name(text) == " ".join(text.splitlines()[0].split())


def test_the_stored_path_loses_the_name_from_the_email(privacy, tmp_path):
    from jobtui.resume.pipeline import prepare_resume

    path = tmp_path / "CV_Emeka_Obi-Okafor.txt"
    path.write_text("Chukwuemeka Obi-Okafor\nemeka.obiokafor@example.ng\n\nSKILLS\nSQL\n",
                    encoding="utf-8")
    assert "Emeka" not in prepare_resume(path, privacy, 1000).file_url


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel.: 655 201 834 · lucia@example.es", "655 201 834"),  # ES, no +34
        ("Móvil: 612 34 56 78", "612 34 56 78"),
        ("Telemóvel: 912 345 678 | joao@example.pt", "912 345 678"),
        ("Tlf.: 28 19 44 07", "28 19 44 07"),  # DK, eight digits
        ("Mob: 98450 12345 | priya@example.in", "98450 12345"),
        ("📞 347 812 5530", "347 812 5530"),
        ("Tel/Fax: 91 123 45 67", "91 123 45 67"),
        ("Tel. kom.: 512 903 441", "512 903 441"),
        ("Lucía Navarro\n655 201 834 · lucia@example.es\n", "655 201 834"),  # contact block
    ],
)
def test_national_phone_numbers(privacy, text, phone):
    assert phone not in redact(text, privacy).text


@pytest.mark.parametrize(
    "text",
    [
        "- Mobile (2019 - 2021): Flutter apps\n- GSM 900 1800 MHz band planning\n",
        "- Tel Aviv office, 2014 - 2019\n",
    ],
)
def test_what_is_no_phone(privacy, text):
    resume = f"Jane Roe\njane@example.com\n\nEXPERIENCE\n{text}"
    assert redact(resume, privacy).text.endswith(f"EXPERIENCE\n{text}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Test strategy reviewed by Halina.", "Halina"),
        ("- Revue de code hebdomadaire avec Goulven et Maëlys Tanguy.", "Goulven"),
        ("- Sammen med Freja Holm og Kasper.", "Kasper"),
        # A lone given name no list knows, so only the cue can find it.
        ("- Onder leiding van Kavitha bouwde ik het team op.", "Kavitha"),
        ("- Pod kierunkiem Funmilayo.", "Funmilayo"),
        ("- Rapportando a Chibuzor, CTO.", "Chibuzor"),
        ("- Sob orientação de Goulven.", "Goulven"),
        ("- Unter Anleitung von Kavitha.", "Kavitha"),
        ("- Under ledning av Funmilayo.", "Funmilayo"),
        ("- Worked under the guidance of Suresh Iyer.", "Suresh Iyer"),
        ("- Reportando directamente a Chibuzor.", "Chibuzor"),
        ("- Présentation avec Solenn Le Floch.", "Solenn Le Floch"),  # a particle inside
        ("- Together with Guðrún Jónsdóttir.", "Guðrún Jónsdóttir"),  # Icelandic letters
        ("- Merci à Goulven pour la revue.", "Goulven"),
        ("- Dziękuję Jadwidze Sikorskiej.", "Jadwidze Sikorskiej"),
        ("- Supported by Obinna in QA.", "Obinna"),
    ],
)
def test_people_after_cues_in_more_languages(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Approved by Finance; reviewed by Legal and Compliance; sponsored by Google.",
        "- Promoted by Spotify to lead the squad.",
        "Tech Lead, Mercado Libre, Buenos Aires (2017 – 2021)",
        "- Built with Terraform and Kubernetes; integrated with Stripe and Adyen.",
        "- Partnerships with Banco do Brasil and with Caixa Geral de Depósitos.",
    ],
)
def test_what_the_cues_leave_alone(text):
    assert found(text) == set()


def test_a_german_noun_after_a_name_survives(privacy):
    text = "- Gemeinsam mit Lea und Finn Schulz das Design-System gebaut.\n"
    result = redact(text, privacy).text
    assert "das Design-System gebaut" in result and "Schulz" not in result
