"""``jobtui models`` against the stand-in playing several models (real ``ollama`` client)."""

import json

import pytest

from jobtui.cli import main
from jobtui.rating.trial import ModelTrial, recommend, trial_pairs
from tests.fake_ollama_models import Speed, skill_answer

PLAYED = ["qwen3:8b", "gpt-oss:20b", "fenced:4b", "prose:1b"]


@pytest.fixture
def models_server(fake_ollama):
    fake_ollama.models[:] = PLAYED
    fake_ollama.answer = skill_answer  # rates by the skills the job and the resume share
    fake_ollama.speed = Speed(prefill_tps=60, decode_tps=8, time_scale=0)
    return fake_ollama


def test_the_trial_set_ships_with_fits_partials_and_non_fits():
    pairs = trial_pairs()
    assert len(pairs) == 8
    assert {p.label for p in pairs} == {"fit", "partial", "nonfit"}
    assert all(0 <= p.band[0] < p.band[1] <= 100 for p in pairs)
    assert all("<job>" in p.user and "<resume>" in p.system for p in pairs)


def test_models_prints_the_table_and_recommends_the_fastest_that_passes(models_server, capsys):
    assert main(["models"]) == 0
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out[0].split()[:5] == ["model", "size", "quant", "context", "capabilities"]
    rows = {line.split()[0]: line for line in out[1:5]}
    assert set(rows) == set(PLAYED)
    assert "40,960" in rows["qwen3:8b"] and "MXFP4" in rows["gpt-oss:20b"]
    assert "9/9" in rows["qwen3:8b"] and "0/9" in rows["prose:1b"]
    assert "prose:1b: 9 of 9 answers failed: answer has no JSON object" in captured.out
    # qwen3 with thinking off writes the shortest answer; gpt-oss still reasons at "low".
    assert out[-1] == ('recommended: qwen3:8b (the fastest that passed: 23.8 s/job); '
                       'set rating.model = "qwen3:8b"')
    assert "trying qwen3:8b" in captured.err  # the progress bar
    trial_requests = [r for r in models_server.chat_requests() if r["model"] == "qwen3:8b"]
    assert len(trial_requests) == 9 and {r["think"] for r in trial_requests} == {False}


def test_models_json_and_one_model(models_server, capsys):
    assert main(["models", "--model", "gpt-oss:20b", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [model] = data["models"]
    assert model["model"] == "gpt-oss:20b" and model["passed"] is True
    assert model["capabilities"] == ["completion", "tools", "thinking"]
    assert model["valid"] == 9 and model["in_band"] == 8 and model["repeatable"] is True
    assert model["prompt_tokens_per_s"] == pytest.approx(60)
    assert model["answer_tokens_per_s"] == pytest.approx(8)
    assert data["recommendation"].startswith("recommended: gpt-oss:20b")


def test_models_without_trial_only_lists(models_server, capsys):
    assert main(["models", "--no-trial"]) == 0
    assert models_server.chat_requests() == []
    assert "recommended" not in capsys.readouterr().out


def test_a_model_that_is_not_installed_is_named(models_server, capsys):
    assert main(["models", "--model", "mistral:7b"]) == 2  # nothing asked for could be tried
    out = capsys.readouterr().out
    assert "mistral:7b: not installed: run: ollama pull mistral:7b" in out
    assert out.strip().endswith("no model was tried: pull a chat model, e.g. ollama pull "
                                "llama3.1:8b")


def test_models_without_ollama_is_one_line(isolated_home, capsys):
    assert main(["models"]) == 2
    err = capsys.readouterr().err
    assert err == "jobtui: Ollama is not reachable at http://127.0.0.1:9\n"


def test_recommend_picks_the_fastest_model_that_passed():
    def trial(name, seconds, ranks=True):
        return ModelTrial(name, tried=True, answers=9, valid=9, seconds_per_job=seconds,
                          ranks_fits_first=ranks, repeatable=True)

    assert recommend([trial("a", 5), trial("b", 2, ranks=False), trial("c", 3)]).model == "c"
    assert recommend([trial("b", 2, ranks=False)]) is None
