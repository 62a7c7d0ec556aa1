"""`jobtui --demo`: a temporary database seeded with realistic jobs, ratings, a redacted resume
and saved searches (one with a board error), so the app can be seen with no network and no
Ollama. ``seed_demo(today=...)`` freezes the dates, which keeps screenshots and snapshots stable."""

from __future__ import annotations

import copy
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from jobtui.config import Settings
from jobtui.db.models import (
    Application,
    Job,
    Prompt,
    Rating,
    Resume,
    ScrapeRun,
    Search,
    SearchJob,
    User,
    database,
)
from jobtui.session import Session, open_session
from jobtui.store import searches

DEMO_USER = "demo"
DEMO_MODEL = "llama3.1:8b"

RESUME = """\
<PERSON>
<ADDRESS> · <PHONE> · <EMAIL> · <PROFILE_URL>

Summary
Backend engineer with 7 years of Python: APIs, data pipelines and the cloud they run on.

Experience
Senior Software Engineer, Fernwerk Logistics, Berlin (2021-present)
- Led the move of the shipment-tracking API from Flask to FastAPI; p95 latency 480 ms -> 90 ms.
- Built event ingestion on Kafka and PostgreSQL handling 40M events a day.
- Mentored four engineers; ran the on-call rotation and incident reviews.

Software Engineer, Datamint GmbH, Hamburg (2018-2021)
- Airflow and dbt pipelines feeding the analytics warehouse (Snowflake).
- Terraform modules for AWS (ECS, RDS, S3); cut monthly cloud spend by 30%.

Education
B.Sc. Computer Science, TU Hamburg (2018)

Skills
Python, FastAPI, Django, PostgreSQL, Kafka, Airflow, dbt, AWS, Terraform, Docker, Kubernetes

References
<PERSON>, <EMAIL>
"""
# A fictional person's resume written into the demo folder, to try the resume screen on.
SAMPLE_RESUME_FILE = """\
Jordan Avery Example
Kastanienallee 12, 10435 Berlin · +49 30 1234 5678 · jordan.example@mailbox.test
linkedin.com/in/jordan-example

Summary
Backend engineer with 7 years of Python: APIs, data pipelines and the cloud they run on.

Experience
Senior Software Engineer, Fernwerk Logistics, Berlin (2021-present)
- Led the move of the shipment-tracking API from Flask to FastAPI.
- Built event ingestion on Kafka and PostgreSQL handling 40M events a day.

Software Engineer, Datamint GmbH, Hamburg (2018-2021)
- Airflow and dbt pipelines feeding the analytics warehouse (Snowflake).

Skills
Python, FastAPI, Django, PostgreSQL, Kafka, Airflow, dbt, AWS, Terraform, Docker

References
Dana Referee, dana.referee@mailbox.test, +49 40 9876 5432
"""
REDACTION_COUNTS = {"PERSON": 2, "ADDRESS": 1, "PHONE_NUMBER": 1, "EMAIL_ADDRESS": 2,
                    "PROFILE_URL": 1}


@dataclass(frozen=True)
class DemoJob:
    site: str
    title: str
    company: str
    location: str
    days_old: int
    remote: bool
    salary: tuple[float, float] | None
    job_type: str
    rating: int | None
    why: str
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    searches: tuple[int, ...]  # indexes into SEARCHES
    status: str | None = None
    note: str | None = None
    also_on: str | None = None  # a cross-post of this job on another board


SEARCHES = (
    dict(search_term=["python developer", "backend engineer"], job_source=["indeed", "linkedin"],
         location="Berlin, Germany", country="germany", results_wanted=50),
    dict(search_term=["data engineer"], job_source=["indeed", "glassdoor", "linkedin"],
         location=None, country="usa", is_remote=True, results_wanted=30),
)

JOBS = (
    DemoJob("linkedin", "Senior Python Engineer, Logistics Platform", "Parcelwise", "Berlin, DE",
            1, False, (85000, 105000), "fulltime", 92,
            "Seven years of Python and the FastAPI migration at a logistics company match the "
            "platform work closely. Kafka and PostgreSQL experience covers the event pipeline "
            "they describe.", ("Python", "FastAPI", "Kafka", "PostgreSQL"), ("Go",), (0,),
            status="interested", note="Ask about the on-call rotation.", also_on="indeed"),
    DemoJob("indeed", "Backend Engineer (Python/Django)", "Kiezkasse", "Berlin, DE", 2, False,
            (70000, 88000), "fulltime", 84,
            "Strong Django and PostgreSQL background; payments domain is new but the API work "
            "transfers directly.", ("Python", "Django", "PostgreSQL", "Docker"),
            ("payments compliance",), (0,), status="applied"),
    DemoJob("linkedin", "Staff Data Engineer", "Northbeam Analytics", "Remote, US", 3, True,
            (170000, 205000), "fulltime", 78,
            "Airflow, dbt and Snowflake experience fits the pipeline ownership; staff scope asks "
            "for more org-wide leadership than shown.", ("Airflow", "dbt", "Snowflake", "AWS"),
            ("Spark", "org-wide technical leadership"), (1,)),
    DemoJob("glassdoor", "Data Engineer, Streaming", "Tidewater Energy", "Remote, US", 4, True,
            (140000, 160000), "fulltime", 74,
            "Kafka ingestion at 40M events a day is a good match; Flink is not on the resume.",
            ("Kafka", "Python", "AWS"), ("Flink", "Scala"), (1,)),
    DemoJob("indeed", "Python Developer – Internal Tools", "Stadtwerke Nord", "Berlin, DE", 5,
            False, (60000, 72000), "fulltime", 66,
            "Solid fit on Python and Django; the role is more junior than the resume.",
            ("Python", "Django"), ("SAP integration",), (0,)),
    DemoJob("linkedin", "Platform Engineer (Kubernetes)", "Quellcode AG", "Berlin, DE", 6, False,
            (80000, 98000), "fulltime", 58,
            "Terraform and Docker are there, but the role centres on running Kubernetes "
            "clusters, which the resume mentions only in passing.",
            ("Terraform", "Docker", "AWS"), ("Kubernetes operations", "Helm", "GCP"), (0,)),
    DemoJob("indeed", "Analytics Engineer (dbt)", "Lumen Health", "Remote, US", 7, True,
            (120000, 145000), "fulltime", 61,
            "dbt and warehouse modelling match; healthcare data standards are missing.",
            ("dbt", "Snowflake", "SQL"), ("HL7/FHIR", "Looker"), (1,)),
    DemoJob("glassdoor", "Machine Learning Engineer", "Orbital Robotics", "Remote, US", 8, True,
            (160000, 190000), "fulltime", 34,
            "Strong backend skills, but the job needs production ML model training and "
            "PyTorch, which the resume does not show.", ("Python", "Docker"),
            ("PyTorch", "model training", "CUDA"), (1,)),
    DemoJob("linkedin", "Frontend Developer (React)", "Brandkraft", "Berlin, DE", 9, False,
            (55000, 68000), "fulltime", 18,
            "The role is React and TypeScript front-end work; the resume is backend only.",
            (), ("React", "TypeScript", "CSS"), (0,), status="hidden"),
    DemoJob("indeed", "Senior Data Engineer (AWS)", "Cartwright Freight", "Remote, US", 10,
            True, (150000, 175000), "fulltime", 81,
            "AWS, Terraform and Airflow match the stack exactly; logistics domain is a plus.",
            ("AWS", "Terraform", "Airflow", "Python"), ("Redshift",), (1,)),
    DemoJob("linkedin", "Software Engineer, Python (Werkstudent)", "Rheinbahn Digital",
            "Berlin, DE", 11, False, None, "parttime", 22,
            "A student part-time role; far below the resume's seniority.", ("Python",),
            ("enrolled student",), (0,)),
    DemoJob("glassdoor", "Data Platform Engineer", "Vireo Bank", "Remote, US", 12, True,
            (155000, 180000), "fulltime", None, "", (), (), (1,)),
    DemoJob("indeed", "Backend Engineer, Go", "Tempelhof Mobility", "Berlin, DE", 13, False,
            (75000, 90000), "fulltime", 47,
            "Backend experience transfers, but the codebase is Go and the resume shows none.",
            ("PostgreSQL", "Kafka", "Docker"), ("Go", "gRPC"), (0,)),
    DemoJob("linkedin", "Lead Python Engineer", "Spreeworks", "Berlin, DE", 14, False,
            (95000, 115000), "fulltime", None, "", (), (), (0,)),
    DemoJob("indeed", "ETL Developer (contract, 6 months)", "Meridian Insurance", "Remote, US",
            16, True, (70, 85), "contract", 55,
            "Airflow pipelines match; the contract asks for Informatica, which is missing.",
            ("Airflow", "SQL", "Python"), ("Informatica",), (1,)),
)

DESCRIPTION = """\
## About the role
{company} is hiring a **{title}** to join a small team that owns its services end to end.

## What you will do
- Design, build and run services used by thousands of people every day
- Work with product and data colleagues on what to build next
- Keep things observable, tested and boring to operate

## What we look for
- {skills}
- Clear written communication; you like code review in both directions

## What we offer
- {salary}
- Flexible hours, {place}
- Learning budget and a quiet place to think

Apply on the board's page; we answer every application within two weeks.
"""


def _description(job: DemoJob) -> str:
    skills = ", ".join(job.matched + job.missing) or "Curiosity and care"
    salary = (f"{job.salary[0]:,.0f}–{job.salary[1]:,.0f} a year" if job.salary and
              job.salary[0] > 1000 else "A competitive rate")
    place = "fully remote" if job.remote else f"hybrid in {job.location}"
    return DESCRIPTION.format(company=job.company, title=job.title, skills=skills,
                              salary=salary, place=place)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def seed_demo(user: User, today: date | None = None) -> None:
    """Fill the open database with the demo searches, jobs, ratings and resume for ``user``."""
    today = today or date.today()
    now = datetime.combine(today, time(9, 30))
    with database.atomic():
        made = [searches.find_or_create_search(user, **params) for params in SEARCHES]
        for index, search in enumerate(made):
            Search.update(last_search=now - timedelta(hours=1 + index),
                          last_processed=now - timedelta(hours=1 + index)).where(
                Search.id == search.id).execute()
        resume = Resume.create(
            user=user, content=RESUME, file_url="~/Documents/resume.pdf", is_active=True,
            token_count=262, content_hash=hashlib.sha256(RESUME.encode()).hexdigest(),
            redaction=REDACTION_COUNTS, date_uploaded=now - timedelta(days=3),
        )
        prompt = Prompt.create(sha256=hashlib.sha256(b"demo rubric").hexdigest(),
                               text="(demo) rubric and redacted resume")
        for n, demo in enumerate(JOBS):
            _add_job(user, made, resume, prompt, demo, n, today, now)
        _add_runs(made, now)


def _add_job(user, made, resume, prompt, demo: DemoJob, n: int, today: date,
             now: datetime) -> None:
    posted = today - timedelta(days=demo.days_old)
    seen = now - timedelta(days=demo.days_old, hours=2)
    common = dict(
        title=demo.title, company=demo.company, location=demo.location, date_posted=posted,
        job_type=demo.job_type, is_remote=demo.remote, description=_description(demo),
        interval=("hourly" if demo.salary and demo.salary[0] < 1000 else "yearly")
        if demo.salary else None,
        min_amount=demo.salary[0] if demo.salary else None,
        max_amount=demo.salary[1] if demo.salary else None,
        currency=("EUR" if "DE" in demo.location else "USD") if demo.salary else None,
        fingerprint=_slug(f"{demo.company} {demo.title} {demo.location}"),
        first_seen=seen, last_seen=now,
    )
    job = Job.create(site=demo.site, site_job_id=f"{demo.site}-{1000 + n}",
                     job_url=f"https://www.{demo.site}.com/jobs/view/{1000 + n}", **common)
    copies = [job]
    if demo.also_on:
        copies.append(Job.create(
            site=demo.also_on, site_job_id=f"{demo.also_on}-{5000 + n}", duplicate_of=job,
            job_url=f"https://www.{demo.also_on}.com/viewjob?jk={5000 + n}", **common))
    found = now - timedelta(hours=3 * demo.days_old)  # the last few days' jobs count as new
    for index in demo.searches:
        for copy_ in copies:
            SearchJob.create(search=made[index], job=copy_, first_seen=found)
    if demo.rating is not None:
        Rating.create(
            job=job, resume=resume, model=DEMO_MODEL, token_limit=1200, system_prompt=prompt,
            user_prompt=f"(demo) job {job.id}", temperature=0.1, rating=demo.rating,
            justification=demo.why, created_at=seen + timedelta(minutes=5),
            updated_at=seen + timedelta(minutes=5),
            relevant_data={"matched_skills": list(demo.matched),
                           "missing_skills": list(demo.missing),
                           "seniority_fit": "good" if demo.rating >= 60 else "mismatch"},
            prompt_tokens=1480, completion_tokens=140, total_ms=3100.0,
        )
    if demo.status or demo.note:
        Application.create(user=user, job=job, status=demo.status or "new", note=demo.note,
                           updated_at=now)


def _add_runs(made: list[Search], now: datetime) -> None:
    for index, search in enumerate(made):
        started = now - timedelta(hours=1 + index)
        for site in search.job_source:
            failed = site == "linkedin" and index == 1
            ScrapeRun.create(
                search=search, site=site, started_at=started,
                finished_at=started + timedelta(seconds=40),
                jobs_found=0 if failed else 25, jobs_new=0 if failed else 4,
                error="429 Too Many Requests: rate limited" if failed else None,
                http_status=429 if failed else 200,
                backoff_until=started + timedelta(hours=2) if failed else None,
            )


class DemoSession:
    """A seeded session in a temporary folder that is removed on ``close``."""

    def __init__(self, settings: Settings, today: date | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="jobtui-demo-"))
        demo_settings = copy.deepcopy(settings)
        demo_settings.db_path = self.folder / "demo.db"
        # Settings saved from the demo go to the temporary folder, never the user's config.
        demo_settings.config_path = self.folder / "config.toml"
        demo_settings.user = DEMO_USER
        self.session: Session = open_session(demo_settings)
        self.now = datetime.combine(today or date.today(), time(10, 0))
        seed_demo(self.session.user, today)
        self.sample_resume = self.folder / "sample-resume.txt"
        self.sample_resume.write_text(SAMPLE_RESUME_FILE, encoding="utf-8")

    def close(self) -> None:
        self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)
