"""The privacy test set: fictional people from many countries, written as data.

Each person is one resume with the traps real resumes hold (names in running text, national IDs,
local birth-date labels and addresses, messenger handles, tech and firm names that look like
people) and two lists: ``must_not_appear`` (personal strings that may not be stored anywhere,
checked accent- and case-insensitively as whole words) and ``must_survive`` (facts the model
needs, checked verbatim in the stored text). ``tests/privacy_docs.py`` turns each into a TXT,
a DOCX and a PDF file. Every name, number and address here is made up; the ID numbers carry
valid checksums so the recognizers' checks are exercised.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """One fictional resume and what must (not) survive its redaction."""

    key: str
    stem: str
    """File name without suffix (names in file names are a trap too)."""
    text: str
    must_not_appear: list[str]
    must_survive: list[str]
    textbox: bool = False
    """DOCX: the contact block (up to the first blank line) sits in a text box."""
    sidebar: str = ""
    """PDF: this text is a left column printed beside ``text`` (a two-column layout); in TXT
    and DOCX it comes first."""

    def full_text(self) -> str:
        """The resume as one text (sidebar first)."""
        return f"{self.sidebar}\n\n{self.text}" if self.sidebar else self.text


PEOPLE = [
    Person(
        key="nl",
        stem="Maarten_van_der_Linden_CV",
        textbox=True,
        text="""\
Maarten van der Linden
Prinsengracht 263, 1016 GV Amsterdam | +31 6 1234 5678
maarten.vdlinden@example.nl | Telegram: @maartenvdl
Geboortedatum: 14-05-1988 | BSN: 123456782

PROFILE
Senior Data Engineer with ten years of streaming and batch pipelines on Kafka, Spark and
Grafana dashboards. Maarten likes clean data contracts.

EXPERIENCE
Senior Data Engineer, Booking.com, Amsterdam (03/2019 – present)
- Reported to Ingrid de Vries-Bakker, Director of Data Platform.
- Moved 40 Kafka topics to a schema registry; cut incident count by half.
- Built Jenkins pipelines for 25 services; Van der Linden's runbooks are still used.
Data Engineer, ING Bank, Amsterdam (09/2014 – 02/2019)
- Real-time fraud scoring on Spark Streaming and Cassandra.

EDUCATION
MSc Computer Science, TU Delft, 2014

SKILLS
Python, Scala, Kafka, Spark, Grafana, Jenkins, Terraform, dbt

"Maarten turned our data platform around in a year." — Sanne Jansen, VP Engineering
""",
        must_not_appear=[
            "Maarten", "van der Linden", "Linden", "Prinsengracht 263", "1016 GV",
            "+31 6 1234 5678", "maarten.vdlinden@example.nl", "@maartenvdl", "maartenvdl",
            "14-05-1988", "123456782", "Ingrid", "de Vries-Bakker", "Vries", "Bakker", "Sanne",
            "Jansen",
        ],
        must_survive=[
            "Amsterdam", "Senior Data Engineer", "Booking.com", "ING Bank", "Kafka", "Grafana",
            "Jenkins", "Cassandra", "(09/2014 – 02/2019)", "TU Delft", "Director of Data Platform",
            "VP Engineering",
        ],
    ),
    Person(
        key="pl",
        stem="Agnieszka_Wisniewska_CV",
        text="""\
Agnieszka Wiśniewska
QA Automation Engineer
ul. Marszałkowska 84/92, 00-514 Warszawa
agnieszka.wisniewska@example.pl | +48 601 234 567 | Skype: live:agnieszka.wis
PESEL: 92071314764 | Data urodzenia: 13.07.1992

SUMMARY
QA Automation Engineer with seven years of test automation for e-commerce. Agnieszka built
the Jasmine and Cypress suites that gate every release.

EXPERIENCE
QA Automation Engineer, Allegro, Warszawa (2019 – present)
- Mentored by Bartosz Zieliński, Head of Quality; took over the Cassandra test clusters.
- Automated 1,200 regression cases with Jasmine, Cypress and Ansible.
Tester, CD Projekt, Warszawa (2016 – 2019)
- Referee: Tomasz Nowak, QA Lead at CD Projekt.
- Wrote load tests in Gatling; A. Wiśniewska's test plan became the team template.

EDUCATION
Inżynier, Informatyka, Politechnika Warszawska, 2016

SKILLS
Jasmine, Cypress, Selenium, Cassandra, Ansible, Java, TypeScript
""",
        must_not_appear=[
            "Agnieszka", "Wiśniewska", "Wisniewska", "Marszałkowska 84/92", "00-514",
            "agnieszka.wisniewska@example.pl", "+48 601 234 567", "live:agnieszka.wis",
            "92071314764", "13.07.1992", "Bartosz", "Zieliński", "Tomasz", "Nowak",
        ],
        must_survive=[
            "Warszawa", "QA Automation Engineer", "Allegro", "CD Projekt", "Jasmine", "Cassandra",
            "Ansible", "Politechnika Warszawska", "Head of Quality", "QA Lead", "Gatling",
        ],
    ),
    Person(
        key="in",
        stem="Siddharth_Nair_Resume",
        text="""\
SIDDHARTH RAO NAIR
No. 14, 2nd Cross Road, Indiranagar, Bengaluru 560038
+91 98450 12345 | siddharth.nair@example.in
Born 1991/04/03 | PAN: ABCPN1234F | Aadhaar: 4987 1234 5679
Passport No: K1234567

SUMMARY
Machine learning engineer with eight years in recommendation systems. Fluent in Julia, Ruby
and Python; Siddharth enjoys teaching.

EXPERIENCE
Senior ML Engineer, Flipkart, Bengaluru (07/2018 – present)
- Reported to Lakshmi Narayanan, VP Data Science; shipped a ranking model to 300M users.
- Worked with Rahul Mehta on the Hadoop to Spark migration.
Software Engineer, Tata Consultancy Services, Chennai (06/2013 – 06/2018)
- Built batch jobs for Wells Fargo and Morgan Stanley programs.

EDUCATION
B.Tech, Computer Science, IIT Madras, 2013

SKILLS
Python, Julia, Ruby, Spark, Hadoop, TensorFlow, Kubernetes
""",
        must_not_appear=[
            "Siddharth", "Nair", "Rao", "2nd Cross Road", "560038", "+91 98450 12345",
            "siddharth.nair@example.in", "1991/04/03", "ABCPN1234F", "4987 1234 5679",
            "K1234567", "Lakshmi", "Narayanan", "Rahul", "Mehta",
        ],
        must_survive=[
            "Bengaluru", "Flipkart", "Tata Consultancy Services", "Chennai", "Wells Fargo",
            "Morgan Stanley", "IIT Madras", "Julia", "Ruby", "Hadoop", "VP Data Science",
            "(07/2018 – present)", "(06/2013 – 06/2018)",
        ],
    ),
    Person(
        key="cn",
        stem="ZHANG_Xiaoling_CV",
        textbox=True,
        text="""\
ZHANG Xiaoling (Sherry)
Room 1203, 88 Century Avenue, Pudong, Shanghai 200120
+86 138 0013 8000 | sherry.zhang@example.cn | WeChat: sherry_zx88
Date of birth: 1990-08-21 | Passport No.: E12345678

PROFILE
Product analyst with experience at Alibaba and ByteDance. Sherry writes SQL and builds
Grafana dashboards.

EXPERIENCE
Senior Product Analyst, ByteDance, Shanghai (2020 – present)
- Mentored by Prof. Li Wei during a joint research project with Fudan University.
- Built the Grafana and Superset reporting stack; moved the CI from Hudson to Jenkins.
Product Analyst, Alibaba Group, Hangzhou (2016 – 2020)
- Worked with Chen Jing on A/B testing for Taobao search.

EDUCATION
MS Information Systems, Carnegie Mellon University, 2016
BS Statistics, Fudan University, 2014
""",
        must_not_appear=[
            "ZHANG", "Xiaoling", "Sherry", "88 Century Avenue", "200120", "+86 138 0013 8000",
            "sherry.zhang@example.cn", "sherry_zx88", "1990-08-21", "E12345678", "Li Wei",
            "Chen Jing",
        ],
        must_survive=[
            "Shanghai", "Alibaba", "ByteDance", "Grafana", "Hudson", "Jenkins", "Fudan University",
            "Carnegie Mellon University", "Hangzhou", "Taobao", "Senior Product Analyst",
        ],
    ),
    Person(
        key="ng",
        stem="CV_Okonkwo",
        text="""\
CURRICULUM VITAE
Name: Chiamaka Adaeze Okonkwo
Address: 15 Admiralty Way, Lekki Phase 1, Lagos
Phone: +234 803 123 4567 | Email: chiamaka.okonkwo@example.ng
D.O.B: 12th June 1993 | NIN: 70123456789

CAREER OBJECTIVE
Financial analyst moving into data engineering; strong in SQL, Python and Ada for legacy
payment switches.

WORK EXPERIENCE
Data Analyst, Flutterwave, Lagos (2020 – present)
- Supervised by Emeka Obi, Head of Analytics; built the settlement reconciliation pipeline.
Graduate Analyst, Goldman Sachs, Lagos office (2017 – 2020)
- Reconciled trades for Johnson & Johnson and Ernst & Young audit requests.

EDUCATION
BSc Economics, University of Lagos, 2016

"Chiamaka is the most careful analyst I have worked with." — Ngozi Adeyemi, CFO
""",
        must_not_appear=[
            "Chiamaka", "Adaeze", "Okonkwo", "15 Admiralty Way", "+234 803 123 4567",
            "chiamaka.okonkwo@example.ng", "12th June 1993", "70123456789", "Emeka", "Obi",
            "Ngozi", "Adeyemi",
        ],
        must_survive=[
            "Lagos", "Flutterwave", "Goldman Sachs", "Johnson & Johnson", "Ernst & Young",
            "University of Lagos", "Ada", "Head of Analytics", "CFO", "Data Analyst",
        ],
    ),
    Person(
        key="fr",
        stem="Camille_Dubois-Lefevre_CV",
        text="""\
Camille Dubois-Lefèvre
12 rue des Lilas, 69003 Lyon
+33 6 12 34 56 78 | camille.dubois@example.fr | Skype: camille.dubois.lf
Née le 3 mars 1992 à Lyon

PROFIL
Backend developer (Django, Kafka) with eight years in banking and industrial software.

EXPÉRIENCE
Lead Backend Developer, BNP Paribas, Paris (09/2014 – 02/2019)
- Reported to Julien Moreau, CTO; led the payments API rewrite in Django.
- Trained four juniors; Mme Dubois-Lefèvre ran the architecture guild.
Backend Developer, Dassault Systèmes, Lyon (03/2019 – present)
- Kafka event bus for PLM data; audit with Ernst & Young.

FORMATION
Diplôme d'ingénieur, École Polytechnique, 2014

COMPÉTENCES
Python, Django, Kafka, PostgreSQL, Ansible
""",
        must_not_appear=[
            "Camille", "Dubois-Lefèvre", "Dubois", "Lefèvre", "12 rue des Lilas", "69003",
            "+33 6 12 34 56 78", "camille.dubois@example.fr", "camille.dubois.lf",
            "3 mars 1992", "Julien", "Moreau",
        ],
        must_survive=[
            "Lyon", "Paris", "BNP Paribas", "Dassault Systèmes", "Ernst & Young",
            "École Polytechnique", "Django", "Kafka", "(09/2014 – 02/2019)", "CTO",
            "Lead Backend Developer",
        ],
    ),
    Person(
        key="es",
        stem="Lucia_Fernandez_Garcia_CV",
        text="""\
Lucía Fernández García
Calle de Alcalá 123, 4º B, 28009 Madrid
+34 612 345 678 | lucia.fernandez@example.es
DNI: 48213576X | Fecha de nacimiento: 21/11/1989

RESUMEN
DevOps engineer: Jenkins, Ansible and Kubernetes for banks and telecoms.

EXPERIENCIA
DevOps Engineer, Morgan Stanley, Madrid (2019 – present)
- Manager: Javier Ortega. Worked with Diego Morgan on the CI migration to GitLab.
- Ansible playbooks for 2,000 hosts.
Systems Engineer, Telefónica, Madrid (2013 – 2019)
- Built Jenkins farms; Santander and BBVA were the main clients.

EDUCACIÓN
Ingeniería Informática, Universidad Politécnica de Madrid, 2013
""",
        must_not_appear=[
            "Lucía", "Fernández", "García", "Alcalá 123", "28009", "+34 612 345 678",
            "lucia.fernandez@example.es", "48213576X", "21/11/1989", "Javier", "Ortega",
            "Diego", "Diego Morgan",
        ],
        must_survive=[
            "Madrid", "Morgan Stanley", "Telefónica", "Santander", "BBVA", "Jenkins", "Ansible",
            "Universidad Politécnica de Madrid", "DevOps Engineer", "GitLab",
        ],
    ),
    Person(
        key="br",
        stem="Joao_Pedro_Oliveira_Santos_curriculo",
        text="""\
João Pedro Oliveira Santos
Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200
WhatsApp: +55 11 91234-5678 | joao.santos@example.com.br
CPF: 529.982.247-25 | Data de nascimento: 05/02/1994 | NIE (Spain): Y2938471M

RESUMO
Full-stack developer (Elixir, Ruby on Rails, React) for fintech.

EXPERIÊNCIA
Software Engineer, Nubank, São Paulo (2020 – present)
- Mentored by Rafaela Costa, Engineering Manager; moved billing to Elixir.
Developer, Itaú Unibanco, São Paulo (2016 – 2020)
- Jasmine and RSpec test suites; integration with Wells Fargo correspondents.

FORMAÇÃO
Bacharelado em Ciência da Computação, Universidade de São Paulo, 2016
""",
        must_not_appear=[
            "João", "Pedro", "Oliveira", "Santos", "Av. Paulista, 1578", "01310-200",
            "+55 11 91234-5678", "joao.santos@example.com.br", "529.982.247-25", "05/02/1994",
            "Y2938471M", "Rafaela", "Costa",
        ],
        must_survive=[
            "São Paulo", "Nubank", "Itaú Unibanco", "Wells Fargo", "Elixir", "Ruby on Rails",
            "Jasmine", "Universidade de São Paulo", "Engineering Manager", "Software Engineer",
        ],
    ),
    Person(
        key="de",
        stem="Lebenslauf_Henrike_Schaefer",
        text="""\
Henrike
Schäfer
Bergmannstraße 12, 10961 Berlin
+49 151 2345 6789 | henrike.schaefer@example.de | Telegram: @henrike_dev
Geburtsdatum: 17.09.1990 | Reisepass-Nr.: C01X00T47

PROFIL
Backend engineer (Go, Kafka, Ansible) in mobility and fintech.

BERUFSERFAHRUNG
Senior Backend Engineer, Zalando, Berlin (2019 – heute)
- Referenz: Prof. Dr. Klaus Becker, TU München (thesis supervisor).
- Kafka consumers for 1B events a day; Jenkins to GitHub Actions migration.
Backend Engineer, Robert Bosch GmbH, Stuttgart (2015 – 2019)
- Vehicle data APIs; supplier audits with Johnson & Johnson and Siemens.

AUSBILDUNG
M.Sc. Informatik, Technische Universität München, 2015
""",
        must_not_appear=[
            "Henrike", "Schäfer", "Schaefer", "Bergmannstraße 12", "10961",
            "+49 151 2345 6789", "henrike.schaefer@example.de", "@henrike_dev", "17.09.1990",
            "C01X00T47", "Klaus", "Becker",
        ],
        must_survive=[
            "Berlin", "Zalando", "Robert Bosch GmbH", "Stuttgart", "Siemens", "Johnson & Johnson",
            "Technische Universität München", "Kafka", "Ansible", "Jenkins", "TU München",
            "Senior Backend Engineer",
        ],
    ),
    Person(
        key="uk",
        stem="Siobhan_OConnor-Walsh_CV",
        text="""\
Siobhan O'Connor-Walsh
Flat 4, 27 Elm Grove, Bristol BS6 5DL
07700 900123 | siobhan.oconnor@example.co.uk
DOB: 03/04/1991 | NI number: JT 48 72 91 B

PROFILE
Data scientist in retail and aerospace; Julia, Python and Grafana.

EXPERIENCE
Senior Data Scientist, Marks & Spencer, London (2020 – present)
- Line manager: Gareth Hughes. Demand forecasting for 1,000 stores in Julia.
Data Scientist, Rolls-Royce, Derby (2016 – 2020)
- Engine health models; Jenkins and Grafana for model monitoring.
- Partnered with Lloyds Banking Group on a fraud pilot.

EDUCATION
MSc Statistics, University of Bristol, 2016

"Siobhan's forecasts saved us millions." — Priyanka Shah, Head of Data
""",
        must_not_appear=[
            "Siobhan", "O'Connor-Walsh", "O'Connor", "Walsh", "27 Elm Grove", "BS6 5DL",
            "07700 900123", "siobhan.oconnor@example.co.uk", "03/04/1991", "JT 48 72 91 B",
            "Gareth", "Hughes", "Priyanka", "Shah",
        ],
        must_survive=[
            "Bristol", "London", "Derby", "Marks & Spencer", "Rolls-Royce",
            "Lloyds Banking Group", "University of Bristol", "Julia", "Jenkins", "Grafana",
            "Head of Data", "Senior Data Scientist",
        ],
    ),
    Person(
        key="us",
        stem="marcus_whitfield_resume",
        sidebar="""\
Marcus Whitfield
742 Evergreen Terrace
Springfield, IL 62704
(312) 555-0144
mwhitfield@example.com
Skype: marcus.whitfield
Born on July 4, 1985

SKILLS
Cassandra, Jasmine
Ansible, Hudson
Python, Go
""",
        text="""\
EXPERIENCE
Staff Engineer, Charles Schwab
Chicago (06/2017 – 11/2020)
- Reported to Kevin Morgan, CTO.
- Cassandra clusters for trades.
Research Engineer, DeepMind
London (2021 – present)
- Ansible for GPU fleets.
Engineer, Morgan Stanley
New York (2012 – 2017)
- Jasmine test suites.

EDUCATION
MS, Stanford University, 2012
BS, Johns Hopkins University, 2010

"A superb engineer." — Dr. Emily Carter
""",
        must_not_appear=[
            "Marcus", "Whitfield", "742 Evergreen Terrace", "62704", "(312) 555-0144",
            "mwhitfield@example.com", "marcus.whitfield", "July 4, 1985", "Kevin",
            "Kevin Morgan", "Emily", "Carter",
        ],
        must_survive=[
            "Springfield, IL", "Charles Schwab", "DeepMind", "Morgan Stanley", "Stanford",
            "Johns Hopkins", "Cassandra", "Jasmine", "Ansible", "Hudson", "(06/2017 – 11/2020)",
            "Staff Engineer", "CTO",
        ],
    ),
    Person(
        key="mena",
        stem="Fatima_Haddad_BSN_RN",
        text="""\
Fatima Haddad, BSN, RN
Dubai, UAE | +971 50 123 4567 | fatima.haddad@example.ae
Date of Birth: 14 February 1990 | Passport No.: LR1234567

PROFILE
Registered nurse (BSN, RN) with nine years in intensive care; Epic and Cerner EHR super-user.

EXPERIENCE
ICU Charge Nurse, Cleveland Clinic Abu Dhabi (2018 – present)
- Mentored by Dr. Khalid bin Saeed Al-Mansouri, Chief Nursing Officer.
- Led Epic go-live training for 120 nurses.
Staff Nurse, Johns Hopkins Aramco Healthcare, Dhahran (2014 – 2018)

EDUCATION
BSN, American University of Beirut, 2013

"Fatima is the calmest nurse in a crisis." — Layla Hassan, Nurse Manager
""",
        must_not_appear=[
            "Fatima", "Haddad", "+971 50 123 4567", "fatima.haddad@example.ae",
            "14 February 1990", "LR1234567", "Khalid", "Saeed", "Al-Mansouri", "Mansouri",
            "Layla", "Hassan",
        ],
        must_survive=[
            "BSN, RN", "Dubai", "Epic", "Cerner", "Cleveland Clinic Abu Dhabi",
            "Johns Hopkins Aramco Healthcare", "American University of Beirut",
            "Chief Nursing Officer", "Nurse Manager", "ICU Charge Nurse",
        ],
    ),
    Person(
        key="it",
        stem="CV_Chiara_Esposito",
        text="""\
ESPOSITO Chiara
Via Giuseppe Garibaldi 41/B, 80134 Napoli
Cell. 347 812 5530 · chiara.esposito@example.it
Luogo e data di nascita: Napoli, 14/06/1991 · Codice fiscale: SPSCHR91H54F839U

Profilo
Data scientist (PyTorch, Spark, Airflow) nel settore assicurativo.

Esperienza
Senior Data Scientist, Generali, Milano — 2019 – oggi
- A diretto riporto di Federico Mancuso, Head of AI.
- Modelli di pricing sviluppati insieme a Goulven e Tommaso Gallo.
- Test strategy reviewed by Halina; Tech Lead, Mercado Libre (2014).
Data Analyst, UniCredit, Milano — 2015 – 2019

Formazione
Laurea Magistrale in Statistica, Università di Bologna, 2015
""",
        must_not_appear=[
            "ESPOSITO", "Chiara", "Via Giuseppe Garibaldi 41/B", "80134", "347 812 5530",
            "14/06/1991", "SPSCHR91H54F839U", "Federico Mancuso", "Mancuso", "Goulven",
            "Tommaso Gallo", "Gallo", "Halina",
        ],
        must_survive=[
            "Napoli", "Generali", "Milano", "UniCredit", "PyTorch", "Spark", "Airflow",
            "Università di Bologna", "Head of AI", "Senior Data Scientist", "2015 – 2019",
            "Mercado Libre",
        ],
    ),
]
