"""Pre-rank: a model-free relevance score per (job, active resume) that orders the rating
queue, so likely fits reach the (slow) model first.

The score is weighted term coverage looked up in the SQLite FTS5 index the full-text search
already keeps: the resume's distinctive words (frequent in the resume, rare among the stored
jobs) each get a weight, and a job scores the share of that weight it mentions (half of it
scores 100). Each word is one indexed lookup, so no job text is read or tokenized in Python.
FTS5's own ``bm25()`` was measured too (``tests/bench_prerank.py``): as fast, but its IDF is
zero for a word in half the jobs or more, so in a focused search (most jobs mention Python) or
a small first scrape every fit scored about 0, and its raw scale has no fixed top, so no floor
(``rating.min_prerank``) could mean the same from one resume to the next.

Every canonical job has a score for every active resume: new jobs get one at ingest, all jobs
when a resume becomes active, and ``score_missing`` catches jobs stored any other way.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter

from jobtui.db.engine import is_postgres
from jobtui.db.models import database, utcnow
from jobtui.patterns import PLACEHOLDER

TERMS = 40  # distinctive words kept per resume
FULL_MATCH = 0.5  # a job mentioning this share of the resume's weighted words scores 100
AT_INGEST = 5000  # jobs an ingest scores itself; a bulk import leaves more to the worker

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset("""
a about above after again all also am an and any are as at be been before being below between
both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor
not of off on once only or other our out over own same she should so some such than that the
their them then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours per etc via using use
used new work worked working team teams years year experience experienced including include
strong skills skill knowledge ability able responsible responsibilities role roles job jobs
present current company summary profile education references available request
""".split())


def resume_terms(text: str, *, terms: int = TERMS) -> dict[str, float]:
    """The resume's distinctive words with their weights: (1 + log of the times the resume
    uses it) x a smoothed IDF over the stored jobs. Empty when no word is usable."""
    words = Counter(
        w for w in _WORD.findall(PLACEHOLDER.sub(" ", text).lower())
        if len(w) > 1 and not w.isdigit() and w not in _STOP
    )
    if not words:
        return {}
    total = database.execute_sql("SELECT COUNT(*) FROM job").fetchone()[0]
    docs = dict(_doc_counts(list(words)))
    weights = {}
    for word, count in words.items():
        df = docs.get(word, 0)
        weights[word] = (1 + math.log(count)) * math.log(1 + (total + 1) / (df + 1))
    # Words the stored jobs use come first: they are what ranks today's jobs; a few unseen
    # ones (rare skills, or names the redaction kept) may still match tomorrow's.
    ranked = sorted(weights, key=lambda w: (docs.get(w, 0) == 0, -weights[w], w))
    seen = [w for w in ranked if docs.get(w, 0)][:terms]
    best = seen + [w for w in ranked if not docs.get(w, 0)][:max(terms // 4, terms - len(seen))]
    return {w: round(weights[w], 4) for w in best}


def _doc_counts(words: list[str]) -> list[tuple[str, int]]:
    found = []
    for start in range(0, len(words), 500):
        chunk = words[start:start + 500]
        marks = ",".join("?" * len(chunk))
        sql = _DOC_COUNTS_PG if is_postgres() else _DOC_COUNTS_SQLITE
        found += database.execute_sql(sql.format(marks=marks), chunk).fetchall()
    return found


_DOC_COUNTS_SQLITE = "SELECT term, doc FROM job_fts_vocab WHERE term IN ({marks})"
# PostgreSQL: the same counts from the job tsvectors (db/pg_schema.py), one pass per resume.
_DOC_COUNTS_PG = ("SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM job')"
                  " WHERE word IN ({marks})")


_HITS = "SELECT rowid, ? AS weight FROM job_fts WHERE job_fts MATCH ? AND rowid BETWEEN ? AND ?"
_HITS_PG = ("SELECT id AS rowid, CAST(? AS DOUBLE PRECISION) AS weight FROM job"
            " WHERE search_vector @@ to_tsquery('simple', ?) AND id BETWEEN ? AND ?")
_STORE = """
INSERT INTO prerank (job_id, resume_id, score, posted)
SELECT j.id, ?, COALESCE(h.score, 0), j.date_posted
FROM job j LEFT JOIN ({hits}) h ON h.id = j.id
WHERE j.id BETWEEN ? AND ? AND j.duplicate_of_id IS NULL
ON CONFLICT (job_id, resume_id) DO UPDATE SET score = excluded.score, posted = excluded.posted
"""


def _coverage_sql(terms: dict[str, float], low: int, high: int) -> tuple[str, list]:
    """One query giving (id, score 0-100) for every job in [low, high] that mentions a resume
    word (in its title, company or description): an indexed lookup per word, summed by
    SQLite."""
    parts, params = [], []
    top = FULL_MATCH * sum(terms.values())
    postgres = is_postgres()
    for word, weight in terms.items():
        if postgres:  # a tsquery lexeme; words are letters and digits only (_WORD)
            parts.append(_HITS_PG)
            params += [weight, f"'{word}'", low, high]
        else:
            parts.append(_HITS)
            params += [weight, '"' + word.replace('"', '""') + '"', low, high]
    least = "LEAST" if postgres else "MIN"
    sql = (f"SELECT rowid AS id, {least}(100.0, 100.0 * SUM(weight) / {top!r}) AS score"
           f" FROM ({' UNION ALL '.join(parts)}) hits GROUP BY rowid")
    return sql, params


def _score_range(resume_id: int, terms: dict[str, float], low: int, high: int) -> None:
    if terms:
        hits, params = _coverage_sql(terms, low, high)
    else:
        hits, params = "SELECT CAST(NULL AS INTEGER) AS id, 0.0 AS score WHERE 1 = 0", []
    database.execute_sql(_STORE.format(hits=hits), [resume_id, *params, low, high])


def _stored_terms(resume_id: int) -> dict[str, float] | None:
    """The words a resume was scored with (None: never scored)."""
    row = database.execute_sql(
        "SELECT terms FROM prerank_terms WHERE resume_id = ?", [resume_id]).fetchone()
    return None if row is None else json.loads(row[0])


def score_resume(resume_id: int) -> int:
    """(Re)choose the resume's words and score every canonical job against it; the user's
    other resumes lose their scores (only active resumes are queued). Returns jobs scored."""
    with database.atomic():
        row = database.execute_sql(
            "SELECT user_id, content FROM resume WHERE id = ?", [resume_id]).fetchone()
        if row is None:
            return 0
        user_id, content = row
        terms = resume_terms(content)
        # Kept, so jobs scored later are weighed by the same words as the ones scored now.
        database.execute_sql(
            "INSERT INTO prerank_terms (resume_id, terms, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (resume_id) DO UPDATE SET terms = excluded.terms,"
            " created_at = excluded.created_at", [resume_id, json.dumps(terms), str(utcnow())])
        database.execute_sql(
            "DELETE FROM prerank WHERE resume_id IN (SELECT id FROM resume WHERE user_id = ?"
            " AND id != ?)", [user_id, resume_id])
        database.execute_sql(
            "DELETE FROM prerank WHERE resume_id = ? AND requested = 0", [resume_id])
        high = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0]
        _score_range(resume_id, terms, 0, high)
    return database.execute_sql(
        "SELECT COUNT(*) FROM prerank WHERE resume_id = ?", [resume_id]).fetchone()[0]


# The newest job scored for a resume: walks the primary key backwards, stopping at once.
_LAST_SCORED = ("SELECT COALESCE((SELECT job_id FROM prerank WHERE resume_id = ?"
                " AND +requested = 0 ORDER BY job_id DESC LIMIT 1), 0)")


def _active_resumes() -> list[int]:
    return [r[0] for r in database.execute_sql(
        "SELECT id FROM resume WHERE is_active = 1 ORDER BY id").fetchall()]


def score_new_jobs(job_ids: list[int]) -> None:
    """Score jobs just stored (ids from one ingest) for every active resume, with any jobs
    stored since its last scored one. A bulk import (more than ``AT_INGEST`` jobs to score)
    is left to ``score_missing``, which the worker runs before it reads the queue: the
    import stays fast and the queue is still in pre-rank order when rating starts."""
    if not job_ids:
        return
    high = max(job_ids)
    for resume_id in _active_resumes():
        terms = _stored_terms(resume_id)
        low = database.execute_sql(_LAST_SCORED, [resume_id]).fetchone()[0] + 1
        if terms is not None and high - low < AT_INGEST:
            _score_range(resume_id, terms, low, high)


def score_missing() -> int:
    """Score the jobs stored after each active resume's last scored job (jobs not stored
    through ingest) and resumes activated without scoring. Returns the resumes touched."""
    touched = 0
    high = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0]
    for resume_id in _active_resumes():
        terms = _stored_terms(resume_id)
        if terms is None:
            score_resume(resume_id)
            touched += 1
            continue
        through = database.execute_sql(
            _LAST_SCORED, [resume_id]).fetchone()[0]
        if through < high:
            with database.atomic():
                _score_range(resume_id, terms, through + 1, high)
            touched += 1
    return touched


def mark_requested(job_id: int, resume_id: int) -> None:
    """The user asked for this job to be rated: it passes the pre-rank floor and filters."""
    database.execute_sql(
        "INSERT INTO prerank (job_id, resume_id, score, requested, posted)"
        " SELECT id, ?, 0, 1, date_posted FROM job WHERE id = ?"
        " ON CONFLICT (job_id, resume_id) DO UPDATE SET requested = 1", [resume_id, job_id])


def prerank_of(job_id: int, resume_id: int) -> float | None:
    """The job's score (0-100) for the resume, if computed."""
    row = database.execute_sql(
        "SELECT score FROM prerank WHERE job_id = ? AND resume_id = ?",
        [job_id, resume_id]).fetchone()
    return None if row is None else row[0]


def below_floor(floor: float, max_attempts: int) -> int:
    """How many unrated (job, active resume) pairs wait below the floor: what
    ``jobtui rate --all`` would add. Jobs the user's rules filter out are not counted."""
    return database.execute_sql(
        "SELECT COUNT(*) FROM prerank p JOIN resume res ON res.id = p.resume_id"
        " AND res.is_active = 1 JOIN job j ON j.id = p.job_id AND j.duplicate_of_id IS NULL"
        " LEFT JOIN rating r ON r.job_id = j.id AND r.resume_id = res.id"
        " WHERE p.score < ? AND p.requested = 0"
        " AND (r.id IS NULL OR (r.status = 'failed' AND r.attempts < ?))"
        " AND NOT EXISTS (SELECT 1 FROM job_filter f WHERE f.job_id = j.id"
        " AND f.user_id = res.user_id)", [floor, max_attempts]).fetchone()[0]
