"""A generated job market for the pre-rank tests and benchmark: a handful of clear fits for
the fixture resume (Python/Django backend work) among nurses, drivers, sales people and some
near misses (other software roles), with posting dates shuffled."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FIXTURE_RESUME = (Path(__file__).parent / "fixtures" / "resumes" / "alex_morgan.txt")

FITS = (
    ("Senior Python Engineer", "Build Django REST APIs and PostgreSQL data models; deploy on "
     "Kubernetes in AWS with Terraform. Python, Django, PostgreSQL, Redis, Airflow."),
    ("Backend Developer (Python/Django)", "Own our Django services and PostgreSQL schema "
     "migrations. Python, Flask, pytest, Docker, Kubernetes; AWS a plus."),
    ("Python Data Engineer", "Move batch ETL to Airflow, write Python pipelines on PostgreSQL, "
     "run them on Kubernetes. Terraform and AWS experience welcome."),
    ("Platform Engineer - Python", "Python tooling, Docker and Kubernetes on AWS, Terraform "
     "modules, on-call rotation for a Django platform."),
    ("Software Engineer, APIs", "Design REST APIs in Python and Django serving millions of "
     "requests; tune PostgreSQL; Redis caching; mentor engineers."),
    ("Staff Software Engineer (Django)", "Lead a team building Django and PostgreSQL services, "
     "Airflow pipelines, Kubernetes deployments on AWS."),
)
OTHERS = (
    ("Registered Nurse - ICU", "Provide patient care in the intensive care unit. BLS and ACLS "
     "certification, state RN license, 12-hour shifts, medication administration."),
    ("ER Nurse", "Triage and treat patients in a busy emergency department. RN license, "
     "trauma experience, charting in Epic."),
    ("CNA - Night Shift", "Assist residents with daily living, vital signs and mobility. "
     "Certified nursing assistant license required."),
    ("CDL-A Truck Driver", "Regional routes, home weekly. Class A CDL, clean driving record, "
     "DOT medical card. Pre-trip inspections and logbooks."),
    ("Delivery Driver", "Deliver packages on a local route with a company van. Valid license, "
     "lift 50 lbs, customer service."),
    ("Forklift Operator", "Load and unload trailers in the warehouse, certified forklift "
     "operation, inventory counts, safety first."),
    ("Outside Sales Representative", "Grow a territory, prospect new accounts, hit quota. "
     "CRM, cold calling, negotiation, commission plan."),
    ("Account Executive", "Close B2B deals, manage the pipeline in Salesforce, exceed revenue "
     "targets, travel to customers."),
    ("Retail Sales Associate", "Help customers on the floor, run the register, restock "
     "shelves, weekend availability."),
    ("Java Developer", "Spring Boot microservices in Java, Oracle database, Maven, JUnit."),
    ("Frontend Engineer", "React and TypeScript single-page apps, CSS, design systems, Jest."),
    (".NET Developer", "C# and ASP.NET MVC, SQL Server stored procedures, Azure DevOps."),
)
# Pay by title: (low, high, interval); fits write theirs as text, as some boards do.
PAY = {
    "Registered Nurse - ICU": (42, 55, "hourly"), "ER Nurse": (45, 58, "hourly"),
    "CNA - Night Shift": (17, 19, "hourly"), "CDL-A Truck Driver": (1400, 1700, "weekly"),
    "Delivery Driver": (20, 23, "hourly"), "Forklift Operator": (19, 21, "hourly"),
    "Outside Sales Representative": (60000, 90000, "yearly"),
    "Account Executive": (70000, 95000, "yearly"), "Retail Sales Associate": (15, 16, "hourly"),
    "Java Developer": (110000, 140000, "yearly"), "Frontend Engineer": (100000, 130000, "yearly"),
    ".NET Developer": (95000, 120000, "yearly"),
}
BOILERPLATE = ("\n\n## Benefits\n- Health, dental and vision\n- Paid time off\n\nWe are an "
               "equal opportunity employer. Join a team that values experience and growth.")


def market(count: int = 300, fits: int = 12, seed: int = 10) -> list[dict]:
    """``count`` JobSpy-shaped records, ``fits`` of them clear fits (their titles start with a
    fit title); posting dates spread over 60 days at random."""
    rng = random.Random(seed)
    records = []
    for n in range(count):
        title, body = FITS[n % len(FITS)] if n < fits else rng.choice(OTHERS)
        posted = date(2026, 11, 25) - timedelta(days=rng.randrange(60))
        low, high, interval = PAY.get(title, ("$130k–170k", None, "yearly"))
        records.append({
            "id": f"in-{n}", "site": "indeed", "job_url": f"https://www.indeed.com/viewjob?jk={n}",
            "title": title, "company": f"Employer {rng.randrange(200)}",
            "location": rng.choice(("Austin, TX, US", "Dallas, TX, US", "Denver, CO, US")),
            "date_posted": posted.isoformat(), "job_type": "fulltime",
            "is_remote": rng.random() < 0.3, "min_amount": low, "max_amount": high,
            "interval": interval, "currency": "USD" if high else None,
            "description": f"## The role\n{title}.\n\n## What you will do\n{body}{BOILERPLATE}",
        })
    rng.shuffle(records)
    return records


def is_fit(title: str) -> bool:
    return any(title == fit for fit, _ in FITS)
