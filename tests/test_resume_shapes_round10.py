"""Personal strings in resumes, round 10: Lithuanian, Latvian and South Slavic case forms of
found names and of colleagues after "with"; the Lithuanian (and Estonian) personal code; a
found phone number written another way elsewhere; and what must stay (English names' look-alike
words, other numbers, IDs whose check fails)."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact
from tests.resume_probe import found


def redacted(privacy, text: str) -> str:
    return redact(text, privacy).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Lithuanian: a referee found by the quote's attribution, named in the dative in prose.
        ("Ieva Stankevičiūtė\nieva@example.lt\n\n- Atsiskaitau vadovui Dariui Jankauskui.\n"
         "„Puiki kolegė.“\n– Darius Jankauskas, Telia\n", {"Dariui", "Jankauskui"}),
        # The candidate's own name in the genitive in the title line.
        ("Ieva Stankevičiūtė\nieva@example.lt\n\nIevos Stankevičiūtės gyvenimo aprašymas\n",
         {"Ievos", "Stankevičiūtės"}),
        # Slovene: the dative, with "-j-" after an "r" stem ("Andrej" -> "Andreju").
        ("Maja Horvat\nmaja@example.si\n\n- Poročam direktorju Andreju Kranjcu.\n"
         "»Odlična sodelavka.« – Andrej Kranjc, Zemanta\n", {"Andreju", "Kranjcu"}),
        # Latvian: "Jānis Bērziņš" in the dative.
        ("Līga Ozola\nliga@example.lv\n\n- Atskaitījos Jānim Bērziņam.\n"
         "Atsauksme: Jānis Bērziņš, Accenture Latvia\n", {"Jānim", "Bērziņam"}),
    ],
)
def test_baltic_and_south_slavic_case_forms_of_found_names(privacy, text, gone):
    out = redacted(privacy, text)
    assert not {word for word in gone if word in out}


def test_english_names_are_not_declined(privacy):
    text = ("Robin Example\nrobin@example.com\n\n- Reported to Mark Bell.\n"
            "- Sponsored the Bella Vista office move.\n")
    out = redacted(privacy, text)
    assert "Bella Vista" in out and "Mark Bell" not in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("- Kartu su Jonu ir Agne perrašėme mokėjimų modulį.", {"Jonu", "Agne"}),
        ("- Zajedno sa Markom smo uveli CI.", {"Markom"}),
        ("- Z Majo smo prenovili aplikacijo.", {"Majo"}),
    ],
)
def test_colleagues_after_with_in_a_case_form(text, secrets):
    assert secrets <= found(text)


def test_su_before_a_technology_is_no_person():
    assert found("- Lavorato su Kafka e Spark per la piattaforma dati.") == set()


@pytest.mark.parametrize("code", ["38512120122", "40103050449"])
def test_lithuanian_personal_code(privacy, code):
    out = redacted(privacy, f"Robin Example\n\nAsmens kodas {code}\nKaunas\n")
    assert code not in out


def test_an_eleven_digit_number_with_a_wrong_check_is_no_personal_code():
    from jobtui.resume.national_ids import CheckedIdRecognizer

    text = "- Processed 38512120125 events; code 38512120122 issued"
    spans = [text[r.start:r.end] for r in CheckedIdRecognizer().analyze(text, ["NATIONAL_ID"])]
    assert spans == ["38512120122"]


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("Robin Example\nTel.: +45 31 62 48 09\n\nSkills\nRing gerne på 31624809.\n",
         "31624809"),
        ("Robin Example\nMobile: 07700 900123 (+44 7700 900123)\n", "+44 7700 900123"),
    ],
)
def test_a_found_phone_written_another_way(privacy, text, repeat):
    assert repeat not in redacted(privacy, text)


def test_other_numbers_beside_a_phone_stay(privacy):
    text = ("Robin Example\nTel.: +45 31 62 48 09\n\n- Served 31 624 users in 2021."
            "\n")
    out = redacted(privacy, text)
    assert "31 624 users in 2021" in out


@pytest.mark.parametrize(
    "fact",
    ["PhD, Karen Blixen Institutet, 2019", 'Raziskovalec, Institut "Anton Melik", Ljubljana',
     "Intern, Ahmad Zaki Resources Berhad, Kuala Lumpur", "Intern, Mustika Ratu Tbk, Jakarta"],
)
def test_institutes_named_after_people_and_firms_with_a_legal_form_stay(privacy, fact):
    out = redacted(privacy, f"Maja Horvat\nmaja@example.si\n\n{fact}\n")
    assert fact in out


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Jr. Las Camelias 318, Dpto. 204, Urb. San Felipe, Lima", "Urb. San Felipe"),
        ("Carrera 43A # 12-30, Apto 1204, Torres de Aragón, Medellín", "Torres de Aragón"),
        ("Alamat: Jl. Kemang Raya No. 8, RT 003/RW 07, Jakarta", "RT 003/RW 07"),
    ],
)
def test_latin_american_and_indonesian_address_parts(privacy, line, gone):
    out = redacted(privacy, f"Lucía Paredes\n{line}\nlucia@example.pe\n")
    assert gone not in out and out.rstrip().splitlines()[1].endswith(line.rsplit(", ", 1)[1])


def test_a_headline_with_jr_and_a_year_is_no_address(privacy):
    text = "Robin Example\nJr. Developer 2019\nrobin@example.com\n"
    assert "Jr. Developer 2019" in redacted(privacy, text)


def test_the_candidates_name_in_another_script_beside_the_latin_one(privacy):
    text = ("Eng. Khalid Omar Al-Harbi   |   خالد عمر الحربي\nkhalid@example.sa\n\n"
            "Summary\nMechanical engineer; الحربي family business before.\n")
    out = redacted(privacy, text)
    assert "خالد عمر الحربي" not in out and "الحربي" not in out


def test_a_city_in_another_script_beside_the_name_stays(privacy):
    out = redacted(privacy, "Wang Wei | 北京市 | wang.wei@example.cn\n\nSummary\nData engineer.\n")
    assert "北京市" in out
