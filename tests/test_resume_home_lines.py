"""Keep only the city: on a line known to be the home address everything goes but the city,
the region and the country; a birth or origin label's whole value goes; a birthplace named
again with a case ending goes; a landline after its label goes. Examples in many languages,
with the facts that must stay."""

from __future__ import annotations

import pytest

from jobtui.resume.birth_labels import birth_label_spans
from jobtui.resume.home_lines import home_line_spans
from jobtui.resume.redact import redact

HOME = [
    # A labelled address: the street, the flat, the district in brackets and the postcode go.
    ("Persönliche Daten\nAdresse:   Hauptstraße 12/3, 4020 Linz (Urfahr)\n",
     ["Hauptstraße 12/3", "Urfahr", "4020"], ["Linz"]),
    # A whitespace-aligned Czech label; a district after the city's dash.
    ("Osobní údaje\nBydliště:          Veveří 102, 616 00 Brno – Žabovřesky\n",
     ["Veveří 102", "Žabovřesky", "616 00"], []),
    # Ukrainian: a street abbreviation, a flat; the city stays.
    ("Особисті дані\nАдреса: вул. Шевченка, 15, кв. 4, Львів\n",
     ["Шевченка", "кв. 4"], ["Львів"]),
    # Greek label and city.
    ("Προσωπικά στοιχεία\nΔιεύθυνση: Εγνατίας 112, 546 30 Θεσσαλονίκη\n",
     ["Εγνατίας 112", "546 30"], ["Θεσσαλονίκη"]),
    # A Nigerian address with a street of no known shape: only the city and state stay.
    ("ADEBOLA OKAFOR\nNo. 7, Okafor Crescent, off Allen Avenue, Ikeja, Lagos.\n"
     "Phone: 0803 555 0192\n\nPROFILE\nAccountant.\n",
     ["Okafor Crescent", "Allen Avenue", "Ikeja"], ["Lagos", "Accountant"]),
    # A Philippine sidebar: the block's lines continue one another; the town of the last stays.
    ("CONTACT\nBlk 9 Lot 22, Narra St.\nBrgy. Dalig, Antipolo\nRizal 1870\n"
     "maria.s@example.com\n\nSKILLS\nSelenium\n",
     ["Narra St.", "Dalig", "1870"], ["Rizal", "Selenium"]),
    # An address heading and a Korean address: the district goes, Seoul stays.
    ("MIN-JI PARK\nData Engineer\n\nADDRESS\nBldg 101, Unit 804\n12 Yeouidaero 3-gil\n"
     "Yeongdeungpo-gu, Seoul 07321\n\nSKILLS\nSpark\n",
     ["Unit 804", "Yeouidaero", "Yeongdeungpo-gu", "07321"], ["Seoul", "Spark"]),
    # A Brazilian block opened by a street the street rules found; the bairro goes.
    ("ANA LIMA\nAnalista\n\nCONTATO\nRua Augusta, 2200\nApto 31 – Consolação\n"
     "São Paulo/SP\n\nRESUMO\nDados.\n",
     ["Apto 31", "Consolação"], ["São Paulo", "Dados"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), HOME)
def test_only_the_city_stays_on_a_home_address(privacy, body, secrets, facts):
    text = redact(body, privacy).text
    assert [s for s in secrets if s in text] == []
    assert [f for f in facts if f not in text] == []


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        # Software named like a street and a number is no address.
        ("JANE DOE\nEngineer\n\nSOFTWARE\nCivil 3D, 12d Model\nHEC-RAS, Navisworks\n",
         "12d Model"),
        # A relocation wish and "Remote" stay.
        ("JAN NOWAK\nOpen to relocation to 22 Berlin, Germany\n", "Berlin"),
        # An employer's address in a work line stays.
        ("EXPERIENCE\nBosch GmbH, Robert-Bosch-Straße 1, Erlangen — Engineer "
         "(2019 – 2022)\n", "Bosch GmbH"),
        # A residence status is a fact about the right to work.
        ("PERSONAL\nResidence: Permanent resident, no visa needed\n", "Permanent resident"),
        # An e-mail address label is no home.
        ("CONTACT\nE-mail address: jan@example.com\nLocation: Gdańsk\n", "Gdańsk"),
    ],
)
def test_lines_that_are_no_home_address_stay(privacy, body, fact):
    assert fact in redact(body, privacy).text


def test_a_home_line_keeps_a_known_city_and_drops_the_rest():
    text = "Adresse: Rue de la Loi 16, boîte 3 – 1000 Bruxelles\n"
    kept = "".join(c for i, c in enumerate(text)
                   if not any(s <= i < e for s, e, _ in home_line_spans(text)))
    assert "Bruxelles" in kept
    assert "Loi" not in kept and "boîte" not in kept and "1000" not in kept


@pytest.mark.parametrize(
    ("body", "secrets"),
    [
        ("Persönliche Daten\nGeburtsdatum, -ort:   03.02.1989, Vöcklabruck\n",
         ["03.02.1989", "Vöcklabruck"]),
        ("Date personale\nData nașterii          02.03.1988, Suceava\n", ["Suceava"]),
        ("Osobni podaci\nDatum i mjesto rođenja:   5. 6. 1990, Vinkovci\n", ["Vinkovci"]),
        ("État civil\nLieu et date de naissance : Quimper, le 4 mai 1991\n", ["Quimper"]),
        ("Asmens duomenys\nGimimo data ir vieta   1992-04-11, Panevėžys\n", ["Panevėžys"]),
        ("PERSONAL INFORMATION\nDomicile:          Gujranwala (Punjab)\n", ["Gujranwala"]),
        ("PERSONAL DATA\nL.G.A.: Ogbomosho North\n", ["Ogbomosho"]),
        ("Name: Sato Ken\nNearest station: Jiyugaoka (Toyoko Line), 5 min walk\n",
         ["Jiyugaoka"]),
    ],
)
def test_a_birth_or_origin_label_loses_its_whole_value(privacy, body, secrets):
    text = redact(body, privacy).text
    assert [s for s in secrets if s in text] == []


def test_other_labels_keep_their_values():
    text = ("Státní občanství:  česká\nNationality: Polish\nReligion: Islam\n"
            "Marital Status: Single\n")
    assert birth_label_spans(text) == []


def test_a_birthplace_inflected_after_a_preposition_goes(privacy):
    body = ("Osobní údaje\nDatum narození:   1. 2. 1990, Přerov\n\nVZDĚLÁNÍ\n"
            "2005 – 2009   Gymnázium v Přerově, maturita\n")
    text = redact(body, privacy).text
    assert "Přerov" not in text
    assert "Gymnázium" in text and "maturita" in text


def test_a_landline_after_its_label_goes(privacy):
    body = ("ΓΙΩΡΓΟΣ ΝΙΚΟΛΑΟΥ\nΕΜΠΕΙΡΙΑ\nΟΤΕ, Αθήνα\n\nΑΛΛΑ ΣΤΟΙΧΕΙΑ\n"
            "Σταθερό: 2610 431 908 (απογεύματα)\n")
    text = redact(body, privacy).text
    assert "431 908" not in text
    assert "ΟΤΕ," in text


def test_an_address_between_bars_on_a_contact_line_keeps_its_city(privacy):
    body = ("LUCÍA MARTÍN\nCalle del Olivo 14, 3º B, 28013 Madrid | +34 600 123 456 | "
            "lucia@example.es\n\nEXPERIENCIA\nBBVA, Madrid\n")
    text = redact(body, privacy).text
    assert "Olivo" not in text and "28013" not in text
    assert "Madrid |" in text and "BBVA, Madrid" in text


def test_a_birth_label_alone_on_its_line_loses_the_next_line(privacy):
    text = redact("PERSONAL\nDate and place of birth\n4 May 1991, Tralee\n", privacy).text
    assert "Tralee" not in text


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        # A two-column PDF runs work history onto the birth line: it stays.
        ("Lebenslauf\nÜBER MICH\n"
         "Geburtsort: Lüneburg 04/2013 – 09/2019  Senior Java Developer, Fielmann AG\n",
         "04/2013 – 09/2019"),
        ("Date of Birth: 12 March 1995 Junior Developer, Safaricom PLC, Kisumu\n",
         "Safaricom PLC"),
        ("Geburtsdatum: 03.05.1987 - Pair-Programming auf Spring Boot 3.2.\n", "Spring Boot 3.2"),
    ],
)
def test_a_birth_value_ends_where_other_content_begins(privacy, body, fact):
    assert fact in redact(body, privacy).text
