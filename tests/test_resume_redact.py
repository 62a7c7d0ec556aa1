"""Redaction: Presidio's recognizers plus jobtui's, offline, with typed placeholders."""

from __future__ import annotations

import pytest

from jobtui.config import PrivacySettings
from jobtui.resume.recognizers import OfflineEmailRecognizer, header_name
from jobtui.resume.redact import analyzer, redact
from jobtui.resume.sections import references_spans


def test_engine_uses_the_blank_pipeline_and_is_cached(privacy):
    engine = analyzer(privacy)
    assert engine is analyzer(PrivacySettings(spacy_model="jobtui_no_such_model"))
    assert engine.nlp_engine.get_nlp("en").pipe_names == []


def test_email_validation_uses_the_bundled_suffix_list(network_guard):
    extractor = OfflineEmailRecognizer.extractor()
    assert extractor.suffix_list_urls == ()
    assert extractor("someone@mail.example.co.uk").suffix == "co.uk"
    recognizer = OfflineEmailRecognizer()
    assert recognizer.validate_result("a@b.com") is True
    assert recognizer.validate_result("a@corp.internal") is None  # kept, not dropped
    assert network_guard == []


@pytest.mark.parametrize(
    ("text", "gone", "kept", "placeholder"),
    [
        ("Reach me at jo.doe@gmail.com today", "jo.doe@gmail.com", "today", "<EMAIL>"),
        ("Mail jo@corp.internal", "jo@corp.internal", "Mail", "<EMAIL>"),
        ("Call (415) 555-0134 or +44 20 7946 0958", "555-0134", "Call", "<PHONE>"),
        ("Lives at 12 North Oak Street, Apt 4B, Denver, CO 80203", "Oak Street", "Denver, CO",
         "<ADDRESS>"),
        ("Denver, CO 80203-1234", "80203", "Denver, CO", "<POSTAL_CODE>"),
        ("London SW1A 1AA", "SW1A 1AA", "London", "<POSTAL_CODE>"),
        ("DOB: 04/07/1990", "1990", "DOB", "<DATE_OF_BIRTH>"),
        ("Born on 7 July 1990 in Lyon", "July 1990", "Born on", "<DATE_OF_BIRTH>"),
        ("Born on 7 July 1990 in Lyon", "Lyon", "Born on", "<ADDRESS>"),
        ("I was born in 1990.", "1990", "born in", "<DATE_OF_BIRTH>"),
        ("Calle Mayor 12, 28013 Madrid", "Mayor 12", "Madrid", "<ADDRESS>"),
        ("Calle Mayor 12, 28013 Madrid", "28013", "Madrid", "<POSTAL_CODE>"),
        ("Hauptstraße 5a, 10115 Berlin", "Hauptstraße", "Berlin", "<ADDRESS>"),
        ("Keizersgracht 1, 1015 CJ Amsterdam", "1015 CJ", "Amsterdam", "<POSTAL_CODE>"),
        ("Zip: 10115 Rome", "10115", "Zip: <POSTAL_CODE> Rome", "<POSTAL_CODE>"),
        ("Postal code: 1015 CJ Amsterdam", "1015 CJ", "<POSTAL_CODE> Amsterdam", "<POSTAL_CODE>"),
        ("Postcode: SW1A 1AA London", "1AA", "<POSTAL_CODE> London", "<POSTAL_CODE>"),
        ("Hauptstraße 5a, 10115 Berlin", "10115", "<POSTAL_CODE> Berlin", "<POSTAL_CODE>"),
        ("see https://www.linkedin.com/in/jane-roe-42/ now", "jane-roe", "now", "<PROFILE_URL>"),
        ("code: github.com/janeroe/dotfiles", "janeroe", "code:", "<PROFILE_URL>"),
        ("portfolio https://janeroe.dev/work", "janeroe.dev", "portfolio", "<URL>"),
        ("SSN 536-90-4382", "536-90-4382", "SSN", "<SSN>"),
        ("card 4111 1111 1111 1111", "4111 1111", "card", "<CREDIT_CARD>"),
        ("server 192.168.10.12", "192.168.10.12", "server", "<IP_ADDRESS>"),
    ],
)
def test_pattern_recognizers(privacy, text, gone, kept, placeholder):
    result = redact(text, privacy)
    assert gone not in result.text
    assert kept in result.text
    assert placeholder in result.text


def test_work_history_survives(privacy):
    text = (
        "Senior Software Engineer, Acme Analytics, Austin TX (2019 - present)\n"
        "Cut p95 latency from 480 ms to 120 ms on PostgreSQL 15 and Kubernetes 1.29.\n"
        "B.S. Computer Science, University of Texas at Austin, May 2015\n"
        "Python, Node.js, C++, AWS\n"
        "Staff Engineer, Zalando, Berlin, 2019 - 2021; 2015 Python Conference Speaker\n"
        "Data Engineer, Acme, 10 Downing-level SLAs, 4 QA engineers\n"
        "Acme (2019) QA Lead; 2019 QA Lead at Initech\n"
    )
    result = redact(text, privacy)
    assert result.text == text
    assert result.counts == {}


def test_user_name_in_any_case_and_order_and_parts(privacy):
    privacy.full_name = "Jane Q. Roe"
    text = ("JANE Q. ROE\nroe, jane wrote it. Ms Roe led; Jane shipped; handle jroe_dev and "
            "janeroe42; Janet and Roebuck stay.")
    result = redact(text, privacy)
    lowered = result.text.lower()
    assert "jane" not in lowered.replace("janet", "")
    assert "roe" not in lowered.replace("roebuck", "")
    assert "Janet" in result.text and "Roebuck" in result.text
    assert result.counts["PERSON"] >= 5


def test_header_name_is_found_and_removed_everywhere(privacy):
    text = "Curriculum Vitae\n# Sam O'Neil-Park\nSkills\nSam built tools. O'Neil-Park wrote docs."
    assert header_name(text) == "Sam O'Neil-Park"
    result = redact(text, privacy)
    assert "Sam" not in result.text and "O'Neil" not in result.text
    assert "built tools" in result.text


@pytest.mark.parametrize("first", ["EXPERIENCE", "Senior Engineer at Acme", "jane@x.com"])
def test_header_name_ignores_non_names(first):
    assert header_name(f"{first}\nSome text") is None


def test_references_section_removed_up_to_next_heading(privacy):
    text = ("SKILLS\nPython\nReferences:\nDr. Lee Wong, CTO - lee@x.io\nAna Pereira\n"
            "EDUCATION\nMIT, 2010\n")
    assert len(references_spans(text)) == 1
    result = redact(text, privacy)
    assert "Lee Wong" not in result.text and "Ana Pereira" not in result.text
    assert "EDUCATION\nMIT, 2010" in result.text
    # The referee's role stays between two removed parts (" - " parts a referee's line).
    assert "<REFERENCES>CTO<REFERENCES>" in result.text.replace(" ", "")
    assert result.counts["REFERENCES"] == 2


def test_extra_terms_from_settings_and_arguments(privacy):
    privacy.redact_terms = ["Project Falcon"]
    result = redact("Led project falcon at Umbrella Corp.", privacy, ["Umbrella"])
    assert result.text == "Led <REDACTED> at <REDACTED> Corp."
    assert result.counts == {"REDACTED": 2}


def test_counts_never_hold_values(privacy):
    result = redact("x@y.com and z@w.org", privacy)
    assert result.counts == {"EMAIL": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("driver license D1234567 issued in Texas", "driver license <DRIVER_LICENSE> issued"),
        ("passport number 123456789", "passport number <PASSPORT>"),
        ("cut p95 latency; A1234567 build id", "cut p95 latency; A1234567 build id"),
        ("ticket 123456789 closed", "ticket 123456789 closed"),
    ],
)
def test_weak_ids_need_a_context_word(privacy, text, expected):
    assert redact(text, privacy).text.startswith(expected)


def test_installed_model_names_are_used(monkeypatch):
    """With a pipeline that has an "ner" component, its PERSON entities are removed too."""
    import spacy

    from jobtui.resume import redact as redact_module

    def pipeline_with_ner(name):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler", name="ner")
        ruler.add_patterns([
            {"label": "PERSON", "pattern": "Dana Whitfield"},
            {"label": "GPE", "pattern": "Austin"},
        ])
        return nlp

    monkeypatch.setattr(redact_module, "spacy_pipeline", pipeline_with_ner)
    privacy = PrivacySettings(spacy_model="jobtui_test_ner_model")
    result = redact("Worked with Dana Whitfield in Austin.", privacy)
    assert result.text == "Worked with <PERSON> in Austin."


def test_a_models_tech_and_firm_people_are_kept(monkeypatch):
    """spaCy models tag Kafka or Charles Schwab as people; the curated lists overrule them."""
    import spacy

    from jobtui.resume import redact as redact_module

    def pipeline_with_ner(name):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler", name="ner")
        ruler.add_patterns([{"label": "PERSON", "pattern": p}
                            for p in ("Kafka", "Jenkins", "Charles Schwab", "Dana Whitfield")])
        return nlp

    monkeypatch.setattr(redact_module, "spacy_pipeline", pipeline_with_ner)
    privacy = PrivacySettings(spacy_model="jobtui_test_ner_model_2")
    text = "Kafka and Jenkins at Charles Schwab with Dana Whitfield."
    assert redact(text, privacy).text == "Kafka and Jenkins at Charles Schwab with <PERSON>."


@pytest.mark.parametrize(
    "first", ["Senior Software Engineer", "Data Scientist", "Curriculum Vitae"]
)
def test_a_title_line_is_not_taken_for_a_name(privacy, first):
    text = f"{first}\nSenior Software Engineer at Acme; Data Scientist at Initech.\n"
    assert header_name(text) is None
    assert redact(text, privacy).text == text


def test_inline_references_line(privacy):
    text = "SKILLS\nGo\nReferences: Lee Wong (CTO), lee@x.io\nKim Ode\nAWARDS\nBest paper 2020\n"
    result = redact(text, privacy)
    # The referee's role stays (round 7: a role is a fact about the job, not the person).
    assert result.text == ("SKILLS\nGo\nReferences: <REFERENCES>CTO<REFERENCES>\nAWARDS\n"
                           "Best paper 2020\n")


def test_short_name_part_in_handles(privacy):
    privacy.full_name = "Ann Lee"
    result = redact("Ann Lee (ann_lee88) wrote the annual sleep_study report.", privacy)
    assert result.text == "<PERSON> (<PERSON>_<PERSON>88) wrote the annual sleep_study report."


def test_name_parts_do_not_eat_ordinary_words(privacy):
    privacy.full_name = "Ash Ward"
    text = "Won an Award for Bash scripting. Also Bash, Cash, Award."
    assert redact(text, privacy).text == text
    assert redact("follow @award or award-7", privacy).text == "follow <HANDLE> or <PERSON>"


def test_header_name_with_degree_and_double_surname(privacy):
    text = "Maria Gonzalez-Smith, PhD\nSUMMARY\nPhD in physics. Ms Smith and M. Gonzalez wrote it."
    assert header_name(text) == "Maria Gonzalez-Smith"
    result = redact(text, privacy)
    assert result.text == (
        "<PERSON>, PhD\nSUMMARY\nPhD in physics. Ms <PERSON> and M. <PERSON> wrote it."
    )


def test_bare_domains_in_the_body_are_employers_or_skills(privacy):
    body = "\n".join(["SUMMARY", "Engineer.", "EXPERIENCE", "Acme", "2019", "SKILLS"])
    kept = "Booking.com (2019 - 2021); ASP.NET, Socket.IO, setup.py, README.md, coolcoder.dev"
    removed = "Blog: coolcoder.dev; www.coolcoder.dev; https://coolcoder.dev/about"
    result = redact(f"{body}\n{kept}\n{removed}\n", privacy)
    assert kept in result.text
    assert "coolcoder" not in result.text.replace(kept, "")
    assert result.counts["URL"] == 3


def test_dotted_degrees_in_the_contact_block_are_no_links(privacy):
    text = ("Jo Doe, M.Sc.\nData Engineer | B.Tech, LL.M, Dipl.-Ing. | jo.dev | Jo.Doe.io\n"
            "SUMMARY\nx")
    result = redact(text, privacy)
    for degree in ("M.Sc.", "B.Tech", "LL.M", "Dipl.-Ing."):
        assert degree in result.text
    assert "jo.dev" not in result.text and "Jo.Doe.io" not in result.text


def test_bare_domain_in_the_contact_block_is_removed(privacy):
    result = redact("Jo Doe\ncoolcoder.dev | jo@x.com\nSUMMARY\nBuilt things.", privacy)
    assert result.text == "<PERSON>\n<URL> | <EMAIL>\nSUMMARY\nBuilt things."


def test_addresses_never_span_lines(privacy):
    text = "a\nb\nc\nd\ne\nf\nPark Avenue Capital, 2019\nLed 4 Product teams\nRoad 7 map\n"
    assert redact(text, privacy).text == text


@pytest.mark.parametrize(
    ("first", "name"),
    [
        ("ALEX MORGAN", "ALEX MORGAN"),
        ("Jane Roe | jane@x.com | (415) 555-0134", "Jane Roe"),
        ("Jane Roe • Austin, TX", "Jane Roe"),
        ("Jane Roe - Senior Engineer", "Jane Roe"),
    ],
)
def test_header_name_forms(first, name):
    assert header_name(f"{first}\nSUMMARY\nText") == name
