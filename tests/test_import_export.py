"""Import of JobSpy's .csv/.json/.jsonl output and export back to those formats."""

from __future__ import annotations

import csv
import json

import pytest

from jobtui.db.models import Application, Job, Rating, Resume, SearchJob
from jobtui.scrape.exporter import ExportError, export_jobs
from jobtui.scrape.importer import ImportFileError, import_file
from jobtui.store import searches
from jobtui.store.listing import JobFilter
from tests.conftest import FIXTURES

STORED_COLUMNS = (
    "site", "site_job_id", "job_url", "job_url_direct", "title", "company", "location",
    "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency",
    "is_remote", "description", "extra", "fingerprint",
)


def store_snapshot() -> list[tuple]:
    jobs = {j.id: j for j in Job.select()}
    return sorted(
        tuple(getattr(j, c) for c in STORED_COLUMNS)
        + (jobs[j.duplicate_of_id].job_url if j.duplicate_of_id else None,)
        for j in jobs.values()
    )


def write_json_array(tmp_path):
    rows = [json.loads(line) for line in
            (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "sample.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_all_three_formats_give_identical_stores(session, tmp_path):
    from jobtui.db import open_database

    snapshots = []
    for index, path in enumerate([FIXTURES / "jobspy_sample.jsonl",
                                  FIXTURES / "jobspy_sample.csv", write_json_array(tmp_path)]):
        db = open_database(tmp_path / f"store{index}.db")
        from jobtui.store.users import get_or_create_user

        user = get_or_create_user("tester")
        report = import_file(path, searches.imported_search(user))
        assert (report.found, report.new, report.duplicates, report.updated) == (40, 36, 3, 1)
        again = import_file(path, searches.imported_search(user))
        assert (again.new, again.duplicates, again.updated) == (0, 0, 40)
        assert Job.select().count() == 39 and SearchJob.select().count() == 39
        snapshots.append(store_snapshot())
        db.close()
    assert snapshots[0] == snapshots[1] == snapshots[2]


def test_malformed_lines_are_reported_and_skipped(session, tmp_path):
    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join([good[0], "{not json", good[1], "[1, 2]", "",
                               '{"job_url": "https://x.com/9", "title": ""}', good[2]]) + "\n",
                    encoding="utf-8")
    report = import_file(path, searches.imported_search(session.user))
    assert report.new == 3
    assert [(line, reason.split(" (")[0]) for line, reason in report.problems] == [
        (2, "not valid JSON"), (4, "expected a JSON object, got list"), (6, "no title")]


def test_csv_line_numbers_count_multiline_descriptions(session, tmp_path):
    path = tmp_path / "jobs.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["site", "job_url", "title", "description"])
        writer.writerow(["indeed", "https://x.com/1", "One", "line\nline\nline"])
        writer.writerow(["indeed", "ftp://x.com/2", "Two", "x"])
        writer.writerow(["indeed", "https://x.com/3", "Three", "x", "extra cell"])
    report = import_file(path, searches.imported_search(session.user))
    assert report.new == 1
    assert [line for line, _ in report.problems] == [5, 6]


@pytest.mark.parametrize("name, content, message", [
    ("a.csv", "site,title,company\nindeed,T,C\n", "missing column 'job_url'"),
    ("a.jsonl", '{"site": "indeed", "url": "https://x.com"}\n',
     "missing column 'job_url', 'title'"),
    ("a.json", "{broken", "not valid JSON at line 1"),
    pytest.param("a.json", "[" * 100_000 + "]" * 100_000, "nested too deep", id="deep"),
    ("a.txt", "x", "use a .csv, .json or .jsonl file"),
])
def test_files_that_are_not_jobspy_output_name_the_problem(session, tmp_path, name, content,
                                                           message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        import_file(path, searches.imported_search(session.user))
    assert Job.select().count() == 0


def test_missing_and_non_utf8_files(session, tmp_path):
    search = searches.imported_search(session.user)
    with pytest.raises(ImportFileError, match="no such file"):
        import_file(tmp_path / "nope.jsonl", search)
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"job_url": "https://x.com/1", "title": "Caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        import_file(bad, search)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".jsonl"])
def test_export_has_jobspy_columns_plus_rating_and_round_trips(session, tmp_path, suffix):
    user = session.user
    import_file(FIXTURES / "jobspy_sample.jsonl", searches.imported_search(user))
    resume = Resume.create(user=user, content="x", content_hash="h", is_active=True)
    top = Job.get(Job.job_url == "https://www.indeed.com/viewjob?jk=105306")
    Rating.create(job=top, resume=resume, model="m", rating=91, justification="Strong match.")
    Application.create(user=user, job=top, status="applied")
    before = store_snapshot()

    path = tmp_path / f"out{suffix}"
    assert export_jobs(user, JobFilter(), path) == 36
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            records = list(csv.DictReader(handle))
        assert list(records[0])[:4] == ["id", "site", "job_url", "job_url_direct"]
        assert list(records[0])[-3:] == ["rating", "justification", "status"]
    elif suffix == ".json":
        records = json.loads(path.read_text(encoding="utf-8"))
    else:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    first = records[0]  # sorted by rating: the rated job first
    assert first["job_url"] == top.job_url and str(first["rating"]) == "91"
    assert first["justification"] == "Strong match." and first["status"] == "applied"
    assert first["id"] == "in-105306" and first["company_url"].startswith("https://")
    assert len(records) == 36

    from jobtui.db import open_database

    open_database(tmp_path / "fresh.db")
    from jobtui.store.users import get_or_create_user

    report = import_file(path, searches.imported_search(get_or_create_user("other")))
    assert report.new == 36 and report.skipped == 0
    canonical_before = [row for row in before if row[-1] is None]
    assert store_snapshot() == canonical_before  # every stored field survives the trip


def test_export_filters_and_refuses_bad_names(session, tmp_path):
    user = session.user
    import_file(FIXTURES / "jobspy_sample.jsonl", searches.imported_search(user))
    assert export_jobs(user, JobFilter(site="linkedin"), tmp_path / "li.jsonl") == 10
    assert export_jobs(user, JobFilter(query="nurse"), tmp_path / "n.csv") == 4
    with pytest.raises(ExportError, match="use a .csv, .json or .jsonl"):
        export_jobs(user, JobFilter(), tmp_path / "x.xlsx")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        export_jobs(user, JobFilter(), tmp_path / "dir.csv")


def test_parallel_jsonl_import_matches_the_serial_one(session, tmp_path, monkeypatch):
    from jobtui.db import open_database
    from jobtui.scrape import parallel as workers
    from jobtui.store.users import get_or_create_user

    used = []
    real = workers.prepared_jsonl

    def spy(path, **kwargs):
        used.append(path)
        yield from real(path, **kwargs)

    monkeypatch.setattr(workers, "prepared_jsonl", spy)

    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(good[:20] + ["{broken", "", '"text"'] + good[20:]
                              + ['{"job_url": "https://x.com/1"}']) + "\n", encoding="utf-8")
    results = []
    for parallel in (False, True):
        db = open_database(tmp_path / f"p{parallel}.db")
        report = import_file(path, searches.imported_search(get_or_create_user("u")),
                             parallel=parallel)
        results.append(((report.found, report.new, report.duplicates, report.updated),
                        report.problems, store_snapshot()))
        db.close()
    assert used == [path]  # the second import went through the worker process
    assert results[0] == results[1]
    assert results[0][0] == (40, 36, 3, 1)
    assert [line for line, _ in results[0][1]] == [21, 23, 44]


def test_parallel_import_splits_and_numbers_lines_as_reading_text_does(session, tmp_path):
    from jobtui.db import open_database
    from jobtui.store.users import get_or_create_user

    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    # A BOM, Windows and old Mac line ends, a line of Unicode spaces only, a broken line.
    text = ("\ufeff" + good[0] + "\r\n" + good[1] + "\r" + "\xa0\u3000\n" + good[2] + "\n"
            + "{broken\r\n" + "\r\n".join(good[3:]) + "\r\n")
    path = tmp_path / "mixed-ends.jsonl"
    path.write_bytes(text.encode())
    results = []
    for parallel in (False, True):
        db = open_database(tmp_path / f"ends{parallel}.db")
        report = import_file(path, searches.imported_search(get_or_create_user("u")),
                             parallel=parallel)
        results.append(((report.found, report.new, report.duplicates), report.problems,
                        store_snapshot()))
        db.close()
    assert results[0] == results[1]
    assert results[0][0][0] == len(good) and [n for n, _ in results[0][1]] == [5]


def test_parallel_import_of_a_file_not_utf8_past_its_first_record(session, tmp_path):
    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "late-latin1.jsonl"
    path.write_bytes("\n".join(good[:3]).encode() + b"\n"
                     + '{"job_url": "https://x.com/1", "title": "Caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        import_file(path, searches.imported_search(session.user), parallel=True)


def test_parallel_import_refuses_a_file_without_jobspy_columns(session, tmp_path):
    path = tmp_path / "other.jsonl"
    path.write_text('{"name": "x"}\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="missing column 'job_url', 'title'"):
        import_file(path, searches.imported_search(session.user), parallel=True)


@pytest.mark.parametrize("parallel", [False, True])
def test_deeply_nested_jsonl_line_is_skipped_not_a_crash(session, tmp_path, parallel):
    path = tmp_path / "deep.jsonl"
    good = '{"site": "indeed", "job_url": "https://x.com/ok", "title": "Ok", "company": "C"}'
    path.write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n" + good + "\n",
                    encoding="utf-8")
    report = import_file(path, searches.imported_search(session.user), parallel=parallel)
    assert report.new == 1
    assert report.problems == [(1, "not a job record (JSON nested too deep)")]


def test_parallel_reimport_leaves_unchanged_lines_out_of_the_worker(session, tmp_path,
                                                                    monkeypatch):
    from jobtui.scrape import parallel as workers

    batches = []
    real = workers.prepared_jsonl

    def spy(path, **kwargs):
        for batch in real(path, **kwargs):
            batches.append((len(batch[0]), len(batch[2])))
            yield batch

    monkeypatch.setattr(workers, "prepared_jsonl", spy)
    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "jobs.jsonl"
    path.write_text("\n".join(good + ["{broken"]) + "\n", encoding="utf-8")
    search = searches.imported_search(session.user)
    first = import_file(path, search, parallel=True)
    batches.clear()
    again = import_file(path, search, parallel=True)
    prepared, seen = map(sum, zip(*batches, strict=True))
    # Only the tracking-parameter repost is parsed again (its job holds its twin's hash).
    assert (prepared, seen) == (1, len(good) - 1)
    assert (again.found, again.new, again.duplicates, again.updated) == (first.found, 0, 0, 40)
    assert again.problems == first.problems == [(len(good) + 1, first.problems[0][1])]


def test_export_is_readable_by_the_user_only(session, tmp_path):
    """The export carries the model's justifications, which are written from the resume."""
    import stat

    from jobtui.scrape.exporter import export_jobs
    from jobtui.store.listing import JobFilter

    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    export_jobs(session.user, JobFilter(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_parallel_reimport_of_unchanged_lines_starts_no_worker_process(session, tmp_path,
                                                                       monkeypatch):
    from jobtui.scrape import parallel as workers

    submitted = []

    class Pool(workers.ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            submitted.append(args[0])  # the chunk's first line number
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", Pool)
    good = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    path = tmp_path / "jobs.jsonl"
    path.write_text("\n".join(good) + "\n", encoding="utf-8")
    search = searches.imported_search(session.user)
    first = import_file(path, search, parallel=True)
    assert submitted == [1] and first.new == 5
    submitted.clear()
    again = import_file(path, search, parallel=True)
    assert submitted == [] and (again.found, again.updated, again.new) == (5, 5, 0)
