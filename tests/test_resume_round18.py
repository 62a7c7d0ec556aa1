"""Round 18 of the privacy rules: what reading the held-out sets 77 to 85, 90 and 91 showed.

The rule for rare name runs (round 17) took a wind farm, a regulation and a bracketed list of
clients for people: a rare run now holds no everyday word of Faker's lorem lists (33 locales),
and a bracket after a lower-case word must list people. Facts that stay: an employer's street on
its work line, firms and schools named after their founders (Arabic, "Rogers Communications",
"Kinder Morgan", "Escuela Técnica N° 1 Otto Krause"), streets named after people ("Søren Frichs
Vej 39"), a referee's firm the e-mail domain spells and a referee's line with an extension, a
month that is also a given name, a role's unit after "de", "Capybara". Personal data that goes:
names after titles written out, header names before "(Mrs.)" or with particles in capitals,
children with their ages or birth years, Nordic and Serbian family words, more national numbers,
districts above the postcode line, in brackets or after a hyphen, a Dublin postal district, a
Kerala house name and post office, a referee named after a role, the short name an e-mail gives,
initials in the stored file name. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from jobtui.resume.cued import rare_run
from jobtui.resume.recognizers import name_parts
from jobtui.resume.redact import redact, redact_path
from tests.resume_probe import check_redaction

HEAD = "Lena Ortmann\nlena.ortmann@example.com\n\nEXPERIENCE\n"

CASES = [
    # A wind farm's name after a lower-case noun is no person.
    ("- Kabeltracés voor het windpark Hollandse Kust Noord (759 MW)\n",
     [], ["Hollandse Kust Noord (759 MW)"]),
    # The GDPR clause of a Polish CV: a regulation, not a person.
    ("Wyrażam zgodę na przetwarzanie danych zgodnie z Rozporządzeniem Parlamentu "
     "Europejskiego (UE) 2016/679\n", [], ["Rozporządzeniem Parlamentu Europejskiego"]),
    # Clients in brackets after a lower-case noun; people in brackets still go.
    ("- Missions de due diligence (Lesieur Cristal, Sothema, secteur immobilier).\n"
     "- Encadrement de deux stagiaires (Tsholofelo Mothibi, Kwabla Agbenyo).\n",
     ["Tsholofelo", "Mothibi", "Kwabla", "Agbenyo"],
     ["Lesieur Cristal, Sothema, secteur immobilier"]),
    # A Portuguese professor's title written out before four names.
    ("- Dissertação orientada pelo Prof. Doutor Rui Manuel Queirós Carneiro\n",
     ["Rui", "Manuel", "Queirós", "Carneiro"], ["Dissertação orientada"]),
    ("- Orientadora: Prof.ª Doutora Maria Inês Pacheco Vilaça\n",
     ["Maria", "Inês", "Pacheco", "Vilaça"], ["Orientadora"]),
    ("- Tesi con il relatore Prof. Dott. Gianfranco Belloni Tartaglia\n",
     ["Gianfranco", "Belloni", "Tartaglia"], ["Tesi con il relatore"]),
    # Children with their ages after a comma, set apart by semicolons.
    ("Familienstand: verheiratet mit Sabine, 2 Kinder (Emma, 6; Jakob, 3)\n",
     ["Sabine", "Emma", "Jakob"], ["Familienstand", "2 Kinder"]),
    # Morocco's, Algeria's and Tunisia's social security numbers.
    ("N° CNSS : 118456732\nImmatriculation CNAS: 16 8812 0045 37\nMatricule CNRPS : 0412873\n",
     ["118456732", "16 8812 0045 37", "0412873"], ["N° CNSS"]),
    # Children with their ages joined by "and"; a Serbian wife.
    ("Marital status: Married to Elmarie; two children (Ruan, 9 and Mia, 6)\n"
     "Bračno stanje: oženjen (supruga Ivana)\n",
     ["Elmarie", "Ruan", "Mia", "Ivana"], ["two children", "Bračno stanje: oženjen"]),
    # Peru's taxpayer number, Georgia's personal number, Armenia's social card.
    ("DNI: 45872316 | RUC: 10458723163\nPersonal No: 01024057731\n"
     "Passport: AT0482915 | Social card: 4810920357\n",
     ["10458723163", "01024057731", "4810920357"], ["RUC", "Social card"]),
    # A birthplace labelled after the birth date and a dash ("blanca" is an everyday word).
    ("Fecha de nacimiento: 19/06/1990 – Lugar: Bahía Blanca, Pcia. de Buenos Aires\n",
     ["Bahía Blanca", "19/06/1990"], ["Fecha de nacimiento"]),
    # A month that is also a given name, after a dash.
    ("Июнь 2011 г. – Август 2015 г.\nАналитик, Kaspi Bank\n", [],
     ["Июнь 2011 г. – Август 2015 г."]),
    # Firms named after their founders with a trade word.
    ("QA Specialist\nAbbott Diagnostics, Longford | 06/2018 – 01/2021\n"
     "Software Developer (Co-op)\nRogers Communications, Brampton, ON\n", [],
     ["Abbott Diagnostics, Longford", "Rogers Communications"]),
    # A numbered school named after a person.
    ("Bachiller técnico — Escuela Técnica N° 1 Otto Krause, 2007\n"
     "Colegio Nacional N.º 2 Domingo Faustino Sarmiento, 2005\n", [],
     ["Escuela Técnica N° 1 Otto Krause", "Colegio Nacional N.º 2 Domingo Faustino Sarmiento"]),
    # Children with their birth years after a comma or in brackets; Danish and Swedish words.
    ("Familienstand: verheiratet, zwei Kinder (Emil, 2016; Clara, 2019)\n"
     "Familj: sambo med Linnea, barnen Olle (2017) och Saga (2020)\n"
     "Civilstand: gift, to børn (Freja, 2015 og Viggo, 2018)\n",
     ["Emil", "Clara", "Linnea", "Olle", "Saga", "Freja", "Viggo"], ["zwei Kinder", "Civilstand"]),
    # A referee named after a role with a noun ("Clinical"), and again in the references.
    ("- Mentored by Clinical Nurse Educator Josephine Tavener-Kaur\n\nREFEREES\n"
     "Josephine Tavener-Kaur – Clinical Nurse Educator, Austin Health\nM: 0491 570 127\n",
     ["Josephine", "Tavener-Kaur"], ["Mentored by Clinical Nurse Educator"]),
    # Firms named after founders; streets named after people; a tool named after an animal.
    ("Sir Robert McAlpine, Glasgow      June 2020 – present\nKinder Morgan – Houston, TX\n"
     "Systematic A/S, Søren Frichs Vej 39, Aarhus\n"
     "- Pruebas de regresión en Ruby con Capybara y Selenium WebDriver.\n", [],
     ["Sir Robert McAlpine", "Kinder Morgan", "Søren Frichs Vej 39", "Ruby con Capybara"]),
    # A referee's line ("Name – Role, Employer – phone") is no employer-first work line.
    ("- Reporte direto ao gerente de BI, Marcelo Tavares Quintela.\n\nREFERÊNCIAS\n"
     "Marcelo Tavares Quintela – Gerente de BI, Americanas S.A. – (21) 99641-2087 – "
     "marcelo.quintela@americanas.com\n", ["Marcelo", "Tavares", "Quintela"],
     ["Reporte direto ao gerente de BI"]),
    # A referee's line with a phone extension is no home address.
    ("\nREFERENCIAS PERSONALES\nSra. Gabriela Cevallos Ortiz — Abogada — 098 347 1206\n\n"
     "REFERENCIAS LABORALES\nEcon. Patricio Naranjo Villacís — Gerente Financiero, Corporación "
     "Favorita — pnaranjo@favorita.com.ec\nDr. Gustavo Almeida Proaño — Socio de Auditoría, "
     "Deloitte Ecuador — (02) 381 5100 ext. 2214\n", ["Gustavo", "Proaño", "381 5100"],
     ["Socio de Auditoría, Deloitte Ecuador"]),
    # A role's unit after "de" is no person.
    ("Magazine Luiza S.A. — SRE Sênior / Tech Lead de Plataforma\n", [],
     ["Tech Lead de Plataforma"]),
    # An employer's office on its work line, under the job's dates (below a profile and
    # skills: the first lines of a resume may be its contact block).
    ("- Post-silicon validation, ten years.\n\nSKILLS\nPython, C++, SystemVerilog\nJenkins, Git\n"
     "\nEXPERIENCE\n2019 – obecnie Senior Validation Engineer\n"
     "Intel Technology Poland Sp. z o.o., ul. Juliusza Słowackiego 173, Gdańsk\n- testy\n"
     "Robert Bosch GmbH, Robert-Bosch-Platz 1, 70839 Gerlingen\n",
     [], ["ul. Juliusza Słowackiego 173, Gdańsk", "Robert-Bosch-Platz 1, 70839 Gerlingen"]),
    ("- Post-silicon validation, ten years.\n\nSKILLS\nPython, C++, SystemVerilog\nJenkins, Git\n"
     "\nEXPERIÊNCIA\nItaú Unibanco — Analista de Infraestrutura Sênior\n"
     "Av. Engenheiro Armando de Arruda Pereira, 707 – Jabaquara, São Paulo/SP | mar/2016 – "
     "mai/2021\n", [], ["Av. Engenheiro Armando de Arruda Pereira, 707"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), CASES)
def test_round18_shapes(privacy, body: str, secrets: list[str], facts: list[str]) -> None:
    check_redaction(privacy, HEAD + body, secrets, facts)


def test_a_district_above_the_postcode_line_goes(privacy) -> None:
    text = ("Ghita Lahlou\nCOORDONNÉES\n23, Rue Ibnou Mounir, Maârif\n20330 Casablanca\n"
            "Tél. : +212 6 62 48 17 93\n\nEXPÉRIENCE\nContrôleuse de gestion\n")
    redacted = redact(text, privacy).text
    assert "Maârif" not in redacted and "Ibnou" not in redacted
    assert "Casablanca" in redacted


def test_a_city_above_its_own_postcode_stays(privacy) -> None:
    text = "Jan de Vries\nKeizersgracht 12\n1016 GV Amsterdam\n\nWERKERVARING\nOntwikkelaar\n"
    assert "Amsterdam" in redact(text, privacy).text


def test_a_firm_and_a_school_named_after_people_stay_in_arabic(privacy) -> None:
    text = ("م. عمرو ياسر عبد الحميد السيوفي\nالبريد الإلكتروني: amr.elsioufy91@gmail.com\n\n"
            "الخبرات العملية\n"
            "مهندس متدرب – المقاولون العرب (عثمان أحمد عثمان وشركاه)، الإسكندرية\n"
            "- التعاون مع م. شريف البنا\n"
            "الثانوية العامة – مدرسة جمال عبد الناصر الثانوية (2009)\n")
    redacted = redact(text, privacy).text
    assert "(عثمان أحمد عثمان وشركاه)" in redacted
    assert "مدرسة جمال عبد الناصر الثانوية" in redacted
    assert "عمرو" not in redacted and "الحميد" not in redacted and "البنا" not in redacted


def test_abd_is_one_name_with_the_word_after_it() -> None:
    parts = name_parts(["عمرو ياسر عبد الحميد السيوفي"])
    assert "عبد الحميد" in parts and "عبد" not in parts


def test_a_referees_firm_the_email_domain_spells_stays(privacy) -> None:
    text = (HEAD + "- Pazarlama Direktörü ile çeyreklik raporlama.\n\nREFERANSLAR\n"
            "Mehmet Ali Sarıkaya – Pazarlama Direktörü, Ülker – 0 (532) 418 77 20 – "
            "mehmetali.sarikaya@ulker.com.tr\n")
    redacted = redact(text, privacy).text
    assert "Pazarlama Direktörü, Ülker" in redacted
    assert "Sarıkaya" not in redacted and "418 77 20" not in redacted


@pytest.mark.parametrize("words", [["Hollandse", "Kust", "Noord"],
                                   ["Rozporządzeniem", "Parlamentu", "Europejskiego"]])
def test_everyday_words_of_other_languages_make_no_rare_run(words: list[str]) -> None:
    assert not rare_run(words)


def test_a_short_case_stem_does_not_veto_a_rare_name() -> None:
    assert rare_run(["Mbugofas", "Hanom"])  # "-om" is a Serbian case ending; "han" a word


def test_a_header_name_before_a_form_of_address_in_brackets(privacy) -> None:
    text = ("CURRICULUM VITAE\n\nOKONKWO, Chidinma Adaeze (Mrs.)\n"
            "Address: No. 27 Obiageli Nwosu Close, Gwarinpa Estate, Abuja 900108\n"
            "E-mail: chidinma.okonkwo@example.ng\n\nPROFILE\nChidinma is a chartered accountant.\n")
    redacted = redact(text, privacy).text
    assert [w for w in ("OKONKWO", "Chidinma", "Adaeze") if w in redacted] == []
    assert "(Mrs.)" in redacted


def test_a_dublin_postal_district_goes_with_the_home_address(privacy) -> None:
    text = ("Caoimhe Ní Bhriain, BSc, MSc\nApt 4, 22 Leinster Road, Rathmines, Dublin 6, D06 K7P2\n"
            "Mobile: 087 912 4406\n\nEXPERIENCE\nQA Specialist, Dublin\n")
    redacted = redact(text, privacy).text
    assert "Dublin 6" not in redacted and "Rathmines" not in redacted
    assert "QA Specialist, Dublin" in redacted


def test_a_trade_in_the_email_is_no_name(privacy) -> None:
    text = ("RAFAEL AUGUSTO FIGUEIREDO\nEngenheiro de Confiabilidade (SRE) Sênior\n"
            "rafael.figueiredo.sre@example.com.br\n\nRESUMO\n"
            "Engenheiro de computação com 12 anos de experiência em observabilidade.\n")
    redaction = redact(text, privacy, file_name="Curriculo_Rafael_Figueiredo_SRE.txt")
    assert "(SRE)" in redaction.text
    assert "sre" not in [n.lower() for n in redaction.names]


def test_initials_in_the_file_name_leave_the_stored_path(privacy) -> None:
    path = redact_path("/home/u/Резюме_Сейткалиева_ДЕ.pdf", privacy,
                       ["Сейткалиева Динара Ержановна"])
    assert "ДЕ" not in path and "Резюме" in path
    assert redact_path("/home/u/CV_2024.pdf", privacy, ["Carla Vidal"]) == "/home/u/CV_2024.pdf"


def test_a_kerala_house_name_and_post_office_go(privacy) -> None:
    text = ("CONTACT\nPuthenpurackal House\nThammanam P.O., Kochi - 682032\nKerala, India\n"
            "+91 94470 83126\n\nLICENCES\nKerala Nurses & Midwives Council\n\n"
            "Reshma Elizabeth Kurian, B.Sc. (N), RN\nStaff Nurse - Critical Care\n")
    redacted = redact(text, privacy).text
    assert [s for s in ("Puthenpurackal", "Thammanam", "682032") if s in redacted] == []
    assert "Kochi" in redacted and "Kerala Nurses & Midwives Council" in redacted


def test_a_surname_in_capitals_with_particles_before_the_comma(privacy) -> None:
    text = ("CURRÍCULUM VITAE\n\nGALLARDO DE LA FUENTE, María Rocío\n"
            "Dirección: C/ Virgen de Luján, 36, 3º B · 41011 Sevilla (Los Remedios)\n"
            "Teléfono: 654 219 873\n\nPERFIL\nRocío ha liderado la mejora continua.\n")
    redacted = redact(text, privacy).text
    assert [w for w in ("GALLARDO", "FUENTE", "María", "Rocío", "Los Remedios")
            if w in redacted] == []
    assert "Sevilla" in redacted


def test_a_district_joined_to_the_city_by_a_hyphen(privacy) -> None:
    text = ("Lena Maier\nAgnes-Bernauer-Straße 112 · 80687 München-Laim\nTel. 0171 234567\n\n"
            "BERUFSERFAHRUNG\n2019 – heute Entwicklerin, Siemens, München\n")
    redacted = redact(text, privacy).text
    assert "Laim" not in redacted and "Siemens, München" in redacted


def test_a_short_name_the_email_gives_beside_a_surname_with_particles(privacy) -> None:
    text = ("JONATHAN R. VAN DER BERG, PhD\nComputational Biologist\n"
            "Somerville, MA 02144 · jon.vanderberg@gmail.com\n\nSUMMARY\n"
            "\"Jon's pipelines became the default for three of our labs.\"\n")
    assert "Jon" not in redact(text, privacy).text
