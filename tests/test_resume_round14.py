"""Round 14 of the privacy rules: the candidate's name in Arabic, Hebrew, Persian and Cyrillic
capitals found through their e-mail address; Arabic, Hebrew and Persian PDFs read in reading
order; Turkic patronymics inside a name. Examples written for these tests."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact
from jobtui.resume.script_anchor import script_name
from tests.privacy_people import Person


def _check(privacy, body: str, secrets: list[str], facts: list[str]) -> None:
    """Every secret is gone from the redacted ``body`` and every fact is still in it."""
    text = redact(body, privacy).text
    assert [s for s in secrets if s in text] == []
    assert [f for f in facts if f not in text] == []


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
    _check(privacy, body, ["نور", "الحوراني", "سليم", "nour.hourani"],
           ["شركة أرامكس - عمّان", "2019 - الآن", "مهندسة برمجيات"])


def test_a_turkic_patronymic_stays_inside_the_header_name(privacy):
    body = ("CURRICULUM VITAE\n\nLeyla Farid qizi Mammadova\nProcess Engineer\n"
            "Baku, Azerbaijan\n\nEXPERIENCE\n2018 – present  Process Engineer, SOCAR\n"
            "Leyla led the refinery audit.\n")
    _check(privacy, body, ["Leyla", "Mammadova", "Farid"], ["SOCAR", "Process Engineer"])


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
