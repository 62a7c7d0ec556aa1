"""Round 14 of the privacy rules: the candidate's name in Arabic, Hebrew, Persian and Cyrillic
capitals found through their e-mail address; Arabic, Hebrew and Persian PDFs read in reading
order; Turkic patronymics inside a name. Examples written for these tests."""

from __future__ import annotations

import pytest

from jobtui.resume.script_anchor import script_name
from tests.privacy_people import Person
from tests.resume_probe import check_redaction

SCRIPT_HEADERS = [
    # Arabic, after the title "السيرة الذاتية"; the family name carries the article.
    ("السيرة الذاتية\n\nنور سليم الحوراني\nمهندسة برمجيات\nالبريد: nour.hourani@gmail.com\n",
     "نور سليم الحوراني"),
    # Hebrew with a nickname in brackets, the e-mail spelling the nickname.
    ("אביגיל (גילי) רוזנטל\nמעצבת מוצר\n054-555-1234 | gili.rosenthal@walla.co.il\n",
     "אביגיל רוזנטל גילי"),
    # Persian, the e-mail spelling a compound given name.
    ("رزومه\n\nمحمدرضا کریمیان\nتحلیلگر داده\nایمیل: mohammadreza.karimian@yahoo.com\n",
     "محمدرضا کریمیان"),
    # Ukrainian capitals after a sidebar of contacts; the e-mail follows Ukrainian spelling.
    ("КОНТАКТИ\nEmail: bohdana.hrytsenko@ukr.net\nТелефон: +38 067 555 12 34\n\n"
     "БОГДАНА ГРИЦЕНКО\nПровідний аналітик\n", "БОГДАНА ГРИЦЕНКО"),
    # Georgian, no capitals at all.
    ("ნინო ბერიძე\nFinance Analyst\nnino.beridze@gmail.com\n", "ნინო ბერიძე"),
]


@pytest.mark.parametrize(("text", "name"), SCRIPT_HEADERS)
def test_a_name_in_another_script_is_found_through_the_e_mail(text, name):
    from jobtui.resume.anchor import anchor_tokens

    assert script_name(text.splitlines(), anchor_tokens(text)) == name


@pytest.mark.parametrize("text", [
    # The job title and a heading spell nothing of the e-mail.
    "مهندسة برمجيات\nالمعلومات الشخصية\nnour.hourani@gmail.com\n",
    # One matching word is not enough: a colleague sharing the given name.
    "نور الهدى العلي\nnour.hourani@gmail.com\n",
    # A line with digits is an address, not a name.
    "شارع الحوراني 12\nnour.hourani@gmail.com\n",
])
def test_lines_that_do_not_spell_the_e_mail_are_no_name(text):
    from jobtui.resume.anchor import anchor_tokens

    assert script_name(text.splitlines(), anchor_tokens(text)) is None


def test_the_arabic_name_goes_everywhere_and_the_employer_stays(privacy):
    body = ("السيرة الذاتية\n\nنور سليم الحوراني\nمهندسة برمجيات\n"
            "البريد: nour.hourani@gmail.com\n\nالخبرات\n"
            "2019 - الآن | شركة أرامكس - عمّان | مهندسة برمجيات\n"
            "قالت المديرة إن نور الحوراني قادت فريق الدفع.\n")
    check_redaction(privacy, body, ["نور", "الحوراني", "سليم", "nour.hourani"],
                    ["شركة أرامكس - عمّان", "2019 - الآن", "مهندسة برمجيات"])


def test_a_turkic_patronymic_stays_inside_the_header_name(privacy):
    body = ("CURRICULUM VITAE\n\nLeyla Farid qizi Mammadova\nProcess Engineer\n"
            "Baku, Azerbaijan\n\nEXPERIENCE\n2018 – present  Process Engineer, SOCAR\n"
            "Leyla led the refinery audit.\n")
    check_redaction(privacy, body, ["Leyla", "Mammadova", "Farid"], ["SOCAR", "Process Engineer"])


RTL_LINES = [
    "السيرة الذاتية",
    "الهاتف: 0795834126 | \u200e+962 7 9583 4126",
    "البريد الإلكتروني: salma.odeh@yahoo.com",
    "شركة زين الأردن - عمّان | محللة تقارير | 2018/09 - 2021/04",
    "دورة تحليل البيانات - أكاديمية الملكة رانيا (2019)",
    "شهادة Microsoft Certified: Power BI Data Analyst Associate",
    "רחוב הרצל 45, דירה 8, רמת גן | 052-734-1186 | dana.levi@gmail.com",
    "2013 – 2017 | תואר ראשון (B.Sc.) במדעי המחשב, אוניברסיטת תל אביב",
    "דני (דניאל) שפירא, ראש צוות ב-Wix – 054-918-2270",
    "فارسی: زبان مادری | انگلیسی: IELTS 7.5",
    "Python, Kafka, PostgreSQL",
]


def test_an_rtl_pdf_reads_in_reading_order(tmp_path):
    """A PDF draws right-to-left lines reversed; every line comes back as it was written."""
    from jobtui.resume.extract import read_resume_text
    from tests.privacy_docs import write

    person = Person("rtl", "rtl_cv", "\n".join(RTL_LINES), [], [])
    text = read_resume_text(write(person, "pdf", tmp_path))
    assert [line.strip() for line in text.splitlines() if line.strip()] == RTL_LINES


def test_a_latin_page_with_a_hebrew_employer_keeps_its_order():
    from jobtui.resume.rtl import reading_order
    from tests.privacy_docs import _drawn

    lines = ["Senior engineer at צ'ק פוינט, Tel Aviv", "2019 – 2022 | Backend developer, Wix"]
    assert reading_order("\n".join(_drawn(line) for line in lines)).splitlines() == lines


CYRILLIC = [
    # A referee with a patronymic, a Kazakh given name no list knows, then a genitive mention.
    ("РЕЗЮМЕ\n\nИванова Мария Петровна\nАналитик\n\nОПЫТ\n"
     "• Отчётность под руководством Нуржана Сапарова.\n\nРЕКОМЕНДАЦИИ\n"
     "Сапаров Нуржан Маратович, финансовый директор АО «Halyk Bank»\n",
     ["Сапаров", "Нуржан", "Маратович", "Сапарова", "Нуржана"], ["АО «Halyk Bank»"]),
    # A signature with initials; the university named after someone keeps its initials.
    ("РЕЗЮМЕ\n\nПетрова Анна Сергеевна\n\nОбразование: МГУ им. М. В. Ломоносова, 2015\n"
     "«Лучший аналитик команды.» — К. Д. Веселов\n",
     ["Веселов"], ["МГУ им. М. В. Ломоносова"]),
    # "with" and a name in the instrumental; the nominative later goes too.
    ("РЕЗЮМЕ\n\nОрлова Дарья Игоревна\n\nОПЫТ\n• Вместе с Тимуром Гайнуллиным запустила "
     "дашборды в Grafana; Гайнуллин отвечал за бэкенд.\n",
     ["Тимуром", "Гайнуллиным", "Гайнуллин"], ["Grafana"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), CYRILLIC)
def test_cyrillic_people_by_patronymic_initials_and_instrumental(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


FAMILY_AND_LABELS = [
    ("Lebenslauf\n\nMarta Keller\n\nPersönliche Daten\nFamilienstand: verheiratet, zwei Kinder "
     "(Leni, Quirin)\n\nBERUF\n2019 – heute  Controllerin, Bosch\n",
     ["Leni", "Quirin"], ["Bosch", "Controllerin"]),
    ("CV\n\nSigne Dahl\nSivilstand: gift, én sønn (Eskil)\n\nERFARING\n2018 – d.d.  Partner: "
     "Deloitte Norge\n", ["Eskil"], ["Deloitte Norge"]),
    ("Резюме\n\nАйгуль Серикова\nСемейное положение: замужем, дочь Томирис (5 лет)\n",
     ["Томирис"], []),
    ("السيرة الذاتية\n\nالرقم الوطني: 9871234560\nمكان الولادة: الزرقاء\n",
     ["9871234560", "الزرقاء"], []),
    ("رزومه\n\nکد ملی: ۰۰۱۲۳۴۵۶۷۸\n", ["۰۰۱۲۳۴۵۶۷۸"], []),
    ("קורות חיים\n\nשנת לידה: 1990 | ת.ז. 123456782 | רישיון נהיגה: B\n",
     ["123456782", "1990"], ["רישיון נהיגה: B"]),
    ("CURRICULUM VITAE\n\nChinonso Eze\nState of Origin: Anambra State          L.G.A.: Nnewi "
     "North\nMarital Status: Single   Home County: Nyeri   KRA PIN: A012345678Z\n",
     ["Nnewi", "Nyeri", "A012345678Z"], ["State of Origin"]),
    ("Resume\n\nLiam Byrne\nSole trader | ABN 51 824 753 556 | Perth WA\n",
     ["51 824 753 556"], ["Perth"]),
    ("CV\n\nMette Holm\nFødt: 3. maj 1990 · CPR-nr.: 030590-1234\n", ["030590-1234"], []),
    ("MA'LUMOTNOMA\n\nKARIMOVA NODIRA\nTug'ilgan yili: 12.03.1995\n", ["12.03.1995"], []),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), FAMILY_AND_LABELS)
def test_family_names_and_more_labels(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


ADDRESSES = [
    ("ВОЛКОВ\nАндрей Викторович\nКОНТАКТЫ\n+375 29 555-12-34\na.volkov@tut.by\n"
     "г. Минск, ул. Кальварийская, 21-77\n220073\nЛИЧНЫЕ ДАННЫЕ\n",
     ["Кальварийская", "21-77", "220073", "ВОЛКОВ", "Андрей"], ["Минск"]),
    ("PETER OTIENO\nP.O. Box 4510-00200, Nairobi | Residence: Kileleshwa, off Gitanga Road\n"
     "Cell: 0722 555 123\n", ["Kileleshwa", "Gitanga"], ["Nairobi"]),
    ("RESUME\n\nDEVIKA MENON\n\"Lakshmi Nivas\", TC 25/1760, Pattom, Thiruvananthapuram – "
     "695004, Kerala\nMobile: +91 94470 12345 | Email: devika.menon@gmail.com\n",
     ["Lakshmi Nivas", "TC 25/1760", "Pattom", "695004"], ["Thiruvananthapuram", "Kerala"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), ADDRESSES)
def test_home_addresses_in_more_shapes(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


NAMES = [
    ("Erfahrung\n- Abstimmung mit Herrn Wendelin aus der IT und unserem Doktoranden Jonte.\n",
     ["Wendelin", "Jonte"], ["IT"]),
    ("Expérience\n• Reporting mensuel au comité de M. Laborde-Vidal.\n", ["Laborde-Vidal"],
     ["Reporting mensuel"]),
    ("Références\n- Sous la supervision de M. MBARGA Paul-Henri ; astreintes avec Mme NDONGO "
     "née ESSOMBA Clarisse.\n", ["MBARGA", "Paul-Henri", "NDONGO", "ESSOMBA", "Clarisse"], []),
    ("Experience\n• Trained new hires, including Ana Cruz and “Pito” Rivera.\n"
     "Pito now leads QA.\n", ["Pito", "Rivera"], ["QA"]),
    ("Experience\n• Rated by manager Tatenda Moyo (Tendai) two years running.\n"
     "Tendai said so.\n", ["Tatenda", "Moyo", "Tendai"], []),
    ("Profile\nNick Name: Bappi\nBappi built the ledger.\n", ["Bappi"], ["Nick Name"]),
    ("Om mig\nVenner kalder mig \"Bosse\". Bosse cykler.\n", ["Bosse"], []),
    ("Erfarenhet\n  Teamchef: Karl-Erik ”Kalle” Lindqvist – enligt\n  Kalles omdöme.\n",
     ["Kalle", "Kalles"], []),
    ("Reynsla\nNæsti yfirmaður: Jón Ragnar Einarsson. Ég tók við verkefnum Jóns.\n",
     ["Jóns", "Einarsson"], []),
    ("Työkokemus\nProjektipäällikkönä toimi Pekka Virtanen. Pekan tiimissä kehitin mallin "
     "ja raportit.\n",
     ["Pekan", "Virtanen"], []),
    ("Erfahrung\nLeitung durch Dr. Ulrike Kornmesser, in Kornmessers Team verantwortlich für "
     "Prüfungen.\n",
     ["Kornmessers"], []),
    ("Resume\n\nNoa Ferreira\nnoa.ferreira@mail.com\n\nEXPERIENCE\n2019 – now  Accountant, "
     "Acme Ltd\n- Moved to Sage 300 together with Chidi of the IT unit.\n", ["Chidi"],
     ["Sage 300"]),
    ("Experiência\n• Mentoria das analistas Jordana Teixeira e Yasmin Carvalho.\n",
     ["Jordana", "Teixeira"], []),
    ("Experience\n• Mentored by Marisol E. Quiñones, QA Manager.\n", ["Quiñones"],
     ["QA Manager"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), NAMES)
def test_names_in_more_shapes(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


@pytest.mark.parametrize("line", [
    "Rio Tinto – Tom Price, WA (FIFO 8/6) | March 2019 – Present",
    "Ingénieur automation, John Cockerill, Seraing",
    "Lilly del Caribe, Inc. – Carolina, PR | Jun 2019 – Present",
])
def test_firms_named_like_people_and_their_towns_stay(privacy, line):
    body = f"Resume\n\nNoa Ferreira\nnoa.ferreira@mail.com\n\nEXPERIENCE\n{line}\n"
    check_redaction(privacy, body, ["Noa", "Ferreira"], [line])


MORE = [
    # A neighbourhood word opens an address line and is never taken for the city.
    ("Lucía Fernández\nAv. Hipólito Yrigoyen 215, 4° B\nB° Nueva Córdoba (X5000IZA)\n"
     "+54 9 351 555 1234\n", ["Nueva Córdoba", "X5000IZA", "Yrigoyen 215"], []),
    ("Awa Ndiaye\nCité Keur Massar, Villa n° 7 A, Dakar\n+221 77 555 12 34\n",
     ["Keur Massar", "Villa n° 7 A"], ["Dakar"]),
    # Two phones after one label; an Icelandic "s." before a number.
    ("Jean Mbida\nTél. : (+237) 677 11 22 33 / 699 44 55 66\n", ["677 11 22 33", "699 44 55 66"],
     []),
    ("Meðmælandi\nSigurður Páll Jónsson, deildarstjóri hjá Marel – s. 698 1234\n",
     ["698 1234"], ["Marel"]),
    # A title before a name in a run; "the" before a run makes it a product.
    ("Experience\n- Plan shutdowns; report to Maintenance Superintendent Rhys Pemberton.\n"
     "- Thermal mapping with the Ellab Validator AVS.\n",
     ["Rhys", "Pemberton"], ["Maintenance Superintendent", "Ellab Validator AVS"]),
    # A Turkish job title is no Latin-script case form of a name.
    ("AYŞE NUR DEMİRCAN\nKıdemli Veri Bilimci\nİstanbul\n", ["AYŞE", "DEMİRCAN"],
     ["Kıdemli Veri Bilimci"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), MORE)
def test_addresses_phones_titles_and_turkish_lines(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


def test_referee_roles_and_acronym_employers_stay(privacy):
    body = ("Resume\n\nNoa Ferreira\nnoa.ferreira@mail.com\n\nREFERENCES\n"
            "Levan Beridze - Head of Digital Channels, TBC Bank - +995 599 11 22 33\n"
            "1. Engr. Tunde Bakare, Head, Network Operations, MTN Nigeria. Tel: 0803 111 2233\n"
            "Julie Gagnon, directrice technique, Ubisoft Montréal — 514 555-0199\n")
    check_redaction(privacy, body,
                    ["Levan", "Beridze", "Tunde", "Bakare", "Julie", "Gagnon", "0803"],
                    ["Head of Digital Channels", "TBC Bank", "MTN Nigeria", "directrice technique"])


MORE_SCRIPTS = [
    # An Arabic four-part name under its label; IDs and landmarks of an Iraqi CV.
    ("السيرة الذاتية\n\nالاسم الرباعي واللقب: علي حسين كاظم جواد الربيعي\n"
     "رقم البطاقة الوطنية الموحدة: 199012345678\nأقرب نقطة دالة: قرب ساحة الأندلس\n",
     ["علي", "الربيعي", "199012345678", "الأندلس"], []),
    # A Lebanese name whose e-mail runs two words together; a Persian line beside a Latin one.
    ("سيرة ذاتية\n\nريم جورج أبو خليل\nالبريد الإلكتروني: reem.aboukhalil@hotmail.com\n",
     ["ريم", "جورج", "خليل"], []),
    ("سیما نیک‌نژاد | Sima Niknejad\nایمیل: sima.niknejad@gmail.com\n",
     ["سیما", "Niknejad"], []),
    # A Hebrew street line and a seven-digit postcode under it.
    ("נועה ברק\nמפתחת\nרח' הרצל 8 דירה 3\nחיפה 3303112\nnoa.barak@gmail.com\n",
     ["הרצל 8", "דירה 3", "3303112"], []),
    # Tajik letters, labels and a university named after someone.
    ("ТАРҶУМАИ ҲОЛ\n\nНому насаб: Ҳакимов Фаррух Давлатович\nСанаи таваллуд: 03.05.1991\n"
     "РМА (ИНН): 512345678\n\nТаҳсилот\nДонишгоҳи миллии Тоҷикистон ба номи академик "
     "Б. Ғафуров\n", ["Ҳакимов", "Фаррух", "03.05.1991", "512345678"],
     ["ба номи академик Б. Ғафуров"]),
    # Belarusian: a full-name label, a personal number, "with" and a wrapped surname.
    ("Поўнае імя: Бабровіч Янка Міхайлавіч\nАсабісты нумар: 3010190A001PB2\n\nДОСВЕД\n"
     "Пераклад дакументацыі разам з Тарасам\n  Шпакоўскім.\n",
     ["Бабровіч", "3010190A001PB2", "Тарасам", "Шпакоўскім"], []),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), MORE_SCRIPTS)
def test_more_scripts_labels_and_names(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


LATIN_AMERICA = [
    # Referee roles that open with a role noun; "·" parts a referee's line.
    ("Resume\n\nNoa Ferreira\nnoa.ferreira@mail.com\n\nREFERENCIAS\n"
     "Ing. Tomás Ibarra Soto — Líder técnico, Kueski — 33 1234 5678\n"
     "Camilo Restrepo Gil — Ingeniero de Redes, EPM — Cel. 315 000 1122\n"
     "Marta Ruiz Peña, Jefe de Proyecto en Ayesa · +34 612 000 111\n",
     ["Tomás", "Ibarra", "Camilo", "Restrepo", "Marta", "Peña"],
     ["Líder técnico", "Ingeniero de Redes", "Jefe de Proyecto en Ayesa"]),
    # A month in full before a year; a signature line opening with "En"; a city after a firm.
    ("CV\n\nJulián Cardona\njulian.cardona@mail.com\n\nEXPERIENCIA\n"
     "Practicante | Julio 2017 – Enero 2018\nBanco Itaú Paraguay S.A. — Asunción\n"
     "Informes con SQL Server y Power BI.\n\nEn Sevilla, a 28 de noviembre de 2026\n",
     ["Julián", "Cardona"],
     ["Julio 2017 – Enero 2018", "Banco Itaú Paraguay S.A. — Asunción", "SQL Server y Power BI",
      "Sevilla"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), LATIN_AMERICA)
def test_latin_american_roles_months_and_places(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)
