"""Classes of facts the person rules took for people (sets 19 and 20), each with examples from
several countries and the people beside them that must still go: a work line naming the
employer before a dash, a technology compound, a contest or prize compound named after
someone, a product joined by "&", a brand that opens an employer's name, a month after a year,
a dotted Latin degree, an abbreviation of a school with its city among the referees."""

from __future__ import annotations

import pytest

from jobtui.resume.redact import redact

HEADER = "Anna Kowalczyk\nanna.kowalczyk@example.com | +48 600 100 200\n\nEXPERIENCE\n"


def redacted(privacy, body: str) -> str:
    return redact(HEADER + body + "\n", privacy).text


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        # an employer with a legal form, a dash and the place of the job
        ("Globant S.A. – Palermo, CABA (mayo 2019 – actualidad)", "Globant S.A. – Palermo, CABA"),
        ("Stefanini Ltda. – Alphaville, Barueri (2016 – 2019)",
         "Stefanini Ltda. – Alphaville, Barueri"),
        # a month after a year is a date, never a person ("Mar", "Jun", "Mai" are given names)
        ("2014 Mar   Completed Master's course, Kyoto University", "Completed Master's course"),
        ("2017 Jun   Joined Hitachi, Ltd. - Senior Engineer", "Hitachi, Ltd. - Senior Engineer"),
        # a technology joined to a technical noun
        ("- Mit Lukas Grafana-Dashboards für das Monitoring gebaut.", "Grafana-Dashboards"),
        # a prize or contest: a compound's head, or a quoted name after the contest's words
        ("Ausgezeichnet mit dem Heinrich Marianne Förderpreis (2016)",
         "Heinrich Marianne Förderpreis"),
        ("- Genomineerd voor de Willem Drees Scriptieprijs (2015)", "Willem Drees Scriptieprijs"),
        ("Mención en el Concurso Nacional de Matemáticas «Eduardo Ortiz» (2009)",
         "Concurso Nacional de Matemáticas «Eduardo Ortiz»"),
        ("Locul II la Olimpiada de Informática „Tudor Vianu” (2010)",
         "Olimpiada de Informática „Tudor Vianu”"),
        # a charity named after someone, a product or firm joined by "&"
        ("- Weekend shifts at the Simon Community night shelter.", "Simon Community"),
        ("- Led the Harmony Mail & Calendar rewrite in Go.", "Harmony Mail & Calendar"),
        ("Built the ordering app for Brennan Marks & Engineering in 2019",
         "Brennan Marks & Engineering"),
        # a referee's school written as an abbreviation and a city, kept with the role
        ("REFERENCES\nDr. Saima Riaz, Professor, NUST Islamabad — saima.riaz@example.com",
         "Professor, NUST Islamabad"),
    ],
)
def test_facts_taken_for_people_stay(privacy, line, fact):
    assert fact in redacted(privacy, line)


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # the employer-first rule never keeps a person written that way
        ("Marek Wiśniewski, Kraków — Team Lead (2015 – 2019)", "Wiśniewski"),
        ("Hans Becker, München — Teamleiter (2012 – 2016)", "Becker"),
        ("Laura Martínez, Sevilla — Project Manager (2016 – 2020)", "Martínez"),
        # a technology compound leaves the colleague before it
        ("- Mit Lukas Grafana-Dashboards für das Monitoring gebaut.", "Lukas"),
        ("- Die Kafka-Cluster von Jonas Weber auf Kubernetes migriert.", "Weber"),
        ("REFERENCES\nDr. Saima Riaz, Professor, NUST Islamabad — saima.riaz@example.com",
         "Riaz"),
    ],
)
def test_people_written_like_those_facts_still_go(privacy, line, gone):
    assert gone not in redacted(privacy, line)


def test_a_brand_opening_an_employer_names_its_other_businesses(privacy):
    out = redacted(privacy, "Emart Data Center, Seoul | 2015 – 2018\n"
                            "- Lotte Everyday sales dashboards with Kim Min-jun.\n"
                            "Lotte Data Communication Company, Seoul | 2018 – 2021\n"
                            "- Lotte Mart sales ETL; on-call with Mart Tamm.")
    assert "Lotte Mart sales" in out and "Lotte Everyday" in out
    assert "Tamm" not in out and "Min-jun" not in out


def test_a_degree_and_an_abbreviation_beat_a_name_read_off_a_file_or_an_email(privacy):
    text = ("Hamza Qureshi\nhamza.qureshi.nust@example.com\n\nEDUCATION\n"
            "BE Mechanical, National University of Sciences and Technology (NUST), Islamabad\n"
            "Diplomstudium Biologie (Mag. rer. nat.), Universität Wien (2008 – 2013)\n")
    out = redact(text, privacy, file_name="Lebenslauf Mag. Qureshi.pdf").text
    assert "(NUST), Islamabad" in out and "(Mag. rer. nat.)" in out
    assert "Qureshi" not in out


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Ecopetrol S.A. – Bogotá\nIngeniera de datos (2019 – 2022)", "Ecopetrol S.A. – Bogotá"),
        ("Grupo Nutresa S.A. – Medellín\nAnalista", "Grupo Nutresa S.A. – Medellín"),
        ("Deloitte – Bengaluru\nConsultant", "Deloitte – Bengaluru"),
    ],
)
def test_a_city_no_name_list_knows_is_no_person(privacy, line, fact):
    assert fact in redacted(privacy, line)


def test_a_city_that_is_also_a_given_name_is_left_to_the_name_rules(privacy):
    text = redacted(privacy, "- Paired weekly with Sofia on the Kafka consumers.")
    assert "Sofia" not in text and "Kafka" in text
