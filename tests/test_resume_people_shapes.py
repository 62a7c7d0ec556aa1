"""Structural rules for names no list knows: a lone given name after a cue, a name joined to a
found person by "and", a name before "said"/"and I" or a role apposition, pinyin given names,
possessives, "SURNAME, Given" and split-name headers, numbered districts after the street;
and what these rules must leave alone (tech, firms, job titles, ordinary words)."""

from __future__ import annotations

import pytest

from jobtui.resume.contact import contact_block_spans
from jobtui.resume.header import header_name
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Worked closely with Deepika on the migration.", {"Deepika"}),  # in no list
        ("- Paired daily with Ruud on the reconciliation jobs.", {"Ruud"}),  # adverb in cue
        ("- Launched group orders with Yasmin.", {"Yasmin"}),  # known given name after "with"
        ("- Interns mentored with Sana Malik from BI.", {"Sana Malik", "Malik"}),
        ("- Thanks to Bogdan for the review.", {"Bogdan"}),
        ("- Deputy to Lindiwe Mokoena, CFO.", {"Lindiwe Mokoena", "Mokoena"}),
        ("- My mentor Keiko Tanaka taught me design.", {"Keiko Tanaka", "Tanaka"}),
        ("Alongside Bartek and Zuzanna we shipped the app.", {"Bartek", "Zuzanna"}),
        ("- Led it with Hamid Rezaei and Farzaneh.", {"Hamid Rezaei", "Farzaneh", "Rezaei"}),
        ("- Built with Pieter Bakker's team.", {"Pieter Bakker"}),  # possessive
        ("Oluwadamilare Adeyemi said I was the best.", {"Oluwadamilare Adeyemi", "Adeyemi"}),
        ("Chidinma Okafor and I rebuilt the pipeline.", {"Chidinma Okafor", "Okafor"}),
        ("Tendai Moyo, my former manager, approved it.", {"Tendai Moyo", "Moyo"}),
        ("- Feature store designed with Tang Xiaowen.", {"Tang Xiaowen", "Tang"}),  # pinyin
        ("- Feature store designed with Xiaowen Tang.", {"Xiaowen Tang", "Tang"}),
    ],
)
def test_names_found_by_shape_and_position(text, names):
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "- Built APIs with Flask and Terraform.",
        "- Worked closely with Marketing on the launch.",
        "- Integrated with Stripe and Adyen.",
        "- Built it with Spring Boot and Docker.",
        "- Worked with Kafka and Jenkins on the pipeline.",
        "Referee: Available on request",
        "Thanks to Kubernetes we scaled.",
        "Stack Overflow said so.",  # "Overflow" is no surname
        "Red Hat and I partnered.",
        "Delta Lake and I got along.",
        "Acme Corp, our client, approved.",
        "Machine Learning said nothing.",
        "Worked at Goldman Sachs and Morgan Stanley.",
        "- Deployed Wang Bo services in Shanghai Tower.",  # "Bo" is no pinyin given name here
    ],
)
def test_shape_rules_leave_tech_firms_and_words(text):
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Worked with Anna Kowalska and Python developers.", {"Anna Kowalska", "Kowalska"}),
        ("- Coupons built with Lee Soo-jin and Naver Pay partners.", {"Lee Soo-jin", "Lee"}),
    ],
)
def test_a_joined_technology_or_firm_is_not_a_person(text, names):
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: ADEBAYO-OKONKWO, Oluwaseun Temitope\nPlot 12",
         "ADEBAYO-OKONKWO Oluwaseun Temitope"),
        ("DOE, Jane\nLondon", "DOE Jane"),
        ("João Pedro\nAlbuquerque Nascimento\nRua Augusta, 1508",
         "João Pedro Albuquerque Nascimento"),
        ("Name: Nowak, Zuzanna\nKraków", "Nowak Zuzanna"),  # a label vouches for an unknown name
        ("LÓPEZ GARCÍA, Juan\nMadrid", "LÓPEZ GARCÍA Juan"),
        ("Md. Rafiqul Islam\nDhaka", "Rafiqul Islam"),  # "Md." is no degree here
        ("Dr. med. Jonas Feldkamp\nBerlin", "Jonas Feldkamp"),
        ("Curriculum Vitae — Marek Nowicki\nGdańsk", "Marek Nowicki"),
        ("CV: Lotte Verbruggen\nGent", "Lotte Verbruggen"),
        ("RESUME OF ADAOBI NWOSU\nLagos", "ADAOBI NWOSU"),
        ("Nguyễn Văn An\nHanoi", "Nguyễn Văn An"),  # "An" is no organisation word here
        # Not a surname-first header or a split name: credentials, a title, a city stay out.
        ("Berlin, Germany\nSoftware Engineer", None),
        ("Kraków, Poland\nSoftware Engineer", None),
        ("B.S. Computer Science, 2014\nSoftware Engineer", None),
        ("Fatima Haddad, BSN, RN\nBoston", "Fatima Haddad"),
        ("Anna Maria\nSoftware Engineer", "Anna Maria"),
        ("Maria Clara\nSão Paulo, Brazil", "Maria Clara"),
        ("Maria Silva\nLisbon", "Maria Silva"),
    ],
)
def test_surname_first_and_split_headers(text, name):
    assert header_name(text) == name


@pytest.mark.parametrize(
    ("block", "gone", "kept"),
    [
        ("Plot 12, Admiralty Way, Lekki Phase 1, Lagos\n", "Plot 12", "Lekki Phase 1"),
        ("Villa 27, Street 14, Al Barsha 2, Dubai\n", "Villa 27", "Al Barsha 2"),
        ("Drottninggatan 45, 111 21 Stockholm\n", "Drottninggatan 45", "Stockholm"),
    ],
)
def test_a_numbered_district_after_the_street_survives(block, gone, kept):
    spans = contact_block_spans(block, len(block))
    assert gone in {block[s:e] for s, e, _ in spans}
    start = block.index(kept)
    assert not any(s < start + len(kept) and start < e for s, e, _ in spans)
