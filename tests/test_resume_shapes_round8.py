"""Shapes found in the twelfth held-out set (and the CJK resumes of the eleventh), as general
rules: a lone name after a role in running text, a relative's name label, a firm named in the
possessive, the candidate's name spelt by the file name, a birth date ending at a middle dot,
and Chinese/Korean names, streets and districts; with what these rules must leave alone."""

from __future__ import annotations

import pytest

from jobtui.resume.filename import name_from_file
from jobtui.resume.pipeline import prepare_resume
from jobtui.resume.redact import redact, redact_path
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("- Worked with product owner Michał on the billing roadmap.", "Michał"),
        ("- Grew a team of 10 engineers; reported to the CTO, Ekene.", "Ekene"),
        ("- Our CTO Ekene hired me in 2020.", "Ekene"),
        ("- Pairing daily with the designer Tainá on onboarding.", "Tainá"),
        ("- Worked with Product Owner Michał Nowak on pricing.", "Michał Nowak"),
    ],
)
def test_a_name_after_a_role_in_running_text(text, secret):
    assert secret in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Acted as the engineer Responsible for releases.",  # an English word, not a name
        "Software Engineer, Google, Lagos\n- Reported to the CTO. Built the payments API.",
        "- Worked with the CTO Office on budgets.",
        "- Reported to the VP Engineering every week.",
        "- Worked with the data engineer Team on Kafka.",
        "Product Owner, Allegro, Poznań (2019 – 2023)",  # a job-title line, no role cue
    ],
)
def test_roles_before_ordinary_words_name_nobody(text):
    assert found(text) == set()


def test_a_relatives_name_label(privacy):
    text = ("RESUME\nName: Harshvardhan Yelamanchili\n"
            "Father's Name: Srinivasa Rao Yelamanchili\nDate of Birth: 21st March 1996\n\n"
            "Experience\nSenior Software Engineer, Tech Mahindra, Hyderabad\n")
    out = redact(text, privacy).text
    assert "Srinivasa" not in out and "Rao" not in out
    assert "Tech Mahindra, Hyderabad" in out


@pytest.mark.parametrize(
    ("label", "name"),
    [("S/O", "Bhaskara Rao Pothineni"), ("Mother's Name", "Venkata Ramana Murthy"),
     ("Spouse Name", "Srinivasa Rao Gummadi"), ("Guardian's name", "Bhaskara Rao Pothineni")],
)
def test_relative_labels(label, name):
    assert name in found(f"{label}: {name}\n")


def test_a_firm_named_in_the_possessive_stays(privacy):
    text = ("Experience\nSenior Software Engineer, Tech Mahindra\n"
            "- Client: Dr. Reddy's Laboratories (pharma supply-chain portal).\n")
    assert "Dr. Reddy's Laboratories" in redact(text, privacy).text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("- Mentored by Dr. Reddy's team lead.", "Reddy"),  # lower case: the person's team
        ("- Postdoc in Dr. Anna Nowak's Group.", "Anna Nowak"),  # a full name is a person
    ],
)
def test_a_possessive_before_lower_case_or_after_a_full_name_is_a_person(text, secret):
    assert secret in found(text)


SIDEBAR_FIRST = ("CONTATO\nRua Harmonia 512, apto 73\nVila Madalena, São Paulo - SP\n"
                 "CEP 05435-000\n(11) 98734-2210\njv.penteado@example.com.br\n\n"
                 "DADOS PESSOAIS\nData de nascimento: 17/08/1993\n\n"
                 "João Vítor dos Santos Penteado\nEngenheiro de Software Sênior\n\n"
                 "Experiência\nEngenheiro de Software Sênior — Nubank, São Paulo (2021 – atual)\n")


def test_the_name_in_the_file_name_is_the_candidates():
    name = name_from_file(SIDEBAR_FIRST, "Curriculo_Joao_Vitor_Penteado.pdf")
    assert name == "João Vítor dos Santos Penteado"


def test_the_file_name_name_leaves_the_stored_path(privacy, tmp_path):
    cv = tmp_path / "Curriculo_Joao_Vitor_Penteado.txt"
    cv.write_text(SIDEBAR_FIRST + "- Penteado Labs: side project.\n", encoding="utf-8")
    prepared = prepare_resume(cv, privacy, 1000)
    assert "Penteado" not in prepared.file_url and "Vitor" not in prepared.file_url
    assert "Penteado" not in prepared.text and "Nubank" in prepared.text


@pytest.mark.parametrize(
    ("text", "file_name"),
    [
        ("Senior Python Developer\nBerlin", "Python_Developer_CV.pdf"),
        ("Data Engineer at Allegro\n", "CV_2024.pdf"),
        ("Worked in São Paulo and Rio\n", "Sao_Paulo_Rio.pdf"),  # places name nobody
        ("Analyst, Morgan Stanley, London\n", "CV_Morgan_Stanley_2024.pdf"),  # the employer
    ],
)
def test_file_names_without_a_name(text, file_name):
    assert name_from_file(text, file_name) is None


def test_a_birth_date_ends_at_a_middle_dot(privacy):
    text = ("Persoonlijke gegevens\n"
            "Geboortedatum: 30-01-1992 · Geboorteplaats: Delft · BSN: 273640100\n")
    out = redact(text, privacy).text
    assert "30-01-1992" not in out and "273640100" not in out and "Delft" not in out
    assert "Geboorteplaats" in out


TW = ("地址：106081 台北市大安區復興南路一段219巷8號3樓之2\n\n工作經歷 Work Experience\n"
      "Machine Learning Engineer, Dell Technologies, 台北 (2021 – 至今)\n"
      "- 主管：陳志豪 (Howard Chen)；團隊 7 人。\n- 與 Kevin 一起導入 PyTorch 2.1 訓練流程。\n\n"
      "推薦人 References\n黃淑芬 教授，國立臺灣大學\n")
KR = ("주소: (03925) 서울특별시 마포구 월드컵북로 396, 101동 1203호\n\n경력\n"
      "백엔드 개발자, 카카오 Kakao, 판교 (2023.03 – 현재)\n- 팀장: 김도윤; 팀원 6명.\n"
      "- 박서연 님과 함께 정산 배치를 재설계.\n\n추천인\n이재훈 교수, KAIST\n")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(TW, ["復興南路", "219巷", "陳志豪", "Kevin", "黃淑芬"],
         ["台北市大安區", "團隊 7 人", "PyTorch 2.1", "國立臺灣大學", "教授"], id="taiwan"),
        pytest.param(KR, ["월드컵북로 396", "03925", "김도윤", "박서연", "이재훈"],
         ["서울특별시 마포구", "팀원 6명", "판교", "교수, KAIST"], id="korea"),
    ],
)
def test_chinese_and_korean_names_streets_and_districts(privacy, text, gone, kept):
    out = redact(text, privacy).text
    assert not any(g in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize(
    "text",
    ["- 助理教授，國立臺灣大學", "- 고객님께 결제 API를 제공.", "- 데이터 팀장 역할 수행.",
     "- 使用 Python 和 Go 開發。"],
)
def test_cjk_titles_and_words_name_nobody(privacy, text):
    assert redact(text, privacy).text == text


def test_a_quoted_nickname_after_the_file_name_name():
    text = "RESUME\n： (Xiaoyu CHEN, \"Yuki\")\n：138 1762 4590\n"
    assert name_from_file(text, "Resume_Chen_Xiaoyu.pdf") == "Xiaoyu CHEN Yuki"


def test_credentials_after_a_comma_are_no_part_of_the_file_name_name():
    assert name_from_file("Fatima Haddad, BSN, RN\n", "Fatima_Haddad_BSN_RN.pdf") == (
        "Fatima Haddad")


def test_a_swiss_social_security_number_after_a_birth_date(privacy):
    text = "Date de naissance : 28.02.1985 · N° AVS : 756.3812.9047.11 · Nationalité : suisse\n"
    out = redact(text, privacy).text
    assert "756.3812.9047.11" not in out and "28.02.1985" not in out and "suisse" in out
    skill = "Skills: AVS 2024 video stack\n"
    assert redact(skill, privacy).text == skill


def test_particles_alone_spell_no_file_name_name(privacy):
    text = "Lieke van 't Westeinde\nWerkervaring\n• Samen met Thijs; team van 8 analisten.\n"
    assert name_from_file(text, "CV_Lieke_van_t_Westeinde.pdf") == "Lieke van 't Westeinde"
    assert name_from_file("Werk\n• team van Dam\n", "CV_Jan_van_Dam.pdf") is None
    out = redact(text, privacy, file_name="CV_Lieke_van_t_Westeinde.pdf").text
    assert "team van 8 analisten" in out and "Westeinde" not in out


def test_a_taiwanese_national_id_without_its_label(privacy):
    # A PDF whose font lacks CJK glyphs drops the label "身分證字號：" but keeps the number.
    text = "：A224139574\n\nExperience\n- Shipped part A224139575 to Hsinchu.\n"
    out = redact(text, privacy).text
    assert "A224139574" not in out and "A224139575" in out  # the check digit decides


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("- 與陳志豪一起導入 PyTorch 訓練流程。", "陳志豪"),
        ("- 김도윤과 함께 정산 배치를 재설계.", "김도윤"),
        ("- Worked with PM Anouk on pricing.", "Anouk"),
        ("Father: Bhaskara Rao Pothineni", "Bhaskara"),
    ],
)
def test_more_names_beside_with_and_relatives(privacy, line, secret):
    assert secret not in redact(f"Experience\n{line}\n", privacy).text


@pytest.mark.parametrize(
    "line",
    ["- 사용자와 함께 테스트를 설계.", "- 與金融合作; 和高層合作。",
     "- Built it with QA Automation tools."],
)
def test_nouns_beside_with_stay(privacy, line):
    text = f"Experience\n{line}\n"
    assert redact(text, privacy).text == text


@pytest.mark.parametrize(
    ("path", "names", "stored"),
    [
        ("/cv/이력서_정수빈_JUNG_Subin.pdf", ["JUNG Subin"],
         "/cv/이력서_<PERSON>_<PERSON>_<PERSON>.pdf"),
        ("/cv/Resume_Peggy_Lin_林佩蓉.pdf", ["Peggy Lin"],
         "/cv/Resume_<PERSON>_<PERSON>_<PERSON>.pdf"),
        ("/履歷表/Resume_Peggy_Lin.pdf", ["Peggy Lin"], "/履歷表/Resume_<PERSON>_<PERSON>.pdf"),
    ],
)
def test_a_cjk_name_beside_the_romanised_one_in_the_file_name(privacy, path, names, stored):
    assert redact_path(path, privacy, names) == stored


def test_a_lone_name_before_a_role_apposition():
    assert found("- Pitched to investors; Ekene, our CTO, signed off.") == {"Ekene"}
    assert found("- Built it for Allegro, our client.") == set()
    assert found("- Support, our team lead said, is a rota.") == set()


def test_two_phones_split_by_a_spaced_slash_after_a_lost_label(privacy):
    # The PDF font had no glyphs for "휴대폰" (mobile): only the colon is left of the label.
    text = "JUNG Subin\n: 010-4827-3915 / +82 10-4827-3915\n\nExperience\nKakao, Pangyo\n"
    out = redact(text, privacy).text
    assert "4827" not in out and "Kakao, Pangyo" in out
