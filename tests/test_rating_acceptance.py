"""Issue 5 acceptance, end to end through the CLI, the fake Ollama server and the real client:
import the fixture jobs, add the fixture resume, rate; rate again; a new resume rates again;
no personal data of the resume reaches the server."""

import json
import shutil

from jobtui.cli import main
from jobtui.db.models import Job, Rating, Resume
from jobtui.store.listing import JobFilter, list_jobs
from jobtui.store.users import get_or_create_user
from tests import rating_probe
from tests.rating_data import FIXTURES

USER = ["--user", "tester"]


def run(capsys, *args) -> str:
    code = main([*USER, *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_import_resume_rate_end_to_end(fake_ollama, session, capsys, tmp_path):
    run(capsys, "import", str(FIXTURES / "jobspy_sample.jsonl"))
    run(capsys, "resume", "add", str(FIXTURES / "resumes" / "alex_morgan.txt"))
    canonical = list(Job.select().where(Job.duplicate_of.is_null()))
    duplicates = list(Job.select().where(Job.duplicate_of.is_null(False)))
    assert len(canonical) + len(duplicates) == Job.select().count()
    assert duplicates  # the fixtures hold cross-posts

    out = run(capsys, "rate")
    assert out.startswith(f"rated {len(canonical)}, failed 0 · tokens in ")
    user = get_or_create_user("tester")
    resume = Resume.get(Resume.is_active == True)  # noqa: E712
    rated = {r.job_id: r.rating for r in Rating.select().where(
        (Rating.resume == resume) & (Rating.status == "ok"))}
    assert set(rated) == {j.id for j in canonical}  # every canonical job, nothing else
    for dup in duplicates:
        view = rating_probe.rating_for(user, dup.id)
        assert view is not None and view.job_id == dup.duplicate_of_id
        assert view.rating == rated[dup.duplicate_of_id]
    rows = list_jobs(user, JobFilter(), limit=1000)
    assert rows and all(row.rating is not None for row in rows)
    assert len(fake_ollama.chat_requests()) == len(canonical)

    # A second run rates nothing and sends nothing.
    assert run(capsys, "rate") == "nothing to rate\n"
    assert len(fake_ollama.chat_requests()) == len(canonical)

    # A new resume rates every job again.
    changed = tmp_path / "alex_morgan_v2.txt"
    shutil.copy(FIXTURES / "resumes" / "alex_morgan.txt", changed)
    with changed.open("a") as f:
        f.write("\nCERTIFICATIONS\nAWS Certified Solutions Architect (2023)\n")
    run(capsys, "resume", "add", str(changed))
    out = run(capsys, "rate")
    assert out.startswith(f"rated {len(canonical)}, failed 0")
    assert len(fake_ollama.chat_requests()) == 2 * len(canonical)
    new_resume = Resume.get(Resume.is_active == True)  # noqa: E712
    assert new_resume.id != resume.id
    assert Rating.select().where(Rating.resume == new_resume).count() == len(canonical)

    # Nothing the resume's owner wants kept private reached the server.
    pii = json.loads((FIXTURES / "resumes" / "alex_morgan.pii.json").read_text())
    bodies = fake_ollama.all_bodies().decode("utf-8").lower()
    decoded = "\n".join(  # the JSON bodies escape nothing these strings hold, but be sure
        m["content"] for r in fake_ollama.chat_requests() for m in r["messages"]).lower()
    for secret in pii["must_not_appear"]:
        assert secret.lower() not in bodies, secret
        assert secret.lower() not in decoded, secret
    for kept in ("Python", "Django", "Acme Analytics"):
        assert kept in fake_ollama.chat_requests()[0]["messages"][0]["content"]
