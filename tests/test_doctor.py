import os
import subprocess
import sys

from jobtui.cli import main


def test_doctor_without_ollama_exits_1_with_one_line_reason(isolated_home):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run([sys.executable, "-m", "jobtui", "doctor"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("not usable: Ollama is not reachable at http://127.0.0.1:9")
    assert "tokenizer:  cl100k_base loaded from the package (offline)" in result.stdout


def test_doctor_with_ollama_and_model_is_ok(fake_ollama, capsys):
    code = main(["doctor"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{fake_ollama.host} answers (version 0.12.0-fake)" in out
    assert "llama3.1:8b" in out
    from jobtui.db import LATEST_VERSION

    assert f"schema {LATEST_VERSION}/{LATEST_VERSION}" in out


def test_doctor_names_the_missing_model(fake_ollama, monkeypatch, capsys):
    monkeypatch.setenv("JOBTUI_MODEL", "mistral:7b")
    assert main(["doctor"]) == 1
    assert "run: ollama pull mistral:7b" in capsys.readouterr().out


def test_doctor_shows_capabilities_think_and_context(fake_ollama, monkeypatch, capsys, session):
    from tests.rating_data import add_resume

    add_resume(session.user)
    fake_ollama.models.append("gpt-oss:20b")
    monkeypatch.setenv("JOBTUI_MODEL", "gpt-oss:20b")
    monkeypatch.setenv("OLLAMA_NUM_PARALLEL", "1")
    config = session.settings.config_path
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[rating]\nconcurrency = 2\n")
    assert main(["--user", "tester", "doctor"]) == 0
    out = capsys.readouterr().out
    assert "capabilities: completion, tools, thinking" in out
    assert "context:    model context length 131,072" in out
    assert ('think:      rating.think = off: think "low" (this model cannot switch thinking '
            "off); num_predict 1324") in out
    assert "num_ctx:    4,096 for your active resume" in out
    assert "warning:    rating.concurrency is 2 but Ollama serves 1 request(s)" in out


def test_doctor_shows_the_num_ctx_override(fake_ollama, capsys, isolated_home):
    from jobtui.config import load_settings

    config = load_settings().config_path
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[rating]\nnum_ctx = 8192\n")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert ("think:      rating.think = off: think not sent (the model cannot think); "
            "num_predict 300") in out
    assert "num_ctx:    8,192 (rating.num_ctx)" in out
