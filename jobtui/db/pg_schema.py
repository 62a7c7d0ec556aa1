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
