"""Names from more of the world, found by rules: surname-first orders, East Asian names,
Cyrillic and Greek names with their Latin spellings, multilingual cues and honorifics; and
what these rules must leave alone (tech, firms, places named after people)."""

from __future__ import annotations

import pytest

from jobtui.resume.anchor import email_name_variants
from jobtui.resume.header import header_name
from jobtui.resume.names import gazetteer, transliterations
from jobtui.resume.redact import redact
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Worked under Takahashi Kenji on the platform.", "Takahashi Kenji"),  # surname first
        ("- Churn models built with Tóth Balázs.", "Tóth Balázs"),
        ("- Shipped it with Nguyễn Thu Trang.", "Nguyễn Thu Trang"),  # Vietnamese
        ("- Led by Park Ji-hoon (Tech Lead).", "Park Ji-hoon"),  # "Park" is also a word
        ("- Paired with Achieng' Atieno on the app.", "Achieng' Atieno"),
        ("- Rolled out with W/ro Hirut Girma.", "Hirut Girma"),  # Ethiopian honorific
        ("- Reporting to Ato Dawit Alemu, Director.", "Dawit Alemu"),
        ("- Worked under Engr. Rodrigo Bautista.", "Rodrigo Bautista"),
        ("- Reporting to Pádraig Ó Súilleabháin, Director.", "Pádraig Ó Súilleabháin"),
        ("- Sous la supervision de Jean-François Bouchard.", "Jean-François Bouchard"),
        ("« Une développeuse hors pair. » — Jean-François Bouchard", "Jean-François Bouchard"),
        ("- Am lucrat cu Mihai Ionescu la teste.", "Mihai Ionescu"),
        ("- Worked with Дмитро Бондаренко (Dmytro Bondarenko).", "Дмитро Бондаренко"),
        ("- Worked with Дмитро Бондаренко (Dmytro Bondarenko).", "Dmytro Bondarenko"),
        ("- Team lead Yossi Mizrahi; 11 CVEs.", "Yossi Mizrahi"),
        ("- Automation co-designed with Kavindu Senanayake.", "Kavindu Senanayake"),
        ("Haruka-san always leaves the runbook better.", "Haruka"),
    ],
)
def test_names_of_many_countries(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Integrated with Power Automate, Microsoft Dynamics, Visual Basic and Random Forest.",
        "Modelling with Monte Carlo and with Markov Chains; with Delta Lake; with Unity Catalog.",
        "Team lead Python Guild. Tech lead Data Mesh. Led by example.",
        "Offices in Hong Kong, Da Nang and Phan Thiet; Lee Kum Kee; Albert Heijn.",
        "Reportes para la oficina de Benito Juárez y la planta de San Luis Potosí.",
        "Ing. Informatics, Czech Technical University in Prague",
    ],
)
def test_what_the_new_rules_leave_alone(text):
    assert found(text) == set()


def test_a_second_given_name_does_not_propagate(privacy):
    text = "Jefe directo: Lic. José Luis Ramírez. Planta de San Luis Potosí; Ramírez aprobó."
    result = redact(text, privacy).text
    assert "San Luis Potosí" in result and "Ramírez" not in result


def test_surname_first_propagates_the_family_name(privacy):
    text = "Worked under Takahashi Kenji. Takahashi approved the plan."
    result = redact(text, privacy).text
    assert "Takahashi" not in result and "approved the plan" in result


def test_the_users_name_inside_a_place_survives(privacy):
    text = ("Trần Minh Khoa\nHanoi\n\nEXPERIENCE\n"
            "MoMo, Ho Chi Minh City (2020 – now). Minh Software.")
    result = redact(text, privacy).text
    assert "Ho Chi Minh City" in result and "Minh Software" not in result


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Олена Коваленко (Olena Kovalenko)\nKyiv", "Олена Коваленко Olena Kovalenko"),
        ('MA. CRISTINA "TINA" DELA CRUZ-SANTOS\nMakati', "CRISTINA DELA CRUZ-SANTOS TINA"),
        ("Md. Tanvir Hasan Rahman\nDhaka", "Tanvir Hasan Rahman"),
        ("W. A. Dilani Tharushika Perera\nColombo", "W. A. Dilani Tharushika Perera"),
        ("KOVÁCS Eszter\nBudapest", "KOVÁCS Eszter"),
    ],
)
def test_more_header_forms(text, name):
    assert header_name(text) == name


def test_a_short_name_from_the_users_e_mail(privacy):
    text = ("Chukwuemeka Obi-Okafor\nemeka.obiokafor@example.com\n\n"
            '"Emeka is reliable." — a manager')
    assert email_name_variants(text, ["Chukwuemeka Obi-Okafor"]) == ["emeka"]
    assert "Emeka" not in redact(text, privacy).text
    # An address that holds no part of the name adds nothing.
    assert email_name_variants("Jane Roe\ninfo.jobs@example.com", ["Jane Roe"]) == []


def test_cyrillic_names_are_also_removed_in_latin_letters(privacy):
    assert transliterations("коваленко") == {"kovalenko"}
    assert "giorgos" in transliterations("γιώργος")
    text = "Олена Коваленко\nKyiv\n\nSUMMARY\nKovalenko's apps; olena.k on GitHub"
    result = redact(text, privacy).text
    assert "Kovalenko" not in result and "Коваленко" not in result


def test_gazetteer_holds_cyrillic_greek_and_vietnamese(isolated_home):
    first, last = gazetteer()
    assert {"дмитро", "dmytro", "giorgos", "hung", "khoa"} <= first
    assert {"шевченко", "shevchenko", "bondarenko", "nguyen"} <= last
    assert "my" not in first  # a Vietnamese name that is an English word is left out
