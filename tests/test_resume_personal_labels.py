"""Personal-data labels in many languages (personal_labels.py), origin phrases, the home
address below the city (home_address.py) and more countries' phone and ID labels."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact


@pytest.mark.parametrize(
    ("body", "secrets"),
    [
        ("Jānis Liepiņš\nDzimšanas datums: 02.11.1987 | Dzimšanas vieta: Valmiera\n",
         ["02.11.1987", "Valmiera"]),
        ("Mart Kask\nSünniaeg: 14.05.1990 · Sünnikoht: Viljandi\n", ["14.05.1990", "Viljandi"]),
        ("Tomas Jonaitis\nGimimo data: 1989-12-01\nGimimo vieta: Šiauliai\n",
         ["1989-12-01", "Šiauliai"]),
        ("Petar Georgiev\nДата на раждане: 02.03.1988 г. | Място на раждане: гр. Русе\n",
         ["02.03.1988", "Русе"]),
        ("Luka Novak\nDatum rojstva: 9. 4. 1991\nKraj rojstva: Kranj\n", ["9. 4. 1991", "Kranj"]),
        ("Olena Bondar\nМісце народження: м. Полтава\n", ["Полтава"]),
        ("Eni Hoxha\nVendlindja: Korçë\n", ["Korçë"]),
        ("Nikos Pappas\nΤόπος γέννησης: Λάρισα\n", ["Λάρισα"]),
        ("Ahmad Fauzi\nTempat Lahir: Pekalongan\n", ["Pekalongan"]),
    ],
)
def test_labelled_birth_dates_and_places_go(privacy, body, secrets):
    text = redact(body, privacy).text
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("PROFILE\nA lifelong Dubuque native, I build data pipelines.\n", "Dubuque"),
        ("PROFILE\nBorn and raised in Ballarat, now a cloud engineer.\n", "Ballarat"),
        ("PROFIL\nPochodzę z Radomia, pracuję w Warszawie jako tester.\n", "Radomia"),
        ("PROFIL\nNacido y criado en Jerez, desarrollador backend.\n", "Jerez"),
        ("PROFILE\nA Wollongong-born engineer with ten years in mining.\n", "Wollongong"),
    ],
)
def test_a_home_town_in_prose_goes(privacy, body, secret):
    assert secret not in redact(body, privacy).text


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("SKILLS\nA native Spanish speaker; cloud native tooling on Kubernetes.\n", "Spanish"),
        ("EXPERIENCE\nData Engineer, Acme Ltd, Leeds (2019 - 2023)\n", "Leeds"),
    ],
)
def test_native_speakers_and_work_cities_stay(privacy, body, fact):
    assert fact in redact(body, privacy).text


@pytest.mark.parametrize(
    ("line", "gone", "kept"),
    [
        ("7 Ffordd y Parc, Llanishen, Cardiff CF14 5AB", "Llanishen", "Cardiff"),
        ("Carrera 70 # 45-12, Apto 301, Laureles, Medellín", "Laureles", "Medellín"),
        ("15 Okafor Close, Gbagada, Lagos", "Gbagada", "Lagos"),
        ("Av. Brasil 1450, Dpto. 12, Jesús María, Lima 15072", "Jesús María", "Lima"),
        ("No. 3, Jalan Damai 5, 40150 Shah Alam, Selangor", "Shah Alam", "Selangor"),
        ("Rua Oscar Freire, 210 – Jardins – São Paulo/SP", "Jardins", "São Paulo"),
        ("House No. 7, Ring Road, Dansoman, Accra | GA-118-2290", "Dansoman", "Accra"),
    ],
)
def test_the_home_address_goes_below_the_city(privacy, line, gone, kept):
    text = redact(f"Jane Roe\n{line}\njane@example.com\n\nEXPERIENCE\nAnalyst\n", privacy).text
    assert gone not in text and kept in text
    assert "GA-118-2290" not in text


def test_an_employer_district_on_a_work_line_stays(privacy):
    body = ("Jane Roe\n15 Okafor Close, Gbagada, Lagos\n\nEXPERIENCE\n"
            "Analyst, Access Bank, Victoria Island, Lagos (2019 - 2023)\n")
    assert "Victoria Island" in redact(body, privacy).text


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("Contact\nTeléfono fijo: (02) 734-1188\n", "734-1188"),
        ("Kontakt\nТел.: 0887 654 321\n", "654 321"),
        ("Data\nCIN : AB123456 – Célibataire\n", "AB123456"),
        ("Data\nIngeniero Colegiado – CIP N.° 204518\n", "204518"),
        ("Data Pribadi\nNo. Paspor : B7654321\n", "B7654321"),
        ("Isikuandmed\nIsikukood: 38001085718\n", "38001085718"),
    ],
)
def test_more_labels_of_phones_and_ids(privacy, body, secret):
    assert secret not in redact(body, privacy).text


@pytest.mark.parametrize(
    ("body", "secret", "fact"),
    [
        ("Jane Roe\nC.C. 52.418.903 de Sogamoso\n\nEXPERIENCE\nAnalyst, Bogotá\n", "Sogamoso",
         "Bogotá"),
        ("PROFILE\nA data engineer born and bred in\nBendigo, now in Melbourne.\n", "Bendigo",
         "engineer"),
        ("KONTAKTAI\nJonas P.\nGedimino pr. 41-7\nLT-01109 Vilnius\n", "41-7", "Vilnius"),
        ("Preporuke\nMarko Babić, FER, marko.b@example.hr, 01/4433-210\n", "4433-210", "FER"),
    ],
)
def test_issue_places_wrapped_origins_sidebar_streets_and_referee_phones(privacy, body, secret,
                                                                         fact):
    text = redact(body, privacy).text
    assert secret not in text and fact in text


def test_an_address_wrapped_to_an_indented_line_goes_below_the_city(privacy):
    body = ("DATA PRIBADI\nAlamat        : Jl. Melati Indah No. 4, RT 002/RW 07, Kel. Cipete,\n"
            "                Kec. Cilandak, Jakarta Selatan 12410\n\nPENGALAMAN\nAnalis\n")
    text = redact(body, privacy).text
    assert "Cipete" not in text and "Cilandak" not in text and "12410" not in text
    assert "Jakarta Selatan" in text
