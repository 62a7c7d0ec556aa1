"""The database tables (peewee models). The schema itself is created by migrations.py."""

from __future__ import annotations

import json

from peewee import (
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from jobtui.clock import utcnow

database = DatabaseProxy()


class JSONField(TextField):
    """JSON stored as text (no SQLite JSON1 dependency for reading back)."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, default=str)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class User(BaseModel):
    name = TextField(unique=True)
    created_at = DateTimeField(default=utcnow)


class Search(BaseModel):
    name = TextField(null=True)
    job_source = JSONField(default=list)  # board names, e.g. ["indeed", "linkedin"]
    search_term = JSONField(default=list)  # one scrape per term
    location = TextField(null=True)
    results_wanted = IntegerField(default=20)
    country = TextField(default="usa")
    distance = IntegerField(null=True, default=50)
    is_remote = BooleanField(default=False)
    job_type = TextField(null=True)
    hours_old = IntegerField(null=True)
    interval_hours = FloatField(null=True)  # null: the scraping.interval_hours setting
    enabled = BooleanField(default=True)
    last_search = DateTimeField(null=True)
    last_processed = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    # Hash of the parameters above that define the scrape: identical searches are scraped once.
    signature = TextField(unique=True)


class UserSearch(BaseModel):
    user = ForeignKeyField(User, backref="searches", on_delete="CASCADE")
    search = ForeignKeyField(Search, backref="users", on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("user", "search"), True),)


class Job(BaseModel):
    site = TextField(null=True)
    site_job_id = TextField(null=True)
    job_url = TextField(unique=True)  # canonical form
    job_url_direct = TextField(null=True)
    title = TextField()
    company = TextField(null=True)
    location = TextField(null=True)
    date_posted = DateField(null=True)
    job_type = TextField(null=True)
    interval = TextField(null=True)
    min_amount = FloatField(null=True)
    max_amount = FloatField(null=True)
    currency = TextField(null=True)
    is_remote = BooleanField(null=True)
    description = TextField(null=True)  # markdown
    # Set when a scrape stored the job without its description: rating waits for one.
    description_wanted_since = DateTimeField(null=True)
    extra = JSONField(null=True)  # the other JobSpy fields
    fingerprint = TextField(null=True, index=True)  # company + title + location, normalized
    duplicate_of = ForeignKeyField("self", null=True, backref="duplicates", on_delete="SET NULL")
    first_seen = DateTimeField(default=utcnow)
    last_seen = DateTimeField(default=utcnow)  # when stored; seen again: see JobSeen
    content_hash = IntegerField(null=True, index=True)  # of the raw record: re-imports skip it


class JobSeen(BaseModel):
    """When a stored job was last seen again (a narrow row: moving it never rewrites the
    job's own row); a job without one was last seen when it was stored."""

    job = ForeignKeyField(Job, primary_key=True, on_delete="CASCADE")
    last_seen = DateTimeField()

    class Meta:
        table_name = "job_seen"


class SearchJob(BaseModel):
    search = ForeignKeyField(Search, backref="search_jobs", on_delete="CASCADE")
    job = ForeignKeyField(Job, backref="search_jobs", on_delete="CASCADE")
    first_seen = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("search", "job"), True),)


class Resume(BaseModel):
    user = ForeignKeyField(User, backref="resumes", on_delete="CASCADE")
    content = TextField()  # only ever the redacted, trimmed text
    date_uploaded = DateTimeField(default=utcnow)
    file_url = TextField(null=True)  # the original path, never its contents
    is_active = BooleanField(default=False)
    token_count = IntegerField(default=0)
    content_hash = TextField()
    redaction = JSONField(null=True)  # counts per entity type, never the values

    class Meta:
        indexes = ((("user", "content_hash"), True),)


class Prompt(BaseModel):
    """A system prompt stored once and referenced by every rating that used it."""

    sha256 = TextField(unique=True)
    text = TextField()
    created_at = DateTimeField(default=utcnow)


class Rating(BaseModel):
    job = ForeignKeyField(Job, backref="ratings", on_delete="CASCADE")
    resume = ForeignKeyField(Resume, backref="ratings", on_delete="CASCADE")
    llm = TextField(default="ollama")
    model = TextField()
    token_limit = IntegerField(null=True)
    system_prompt = ForeignKeyField(Prompt, null=True, on_delete="SET NULL")
    user_prompt = TextField(null=True)
    temperature = FloatField(null=True)
    rating = IntegerField(null=True)  # 0-100; null while failed
    justification = TextField(null=True)
    relevant_data = JSONField(null=True)  # matched/missing skills and the other answer fields
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    status = TextField(default="ok")  # ok | failed
    error = TextField(null=True)
    attempts = IntegerField(default=1)
    next_attempt_at = DateTimeField(null=True)  # when a failed rating may be retried
    prompt_tokens = IntegerField(null=True)
    completion_tokens = IntegerField(null=True)
    total_ms = FloatField(null=True)
    load_ms = FloatField(null=True)
    prompt_eval_ms = FloatField(null=True)
    eval_ms = FloatField(null=True)

    class Meta:
        indexes = ((("job", "resume"), True),)


APPLICATION_STATUSES = (
    "new", "interested", "applied", "interviewing", "offer", "rejected", "hidden",
)


class Application(BaseModel):
    user = ForeignKeyField(User, backref="applications", on_delete="CASCADE")
    job = ForeignKeyField(Job, backref="applications", on_delete="CASCADE")
    status = TextField(default="new")
    note = TextField(null=True)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("user", "job"), True),)


class ScrapeRun(BaseModel):
    """One board's answer to one run of one search."""

    search = ForeignKeyField(Search, backref="runs", on_delete="CASCADE")
    site = TextField()
    started_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)
    jobs_found = IntegerField(default=0)
    jobs_new = IntegerField(default=0)
    error = TextField(null=True)
    http_status = IntegerField(null=True)
    backoff_until = DateTimeField(null=True)  # the board is skipped for this search until then
    failure_kind = TextField(null=True)  # see jobtui.store.runs.FAILURE_KINDS
    warnings = JSONField(null=True)  # JobSpy's warnings for this board, summarised


class WatchedCompany(BaseModel):
    """A company career page on an applicant-tracking system (e.g. greenhouse:stripe). Its
    jobs are linked to a backing search that users follow like a saved search."""

    ats = TextField()  # greenhouse | lever | ashby | workable | smartrecruiters | recruitee
    slug = TextField()  # the board token / site / account name on that system
    name = TextField(null=True)  # the company name its jobs are stored under
    search = ForeignKeyField(Search, unique=True, backref="companies", on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("ats", "slug"), True),)


class WorkerLease(BaseModel):
    """At most one background worker per database: the holder renews the heartbeat."""

    holder = TextField()  # "hostname:pid"
    acquired_at = DateTimeField(default=utcnow)
    heartbeat_at = DateTimeField(default=utcnow)


ALL_MODELS = (
    User, Search, UserSearch, Job, SearchJob, Resume, Prompt, Rating, Application,
    ScrapeRun, WorkerLease, WatchedCompany,
)
