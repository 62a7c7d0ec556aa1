"""Ordered schema migrations, tracked in ``PRAGMA user_version`` (a table on PostgreSQL).

Each migration is frozen SQL (plus an optional Python step): never edit one that
has shipped, append a new one. ``tests/test_db.py`` checks that the migrated
schema has every column the models declare.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from jobtui.db.pg_schema import RATING_QUEUE, RATING_QUEUE_FILL, translate

# Version 1: the seed's tables.
V1 = """
CREATE TABLE user (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at DATETIME NOT NULL);
CREATE TABLE search (
    id INTEGER PRIMARY KEY, job_source TEXT NOT NULL, search_term TEXT NOT NULL,
    location TEXT, results_wanted INTEGER NOT NULL, country TEXT NOT NULL, distance INTEGER,
    is_remote INTEGER NOT NULL, job_type TEXT, hours_old INTEGER,
    last_search DATETIME, last_processed DATETIME, created_at DATETIME NOT NULL);
CREATE TABLE user_search (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    search_id INTEGER NOT NULL REFERENCES search (id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL);
CREATE UNIQUE INDEX user_search_user_id_search_id ON user_search (user_id, search_id);
CREATE TABLE job (
    id INTEGER PRIMARY KEY, site TEXT, job_url TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    company TEXT, location TEXT, date_posted DATE, job_type TEXT, interval TEXT,
    min_amount REAL, max_amount REAL, currency TEXT, is_remote INTEGER, description TEXT,
    first_seen DATETIME NOT NULL);
CREATE TABLE search_job (
    id INTEGER PRIMARY KEY,
    search_id INTEGER NOT NULL REFERENCES search (id) ON DELETE CASCADE,
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    first_seen DATETIME NOT NULL);
CREATE UNIQUE INDEX search_job_search_id_job_id ON search_job (search_id, job_id);
CREATE TABLE resume (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    content TEXT NOT NULL, date_uploaded DATETIME NOT NULL, file_url TEXT,
    is_active INTEGER NOT NULL);
"""

# Version 2: what a real tracker needs on top of the seed.
V2 = """
ALTER TABLE search ADD COLUMN name TEXT;
ALTER TABLE search ADD COLUMN interval_hours REAL;
ALTER TABLE search ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
ALTER TABLE search ADD COLUMN signature TEXT;
CREATE INDEX user_search_search_id ON user_search (search_id);

ALTER TABLE job ADD COLUMN site_job_id TEXT;
ALTER TABLE job ADD COLUMN job_url_direct TEXT;
ALTER TABLE job ADD COLUMN extra TEXT;
ALTER TABLE job ADD COLUMN fingerprint TEXT;
ALTER TABLE job ADD COLUMN duplicate_of_id INTEGER REFERENCES job (id) ON DELETE SET NULL;
ALTER TABLE job ADD COLUMN last_seen DATETIME;
UPDATE job SET last_seen = first_seen;
CREATE INDEX job_fingerprint ON job (fingerprint);
CREATE INDEX job_duplicate_of_id ON job (duplicate_of_id);
CREATE INDEX job_date_posted ON job (date_posted);
CREATE INDEX job_site ON job (site);
CREATE INDEX search_job_job_id ON search_job (job_id);

ALTER TABLE resume ADD COLUMN token_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resume ADD COLUMN content_hash TEXT;
ALTER TABLE resume ADD COLUMN redaction TEXT;
CREATE UNIQUE INDEX resume_user_id_content_hash ON resume (user_id, content_hash);
CREATE UNIQUE INDEX resume_one_active_per_user ON resume (user_id) WHERE is_active = 1;

CREATE TABLE prompt (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
    created_at DATETIME NOT NULL);

CREATE TABLE rating (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    resume_id INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    llm TEXT NOT NULL, model TEXT NOT NULL, token_limit INTEGER,
    system_prompt_id INTEGER REFERENCES prompt (id) ON DELETE SET NULL,
    user_prompt TEXT, temperature REAL, rating INTEGER, justification TEXT, relevant_data TEXT,
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    status TEXT NOT NULL, error TEXT, attempts INTEGER NOT NULL, next_attempt_at DATETIME,
    prompt_tokens INTEGER, completion_tokens INTEGER,
    total_ms REAL, load_ms REAL, prompt_eval_ms REAL, eval_ms REAL);
CREATE UNIQUE INDEX rating_job_id_resume_id ON rating (job_id, resume_id);
CREATE INDEX rating_resume_id_status ON rating (resume_id, status);
CREATE INDEX rating_rating ON rating (rating);

CREATE TABLE application (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    status TEXT NOT NULL, note TEXT, updated_at DATETIME NOT NULL);
CREATE UNIQUE INDEX application_user_id_job_id ON application (user_id, job_id);
CREATE INDEX application_user_id_status ON application (user_id, status);

CREATE TABLE scrape_run (
    id INTEGER PRIMARY KEY,
    search_id INTEGER NOT NULL REFERENCES search (id) ON DELETE CASCADE,
    site TEXT NOT NULL, started_at DATETIME NOT NULL, finished_at DATETIME,
    jobs_found INTEGER NOT NULL, jobs_new INTEGER NOT NULL, error TEXT, http_status INTEGER,
    backoff_until DATETIME);
CREATE INDEX scrape_run_search_id_site_started_at ON scrape_run (search_id, site, started_at);

CREATE TABLE worker_lease (
    id INTEGER PRIMARY KEY, holder TEXT NOT NULL, acquired_at DATETIME NOT NULL,
    heartbeat_at DATETIME NOT NULL);

CREATE VIRTUAL TABLE job_fts USING fts5(
    title, company, description, content='job', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER job_fts_insert AFTER INSERT ON job BEGIN
    INSERT INTO job_fts (rowid, title, company, description)
    VALUES (new.id, new.title, new.company, new.description);
END;
CREATE TRIGGER job_fts_delete AFTER DELETE ON job BEGIN
    INSERT INTO job_fts (job_fts, rowid, title, company, description)
    VALUES ('delete', old.id, old.title, old.company, old.description);
END;
CREATE TRIGGER job_fts_update AFTER UPDATE OF title, company, description ON job BEGIN
    INSERT INTO job_fts (job_fts, rowid, title, company, description)
    VALUES ('delete', old.id, old.title, old.company, old.description);
    INSERT INTO job_fts (rowid, title, company, description)
    VALUES (new.id, new.title, new.company, new.description);
END;
INSERT INTO job_fts (job_fts) VALUES ('rebuild');
"""

# Version 3 (rating): whatever gives a user new pairs to rate (a new active resume, following a
# search, a job newly linked to a search, e.g. by `jobtui import`, which does not move
# last_search) makes the search due again, so the rating queue (which skips processed searches)
# picks the pairs up whichever code made the change.
V3 = """
CREATE TRIGGER resume_activated_insert AFTER INSERT ON resume WHEN new.is_active = 1 BEGIN
    UPDATE search SET last_processed = NULL
    WHERE id IN (SELECT search_id FROM user_search WHERE user_id = new.user_id);
END;
CREATE TRIGGER resume_activated_update AFTER UPDATE OF is_active ON resume
WHEN new.is_active = 1 AND old.is_active = 0 BEGIN
    UPDATE search SET last_processed = NULL
    WHERE id IN (SELECT search_id FROM user_search WHERE user_id = new.user_id);
END;
CREATE TRIGGER user_search_followed AFTER INSERT ON user_search BEGIN
    UPDATE search SET last_processed = NULL WHERE id = new.search_id;
END;
"""

# Scrape truth (issue 12): how each board run failed and what JobSpy warned about; a job that
# came without a description waits for one (until a later scrape fills it, or 24 h pass).
V_SCRAPE = """
ALTER TABLE scrape_run ADD COLUMN failure_kind TEXT;
ALTER TABLE scrape_run ADD COLUMN warnings TEXT;
ALTER TABLE job ADD COLUMN description_wanted_since DATETIME;
CREATE TRIGGER job_description_arrived AFTER UPDATE OF description ON job
WHEN new.description IS NOT NULL AND new.description_wanted_since IS NOT NULL BEGIN
    UPDATE job SET description_wanted_since = NULL WHERE id = new.id;
END;
"""

# Preferences and pre-rank (issue 10): each user's rules (JSON), the jobs they filter out with
# the reason (only failing pairs are stored), and a model-free relevance score per
# (job, resume) that orders the rating queue. ``requested`` marks a job the user asked to have
# rated (``r``), which passes the ``rating.min_prerank`` floor and the filters; ``posted`` is
# the job's date, copied so the queue's whole order (ties broken by date) is one index.
V_PREFS = """
CREATE TABLE user_pref (
    user_id INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
    prefs TEXT NOT NULL, evaluated_on DATE, updated_at DATETIME NOT NULL);
CREATE TABLE job_filter (
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    PRIMARY KEY (job_id, user_id)) WITHOUT ROWID;
CREATE INDEX job_filter_user_id ON job_filter (user_id);
CREATE TABLE prerank (
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    resume_id INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    score REAL NOT NULL, requested INTEGER NOT NULL DEFAULT 0, posted DATE,
    PRIMARY KEY (job_id, resume_id)) WITHOUT ROWID;
CREATE INDEX prerank_queue ON prerank (requested DESC, score DESC, posted DESC, job_id DESC);
CREATE TABLE prerank_terms (
    resume_id INTEGER PRIMARY KEY REFERENCES resume (id) ON DELETE CASCADE,
    terms TEXT NOT NULL, created_at DATETIME NOT NULL);
CREATE VIRTUAL TABLE job_fts_vocab USING fts5vocab(job_fts, 'row');
"""

# Sources (issue 13): watched company career pages, each backed by a search row.
V_SOURCES = """
CREATE TABLE watched_company (
    id INTEGER PRIMARY KEY, ats TEXT NOT NULL, slug TEXT NOT NULL, name TEXT,
    search_id INTEGER NOT NULL UNIQUE REFERENCES search (id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL);
CREATE UNIQUE INDEX watched_company_ats_slug ON watched_company (ats, slug);
"""

# Scale-out (issue 16): on PostgreSQL several workers share the queue. A worker claims the
# pairs it rates and the searches it scrapes until ``expires_at``; a dead worker's claims
# simply expire. (SQLite keeps its single-worker lease and leaves these tables empty.)
V_SCALE = """
CREATE TABLE rating_claim (
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    resume_id INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    holder TEXT NOT NULL, expires_at DATETIME NOT NULL,
    PRIMARY KEY (job_id, resume_id));
CREATE INDEX rating_claim_holder ON rating_claim (holder);
CREATE TABLE search_claim (
    search_id INTEGER NOT NULL PRIMARY KEY REFERENCES search (id) ON DELETE CASCADE,
    holder TEXT NOT NULL, expires_at DATETIME NOT NULL);
"""

# Claims at scale (issue 16): the rating queue kept in its hand-out order, one row per
# (canonical job, active resume) pair without a successful rating, so a claim walks one index
# and stops after a few rows instead of sorting every pair. ``requested`` and ``score`` copy
# the pair's pre-rank (NULL while it has none), ``posted`` the job's date. PostgreSQL's
# triggers keep it (db/pg_schema.py) and the step fills it; SQLite's one worker reads the
# queue by its own plans (store.ratings) and leaves it empty, like the claim tables.
V_QUEUE = """
CREATE TABLE rating_queue (
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    resume_id INTEGER NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    requested INTEGER, score REAL, posted DATE,
    PRIMARY KEY (job_id, resume_id));
CREATE INDEX rating_queue_order
    ON rating_queue (requested DESC, score DESC, posted DESC, job_id DESC, resume_id);
"""


def _keep_rating_queue(db: Database) -> None:
    """PostgreSQL: the triggers that keep ``rating_queue``, then its rows for today's data."""
    if _is_postgres(db):
        db.execute_sql(RATING_QUEUE)
        db.execute_sql(RATING_QUEUE_FILL)


# Fast re-import (issue 18): a job seen again gets its last_seen here, in a narrow row, so a
# scrape or re-import never rewrites whole job rows (descriptions included) to move a date.
V_IMPORT = """
CREATE TABLE job_seen (
    job_id INTEGER NOT NULL PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    last_seen DATETIME NOT NULL);
"""


def search_signature(
    job_source: list[str],
    search_term: list[str],
    location: str | None,
    results_wanted: int,
    country: str,
    distance: int | None,
    is_remote: bool,
    job_type: str | None,
    hours_old: int | None,
) -> str:
    """A stable hash of what a scrape asks the boards, so identical searches run once."""
    key = {
        "job_source": sorted(s.lower() for s in job_source),
        "search_term": sorted(t.strip().lower() for t in search_term),
        "location": (location or "").strip().lower(),
        "results_wanted": results_wanted,
        "country": country.lower(),
        "distance": distance,
        "is_remote": bool(is_remote),
        "job_type": job_type,
        "hours_old": hours_old,
    }
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()


def _backfill_search_signatures(db: SqliteDatabase) -> None:
    rows = db.execute_sql(
        "SELECT id, job_source, search_term, location, results_wanted, country, distance,"
        " is_remote, job_type, hours_old FROM search"
    ).fetchall()
    seen: set[str] = set()
    for row in rows:
        sig = search_signature(
            json.loads(row[1]), json.loads(row[2]), row[3], row[4], row[5], row[6],
            bool(row[7]), row[8], row[9],
        )
        if sig in seen:  # two identical seed searches stay separate rather than merge silently
            sig = f"{sig}-{row[0]}"
        seen.add(sig)
        db.execute_sql("UPDATE search SET signature = ? WHERE id = ?", (sig, row[0]))
    db.execute_sql("CREATE UNIQUE INDEX search_signature ON search (signature)")


# Fast at 100,000 jobs: indexes the listing's keyset pages walk, and a hash of each job's
# stored content so a re-import skips unchanged rows.
V_PERF = """
ALTER TABLE job ADD COLUMN content_hash INTEGER;
CREATE INDEX job_content_hash ON job (content_hash);
CREATE INDEX rating_resume_id_status_rating ON rating (resume_id, status, rating);
CREATE INDEX job_company_title ON job (company COLLATE NOCASE, title COLLATE NOCASE);
"""


Migration = tuple[str, Callable[[SqliteDatabase], None] | None]

MIGRATIONS: list[Migration] = [
    (V1, None),
    (V2, _backfill_search_signatures),
    (V3, None),
    (V_SCRAPE, None),
    (V_PREFS, None),
    (V_SOURCES, None),
    (V_PERF, None),
    (V_SCALE, None),
    (V_IMPORT, None),
    (V_QUEUE, _keep_rating_queue),
]

LATEST_VERSION = len(MIGRATIONS)
MIGRATION_LOCK = 5_482_331  # the PostgreSQL advisory lock id migrations hold


def _is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def schema_version(db: Database) -> int:
    """The migrations applied: SQLite's ``user_version``, a one-row table on PostgreSQL."""
    if not _is_postgres(db):
        return db.execute_sql("PRAGMA user_version").fetchone()[0]
    db.execute_sql("CREATE TABLE IF NOT EXISTS jobtui_schema (version INTEGER NOT NULL)")
    row = db.execute_sql("SELECT MAX(version) FROM jobtui_schema").fetchone()
    return row[0] or 0


def _set_version(db: Database, version: int) -> None:
    if _is_postgres(db):
        db.execute_sql("DELETE FROM jobtui_schema")
        db.execute_sql("INSERT INTO jobtui_schema (version) VALUES (?)", (version,))
    else:
        db.execute_sql(f"PRAGMA user_version = {version}")


def _statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    import sqlite3

    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def migrate(db: SqliteDatabase, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``target``; returns the version it started from."""
    current = schema_version(db)
    if current == target:
        return current  # the common case takes no write lock, so readers never wait here
    with db.atomic():  # BEGIN IMMEDIATE: a second process waits instead of migrating twice
        if _is_postgres(db):  # the same on PostgreSQL: a lock held until the commit
            db.execute_sql("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
        start = schema_version(db)
        if start > LATEST_VERSION:
            raise RuntimeError(
                f"this database has schema version {start}, newer than this jobtui "
                f"understands ({LATEST_VERSION}); upgrade jobtui"
            )
        for version in range(start + 1, target + 1):
            sql, step = MIGRATIONS[version - 1]
            if _is_postgres(db):
                script = translate(_statements(sql))
                if script.strip():
                    db.execute_sql(script)
            else:
                for statement in _statements(sql):
                    db.execute_sql(statement)
            if step is not None:
                step(db)
            _set_version(db, version)
    return start
