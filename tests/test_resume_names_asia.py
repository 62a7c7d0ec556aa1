"""Header names in other languages and scripts: name labels, CJK names with their readings."""

import pytest

from jobtui.config import PrivacySettings
from jobtui.resume.header import header_name
from jobtui.resume.redact import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nome e cognome: Chiara Maria DE ANGELIS\nVia Roma 1", "Chiara Maria DE ANGELIS"),
        ("Ad Soyad: Burak Can KARABULUT\nAdres: x", "Burak Can KARABULUT"),
        ("Nume: UNGUREANU Bogdan-Ionuț\nAdresă: x", "UNGUREANU Bogdan-Ionuț"),
        ('姓名：陈晓雨 (Xiaoyu CHEN, "Yuki")\n手机：138', "陈晓雨 Xiaoyu CHEN Yuki"),
        ("氏名：森下 健太（もりした けんた） / Kenta MORISHITA\n",
         "森下 健太 もりした けんた Kenta MORISHITA"),
        ("이름: 김민준 (Kim Min-jun)\n", "김민준 Kim Min-jun"),
        ("PARK Ha-eun (박하은)\nAddress: Seoul\n", "PARK Ha-eun 박하은"),
    ],
)
def test_labelled_and_east_asian_header_names(text, name):
    assert header_name(text) == name


def test_a_cjk_name_and_its_romanised_form_go_everywhere():
    text = ("氏名：森下 健太（もりした けんた） / Kenta MORISHITA\n\nSummary\n"
            "Backend engineer at Mercari, Tokyo. Kenta Morishita, 2024.")
    out = redact(text, PrivacySettings(spacy_model="jobtui_no_such_model")).text
    for secret in ("森下", "健太", "もりした", "Kenta", "MORISHITA", "Morishita"):
        assert secret not in out
    assert "Mercari, Tokyo" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Co-designed the feature pipeline with Haoran; 30 billion events/day.", "Haoran"),
        ("Pair-programmed with Daisuke on the Go 1.21 payment gateway.", "Daisuke"),
        ("Built the ranking platform together with Ji-woo.", "Ji-woo"),
        ("- Onur ile birlikte Go 1.22'ye geçişi yürüttüm.", "Onur"),
        ("Sistema de stock em tempo real com o Tiago (latência p99 < 80 ms).", "Tiago"),
        ("• Junto com o Caio, reduzi o custo de cluster em 35%.", "Caio"),
    ],
)
def test_lone_colleague_names_after_cues(text, name):
    from jobtui.resume.people import person_spans

    assert [text[s:e] for s, e in person_spans(text)] == [name]


@pytest.mark.parametrize("text", ["Built it with Kubernetes on AWS.", "Migrated with Terraform.",
                                  "Worked with Kafka and Redis."])
def test_technologies_after_with_are_no_people(text):
    from jobtui.resume.people import person_spans

    assert person_spans(text) == []


def test_cjk_people_and_streets_in_running_text():
    from jobtui.resume.cjk import cjk_spans
    from jobtui.resume.people import person_spans

    text = ("地址：上海市徐汇区漕溪北路88号5栋1202室\n"
            "- Reported to Wang Jianguo (王建国), head of data.\n"
            "- Manager: 藤本 美咲 (Misaki Fujimoto). チーム8名。")
    found = [text[s:e] for s, e, _ in cjk_spans(text, person_spans(text))]
    assert found == ["藤本 美咲", "Misaki Fujimoto", "王建国", "漕溪北路88号5栋1202室"]
    out = redact(text, PrivacySettings(spacy_model="jobtui_no_such_model")).text
    assert "上海市徐汇区" in out and "チーム8名" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (' / RESUME\n (Xiaoyu CHEN, "Yuki")\n1996317\n', "Xiaoyu CHEN"),
        ("   / Kenta MORISHITA\n19902621\n", "Kenta MORISHITA"),
        ("PARK Ha-eun ()\nAddress:    152\n", "PARK Ha-eun"),
    ],
)
def test_header_names_left_by_a_pdf_without_cjk_glyphs(text, name):
    assert header_name(text) == name


def test_a_city_that_looks_like_a_name_stays():
    # "Hà" is a given name and "Nội" a surname in the gazetteer, and the user is Thu Hà: the
    # resume names Hà Nội as a place ("apps in Hà Nội"), so every mention of it stays.
    text = ("NGUYỄN THỊ THU HÀ\nĐịa chỉ: Cầu Giấy, Hà Nội\n\nMobile developer for banking apps "
            "in Hà Nội.\nViettel Digital, Hà Nội — Senior Mobile Developer\n"
            "Kỹ sư, Đại học Bách khoa Hà Nội, 2014\nRegards, Thu Hà")
    out = redact(text, PrivacySettings(spacy_model="jobtui_no_such_model")).text
    assert out.count("Hà Nội") == 4
    assert "Thu Hà" not in out and "NGUYỄN" not in out


def test_an_australian_postcode_that_looks_like_a_year():
    from jobtui.resume.postal import generic_contact_spans

    text = "BRONWYN FITZGERALD\nUnit 4/27 Glebe Point Road, Glebe NSW 2037\nM: 0412 555 389"
    assert "2037" in [text[s:e] for s, e, _ in generic_contact_spans(text)]
    assert "2019" not in [text[s:e] for s, e, _ in generic_contact_spans("A B\nSydney 2019")]


def test_a_two_column_pdf_line_keeps_the_other_column():
    text = ("Mobil: 0176 4829 3317 10/2019 – heute  Lead Software Architect, Otto Group, Hamburg\n"
            "Geburtsdatum: 03.05.1987 - Pair-Programming auf Spring Boot 3.2.\n")
    out = redact(text, PrivacySettings(spacy_model="jobtui_no_such_model")).text
    assert "0176" not in out and "03.05.1987" not in out
    assert "10/2019 – heute" in out and "Spring Boot 3.2" in out


def test_firms_named_after_people_stay():
    text = "Quantitative Developer, Allan Gray, Cape Town\nSystems Engineer, Tim Hortons, Toronto"
    out = redact(text, PrivacySettings(spacy_model="jobtui_no_such_model")).text
    assert "Allan Gray" in out and "Tim Hortons" in out


def test_a_bare_date_in_the_contact_block_is_the_birth_date():
    from jobtui.resume.postal import generic_contact_spans

    text = "PARK Ha-eun\nMobile: 010-4821-9375\n: 1993.07.18 | Seoul\n\nEXPERIENCE\n2019.03 ~ now"
    assert [(text[s:e], k) for s, e, k in generic_contact_spans(text)
            if k == "DATE_OF_BIRTH"] == [("1993.07.18", "DATE_OF_BIRTH")]


def test_a_bracketed_name_right_after_a_cue():
    from jobtui.resume.cjk import cjk_spans

    text = "- Manager:   (Misaki Fujimoto). 8\n- Built with Go (Gin Framework)."
    assert [text[s:e] for s, e, _ in cjk_spans(text, [])] == ["Misaki Fujimoto"]
