"""National IDs (with checksums), passports, birth dates, addresses and messenger handles from
many countries; employment date ranges are never phone numbers."""

from __future__ import annotations

import pytest

from jobtui.resume.international import _bsn_ok, _cpf_ok
from jobtui.resume.redact import redact


@pytest.mark.parametrize(
    ("text", "secret", "placeholder"),
    [
        ("BSN: 123456782", "123456782", "<NATIONAL_ID>"),
        ("burgerservicenummer 314159265 (NL)", "314159265", "<NATIONAL_ID>"),
        ("PESEL 92071314764", "92071314764", "<NATIONAL_ID>"),
        ("identyfikator 92071314764 (nr PESEL)", "92071314764", "<NATIONAL_ID>"),
        ("Aadhaar: 4987 1234 5679", "4987 1234 5679", "<NATIONAL_ID>"),
        ("PAN: ABCPN1234F", "ABCPN1234F", "<NATIONAL_ID>"),
        ("DNI 48213576X", "48213576X", "<NATIONAL_ID>"),
        ("my id 48213576X in Spain", "48213576X", "<NATIONAL_ID>"),  # control letter, no label
        ("NIE (Spain): Y2938471M", "Y2938471M", "<NATIONAL_ID>"),
        ("CPF 529.982.247-25", "529.982.247-25", "<NATIONAL_ID>"),
        ("tax id 318.547.096-66 here", "318.547.096-66", "<NATIONAL_ID>"),  # checksum alone
        ("NI number: JT 48 72 91 B", "JT 48 72 91 B", "<NATIONAL_ID>"),
        ("NIN: 70123456789", "70123456789", "<NATIONAL_ID>"),
        ("PPS number: 1234567TA", "1234567TA", "<NATIONAL_ID>"),
        ("Passport No.: E12345678", "E12345678", "<PASSPORT>"),
        ("Reisepass-Nr.: C01X00T47", "C01X00T47", "<PASSPORT>"),
        ("Telegram: @maartenvdl", "maartenvdl", "<HANDLE>"),
        ("Skype: live:agnieszka.wis", "agnieszka", "<HANDLE>"),
        ("WeChat ID: sherry_zx88", "sherry_zx88", "<HANDLE>"),
    ],
)
def test_ids_and_handles(privacy, text, secret, placeholder):
    result = redact(text, privacy).text
    assert secret not in result and placeholder in result


@pytest.mark.parametrize(
    "text",
    [
        "served 123456782 requests",  # a valid 11-proof number, but no BSN label on the line
        "ref 529.982.247-26 is a typo",  # wrong check digit and no label: not a CPF
        "BSN, RN; MSc; 2019 - 2021",  # a degree called BSN
        "order 48213576A shipped",  # wrong DNI letter
        "Line manager: Gareth",  # "Line" the messenger needs a handle-looking value
    ],
)
def test_checksums_and_labels_keep_ordinary_text(privacy, text):
    result = redact(text, privacy).text
    assert "<NATIONAL_ID>" not in result and "<HANDLE>" not in result


def test_checksums():
    assert _bsn_ok("123456782") and not _bsn_ok("123456781")
    assert _cpf_ok("52998224725") and not _cpf_ok("52998224726") and not _cpf_ok("11111111111")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Geboortedatum: 14-05-1988", "14-05-1988"),
        ("Geburtsdatum: 17.09.1990", "17.09.1990"),
        ("geboren am 17. September 1990", "1990"),
        ("Née le 3 mars 1992 à Lyon", "3 mars 1992"),
        ("Fecha de nacimiento: 21/11/1989", "21/11/1989"),
        ("Data urodzenia: 13.07.1992", "13.07.1992"),
        ("urodzona 3 lipca 1992", "1992"),
        ("Data de nascimento: 9 de maio de 1993", "maio"),
        ("Data di nascita: 22/06/1991", "22/06/1991"),
        ("Born 1991/04/03", "/04/03"),
        ("D.O.B: 12th June 1993", "1993"),
    ],
)
def test_labelled_birth_dates_in_many_languages(privacy, text, secret):
    result = redact(text, privacy).text
    assert secret not in result and "<DATE_OF_BIRTH>" in result


@pytest.mark.parametrize(
    ("header", "secret", "kept"),
    [
        ("12 rue des Lilas, 69003 Lyon", "Lilas", "Lyon"),
        ("12 rue des Lilas, 69003 Lyon", "69003", "Lyon"),
        ("No. 14, 2nd Cross Road, Indiranagar, Bengaluru 560038", "2nd Cross", "Bengaluru"),
        ("No. 14, 2nd Cross Road, Indiranagar, Bengaluru 560038", "560038", "Bengaluru"),
        ("Flat 4, 27 Elm Grove, Bristol BS6 5DL", "Elm Grove", "Bristol"),
        ("Flat 4, 27 Elm Grove, Bristol BS6 5DL", "Flat 4", "Bristol"),
        ("Prinsengracht 263, 1016 GV Amsterdam", "263", "Amsterdam"),
        ("Bergmannstraße 12, 10961 Berlin", "10961", "Berlin"),
        ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "1578", "São Paulo"),
        ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "01310", "São Paulo"),
        ("ul. Marszałkowska 84/92, 00-514 Warszawa", "00-514", "Warszawa"),
        ("Drottninggatan 45, 111 21 Stockholm", "111 21", "Stockholm"),
        ("Drottninggatan 45, 111 21 Stockholm", "45", "Stockholm"),
        ("Av. Insurgentes Sur 1234, Col. Del Valle, 03100 Ciudad de México", "1234", "México"),
        ("14 Jan Smuts Avenue, Rosebank, Johannesburg 2196", "2196", "Johannesburg"),
        ("3 Grand Canal Quay, Dublin 2, D02 X285", "X285", "Dublin"),
        ("Av. Corrientes 1234, Piso 5, C1043 Buenos Aires", "C1043", "Buenos Aires"),
        ("3-2-1 Roppongi, Minato-ku, Tokyo 106-0032", "Roppongi", "Tokyo"),
        ("3-2-1 Roppongi, Minato-ku, Tokyo 106-0032", "0032", "Tokyo"),
    ],
)
def test_contact_block_addresses(privacy, header, secret, kept):
    result = redact(f"Jo Doe\n{header}\nSUMMARY\nWork.", privacy).text
    assert secret not in result and kept in result


def test_address_shapes_in_the_body_are_left_alone(privacy):
    body = "\n".join(["Jo Doe", "a", "b", "c", "d", "e", "f"])
    line = "Won 1st Place at 2 hackathons; Room 101 training; 2019 Berlin talk\n"
    assert redact(f"{body}\n{line}", privacy).text.endswith(f"\nf\n{line}")


@pytest.mark.parametrize(
    "history",
    ["(09/2014 – 02/2019)", "(06/2013 - 06/2018)", "2013 – 2019", "06.2017–11.2020"],
)
def test_date_ranges_are_never_phones(privacy, history):
    text = f"Engineer, Acme, Paris {history}\n"
    assert redact(text, privacy).text == text


@pytest.mark.parametrize(
    ("header", "secrets", "kept"),
    [
        # Shapes of countries no per-country rule knows: the generic rules read the shape.
        ("Mannerheimintie 12 B 5, 00100 Helsinki", ["Mannerheimintie", "00100"], "Helsinki"),
        ("Andrássy út 60, 1062 Budapest", ["Andrássy", "1062"], "Budapest"),
        ("99/1 Soi Sukhumvit 31, Khlong Toei, Bangkok 10110", ["Sukhumvit", "10110"], "Bangkok"),
        ("Teheran-ro 152, Gangnam-gu, Seoul 06236", ["Teheran-ro", "06236"], "Seoul"),
        ("Adresse: Storgata 12B, 0155 Oslo", ["Storgata", "0155"], "Oslo"),
        ("Osoite: Kalevankatu 5 A 7, Helsinki", ["Kalevankatu"], "Helsinki"),
        ("Strada Victoriei 25, Sector 1, 010063 Bucharest", ["Victoriei", "010063"],
         "Bucharest"),
        ("Lima 15074 | +51 987 654 321", ["15074"], "Lima"),
    ],
)
def test_generic_addresses_of_unseen_countries(privacy, header, secrets, kept):
    result = redact(f"Jo Doe\n{header}\nSUMMARY\nWork.", privacy).text
    assert [s for s in secrets if s in result] == [] and kept in result


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("Henkilötunnus: 131052-308T", "131052-308T"),
        ("CNP: 1880512123456", "1880512123456"),
        ("Isikukood: 38805121234 | Tallinn", "38805121234"),
        ("Personal code 2: AB12345", "AB12345"),
    ],
)
def test_unknown_labels_with_numbers_lose_their_value(privacy, line, secret):
    result = redact(f"Jo Doe\n{line}\nSUMMARY\nWork.", privacy).text
    assert secret not in result and "<NATIONAL_ID>" in result


@pytest.mark.parametrize(
    "line",
    [
        "Stack: Python 3.12, Kafka 3.6 | Experience: 12 years",
        "Salary: 85000 EUR | Availability: Q3 2027",
        "Engineer, 3M, Minneapolis | 10 years in Windows 11 tooling",
        "Employer: 7-Eleven | Education: MSc 2015 – 2017",
        "Certifications: ISO 27001 Lead Auditor",
    ],
)
def test_generic_rules_keep_facts_in_the_contact_block(privacy, line):
    result = redact(f"Jo Doe\n{line}\nSUMMARY\nWork.", privacy).text
    assert line in result


def test_address_label_counts_outside_the_contact_block(privacy):
    body = "\n".join(["Jo Doe", "SUMMARY", "Work.", "PERSONAL DETAILS"])
    result = redact(f"{body}\nAddress: Kalevankatu 5 A 7, 00100 Helsinki\n", privacy).text
    assert "Kalevankatu" not in result and "00100" not in result and "Helsinki" in result


def test_lower_case_ben_and_abu_join_a_name(privacy):
    result = redact("Jo Doe\nSUMMARY\nReported to Youssef ben Haddou; Ben Carter too.",
                    privacy).text
    assert "Youssef" not in result and "Haddou" not in result


def test_the_contact_block_ends_at_the_first_heading(privacy):
    text = "Jo Doe\nPROFIL\nBackend developer (Java 17, Spring Boot, PostgreSQL 16).\n"
    assert redact(text, privacy).text.endswith("(Java 17, Spring Boot, PostgreSQL 16).\n")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Kimlik 34587120684", "34587120684"),  # Turkey, two check digits
        ("id 2870921140071 ro", "2870921140071"),  # Romania CNP, no label needed
        ("RRN 910214-1012348", "910214-1012348"),  # South Korea
        ("CURP HEGM890503MDFRRR06", "HEGM890503MDFRRR06"),  # Mexico
        ("rol 12.345.678-5 cl", "12.345.678-5"),  # Chile RUT
        ("ppsn 8821457GA", "8821457GA"),  # Ireland
        ("egypt 29203150101234", "29203150101234"),  # Egypt: a real birth date inside
        ("NAS : 273 419 861", "273 419 861"),  # Québec SIN: Luhn plus its label
        ("fi 140591-2376", "140591-2376"),  # Finland HETU
    ],
)
def test_checksummed_ids_of_more_countries(privacy, text, secret):
    assert secret not in redact(text, privacy).text


@pytest.mark.parametrize(
    "text",
    [
        "Ticket 34587120685 (a wrong Kimlik check digit)",
        "Revenue grew to 1234567890123 units; ISBN 9780134685991",
        "Stored 273 419 862 rows",  # nine digits without a SIN label
        "NAS 12TB storage; TIN cans",  # short labels need a colon
    ],
)
def test_wrong_checksums_and_bare_numbers_stay(privacy, text):
    body = f"Jane Roe\n\nEXPERIENCE\n{text}"  # in the body, below the contact block
    assert redact(body, privacy).text == body.replace("Jane Roe", "<PERSON>")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Tempat, Tanggal Lahir: Bandung, 17 Agustus 1992", "17 Agustus 1992"),
        ("Születési idő: 1988. április 3.", "1988. április 3."),
        ("Data nașterii: 21 septembrie 1987", "21 septembrie 1987"),
        ("Doğum Tarihi: 07.03.1990", "07.03.1990"),
        ("Дата народження: 23.08.1990", "23.08.1990"),
        ("Date of Birth: 1368/06/15 (6 September 1989)", "6 September 1989"),
        ("Ngày sinh: 12/05/1989", "12/05/1989"),
    ],
)
def test_birth_dates_in_more_languages(privacy, text, secret):
    result = redact(f"Jane Roe\n{text}\n\nSUMMARY\nx", privacy).text
    assert secret not in result and "<DATE_OF_BIRTH>" in result


@pytest.mark.parametrize(
    ("header", "secret", "kept"),
    [
        # Round 11: the district "Kadıköy" goes with the home address, the city stays.
        ("Bağdat Cad. No: 215 D: 7, 34730 Kadıköy/İstanbul", "215", "İstanbul"),
        ("1052 Budapest, Váci utca 12. 3/4.", "Váci utca", "Jane"),
        ("вул. Хрещатик, 22, кв. 15, Київ, 01001", "Хрещатик", "Київ"),
        ("Appt 12, Résidence Al Amal, Bd Zerktouni, 20250 Casablanca", "Al Amal", "Casablanca"),
        ("GA-183-8164, 14 Kofi Annan Street, Accra", "GA-183-8164", "Accra"),
        ("+972 52-123-4567 | noa@example.co.il", "4567", "Jane"),
    ],
)
def test_contact_block_shapes_of_more_countries(privacy, header, secret, kept):
    result = redact(f"Jane Roe\n{header}\n\nSUMMARY\nx", privacy).text
    assert secret not in result
    assert kept in result or kept == "Jane"
