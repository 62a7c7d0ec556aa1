"""A corpus of tricky JobSpy records (markup, escape codes, control characters, unicode,
odd numbers, dates and URLs) as JSONL lines, for checking that faster preparation code
stores exactly what the code before it stored (``tests/fixtures/prepared_corpus.json``)."""

from __future__ import annotations

import json
import random

TITLES = (
    "Senior Python Engineer", "  Sr.   Data\tEngineer  ", "<b>Staff</b> Engineer &amp; Lead",
    "\x1b[31mUrgent\x1b[0m Nurse", "Dev\x1b]8;;https://x.com\x07ops\x1b]8;;\x07", "Café Manager",
    "Ingénieur logiciel (H/F)", "Kundenberater*in", "エンジニア", "מהנדס תוכנה", "Chef 👩‍🍳",
    "Line\nbreak", "Tab\there", "Bell\x07ring", "C1\x85next\x9bline", "NBSP\xa0title",
    "zero\u200bwidth", "e\u0301tudiant", "nan", "None", "", "   ", "N/A", "a" * 600,
    "Engineer II", "QA — Tester", "Ops\r\nLead", "\u2028sep", "Back\\slash \"quoted\"",
)
COMPANIES = ("Acme Inc.", "ACME, LLC", "Globex Corporation", "Société Générale SA", None, "",
             "nan", "Initech GmbH", " Umbrella  Co ", "\x1b[1mBold\x1b[0m Ltd", 42, "Müller AG")
LOCATIONS = ("Austin, TX, USA", "Remote", "São Paulo, Brazil", None, "",
             {"city": "Berlin", "state": None, "country": "Germany"},
             {"city": "Paris", "state": "IDF", "country": "France"}, "New York, NY, US",
             "  London ,  UK  ", "Zürich\tCH")
DESCRIPTIONS = (
    "## About\nWe build things.\n\n- Python\n- SQL",
    "<p>HTML <b>markup</b> &amp; entities</p>\r\n<ul><li>one</li></ul>",
    "Colours \x1b[32mgreen\x1b[0m and \x1b[1;4mbold\x1b[22m text\x1b[K",
    "Controls\x00\x01\x02\x08 \x0b\x0c\x0e\x1f\x7f and C1 \x80\x85\x9f end",
    "Tabs\tand\nnewlines\r\nand\rCRs", "Unicode: naïve café 日本語 😀 \u200d \ufeff BOM-ish",
    "OSC \x1b]0;title\x07 DCS \x1bPdata\x1b\\ after", "  padded  \n\n  ", "", "nan", None,
    "long " * 200, "Lone escape \x1b at end \x1b", "8-bit CSI \x9b31m red", "\u2028para\u2029",
)
URLS = (
    "https://www.indeed.com/viewjob?jk={n}", "HTTPS://WWW.LinkedIn.com/jobs/view/{n}/?refId=a&trk=b",
    "https://www.glassdoor.co.uk/job/{n}?pos=1&ao=2&guid=x#frag",
    "http://example.com:8080/a/{n}?b=2&a=1&utm_source=z", "https://jobs.lever.co/acme/{n}?lever-source=x",
    "https://boards.greenhouse.io/acme/jobs/{n}?gh_src=abc&gh_jid={n}",
    "https://user:pw@host.example.com:443/p/{n}", "https://[2001:db8::1]/job/{n}",
    " https://x.com/{n} ", "ftp://x.com/{n}", "not a url {n}", "", None, "https://x.com/{n}?a=1;b=2",
    "https://x.com/\x1b[31m{n}", "https://例え.jp/求人/{n}",
)
AMOUNTS = (None, 79000.0, 85000, "$79,000", "85k–105k", "€ 70.000", "nan", "", "79k", 1e400,
           -5, "12.5", True, "1,2,3", 0)
DATES = (None, "2026-11-20", "2026-11-20T10:00:00", "2026-02-30", "yesterday", "", "nan",
         20261120, "2026-1-5", " 2026-11-01 ")
BOOLS = (None, True, False, "yes", "No", "1", 0, 1.0, "maybe", "", "TRUE")
JOB_TYPES = (None, "fulltime", "FULL_TIME, contract", ["fulltime", "parttime", "fulltime"],
             "", "nan", "Full-Time,Intern", ["Contract"], 7)
SITES = ("indeed", "LinkedIn", " glassdoor ", "zip_recruiter", None, "", "google")
INTERVALS = (None, "yearly", "HOURLY", "per year", "", "monthly ")
CURRENCIES = (None, "USD", "eur", "", "nan", "dollars and more")
EXTRAS = (
    {}, {"salary_source": "direct_data", "company_url": "https://x.com/cmp"},
    {"emails": ["a@x.com", None, "b@x.com"], "skills": ["Python", "", "nan"]},
    {"company_rating": 4.0, "company_reviews_count": 1234.0, "vacancy_count": 2.5},
    {"job_level": "\x1b[1mmid\x1b[0m", "company_addresses": "Main St\n1"},
    {"company_num_employees": "1,001 to 5,000", "experience_range": {"min": 2, "max": 5}},
    {"not_a_jobspy_field": "dropped?", "skills": []}, {"work_from_home_type": None},
)


def corpus_lines(count: int = 600, seed: int = 18) -> list[str]:
    """JSONL lines: every value above appears, mixed by a seeded generator; a few lines
    are not records at all."""
    rng = random.Random(seed)
    lines = []
    for n in range(count):
        record = {
            "id": rng.choice((f"in-{n}", n, None, f" id\t{n} ")),
            "site": rng.choice(SITES),
            "job_url": (rng.choice(URLS) or "").format(n=n) or rng.choice((None, "")),
            "job_url_direct": rng.choice((None, f"https://acme.com/apply/{n}", "nan", " ")),
            "title": TITLES[n % len(TITLES)] if n < 200 else rng.choice(TITLES),
            "company": rng.choice(COMPANIES),
            "location": rng.choice(LOCATIONS),
            "date_posted": rng.choice(DATES),
            "job_type": rng.choice(JOB_TYPES),
            "interval": rng.choice(INTERVALS),
            "min_amount": rng.choice(AMOUNTS),
            "max_amount": rng.choice(AMOUNTS),
            "currency": rng.choice(CURRENCIES),
            "is_remote": rng.choice(BOOLS),
            "description": DESCRIPTIONS[n % len(DESCRIPTIONS)] if n < 200
            else rng.choice(DESCRIPTIONS),
            **rng.choice(EXTRAS),
        }
        if n % 7 == 0:  # records need not carry every field
            for name in rng.sample(sorted(record), 4):
                record.pop(name)
        lines.append(json.dumps(record, ensure_ascii=n % 2 == 0))
    lines[5:5] = ["{broken", "", '"text"', "[1, 2]", '{"job_url": "https://x.com/nt"}', "   "]
    return lines
