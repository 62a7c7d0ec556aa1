"""The rater against the fake Ollama server, through the real ``ollama`` client."""

import pytest

from jobtui.config import load_settings
from jobtui.rating.rater import (
    ModelMissing,
    OllamaUnavailable,
    Rater,
    RatingFailure,
    RemoteHostRefused,
    check_host_allowed,
)
from jobtui.rating.schema import RATING_SCHEMA

FAST = (0.01, 0.01)


def rater(model=None, **overrides) -> Rater:
    settings = load_settings(user="tester").rating
    for key, value in overrides.items():
        setattr(settings, key, value)
    return Rater(settings, model=model, retry_delays=FAST)


def test_a_rating_comes_back_validated_with_counts(fake_ollama):
    result = rater().rate("system text", "user text", 4096)
    assert 0 <= result.answer.rating <= 100
    assert result.answer.matched_skills == ["Python", "PostgreSQL"]
    assert result.prompt_tokens > 0 and result.completion_tokens > 0
    assert result.total_ms == 1200.0 and result.eval_ms == 700.0
    assert result.attempts == 1


def test_the_request_carries_schema_options_and_keep_alive(fake_ollama):
    rater(temperature=0.3, keep_alive="45m").rate("SYS", "USR", 5120)
    [request] = fake_ollama.chat_requests()
    assert request["model"] == "llama3.1:8b"
    assert request["format"] == RATING_SCHEMA
    assert request["messages"] == [{"role": "system", "content": "SYS"},
                                   {"role": "user", "content": "USR"}]
    assert request["options"]["temperature"] == 0.3
    assert request["options"]["seed"] == 42
    assert request["options"]["num_ctx"] == 5120
    assert request["options"]["num_predict"] == 300  # rating.answer_tokens
    assert request["keep_alive"] == "45m"
    assert request["stream"] is True  # streamed: rating.timeout is an idle timeout
    assert "think" not in request  # llama3.1 cannot think; Ollama refuses think for it


def test_a_broken_answer_is_asked_for_once_more(fake_ollama):
    fake_ollama.set_mode("broken_json", fail_times=1)
    result = rater().rate("s", "u", 4096)
    assert result.attempts == 2 and len(fake_ollama.chat_requests()) == 2


def test_a_broken_answer_twice_fails_the_job(fake_ollama):
    fake_ollama.set_mode("broken_json")
    with pytest.raises(RatingFailure, match="not valid JSON.*after 2 answers") as info:
        rater().rate("s", "u", 4096)
    assert not info.value.transient
    assert len(fake_ollama.chat_requests()) == 2


def test_an_out_of_range_answer_twice_fails_the_job(fake_ollama):
    fake_ollama.set_mode("out_of_range")
    with pytest.raises(RatingFailure, match="0 to 100, got 250"):
        rater().rate("s", "u", 4096)


def test_server_errors_are_retried_with_backoff(fake_ollama):
    fake_ollama.set_mode("http500", fail_times=2)
    assert rater().rate("s", "u", 4096).answer.rating >= 0
    assert len(fake_ollama.chat_requests()) == 3


def test_persistent_server_errors_fail_the_job_as_transient(fake_ollama):
    fake_ollama.set_mode("http500")
    with pytest.raises(RatingFailure, match="HTTP 500: llama runner process has terminated "
                       r"\(after 3 attempts\)") as info:
        rater().rate("s", "u", 4096)
    assert info.value.transient


def test_a_slow_server_times_out_and_is_retried_once(fake_ollama):
    fake_ollama.set_mode("slow")
    fake_ollama.delay = 600  # the slow calls never answer in time
    with pytest.raises(RatingFailure, match=r"no answer within 1.5 s \(after 2 attempts\)"):
        rater(timeout=1.5).rate("s", "u", 4096)
    assert len(fake_ollama.chat_requests()) == 2
    fake_ollama.set_mode("slow", fail_times=1)  # e.g. the model was still loading
    assert rater(timeout=1.5).rate("s", "u", 4096).answer.rating >= 0


def test_a_missing_model_names_the_pull_command_and_the_servers_models(fake_ollama):
    with pytest.raises(ModelMissing) as info:
        rater(model="mistral:7b").check_ready()
    assert str(info.value) == ("model mistral:7b missing: run: ollama pull mistral:7b "
                               "(server has: llama3.1:8b, qwen2.5:7b)")
    fake_ollama.set_mode("missing_model")
    with pytest.raises(ModelMissing, match="run: ollama pull llama3.1:8b"):
        rater().rate("s", "u", 4096)


def test_a_model_without_tag_matches_latest(fake_ollama):
    fake_ollama.models.append("phi3:latest")
    rater(model="phi3").check_ready()


def test_server_down_is_reported_with_the_host(settings):
    with pytest.raises(OllamaUnavailable, match="Ollama is not reachable at "
                       "http://127.0.0.1:9"):
        rater().check_ready()
    with pytest.raises(OllamaUnavailable, match="not reachable"):
        rater().rate("s", "u", 4096)


def test_a_remote_host_is_refused_unless_allowed(settings):
    settings.rating.host = "http://192.0.2.10:11434"
    with pytest.raises(RemoteHostRefused, match="rating.allow_remote = true"):
        check_host_allowed(settings.rating)
    warnings = []
    settings.rating.allow_remote = True
    check_host_allowed(settings.rating, warnings.append)
    assert warnings == ["rating with http://192.0.2.10:11434: your redacted resume is sent "
                        "to that machine"]
