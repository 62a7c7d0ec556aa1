"""People's names, round 12: given names in a case form in Greek and Cyrillic text, lists of
people (with a found member, or after a plural people noun), honorifics written after a name,
customary short forms of the candidate's given name, Greek and Cyrillic name labels, a
particle glued to the surname in the file name, the Romanian genitive, a quoted nickname inside
a name; and what must stay (institutions named after people, technologies in lists, everyday
words that are also given names)."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact


def redacted(privacy, text: str, file_name: str = "") -> str:
    return redact(text, privacy, file_name=file_name).text


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # Greek: accusative and genitive of -ος/-ης names, with the surname after them.
        ("Μαρία Κ.\nmk@example.gr\n\n- Συνεργάστηκα με τον Γιάννη Κωστόπουλο στο ERP.\n"
         "- Επίβλεψη του Αλεξάνδρου Βλάχου.\n", {"Γιάννη", "Κωστόπουλο", "Αλεξάνδρου", "Βλάχου"}),
        # Russian: instrumental of a -й name, then the surname.
        ("Анна П.\nanna@example.ru\n\n- Работала вместе с Сергеем Волковым над API.\n",
         {"Сергеем", "Волковым"}),
        # Ukrainian: accusative of an -ія name and genitive of a consonant-stem name.
        ("Ірина К.\nirina@example.ua\n\n- Навчала Марію та Тараса основам SQL.\n",
         {"Марію", "Тараса"}),
    ],
)
def test_declined_given_names_in_greek_and_cyrillic(privacy, text, secrets):
    out = redacted(privacy, text)
    assert not {s for s in secrets if s in out}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Μαρία Κ.\nmk@example.gr\n\nΓερμανικά: Καλή γνώση (Goethe B2)\n", "Καλή γνώση"),
        ("Анна П.\nanna@example.ua\n\nКиївський університет імені Тараса Шевченка\n"
         "Стипендія Фонду Віктора Пінчука\n", "імені Тараса Шевченка"),
        ("Анна П.\nanna@example.ua\n\nСтипендія Фонду Віктора Пінчука\n", "Фонду Віктора Пінчука"),
        ("Анна П.\nanna@example.bg\n\nСофтуерен инженер, Телерик, гр. София\n", "София"),
    ],
)
def test_institutions_and_everyday_words_stay(privacy, text, kept):
    assert kept in redacted(privacy, text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # A list after a plural people noun: nobody in it is a known name.
        ("Noa Levi\nnoa@example.com\n\n- Hired two juniors, Tal and Noam; Tal now leads QA.\n",
         {"Tal", "Noam"}),
        ("Léa M.\nlea@example.fr\n\n- J'ai encadré mes stagiaires Maëlys et Enzo.\n",
         {"Maëlys", "Enzo"}),
        ("Ayşe T.\nayse@example.com.tr\n\n- Stajyerlerimiz Ece ve Kaan'a mentorluk yaptım.\n",
         {"Ece", "Kaan"}),
        # A list with one known given name found: the unknown member goes too.
        ("Rosa L.\nrosa@example.es\n\n- Coordiné a (Marta, Pablo y Xoán) en el proyecto.\n",
         {"Marta", "Xoán"}),
        # Greek: the article before each member.
        ("Μαρία Κ.\nmk@example.gr\n\n- Εκπαίδευσα την Ελένη και τον Στράτο.\n",
         {"Ελένη", "Στράτο"}),
    ],
)
def test_lists_of_people(privacy, text, secrets):
    out = redacted(privacy, text)
    assert not {s for s in secrets if s in out}


@pytest.mark.parametrize(
    "line",
    [
        "Skills: Python, Java and Go; Kafka, Jenkins e Grafana",
        "Técnica de Contabilidade, Jerónimo Martins, Lisboa",
        "Modelado BIM con Marta: AutoCAD, Revit y Navisworks",
    ],
)
def test_lists_of_things_stay(privacy, line):
    out = redacted(privacy, f"Rosa L.\nrosa@example.es\n\n{line}\n")
    for word in ("Python", "Grafana", "Contabilidade", "Revit"):
        if word in line:
            assert word in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Elif K.\nelif@example.com.tr\n\n- Müdürümüz Hakan Bey'in önerisiyle API'yi yazdım.\n",
         {"Hakan"}),
        ("Elif K.\nelif@example.com.tr\n\n- Gülşen Hanım ile bütçe planladık.\n", {"Gülşen"}),
        # Japanese: the surname takes -san; the given name before it elsewhere goes too.
        ("Aiko T.\naiko@example.jp\n\nMigrated billing with Shunsuke Matsudaira; "
         "Matsudaira-san owned QA.\n", {"Shunsuke", "Matsudaira"}),
    ],
)
def test_honorifics_after_a_name(privacy, text, secrets):
    out = redacted(privacy, text)
    assert not {s for s in secrets if s in out}


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Κωνσταντίνος Παπαδάκης\nkpap@example.gr\n\n«Ο Κώστας είναι εξαιρετικός.» – Μ. Ρ.\n",
         "Κώστας"),
        ("Margaret Carter\nmcarter@example.com\n\n\"Peggy delivered every sprint.\" – A. Reed\n",
         "Peggy"),
        ("Yonatan Bar\nybar@example.co.il\n\n\"Yoni's migration saved a quarter.\" – D. Katz\n",
         "Yoni"),
    ],
)
def test_customary_short_forms_of_the_candidates_name(privacy, text, nickname):
    assert nickname not in redacted(privacy, text)


def test_greek_name_label_beats_the_title_line(privacy):
    text = ("ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ\n\nΟνοματεπώνυμο: Σπυρίδων Αθανασόπουλος\n"
            "Email: spyros@example.gr\n\nΕΜΠΕΙΡΙΑ\nDeveloper, Intracom, Αθήνα\n")
    out = redact(text, privacy, file_name="CV_Σπυρίδων_Αθανασόπουλος.pdf")
    assert "Αθανασόπουλος" in out.names[0]
    assert "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ" in out.text


def test_particle_glued_to_the_surname_in_the_file_name(privacy):
    sidebar = "\n".join(["CONTACT", "Blk 3 Lot 9, Ilang-Ilang St.", "Quezon City",
                         "+63 917 000 0000", "ang.rosa@example.ph", "", "SKILLS", "Selenium",
                         "Jenkins", "Postman", "Cypress", "Appium", "JIRA", "", "LANGUAGES",
                         "Filipino", "English", "", "PERSONAL", "Civil Status: Single",
                         "Citizenship: Filipino", "Height: 5'4\"", "Religion: Catholic",
                         "Birthplace: Iloilo City", "Age: 31", ""])
    text = f"{sidebar}\nANGELICA M. DELA ROSA\nQA Engineer\n\nWorked at Accenture.\n"
    out = redact(text, privacy, file_name="RESUME_DELAROSA_ANGELICA.pdf")
    assert "ANGELICA" not in out.text and "DELA ROSA" not in out.text


def test_romanian_genitive_of_a_found_name(privacy):
    text = ("Andrei P.\nandrei@example.ro\n\n- Am preluat echipa Ioanei Marinescu în 2022.\n\n"
            "Referințe: Ioana Marinescu, Engineering Manager, UiPath\n")
    assert "Ioanei" not in redacted(privacy, text)


def test_quoted_nickname_inside_a_found_name(privacy):
    text = ("Tolu A.\ntolu@example.ng\n\n- Credit models under Mr. Chukwuemeka \"CE\" Obi.\n")
    assert '"CE"' not in redacted(privacy, text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Anna K.\nanna@example.pl\n\n- Pracowałem z Piotrem Nowakiem nad API płatności.\n",
         {"Piotrem", "Nowakiem"}),
        ("Eva K.\neva@example.cz\n\n- Spolupracoval jsem s Petrem Dvořákem na migraci.\n",
         {"Petrem", "Dvořákem"}),
    ],
)
def test_latin_slavic_given_names_in_a_case_form(privacy, text, secrets):
    out = redacted(privacy, text)
    assert not {s for s in secrets if s in out}


def test_a_street_or_school_named_after_someone_stays(privacy):
    text = ("Anna K.\nanna@example.pl\n\nUniwersytet im. Adama Mickiewicza w Poznaniu, "
            "2015–2019\n")
    assert "Adama Mickiewicza" in redacted(privacy, text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Jo K.\njo@example.com\n\n- Trained on the range by Sgt. Okonkwo-Bright.\n",
         {"Okonkwo-Bright"}),
        ("Ana R.\nana@example.es\n\n- Reportaba a la Dña. Itziar Zubiaurre.\n", {"Zubiaurre"}),
    ],
)
def test_grades_and_honorifics_before_a_name(privacy, text, secrets):
    out = redacted(privacy, text)
    assert not {s for s in secrets if s in out}


def test_a_form_column_gap_parts_words(privacy):
    text = ("Haruto S.\nharuto@example.jp\n\nEDUCATION\n2009 Mar   Graduated from Nagoya "
            "University\n2019 Jun   Joined Rakuten Group, Inc. - Backend Engineer\n")
    out = redacted(privacy, text)
    assert "Graduated from Nagoya University" in out and "Joined Rakuten" in out


def test_a_product_before_an_ampersand_stays(privacy):
    text = ("Noa L.\nnoa@example.com\n\n- Go services for Harmony Email & Collaboration.\n")
    assert "Harmony Email & Collaboration" in redacted(privacy, text)


def test_turkish_case_suffix_after_a_known_given_name(privacy):
    text = ("Elif K.\nelif@example.com.tr\n\n- Projede Mert'e ve Ayşe'nin ekibine destek verdim;"
            " İstanbul'da ve Trendyol'da çalıştım.\n")
    out = redacted(privacy, text)
    assert "Mert" not in out and "Ayşe" not in out
    assert "İstanbul'da" in out and "Trendyol'da" in out


def test_baltic_given_names_in_a_case_form(privacy):
    text = "Rūta K.\nruta@example.lt\n\n- Dirbau kartu su Tomui ir Jonui prie API.\n"
    out = redacted(privacy, text)
    assert "Tomui" not in out and "Jonui" not in out


def test_a_template_title_is_not_the_name(privacy):
    text = ("CURRICULUM VITAE – MODELO EUROPASS\n\nNome: Rita Sofia Carvalhal\n"
            "Email: rita@example.pt\n\nCompetências: Europass Mobility (2019)\n")
    out = redact(text, privacy)
    assert all("EUROPASS" not in name for name in out.names)
    assert "Europass Mobility" in out.text
