"""People in running text and the resume header, found by rules (no spaCy model)."""

from __future__ import annotations

import pytest

from jobtui.resume.header import header_name
from jobtui.resume.names import fold, gazetteer
from jobtui.resume.redact import redact
from tests.resume_probe import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referee: Tomasz Nowak, QA Lead.", "Tomasz Nowak"),
        ("- Reported to Ingrid de Vries-Bakker, Director.", "Ingrid de Vries-Bakker"),
        ("Mentored by Dr. Khalid bin Saeed Al-Mansouri.", "Khalid bin Saeed Al-Mansouri"),
        ("Referenz: Prof. Dr. Klaus Becker, TU München", "Klaus Becker"),
        ('"Great work." — Sanne Jansen, VP Engineering', "Sanne Jansen"),
        ("A quote\n— Layla Hassan, Nurse Manager", "Layla Hassan"),
        ("Line manager: Gareth Hughes. Forecasting.", "Gareth Hughes"),
        ("I shipped it with Rahul Mehta last year.", "Rahul Mehta"),  # gazetteer, no cue
        ("Worked with Chen Jing on search.", "Chen Jing"),
        ("Supervised by Ramon dela Cruz, Operations Director.", "Ramon dela Cruz"),
    ],
)
def test_cues_and_gazetteer_find_people(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Built Jenkins pipelines; Kafka, Cassandra, Grafana and Jasmine; Ruby on Rails; Julia.",
        "Worked at Morgan Stanley, Goldman Sachs, Wells Fargo and Charles Schwab.",
        "Studied at Carnegie Mellon, Stanford and Johns Hopkins; audits by Ernst & Young.",
        "Partnered with Lloyds Banking Group; worked with Amazon Web Services.",
        "Backend Engineer, Robert Bosch GmbH, Stuttgart; Universidade de São Paulo.",
        "- Built Jenkins farms for Travis CI users.\n- Kafka consumers",
        "Managed by the CTO. Reported to the board. Dr. and Prof. titles.",
        "Spring Boot; Magna Cum Laude; Phi Beta Kappa; Aurora Serverless; Marie Curie Fellowship",
        "Clients: Stanley Black & Decker, Robert Half, Clifford Chance, Mercedes Benz.",
        "George Washington University; Santa Clara University; Kent State University",
    ],
)
def test_tech_firms_places_and_titles_are_not_people(text):
    assert found(text) == set()


def test_surname_propagates_but_not_into_a_firm(privacy):
    text = "Reported to Kevin Morgan, CTO. Morgan approved it. Clients: Morgan Stanley."
    result = redact(text, privacy).text
    assert result == "Reported to <PERSON>, CTO. <PERSON> approved it. Clients: Morgan Stanley."


def test_surname_propagation_spares_institutions_named_after_people(privacy):
    text = ("Supervised by Andriy Shevchenko. Shevchenko agreed. "
            "Taras Shevchenko National University")
    result = redact(text, privacy).text
    assert result == "Supervised by <PERSON>. <PERSON> agreed. Taras Shevchenko National University"


def test_a_first_name_alone_goes_but_not_inside_a_firm(privacy):
    # Round 9b: a found person's given name standing alone names them again ("Kevin and I");
    # beside another capitalised word it is someone or something else ("Morgan Stanley").
    text = "Reported to Kevin Morgan. Kevin alone stays? Hired by Morgan Stanley."
    result = redact(text, privacy).text
    assert "<PERSON> alone stays" in result and "Morgan Stanley" in result


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Chiamaka Adaeze Okonkwo\nLagos", "Chiamaka Adaeze Okonkwo"),
        ("CURRICULUM VITAE\nName: Chiamaka Okonkwo\n", "Chiamaka Okonkwo"),
        ("ZHANG Xiaoling (Sherry)\nShanghai", "ZHANG Xiaoling Sherry"),
        ('Jennifer "Jen" Price\nColumbus', "Jennifer Price Jen"),
        ("Maarten van der Linden\nAmsterdam", "Maarten van der Linden"),
        ("Fatima Haddad, BSN, RN\nDubai", "Fatima Haddad"),
        ("Henrike\nSchäfer\nBerlin", "Henrike Schäfer"),
        ("Dr. Siobhan O'Connor-Walsh | Bristol", "Siobhan O'Connor-Walsh"),
        ("B.S. Computer Science\nText", None),
        ("van der Linden\nText", None),
    ],
)
def test_header_forms(text, name):
    assert header_name(text) == name


def test_credentials_after_the_comma_survive(privacy):
    text = "Fatima Haddad, BSN, RN\nPROFILE\nRegistered nurse (BSN, RN). Fatima leads."
    result = redact(text, privacy).text
    assert result == "<PERSON>, BSN, RN\nPROFILE\nRegistered nurse (BSN, RN). <PERSON> leads."


def test_matching_ignores_accents_everywhere(privacy, tmp_path):
    from jobtui.resume.redact import redact_path

    text = "Agnieszka Wiśniewska\nSUMMARY\nA. Wisniewska wrote it; WIŚNIEWSKA signed."
    result = redact(text, privacy).text
    assert "isniewsk" not in fold(result).lower()
    path = redact_path("/home/u/Agnieszka_Wisniewska_CV.pdf", privacy, ["Agnieszka Wiśniewska"])
    assert path == "/home/u/<PERSON>_<PERSON>_CV.pdf"
    assert redact_path("/cv/Henrike_Schaefer.pdf", privacy, ["Henrike Schäfer"]) == (
        "/cv/<PERSON>_<PERSON>.pdf")


def test_particles_alone_are_not_removed(privacy):
    text = "Maarten van der Linden\nSUMMARY\nWerkte bij de bank van de stad. Van der Linden's plan."
    result = redact(text, privacy).text
    assert "bij de bank van de stad" in result
    assert "Linden" not in result


def test_fold_keeps_offsets():
    for text in ("Wiśniewska", "Łódź Straße", "São Paulo — “quoted”", "plain"):
        assert len(fold(text)) == len(text)
    assert fold("Zieliński Schäfer Łukasz") == "Zielinski Schafer Lukasz"


def test_gazetteer_covers_many_locales(isolated_home):
    first, last = gazetteer()
    for name in ("maarten", "chiamaka", "siddharth", "joao", "tomasz", "khalid", "ingrid"):
        assert name in first, name
    for name in ("nowak", "jansen", "adeyemi", "haddad", "zhang", "zielinski"):
        assert name in last, name
    assert "will" not in first and "data" not in first  # ordinary words are left out
    assert len(first) > 10_000 and len(last) > 10_000


def test_gazetteer_is_cached_per_faker_version(isolated_home):
    from jobtui.paths import locations
    from jobtui.resume import names

    built = names._cached()
    (cached,) = locations().cache_dir.glob("names-faker-*.txt")
    assert names._cached() == built
    cached.write_text("corrupt")  # a damaged cache is rebuilt, not trusted
    assert names._cached() == built
