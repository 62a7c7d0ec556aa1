"""The kept-facts corpus: ~3,000 facts from every region (employers, schools, prizes, titles,
dates, technologies, certifications, languages) in CV lines, redacted inside small resumes of
made-up candidates; every fact must survive verbatim. Plus the classes of kept_institutions.py,
each with the people they must still remove."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact
from tests.kept_corpus import corpus_cvs, load_corpus

# Facts the rules still lose, and why: each is a person's name with no word that marks it.
KNOWN_LOSSES = {
    "Padma Shri",  # "Padma" is a given name and "Shri" an honorific before names
    "Anheuser-Busch InBev",  # two surnames in prose, no firm word, no work line names it here
    "Marie Curie",  # the charity is a person's name alone in prose ("Fundraised for Marie Curie")
}
HEADER = "Anna Kowalczyk\nanna.kowalczyk@example.com | +48 600 100 200\n\nEXPERIENCE\n"


def redacted(privacy, body: str) -> str:
    return redact(HEADER + body + "\n", privacy).text


def test_the_corpus_covers_every_region():
    lines = load_corpus()
    countries = {line.country for line in lines}
    facts = sum(len(line.facts) for line in lines)
    assert facts >= 600 and len(countries) >= 50
    for region in ("Poland", "Bulgaria", "Serbia", "Latvia", "Brazil", "Nigeria", "Kenya",
                   "Egypt", "Israel", "India", "Vietnam", "Japan (Latin script)", "Australia"):
        assert region in countries
    assert all(line.facts for line in lines)  # every line holds at least one fact


def test_every_corpus_fact_survives_redaction(privacy):
    lines = load_corpus()
    lost, total = [], 0
    for text, batch in corpus_cvs(lines):
        out = redact(text, privacy).text
        name = text.splitlines()[0]
        assert name not in out and name.split()[-1] not in out  # the candidate still goes
        for line in batch:
            total += len(line.facts)
            lost += [f"{line.country}: {fact}" for fact in line.facts if fact not in out]
    print(f"\nkept-facts corpus: lost {len(lost)}/{total} ({100 * len(lost) / total:.1f}%)")
    assert {fact.split(": ", 1)[1] for fact in lost} <= KNOWN_LOSSES, "\n".join(lost)


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        # a capitalised run before a company word or a legal form
        ("Proje Yöneticisi, Hacı Ömer Sabancı Holding A.Ş., İstanbul (2014 – 2018)",
         "Hacı Ömer Sabancı Holding A.Ş."),
        ("Fejlesztő, Richter Gedeon Nyrt., Budapest (2016 – 2020)", "Richter Gedeon Nyrt."),
        ("Machinist, Harley-Davidson Motor Company, Milwaukee (2005 – 2009)",
         "Harley-Davidson Motor Company"),
        ("Geologist, Debswana Diamond Company, Orapa (2015 – 2019)", "Debswana Diamond Company"),
        # an institution or prize word opening a run, with a connector or a quoted name
        ("Lekarz, Uniwersytet Medyczny im. Karola Marcinkowskiego (2005 – 2011)",
         "Uniwersytet Medyczny im. Karola Marcinkowskiego"),
        ("Bacalaureat, Colegiul Național „Mihai Viteazul“, Ploiești (2005)",
         "Colegiul Național „Mihai Viteazul“"),
        ("Премія імені Ярослава Мудрого (2018)", "Премія імені Ярослава Мудрого"),
        ("Prêmio Almirante Álvaro Alberto (2020)", "Prêmio Almirante Álvaro Alberto"),
        ("BS Nursing, University of Santo Tomas (2007 – 2011)", "University of Santo Tomas"),
        # a lower-case institution word (Baltic, Slavic) and "named after" words
        ("Maģistrs, Jāzepa Vītola Latvijas Mūzikas akadēmija (2012 – 2014)",
         "Jāzepa Vītola Latvijas Mūzikas akadēmija"),
        ("Бакалавър, Русенски университет „Ангел Кънчев“ (2006 – 2010)",
         "Русенски университет „Ангел Кънчев“"),
        ("Tallinna Ülikooli Juhan Liivi nimeline stipendium (2015)",
         "Tallinna Ülikooli Juhan Liivi nimeline stipendium"),
        # a run of names ending in an institution or prize word
        ("Gottfried Wilhelm Leibniz-Preis (2019)", "Gottfried Wilhelm Leibniz-Preis"),
        ("Cena Josefa Hlávky (2012)", "Cena Josefa Hlávky"),
        ("PhD, Walter and Eliza Hall Institute of Medical Research (2009 – 2013)",
         "Walter and Eliza Hall Institute of Medical Research"),
        ("Mohammed bin Rashid Al Maktoum Knowledge Award (2019)",
         "Mohammed bin Rashid Al Maktoum Knowledge Award"),
        # the employer of a work line
        ("Risk Analyst, Julius Bär, Zürich (2012 – 2014)", "Julius Bär"),
        ("Finance Manager, Abdul Latif Jameel, Jeddah (2012 – 2016)", "Abdul Latif Jameel"),
        ("Engineer, Zain Iraq, Baghdad (2014 – 2018)", "Zain Iraq"),
        ("2016 – 2019  Senior Buyer, Julius Meinl, Wien", "Julius Meinl"),  # dates first
        ("03/2014 – 02/2017  Consultor, Roberto Zanetti y Asociados, Córdoba",
         "Roberto Zanetti y Asociados"),
        # the employer first, the title after a dash; a trade or industry word after a surname
        ("Dawson Construction, Leeds — Site Engineer (2016 – 2021)", "Dawson Construction"),
        ("Keller Builders, Leeds – Site Engineer (2016 – 2021)", "Keller Builders"),
        ("- Audited Hartley Chemicals and Wright Electronics.", "Hartley Chemicals"),
        ("- Audited Hartley Chemicals and Wright Electronics.", "Wright Electronics"),
        # a trade that is also a surname, a skills list of technologies
        ("Stone Mason, Historic England, York (2010 – 2014)", "Stone Mason"),
        ("Park Ranger, Yellowstone National Park, WY (2014 – 2017)", "Park Ranger"),
        ("Mason, Jinja, Liquid, Hugo, Jekyll, Gatsby, Hexo, Pelican, Sphinx", "Mason, Jinja"),
        # an Arabic institution's name (no capitals), a technology before a technical noun
        ("بكالوريوس، جامعة الملك سعود (2003 – 2007)", "جامعة الملك سعود"),
        ("- Designed the event bus on Kafka with Avro schemas.", "Avro schemas"),
        # a language with its level, a dotted designation beside a Vietnamese ward rule
        ("Languages: English (native), Te Reo Māori (conversational)", "Te Reo Māori"),
        ("Kỹ sư phần mềm, Tập đoàn FPT, Hà Nội (2018 – nay)\nP.Eng., CPA, CA", "P.Eng."),
    ],
)
def test_facts_named_after_people_stay(privacy, line, fact):
    assert fact in redacted(privacy, line)


def test_a_referees_employer_and_a_recurring_employer_stay(privacy):
    body = ("Backend Engineer, Paystack, Lagos (2017 – 2019)\n"
            "- Ran Sitecore pages; shipped Paystack's settlement API with Chidi.\n\n"
            "REFERENCES\n"
            "Chidinma Okafor, CTO, Paystack, chidinma@example.com\n"
            "Dr. Hanna Lindqvist, Head of Research, Karolinska Institutet, +46 70 123 45 67\n")
    out = redacted(privacy, body)
    assert out.count("Paystack") == 3 and "Karolinska Institutet" in out
    assert "Ran Sitecore" in out
    for gone in ("Chidinma", "Okafor", "Lindqvist", "chidinma@example.com"):
        assert gone not in out


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("- Worked with Marta Zielińska and the Foundation team on grants.", "Marta Zielińska"),
        ("- Scholarship mentor: Tomasz Wróblewski (2019).", "Tomasz Wróblewski"),
        ("Supervisor, Dr. Elżbieta Mazur, Kraków (2014 – 2016)", "Elżbieta Mazur"),
        ("- Thesis at the Institute of Physics supervised by Jan Brzechwa.", "Jan Brzechwa"),
        ("Anna Kowalczyk Consulting, Kraków (2019 – present)", "Kowalczyk"),
        ("- Dashboards tuned together with Yasmin Mostafa.", "Mostafa"),  # no inflected "most"
        ("- Paid out by the bank Dorota Pawlak runs.", "Dorota Pawlak"),
        ("Status: married, Spouse: Grażyna Pawlak (since 2015)", "Grażyna Pawlak"),
        ("Referee, Tomasz Wróblewski, Gdańsk (worked together 2015 – 2019): Director",
         "Tomasz Wróblewski"),
        ("- Ran Levi and I rebuilt the billing service.", "Levi"),  # a known surname
        ("- Mentored by Dean Smith, Head Baker at the Old Mill.", "Dean Smith"),
        ("- Am scris împreună cu Ioana pipeline-ul de date.", "Ioana"),  # no "pipeline" here
    ],
)
def test_people_beside_institutions_still_go(privacy, line, gone):
    assert gone not in redacted(privacy, line)


def test_a_dash_bullet_under_a_date_is_no_employer(privacy):
    out = redacted(privacy, "Dynatrace, Linz\n   – Team Lead 2019 – 2021\n")
    assert "Dynatrace" in out and "Team Lead 2019 – 2021" in out


def test_an_id_without_a_digit_is_a_word():
    from jobtui.resume.kept_lines import drop_institution_findings

    text = "Researcher, RIKEN, Wako (2014 – 2018)\nPAN: ABCPK1234Q"
    spans = [(0, 10, "IN_PAN"), (43, 53, "IN_PAN"), (12, 17, "PERSON")]
    assert drop_institution_findings(text, spans, ["Anna Kowalczyk"]) == [(43, 53, "IN_PAN")]
