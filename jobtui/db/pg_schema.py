"""The migrations' SQL as PostgreSQL runs it.

Every migration is written once, in SQLite's dialect (``migrations.py``). Plain DDL is
translated here (types, the reserved table name ``user``, ``INSERT OR IGNORE``); what SQLite
does with FTS5 and triggers is said again for PostgreSQL below, by the trigger's name, so a
new SQLite trigger without a PostgreSQL twin fails loudly in the PostgreSQL tests.
"""

from __future__ import annotations

import re

# Full-text search: a generated tsvector over the same columns as job_fts, with a GIN index.
# The 'simple' configuration (no stemming) matches FTS5's unicode61 tokenizer's behaviour.
FULLTEXT = """
ALTER TABLE job ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple',
    coalesce(title, '') || ' ' || coalesce(company, '') || ' ' || coalesce(description, '')))
    STORED;
CREATE INDEX job_search_vector ON job USING GIN (search_vector);
"""

_FUNCTION = """
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {body}
    RETURN {returns};
END $$;
"""

_SEARCHES_OF_USER_DUE = ("UPDATE search SET last_processed = NULL"
                         " WHERE id IN (SELECT search_id FROM user_search"
                         " WHERE user_id = NEW.user_id);")

# name -> PostgreSQL statements doing what the SQLite trigger of that name does.
TRIGGERS: dict[str, str] = {
    "resume_activated_insert": _FUNCTION.format(
        name="resume_activated_insert_fn", body=_SEARCHES_OF_USER_DUE, returns="NULL")
    + "CREATE TRIGGER resume_activated_insert AFTER INSERT ON resume FOR EACH ROW"
      " WHEN (NEW.is_active = 1) EXECUTE FUNCTION resume_activated_insert_fn();",
    "resume_activated_update": _FUNCTION.format(
        name="resume_activated_update_fn", body=_SEARCHES_OF_USER_DUE, returns="NULL")
    + "CREATE TRIGGER resume_activated_update AFTER UPDATE OF is_active ON resume FOR EACH ROW"
      " WHEN (NEW.is_active = 1 AND OLD.is_active = 0)"
      " EXECUTE FUNCTION resume_activated_update_fn();",
    "user_search_followed": _FUNCTION.format(
        name="user_search_followed_fn",
        body="UPDATE search SET last_processed = NULL WHERE id = NEW.search_id;",
        returns="NULL")
    + "CREATE TRIGGER user_search_followed AFTER INSERT ON user_search FOR EACH ROW"
      " EXECUTE FUNCTION user_search_followed_fn();",
    # BEFORE rather than AFTER: the row is fixed in place instead of updated a second time.
    "job_description_arrived": _FUNCTION.format(
        name="job_description_arrived_fn", body="NEW.description_wanted_since := NULL;",
        returns="NEW")
    + "CREATE TRIGGER job_description_arrived BEFORE UPDATE OF description ON job"
      " FOR EACH ROW WHEN (NEW.description IS NOT NULL"
      " AND OLD.description_wanted_since IS NOT NULL)"
      " EXECUTE FUNCTION job_description_arrived_fn();",
}

# The rating queue (migrations.V_QUEUE) as triggers keep it: a row per (canonical job, active
# resume) pair without a successful rating, carrying the pair's pre-rank and the job's date, so
# claims read it in index order. Bulk writers (imports, scoring, ``db copy``) fire statement
# triggers that see all their rows at once; the rest are row triggers that fire only on a change.
_PENDING = ("NOT EXISTS (SELECT 1 FROM rating t WHERE t.job_id = {job}"
            " AND t.resume_id = {resume} AND t.status = 'ok')")
RATING_QUEUE = f"""
CREATE FUNCTION rating_queue_add(queued_job BIGINT, queued_resume BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rating_queue (job_id, resume_id, requested, score, posted)
    SELECT j.id, res.id, p.requested, p.score, j.date_posted
    FROM job j JOIN resume res ON res.id = queued_resume AND res.is_active = 1
    LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = res.id
    WHERE j.id = queued_job AND j.duplicate_of_id IS NULL
      AND {_PENDING.format(job="j.id", resume="res.id")}
    ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION rating_queue_jobs_added_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rating_queue (job_id, resume_id, posted)
    SELECT n.id, res.id, n.date_posted FROM added_jobs n JOIN resume res ON res.is_active = 1
    WHERE n.duplicate_of_id IS NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_jobs_added AFTER INSERT ON job
    REFERENCING NEW TABLE AS added_jobs FOR EACH STATEMENT
    EXECUTE FUNCTION rating_queue_jobs_added_fn();

CREATE FUNCTION rating_queue_job_changed_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.duplicate_of_id IS NOT NULL THEN  -- a cross-post: its canonical job is rated
        DELETE FROM rating_queue WHERE job_id = NEW.id;
    ELSIF OLD.duplicate_of_id IS NOT NULL THEN  -- canonical again
        PERFORM rating_queue_add(NEW.id, res.id) FROM resume res WHERE res.is_active = 1;
    ELSE
        UPDATE rating_queue SET posted = NEW.date_posted WHERE job_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_job_changed AFTER UPDATE OF duplicate_of_id, date_posted ON job
    FOR EACH ROW WHEN (OLD.duplicate_of_id IS DISTINCT FROM NEW.duplicate_of_id
                       OR OLD.date_posted IS DISTINCT FROM NEW.date_posted)
    EXECUTE FUNCTION rating_queue_job_changed_fn();

CREATE FUNCTION rating_queue_resume_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.is_active = 1 THEN
        INSERT INTO rating_queue (job_id, resume_id, requested, score, posted)
        SELECT j.id, NEW.id, p.requested, p.score, j.date_posted FROM job j
        LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = NEW.id
        WHERE j.duplicate_of_id IS NULL AND {_PENDING.format(job="j.id", resume="NEW.id")}
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM rating_queue WHERE resume_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_resume_added AFTER INSERT ON resume
    FOR EACH ROW WHEN (NEW.is_active = 1) EXECUTE FUNCTION rating_queue_resume_fn();
CREATE TRIGGER rating_queue_resume_switched AFTER UPDATE OF is_active ON resume
    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active)
    EXECUTE FUNCTION rating_queue_resume_fn();

CREATE FUNCTION rating_queue_rated_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rating_queue WHERE job_id = NEW.job_id AND resume_id = NEW.resume_id;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_rated AFTER INSERT OR UPDATE OF status ON rating
    FOR EACH ROW WHEN (NEW.status = 'ok') EXECUTE FUNCTION rating_queue_rated_fn();

-- A successful rating dropped (a re-rate) or replaced by a failure: the pair is queued again.
CREATE FUNCTION rating_queue_unrated_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.status <> 'ok' THEN
        PERFORM rating_queue_add(OLD.job_id, OLD.resume_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_unrated AFTER UPDATE OF status OR DELETE ON rating
    FOR EACH ROW WHEN (OLD.status = 'ok') EXECUTE FUNCTION rating_queue_unrated_fn();

CREATE FUNCTION rating_queue_scored_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE rating_queue q SET requested = n.requested, score = n.score FROM scored n
    WHERE q.job_id = n.job_id AND q.resume_id = n.resume_id
      AND (q.requested IS DISTINCT FROM n.requested OR q.score IS DISTINCT FROM n.score);
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_prerank_added AFTER INSERT ON prerank
    REFERENCING NEW TABLE AS scored FOR EACH STATEMENT EXECUTE FUNCTION rating_queue_scored_fn();
CREATE TRIGGER rating_queue_prerank_changed AFTER UPDATE ON prerank
    REFERENCING NEW TABLE AS scored FOR EACH STATEMENT EXECUTE FUNCTION rating_queue_scored_fn();

CREATE FUNCTION rating_queue_unscored_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE rating_queue q SET requested = NULL, score = NULL FROM unscored o
    WHERE q.job_id = o.job_id AND q.resume_id = o.resume_id;
    RETURN NULL;
END $$;
CREATE TRIGGER rating_queue_prerank_removed AFTER DELETE ON prerank
    REFERENCING OLD TABLE AS unscored FOR EACH STATEMENT
    EXECUTE FUNCTION rating_queue_unscored_fn();
"""
# The queue of a database migrated before it existed (also what the triggers keep it equal to).
RATING_QUEUE_FILL = f"""
INSERT INTO rating_queue (job_id, resume_id, requested, score, posted)
SELECT j.id, res.id, p.requested, p.score, j.date_posted
FROM job j JOIN resume res ON res.is_active = 1
LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = res.id
WHERE j.duplicate_of_id IS NULL AND {_PENDING.format(job="j.id", resume="res.id")}
"""

_FTS_STATEMENT = re.compile(
    r"^(CREATE VIRTUAL TABLE job_fts\w*|CREATE TRIGGER job_fts_|INSERT INTO job_fts)", re.I)
_FTS_TABLE = re.compile(r"^CREATE VIRTUAL TABLE job_fts USING fts5\(", re.I)
# In an index, DESC sorts NULLs last as SQLite does (PostgreSQL's default is first).
_INDEX_DESC = re.compile(r"\bDESC\b(?! NULLS)", re.I)
_TRIGGER = re.compile(r"^CREATE TRIGGER (?:IF NOT EXISTS )?(\w+)", re.I)
_TYPES = (
    (re.compile(r"\bINTEGER PRIMARY KEY\b(?! *\()", re.I), "SERIAL PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b(?! PRIMARY KEY)", re.I), "BIGINT"),  # SQLite's are 64-bit
    (re.compile(r"([\w.]+) COLLATE NOCASE", re.I), r"(lower(\1))"),  # an index expression
    (re.compile(r"\bDATETIME\b", re.I), "TIMESTAMP"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (re.compile(r"(?<![.\w\"])user\b(?![.\w])"), '"user"'),  # a reserved word in PostgreSQL
)
_OR_IGNORE = re.compile(r"^INSERT OR IGNORE INTO", re.I)


class NoPostgresEquivalent(RuntimeError):
    """A migration uses SQLite-only SQL that has no PostgreSQL twin here yet."""


def _statement(statement: str) -> str:
    if _FTS_STATEMENT.match(statement):
        return FULLTEXT if _FTS_TABLE.match(statement) else ""  # (fts5vocab: see prerank)
    trigger = _TRIGGER.match(statement)
    if trigger:
        if trigger.group(1) not in TRIGGERS:
            raise NoPostgresEquivalent(
                f"trigger {trigger.group(1)} has no PostgreSQL version in db/pg_schema.py")
        return TRIGGERS[trigger.group(1)]
    if statement.upper().startswith("PRAGMA"):
        return ""
    for pattern, replacement in _TYPES:
        statement = pattern.sub(replacement, statement)
    statement = re.sub(r"\)\s*WITHOUT ROWID", ")", statement, flags=re.I)
    if re.match(r"^CREATE (UNIQUE )?INDEX", statement, re.I):
        statement = _INDEX_DESC.sub("DESC NULLS LAST", statement)
    if _OR_IGNORE.match(statement):
        statement = _OR_IGNORE.sub("INSERT INTO", statement).rstrip(";")
        statement += " ON CONFLICT DO NOTHING;"
    return statement


def translate(statements: list[str]) -> str:
    """One migration's SQLite statements as one PostgreSQL script."""
    return "\n".join(s for s in map(_statement, statements) if s)
