"""Round 15 of the privacy rules: names in Cyrillic and Arabic script that leave the file name
in Latin letters, unlabelled Arabic-script home addresses, references headings and roles in
more languages, Cyrillic names after case-governing cues, job heading lines that keep their
employer, districts of a home address, and more labels. Examples written for these tests."""

from __future__ import annotations

import pytest

from jobtui.resume.anchor import candidate_names
from jobtui.resume.header import header_name
from jobtui.resume.redact import redact, redact_path
from tests.resume_probe import check_redaction

SCRIPT_NAMES = [
    # A Bulgarian name after its label; the file name spells it in Latin letters.
    ("ЛИЧНА ИНФОРМАЦИЯ\nИме: Радослав Петков Илиев\nE-mail: r.iliev@abv.bg\n",
     "CV_Radoslav_Iliev.pdf", ["Radoslav", "Iliev"]),
    # A Lebanese double surname: its halves are spelled apart, and the French given name
    # beside them in the file name goes too.
    ("نادين جورج حداد-صعب\nمحللة مالية\nnadine.saab@hotmail.com\n",
     "Nadine_Haddad_Saab_CV.pdf", ["Nadine", "Haddad", "Saab"]),
    # A Persian name after the title "engineer", the e-mail with "z" for "ظ".
    ("مهندس سارا ناظمی\nتحلیلگر داده\nsara.nazemi@yahoo.com\n",
     "Sara-Nazemi-Resume.pdf", ["Sara", "Nazemi"]),
    # A Hebrew name whose German-Jewish surname is spelled with "s" and "th".
    ("נועה גרינברג-שטרן\nמהנדסת תוכנה\nnoa.greenberg@gmail.com\n",
     "Noa_Greenberg_CV.pdf", ["Noa", "Greenberg"]),
]


@pytest.mark.parametrize(("text", "file_name", "latin"), SCRIPT_NAMES)
def test_a_name_in_another_script_leaves_the_file_name_in_latin_letters(privacy, text,
                                                                          file_name, latin):
    redaction = redact(text, privacy, file_name=file_name)
    path = redact_path(f"/home/u/{file_name}", privacy, redaction.names)
    assert [word for word in latin if word in path] == []
    assert path.endswith(".pdf")


def test_a_title_is_no_word_of_the_name_found_in_another_script(privacy):
    text = "مهندس سارا ناظمی\nتحلیلگر داده\nsara.nazemi@yahoo.com\n\nسوابق\nمهندس نرم‌افزار، اسنپ\n"
    names = candidate_names(text, "", "Sara-Nazemi-Resume.pdf")
    assert "مهندس" not in " ".join(names).split()
    assert "مهندس نرم‌افزار" in redact(text, privacy).text


ADDRESSES = [
    # An Arabic home address, city first, no label: each part but the city goes.
    ("سلمى عادل العنزي\nجدة – حي الروضة – شارع الأمير سلطان – مبنى 2281 – الرمز البريدي 23435\n"
     "الخبرات\n2019 – الآن: محاسبة أولى – شركة المراعي – جدة\n",
     ["حي الروضة", "مبنى 2281", "23435", "الأمير سلطان"], ["جدة", "شركة المراعي"]),
    # A Persian work line with "unit" and a Solar Hijri year is no address.
    ("مهسا رضایی\nتهران – سعادت‌آباد – خیابان سرو – پلاک ۱۲\n\nسوابق کاری\n"
     "۱۳۹۸ تاکنون – سرپرست واحد مالی – بانک ملت – تهران\n",
     ["سعادت‌آباد", "خیابان سرو", "پلاک ۱۲"], ["سرپرست واحد مالی"]),
    # A district before its known city on a contact line.
    ("Zeynep Arslan\nKadıköy, İstanbul, Türkiye · +90 (532) 417 22 80 · z.arslan@example.com\n\n"
     "EXPERIENCE\nData Analyst, Getir, İstanbul (2020 – 2024)\n",
     ["Kadıköy"], ["İstanbul, Türkiye", "Getir"]),
    # A Ghanaian digital address, then the district, then the city.
    ("Kofi Boateng\nGA-412-7781, Dansoman, Accra | +233 24 555 0192\n\nEXPERIENCE\n"
     "Accountant, MTN Ghana, Accra (2018 – 2024)\n", ["Dansoman", "GA-412-7781"], ["Accra"]),
    # A city's district after a postcode, and a Budapest district.
    ("Petra Horáková\nLidická 12, 602 00 Brno-Žabovřesky\npetra.horakova@example.cz\n\n"
     "EXPERIENCE\nAnalyst, Red Hat, Brno (2019 – 2024)\n", ["Žabovřesky", "Lidická 12"],
     ["Red Hat, Brno"]),
    # A Mexican borough after the colonia.
    ("Domicilio: Calle Maple 14, Col. Del Valle, Alcaldía Benito Juárez, C.P. 03100, CDMX\n",
     ["Alcaldía Benito Juárez", "Del Valle", "03100"], ["CDMX"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), ADDRESSES)
def test_home_addresses_lose_their_districts_and_keep_their_city(privacy, body, secrets,
                                                                  facts):
    check_redaction(privacy, body, secrets, facts)


REFERENCES = [
    # Russian references: the heading, a lower-case role, the employer.
    ("Иван Петров\n\nРЕКОМЕНДАЦИИ\nГорбунова Ольга Викторовна, финансовый директор, "
     "АО «Казахтелеком»\nЛитвин Сергей, руководитель отдела разработки, Kaspi Bank\n",
     ["Горбунова", "Ольга", "Литвин", "Сергей"],
     ["финансовый директор", "руководитель отдела разработки, Kaspi Bank"]),
    # Arabic references: the name first, the role on its own line or after a dash.
    ("سلمى العنزي\n\nالمراجع\nد. فهد الشمري\nأستاذ مشارك – جامعة الملك عبدالعزيز\n"
     "م. نواف القحطاني – مدير قسم الشبكات – موبايلي\n",
     ["فهد الشمري", "نواف القحطاني"],
     ["أستاذ مشارك – جامعة الملك عبدالعزيز", "مدير قسم الشبكات – موبايلي"]),
    # A singular Spanish heading; a past role; a French academic role.
    ("Lucía Gómez\n\nREFERENCIA PERSONAL\nSra. Teresa Aguilar Ríos (madrina) – 55 4120 8873\n\n"
     "REFERENCIAS\nLic. Paola Ibarra — ex Gerente de Finanzas, Grupo Bimbo\n"
     "Dr Ousmane Diallo, Maître de conférences, UCAD\n",
     ["Teresa", "Aguilar", "4120 8873", "Paola", "Ibarra", "Ousmane", "Diallo"],
     ["ex Gerente de Finanzas", "Maître de conférences"]),
    # A Kenyan referee's department.
    ("Grace Wanjiru\n\nREFEREES\nProf. Peter Kamau Njoroge\n"
     "Dept. of Electrical Engineering, University of Nairobi\n",
     ["Peter", "Njoroge"], ["Dept. of Electrical Engineering"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), REFERENCES)
def test_referees_go_and_their_roles_stay_in_more_languages(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


CYRILLIC = [
    # Genitive and dative after "under the leadership of" and "reported to"; the nominative
    # of the referee line goes too.
    ("Алина Ким\nАналитик\n\nОПЫТ\n• Проект под руководством Тимура Сейткалиева.\n"
     "• Звітувала керівнику напряму Остапу Гнатюку.\n\nРекомендации\n"
     "Сейткалиев Тимур, CTO, Kolesa Group\n",
     ["Тимура", "Сейткалиева", "Сейткалиев", "Остапу", "Гнатюку"], ["Kolesa Group"]),
    # A referee with a patronymic: his given name and surname alone go elsewhere.
    ("Алина Ким\n\nОПЫТ\n• Руководитель — Жанар Оспанова, финансовый директор.\n\n"
     "РЕКОМЕНДАЦИИ\nОспанова Жанар Ериковна, финансовый директор, Air Astana\n",
     ["Жанар", "Оспанова", "Ериковна"], ["финансовый директор"]),
    # An academic title; a spouse after a dash; "born in" with the place in the locative.
    ("Олег Белов\nРодился 3 марта 1991 г. в г. Обнинске\n"
     "Семейное положение: женат, супруга — Белова Дарья\n\nОБРАЗОВАНИЕ\n"
     "Научный руководитель — д.т.н. Игорь Синицын.\n",
     ["Обнинске", "Дарья", "Игорь", "Синицын"], ["Научный руководитель"]),
    # Not a person: a product after "including".
    ("Олег Белов\n\nОПЫТ\n• Интеграции, включая Яндекс Маркет и Ozon.\n", [],
     ["Яндекс Маркет"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), CYRILLIC)
def test_cyrillic_people_after_cues_titles_and_kin_words(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


FACTS = [
    # A job's heading line over "title | dates": the firm named after its founder stays, and
    # so does its later mention.
    ("Rui Tavares\n\nEXPERIÊNCIA\nAmorim Cork — Santa Maria de Lamas\n"
     "Engenheiro de Dados | março de 2018 – presente\n- Relatórios para Américo Amorim.\n",
     [], ["Amorim Cork — Santa Maria de Lamas"]),
    # The employer's office on a dated line (below the contact block), a client, a group's
    # unit, "Till Date".
    ("Anil Kumar\nSAP Consultant\nanil.kumar@example.com\n+27 82 555 0199\nJohannesburg\n\n"
     "SUMMARY\nSAP FI/CO consultant.\n\nEXPERIENCE\n"
     "2019/04 - present   Standard Bank, 5 Simmonds Street, Johannesburg\n"
     "* Client: Bharat Forge - SAP rollout.\n"
     "Tata Group (Tata Elxsi), Bengaluru           Jun 2015 - Till Date\n",
     [], ["5 Simmonds Street", "Client: Bharat Forge", "Tata Elxsi", "Jun 2015 - Till Date"]),
    # A street named after someone in an employer's address; a school named after someone
    # by the word after the name; a quoted eponym after a school number.
    ("Jan Nowak\n\nDOŚWIADCZENIE\nAsseco Poland, al. Józefa Piłsudskiego 44, Rzeszów\n"
     "Bakı Nizami Gəncəvi adına 6 nömrəli məktəb\n"
     'Escuela Secundaria Técnica No. 3 "Justo Sierra"\n',
     [], ["al. Józefa Piłsudskiego 44", "Nizami Gəncəvi adına", '"Justo Sierra"']),
    # A grade is no phone number; an ID card's issue date is personal, a certificate's not.
    ("Trần Minh Anh\nCitizen ID: 079199012345   Issued: 02/08/2021\n\nEDUCATION\n"
     "B.Eng., CGPA 3.61/4.00\nAWS Developer – Issued: 02/08/2021\n",
     ["079199012345"], ["CGPA 3.61/4.00", "AWS Developer – Issued: 02/08/2021"]),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), FACTS)
def test_employers_schools_and_grades_stay(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


PEOPLE = [
    # A maiden name after "née" in Czech, Lithuanian and German.
    ("Ing. Lenka Dvořáková (roz. Sýkorová)\nLaura Kazlauskienė (mergautinė pavardė – "
     "Jonaitytė)\nFrau Anna Berger, geb. Lindqvist\n", ["Sýkorová", "Jonaitytė", "Lindqvist"],
     []),
    # Family members with years, full names after a kin noun, Lithuanian kin words.
    ("Eva Lind\n\nÖVRIGT\nSambo med Erik Holm, två barn (Saga 2017, Melker 2020).\n"
     "Family: Husband Lee Jae-won (Architect)\nŠeima: vyras Tomas, dukra Ugnė\n",
     ["Saga", "Melker", "Lee Jae-won", "Tomas", "Ugnė"], []),
    # A given name that is also a place, after a cue; Catalan articles; Croatian titles.
    ("Jana Roe\n\nEXPERIENCE\n- Trabajé con Valencia Ortega Ruiz en la migración.\n"
     "- Mentored by Sydney Walsh.\n- Vaig treballar amb l'Arnau Roca.\n"
     "- Mentor: prof. dr. sc. Dragana Horvata\n",
     ["Valencia", "Ortega", "Sydney", "Walsh", "Arnau", "Roca", "Dragana"], []),
    # A nickname beside the candidate's name is theirs; a shortened name in brackets after a
    # colleague; a Turkish "my colleague" cue; a quoted nickname with an article.
    ('DANIEL OKOTH ("Danny")\nData Analyst\n\nPROFILE\nDanny builds dashboards. '
     "Worked with Benjamin Otieno (Ben) and Ben's team.\n"
     "Ekip arkadaşım Burak Yıldız ile çalıştım.\n"
     'Los colegas lo conocen como "el Chino".\n',
     ["Danny", "Benjamin", "Ben", "Burak", "Yıldız", "Chino"], []),
]


@pytest.mark.parametrize(("body", "secrets", "facts"), PEOPLE)
def test_people_by_new_shapes(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)


@pytest.mark.parametrize(("line", "name"), [
    ("Lin, Yu-Ting (Tina)  林郁婷", "Lin Yu-Ting Tina 林郁婷"),
    ("Name: Park Ji-hoon (박지훈)", "Park Ji-hoon 박지훈"),
    ("AHOUA Akissi Bénédicte épouse KONAN", "AHOUA Akissi Bénédicte KONAN"),
    ("OKEKE, Ifeanyi Charles (\"Ify\")", "OKEKE Ifeanyi Charles Ify"),
])
def test_header_name_shapes(line, name):
    assert header_name(f"{line}\nData Analyst\n\nSUMMARY\nx") == name


def test_the_candidate_is_anchored_by_the_first_e_mail_only():
    text = ("Name: Park Ji-hoon\nE-mail: jay.park@naver.com\n\nEXPERIENCE\n"
            "- Manager: Choi Min-ji (Head of Product)\n\nREFERENCES\n"
            "Choi Min-ji, Head of Product, Toss - minji.choi@toss-example.com\n")
    assert not any("Choi" in name or "Head" in name
                   for name in candidate_names(text, "", "Resume_JihoonPark.pdf"))


@pytest.mark.parametrize(("body", "secrets"), [
    ("Elvin Quliyev\nŞəxsiyyət vəsiqəsi: AA 1234567, FİN: 7KX2P9Q\n", ["1234567", "7KX2P9Q"]),
    ("Νίκος Παππάς\nΑρ. Δελτίου Ταυτότητας: ΑΒ 123456\n", ["123456"]),
    ("Энхбаяр\nРегистрийн дугаар: УБ90010112\n", ["УБ90010112"]),
    ("Ivan Petrov\nINN 500100732259 | SNILS 112-233-445 95\n", ["500100732259", "445 95"]),
    ("احمد\nنمبر تذکره الکترونیکی: 1400-0101-12345\n", ["12345"]),
    ("Mohamed Salah\nTel: +216 98 111 222 – 71 333 444\nTel: +47 913 45 682 (913 45 682)\n",
     ["71 333 444", "45 682"]),
])
def test_more_id_labels_and_phones(privacy, body, secrets):
    check_redaction(privacy, body, secrets, [])


LATER = [
    # The candidate's name opens the block under a sidebar; its genitive goes too.
    ("КОНТАКТЫ\n+375 29 555-12-34\nd.verbitsky@tut.by\n\nНАВЫКИ\nSelenium, Cypress\n\n"
     "Дмитрий (Дима) Вербицкий\nQA Engineer\n\nО СЕБЕ\nТесты Вербицкого стабильны.\n",
     ["Дмитрий", "Дима", "Вербицкий", "Вербицкого"], ["Selenium, Cypress"]),
    # Cyrillic: surname first in the accusative after "including"; a manager's field; a
    # Serbian woman's surname after "with"; an Arabic family name after a given name; an
    # Arabic role between "with" and the name.
    ("Иван Ким\n\nОПЫТ\n- Обучил стажёров, в т.ч. Гафурову Диляру.\n"
     "- Подчинение: директор по продукту Нурлан Ахметов\n"
     "- Радио са Миланом Петровић на пројекту.\n",
     ["Гафурову", "Диляру", "Нурлан", "Ахметов", "Миланом", "Петровић"],
     ["директор по продукту"]),
    ("سارة\n\nالخبرات\n- العمل مع الزميل خالد الحربي على المشروع.\n"
     "- عملت مع المدير الفني سامي الخطيب على 12 حملة.\n"
     "- المدير المباشر: م. عادل بن سعد الغامدي، مدير العمليات\n- مدیر مستقیم: خانم نرگس احمدی\n",
     ["خالد", "الحربي", "سامي", "الخطيب", "عادل", "الغامدي", "نرگس", "احمدی"],
     ["على المشروع", "مدير العمليات"]),
    # Firms: plural professional firms, a legal form's full stop before the city, a Spanish
    # academic referee's role, a birthplace label on the birth date's line.
    ("Jana Roe\nAnalyst\njana.roe@example.com\n+44 7700 900123\nLeeds\n\nEXPERIENCE\n"
     "Jun 2016 – May 2019  Hartley Shaw Chartered Accountants, Leeds\n"
     "Repsol, S.A. – Madrid   03/2019 – actualidad\n\nREFERENCIAS PROFESIONALES\n"
     "Dra. Irene Salcedo Prieto — Catedrática, Universidad de Granada\n\nDATOS\n"
     "Fecha de nacimiento: 2 de mayo de 1990 | Lugar: Jaén\n",
     ["Irene", "Salcedo", "Jaén"],
     ["Hartley Shaw Chartered Accountants", "Repsol, S.A. – Madrid", "Catedrática"]),
]


LATER.append(
    # Chinese: colleagues before a verb of working together; a manager's field.
    ("工作经历\n- 与同事刘洋、周敏合作完成风控模型。\n- 直属上级：孙立军（技术总监）\n",
     ["刘洋", "周敏", "孙立军"], ["合作完成风控模型", "技术总监"]))
LATER.append(
    # Japanese: a full name run together after a particle, before "-san".
    ("職歴\n・上司の高橋健太さんと共に分析基盤を構築\n", ["高橋健太"], ["分析基盤を構築"]))


@pytest.mark.parametrize(("body", "secrets", "facts"), LATER)
def test_later_rules(privacy, body, secrets, facts):
    check_redaction(privacy, body, secrets, facts)
