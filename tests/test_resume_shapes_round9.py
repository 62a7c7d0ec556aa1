"""Personal strings in resumes, round 9: lone given names joined by "and" or given by a
pronoun, case forms (Hungarian, Polish), self-introductions and nicknames, home towns and ages,
ID labels with a number word and ID issue dates, localities marked by a word; and what must stay
(cities in prose after a birth date, bare suburbs, firms with a legal form, work history)."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact
from tests.resume_probe import found

HEADER = "Robin Example\nrobin@example.com\n\n"


def redacted(privacy, body: str) -> str:
    return redact(HEADER + body, privacy).text


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("- Coached two interns, Maribel and Torsten, on the billing API.", {"Maribel", "Torsten"}),
        ("- With Ofir and Tamar, rebuilt the search ranking.", {"Ofir", "Tamar"}),
        ("- Zusammen mit Wiebke und Malte Aufbau der Datenplattform", {"Wiebke", "Malte"}),
    ],
)
def test_two_given_names_joined_by_and(text, secrets):
    assert secrets <= found(text)


@pytest.mark.parametrize(
    "text",
    ["Offices in Austin and Dallas; stack: Java and Python; Sales and Marketing.",
     "- Automated the release with Jenkins and Ansible"],
)
def test_places_technologies_and_teams_joined_by_and_are_no_people(text):
    assert found(text) == set()


def test_vietnamese_pronouns_of_address_name_people(privacy):
    text = redacted(privacy, "KINH NGHIỆM\n- Cùng anh Quốc và Duyên tối ưu truy vấn\n"
                             "- quản lý: chị Lê Thị Mai\n")
    assert "Quốc" not in text and "Duyên" not in text and "Lê Thị Mai" not in text


def test_hungarian_instrumental_of_a_known_given_name():
    assert {"Bencével", "Annával"} <= found("Bencével és Annával közösen építettük az API-t")


def test_polish_relative_in_the_instrumental_then_a_name():
    assert "Tomkiem" in found("Żeglarstwo na Mazurach z bratem Tomkiem")


@pytest.mark.parametrize(
    ("text", "secret"),
    [("- Onboarding buddy Haruki walked me through the monorepo.", "Haruki"),
     ("- Paired with my lab partner Valentina on fuzzing.", "Valentina")],
)
def test_a_peer_named_by_a_pairing_role(text, secret):
    assert secret in found(text)


def test_a_firm_after_partner_is_no_person():
    assert found("- Integrated payments with partner Stripe and partner Adyen.") == set()


def test_a_self_introduction_and_its_other_mentions():
    people = found("Hi, I'm Kip, a platform engineer.\n\"Kip fixed our pager load.\" — a peer")
    assert people == {"Kip"}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('Everyone called "Bamidele" or "Dele" at the bank.', "Dele"),
        ('Theodore ("Teddy") runs the data guild.', "Teddy"),
        ("Jan-Willem (JW voor collega's) bouwt pipelines.", "JW"),
        ("Lleva 8 años en pagos. Cata (así me dicen) disfruta del backend.", "Cata"),
        ("Desenvolvedora. A Dudi do time, como dizem, cuida do backend.", "Dudi"),
    ],
)
def test_the_name_someone_goes_by(text, secret):
    assert secret in found(text)


def test_a_firm_with_a_legal_form_is_no_person():
    assert found("2015 – 2019  Entwickler, Ernst Leitz GmbH, Wetzlar") == set()
    assert "Anna Kowalska" in found("Reported to Anna Kowalska, SE lead")


def test_indian_forms_of_address_are_cues():
    assert "Meenakshi Rao-Patil" in found("Bharatanatyam (trained under Smt. Meenakshi Rao-Patil)")


def test_a_double_barrelled_surname_after_with_and_a_given_name_that_is_a_place():
    assert "Austin Pereira-Lund" in found("Co-host, Data Meetup (with Austin Pereira-Lund), 2021")


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("PERSONAL DETAILS\nAadhaar No.: 2345 6789 0123\n", "2345 6789 0123"),
        ("PERSONAL DETAILS\nCNIC No: 42101-1234567-1\n", "42101-1234567-1"),
        ("DADOS\nCartão de Cidadão n.º 12345678 9 ZX1 | Estado civil: casado\n", "12345678 9 ZX1"),
        ("PERSONAL\nFather's name: Nikos | ID card: AZ 123456\n", "AZ 123456"),
        ("DATE PERSONALE\nCI: seria XB nr. 123456\n", "123456"),
        ("THÔNG TIN\nCCCD: 001094012345\nCấp ngày 02/03/2022\n", "02/03/2022"),
    ],
)
def test_id_values_after_a_label_with_a_number_word_and_issue_dates(privacy, body, secret):
    assert secret not in redacted(privacy, body)


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("PERSONAL\nHome town: Tralee\n", "Tralee"),
        ("THÔNG TIN\nQuê quán: Cẩm Phả, Quảng Ninh\n", "Cẩm Phả"),
        ("Persönliches\nGeburtsdatum/-ort: 7. Mai 1991 in Wolfsburg\n", "Wolfsburg"),
        ("KİŞİSEL\nDoğum Yeri ve Tarihi: Rize, 4 Nisan 1990\n", "4 Nisan 1990"),
        ("Személyes\nSzületési hely, idő: Debrecen, 1990. május 2.\n", "Debrecen"),
        ("ABOUT\nBorn in Lerwick, now in Glasgow.\n", "Lerwick"),
        ("Persoonlijk\nGeboren: 3 mei 1991 te Zwolle\n", "Zwolle"),
        ("Profil\nOriginaire de Porrentruy (JU), je vis à Lausanne.\n", "Porrentruy"),
        ("Profil\nNé le 3 mai 1990 · 36 ans · Permis B\n", "36 ans"),
        ("PERSONAL\nAge: 41 | Nationality: Irish\n", "41"),
    ],
)
def test_home_towns_and_ages(privacy, body, secret):
    assert secret not in redacted(privacy, body)


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("EXPÉRIENCE\n10 ans d'expérience en Java; 3 ans chez Thales\n", "10 ans"),
        ("EXPERIENCE\nBuilt ETL for NATO in Brussels\n", "Brussels"),
    ],
)
def test_cities_and_work_history_stay(privacy, body, fact):
    assert fact in redacted(privacy, body)


@pytest.mark.parametrize(
    ("first_lines", "secret", "fact"),
    [
        ("Flat 2R1, 9 Warrender Park Road, Edinburgh EH9 1EF", "Flat 2R1", "Edinburgh"),
        ("Flat No. 12, Shanti Apartments, Kothrud Nagar, Nashik – 422005", "Kothrud Nagar",
         "Nashik"),
        ("Permanent Address: Mohallah Qasimpura, Gujrat", "Mohallah Qasimpura", "Gujrat"),
        ("Unit 3/18 Ferry Road\nRozelle NSW 2039", "Rozelle", "NSW"),
        ("Lakcím: 1051 Budapest, Nádor utca 9. 2. em. 4.", "Nádor utca 9", "Budapest"),
    ],
)
def test_localities_marked_by_a_word_flats_and_suburbs(privacy, first_lines, secret, fact):
    text = redact(f"Robin Example\n{first_lines}\nrobin@example.com\n\nEXPERIENCE\n", privacy).text
    assert secret not in text
    assert fact in text


def test_a_bare_suburb_of_the_home_address_goes(privacy):
    # Round 11 (the lead's policy): the home address is personal below the city.
    text = redact("Robin Example\n8 Beach Road, Sea Point, Cape Town, 8005\n", privacy).text
    assert "Sea Point" not in text and "Cape Town" in text


def test_vietnamese_wards_go_and_the_city_stays(privacy):
    text = redacted(privacy, "LIÊN HỆ\nP. Dịch Vọng, Q. Cầu Giấy\nHà Nội\n"
                             "KINH NGHIỆM\nFPT Software, Hà Nội\nVNG, TP. Hồ Chí Minh\n")
    assert "Dịch Vọng" not in text and "Cầu Giấy" not in text
    assert "FPT Software, Hà Nội" in text and "TP. Hồ Chí Minh" in text


def test_relatives_after_hungarian_and_polish_labels(privacy):
    text = redacted(privacy, "Személyes adatok\nAnyja neve: Kovácsné Tímea\n"
                             "Dane\nImię ojca: Zbigniew\n")
    assert "Kovácsné Tímea" not in text and "Zbigniew" not in text
