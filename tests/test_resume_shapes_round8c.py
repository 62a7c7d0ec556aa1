"""Other people in running text, round 8c: a relative after a possessive, a list of given
names after "with", a name joined by "and" to a found one, a lone given name before "and I",
a Turkish clause before "ile", lower-case academic titles, parent labels on Turkish and Greek
CVs, Korean names by kinship word or job title with their romanised form, a quoted nickname
inside a name; and the things named after people that must stay."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Volunteer coach on Saturdays together with my partner Harriet.", "Harriet"),
        ("Hobby's: fietsen met mijn zus Femke.", "Femke"),
        ("Trainer bij de hockeyclub, samen met mijn schoonbroer Jorik.", "Jorik"),
        ("Orientering med min sambo Linnea.", "Linnea"),
        ("Randonnée avec ma soeur Gwenaëlle.", "Gwenaëlle"),
    ],
)
def test_a_relative_after_a_possessive(text, secret):
    assert secret in found(text)


def test_a_list_of_given_names_after_with():
    people = found("- Worked with Dimitris, Stavros and Eirini on the search index.")
    assert {"Dimitris", "Stavros", "Eirini"} <= people


def test_a_name_after_and_with_an_article():
    assert {"Duarte", "Leonor"} <= found("  • Trabalho com o Duarte e a Leonor no portal.")


def test_a_known_given_name_joined_to_a_found_one_without_a_cue():
    assert "Emre" in found("  • Emre ve Elif ile birlikte Jenkins kurduk")


def test_a_lone_given_name_before_and_i():
    assert "Omar" in found("- Built the ledger; Omar and I shipped the feature store.")


def test_a_capitalised_word_opening_a_turkish_clause_before_ile():
    assert "Tolga" in found("  • Yöneticim: Ayşe Demir; Tolga ile on-call rotasyonu")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Leidinggevende: dr. Wietske Verhoef-Bakker; samen met Bas", {"Wietske Verhoef-Bakker"}),
        ("ir. Hylke Zijlstra-Bos, Group Lead, ASML", {"Hylke Zijlstra-Bos"}),
        ("Tesi con la prof.ssa Chiara Dell'Acqua (relatore)", {"Chiara Dell'Acqua"}),
        ("Diplomová práce pod vedením doc. Kratochvíla", {"Kratochvíla"}),
    ],
)
def test_a_name_after_a_lower_case_title(text, secrets):
    assert secrets <= found(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Doğum Yeri: Rize · Baba Adı: Mustafa · Medeni Hali: Bekar", "Mustafa"),
        ("Father's name: Dimitrios (Πατρώνυμο: Δημήτριος)", "Δημήτριος"),
    ],
)
def test_a_parent_label_on_a_turkish_or_greek_cv(text, secret):
    assert secret in found(text)


def test_korean_names_by_kinship_word_or_title_with_the_romanised_form():
    people = found("가족관계: 부 김철수, 모 박영희\n  - 사수 (mentor): 정우성 책임 (Woosung Jung)")
    assert {"김철수", "박영희", "정우성", "Woosung Jung"} <= people


def test_a_quoted_nickname_inside_a_name(privacy):
    text = 'Thesis adviser was Roberto "Bong" Villaruel; Villaruel now teaches at Mapúa University.'
    out = redact(text, privacy).text
    assert "Bong" not in out and "Villaruel" not in out and "Mapúa University" in out


@pytest.mark.parametrize(
    "text",
    [
        "- Flight software for the Parker Solar Probe ground segment.",
        "2016 – 2020  Software Engineer, Thales Nederland, Hengelo",
        "2016 – 2019  Entwicklerin, Porsche Informatik, Salzburg",
        "2010 – 2013  Bachelorstudium Informatik, Johannes Kepler Universität Linz",
        "2014 — Laurea triennale, Alma Mater Studiorum – Università di Bologna",
        "- Worked with Docker, Terraform and Ansible on the platform.",
        "- Google and I signed the partnership.",
        "  • Python ile veri hattı kurduk",
        "Our partner Accenture ran the rollout.",
    ],
)
def test_things_named_after_people_and_tools_stay(text):
    assert found(text) == set()


def test_a_quoted_nickname_before_a_given_name_and_an_article_after_con():
    assert {"Chico", "Ignacio"} <= found('  Turnos en faena con el "Chico" Ignacio.')
    assert "Tomás" in found("  Diseñé el modelo con el Tomás del equipo de datos.")


def test_a_czech_surname_after_s_in_the_instrumental():
    assert "Janou Dvořákovou" in found("Vedla jsem migraci s Janou Dvořákovou.")


@pytest.mark.parametrize("text", ["정보 책임자로 보안 감사를 맡았습니다",
                                  "기술 이사회 보고 자료 작성"])
def test_korean_nouns_before_a_title_word_stay(text):
    assert found(text) == set()


def test_a_role_glossed_in_brackets_before_the_colon(privacy):
    # A PDF whose font has no Hangul drops "사수" and the name, leaving the gloss and brackets.
    out = redact("  -  (mentor):   (Woosung Jung)\n- Built the search index.", privacy).text
    assert "Woosung" not in out and "Jung" not in out and "search index" in out


def test_a_surname_wrapped_onto_the_next_line():
    text = ("Robotics club coach (2017 – present), with co-coach Philippa\n"
            "Okonkwo-Brandt; team placed 4th nationally.\nStandup notes for the\nBuilt team.")
    people = found(text)
    assert "Okonkwo-Brandt" in people and "Built" not in people
