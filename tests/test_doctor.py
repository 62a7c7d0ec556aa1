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
