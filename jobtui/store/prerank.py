"""Pre-rank: a model-free relevance score per (job, active resume) that orders the rating
queue, so likely fits reach the (slow) model first.

The score is BM25 from the SQLite FTS5 index the full-text search already keeps: the resume's
distinctive words (frequent in the resume, rare among the stored jobs) form one OR query,
matches in the title count four times, the company not at all. SQLite does the work inside
one statement, so scoring a batch costs a few milliseconds and no text is tokenized in Python.
The raw score is squashed to 0-100 (``100 * s / (s + SCALE)``) so a floor can be set.

Every canonical job has a score for every active resume: new jobs get one at ingest, all jobs
when a resume becomes active, and ``score_missing`` catches jobs stored any other way.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from jobtui.db.models import database, utcnow

TERMS = 40  # words in a resume's query
COMMON = 0.4  # words in more than this share of the jobs say nothing about fit
SCALE = 12.0  # a raw BM25 score of SCALE becomes 50
WEIGHTS = (4.0, 0.0, 1.0)  # title, company, description

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
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


def resume_query(text: str, *, terms: int = TERMS) -> str | None:
    """The FTS5 query for a resume: its most distinctive words, OR-ed, each repeated (up to
    three times) by how often the resume uses it. None when the resume has no usable word."""
    words = Counter(
        w for w in _WORD.findall(_PLACEHOLDER.sub(" ", text).lower())
        if len(w) > 1 and not w.isdigit() and w not in _STOP
    )
    if not words:
        return None
    total = database.execute_sql("SELECT COUNT(*) FROM job").fetchone()[0]
    docs = dict(_doc_counts(list(words)))
    weights = {}
    for word, count in words.items():
        df = docs.get(word, 0)
        if total >= 20 and df > COMMON * total:
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        weights[word] = (1 + math.log(count)) * idf
    # Words the stored jobs use come first: they are what ranks today's jobs; a few unseen
    # ones (rare skills, or names the redaction kept) may still match tomorrow's.
    ranked = sorted(weights, key=lambda w: (docs.get(w, 0) == 0, -weights[w], w))
    seen = [w for w in ranked if docs.get(w, 0)][:terms]
    best = seen + [w for w in ranked if not docs.get(w, 0)][:max(terms // 4, terms - len(seen))]
    if not best:
        return None
    return " OR ".join(f'"{w}"' for w in best for _ in range(min(3, words[w])))


def _doc_counts(words: list[str]) -> list[tuple[str, int]]:
    found = []
    for start in range(0, len(words), 500):
        chunk = words[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found += database.execute_sql(
            f"SELECT term, doc FROM job_fts_vocab WHERE term IN ({marks})", chunk).fetchall()
    return found


_SCORE_RANGE = f"""
INSERT INTO prerank (job_id, resume_id, score)
SELECT j.id, ?, COALESCE(100.0 * m.raw / (m.raw + {SCALE}), 0)
FROM job j LEFT JOIN (
    SELECT rowid AS id, -bm25(job_fts, {', '.join(map(str, WEIGHTS))}) AS raw FROM job_fts
    WHERE job_fts MATCH ? AND rowid BETWEEN ? AND ?) m ON m.id = j.id
WHERE j.id BETWEEN ? AND ? AND j.duplicate_of_id IS NULL
ON CONFLICT (job_id, resume_id) DO UPDATE SET score = excluded.score
"""
_ZERO_RANGE = """
INSERT INTO prerank (job_id, resume_id, score)
SELECT j.id, ?, 0 FROM job j WHERE j.id BETWEEN ? AND ? AND j.duplicate_of_id IS NULL
ON CONFLICT (job_id, resume_id) DO UPDATE SET score = excluded.score
"""


def _score_range(resume_id: int, query: str | None, low: int, high: int) -> None:
    if query is None:
        database.execute_sql(_ZERO_RANGE, [resume_id, low, high])
    else:
        database.execute_sql(_SCORE_RANGE, [resume_id, query, low, high, low, high])


def _stored_query(resume_id: int) -> tuple[bool, str | None]:
    row = database.execute_sql(
        "SELECT query FROM prerank_query WHERE resume_id = ?", [resume_id]).fetchone()
    return (False, None) if row is None else (True, row[0] or None)


def score_resume(resume_id: int) -> int:
    """(Re)build the resume's query and score every canonical job against it; the user's
    other resumes lose their scores (only active resumes are queued). Returns jobs scored."""
    with database.atomic():
        row = database.execute_sql(
            "SELECT user_id, content FROM resume WHERE id = ?", [resume_id]).fetchone()
        if row is None:
            return 0
        user_id, content = row
        query = resume_query(content)
        database.execute_sql(
            "INSERT INTO prerank_query (resume_id, query, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (resume_id) DO UPDATE SET query = excluded.query,"
            " created_at = excluded.created_at", [resume_id, query or "", str(utcnow())])
        database.execute_sql(
            "DELETE FROM prerank WHERE resume_id IN (SELECT id FROM resume WHERE user_id = ?"
            " AND id != ?)", [user_id, resume_id])
        database.execute_sql(
            "DELETE FROM prerank WHERE resume_id = ? AND requested = 0", [resume_id])
        high = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0]
        _score_range(resume_id, query, 0, high)
    return database.execute_sql(
        "SELECT COUNT(*) FROM prerank WHERE resume_id = ?", [resume_id]).fetchone()[0]


def _active_resumes() -> list[int]:
    return [r[0] for r in database.execute_sql(
        "SELECT id FROM resume WHERE is_active = 1 ORDER BY id").fetchall()]


def score_new_jobs(job_ids: list[int]) -> None:
    """Score jobs just stored (ids from one ingest) for every active resume."""
    if not job_ids:
        return
    low, high = min(job_ids), max(job_ids)
    for resume_id in _active_resumes():
        known, query = _stored_query(resume_id)
        if not known:
            score_resume(resume_id)
        else:
            _score_range(resume_id, query, low, high)


def score_missing() -> int:
    """Score the jobs stored after each active resume's last scored job (jobs not stored
    through ingest) and resumes activated without scoring. Returns the resumes touched."""
    touched = 0
    high = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0]
    for resume_id in _active_resumes():
        known, query = _stored_query(resume_id)
        if not known:
            score_resume(resume_id)
            touched += 1
            continue
        through = database.execute_sql(
            "SELECT COALESCE(MAX(job_id), 0) FROM prerank WHERE resume_id = ? AND requested = 0",
            [resume_id]).fetchone()[0]
        if through < high:
            with database.atomic():
                _score_range(resume_id, query, through + 1, high)
            touched += 1
    return touched


def mark_requested(job_id: int, resume_id: int) -> None:
    """The user asked for this job to be rated: it passes the pre-rank floor and filters."""
    database.execute_sql(
        "INSERT INTO prerank (job_id, resume_id, score, requested) VALUES (?, ?, 0, 1)"
        " ON CONFLICT (job_id, resume_id) DO UPDATE SET requested = 1", [job_id, resume_id])


def prerank_of(job_id: int, resume_id: int) -> float | None:
    """The job's score (0-100) for the resume, if computed."""
    row = database.execute_sql(
        "SELECT score FROM prerank WHERE job_id = ? AND resume_id = ?",
        [job_id, resume_id]).fetchone()
    return None if row is None else row[0]


def label(score: float | None) -> str:
    """How a score reads next to unrated jobs, unlike a model rating: "≈ likely fit"."""
    if score is None:
        return ""
    if score >= 60:
        return "≈ likely fit"
    if score >= 30:
        return "≈ maybe"
    return "≈ unlikely"
