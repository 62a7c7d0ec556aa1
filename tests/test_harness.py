"""The test harness itself: the fake Ollama server through the real client, the network guard."""

import json
import socket

import ollama
import pytest

from tests.conftest import FIXTURES, NetworkBlocked

SCHEMA = {"type": "object", "properties": {"rating": {"type": "integer"}},
          "required": ["rating"]}


def test_fake_ollama_lists_and_shows_models(fake_ollama):
    client = ollama.Client(host=fake_ollama.host)
    assert [m.model for m in client.list().models] == ["llama3.1:8b", "qwen2.5:7b"]
    assert client.show("llama3.1:8b").details.family == "llama"
    with pytest.raises(ollama.ResponseError) as info:
        client.show("nope:1b")
    assert info.value.status_code == 404


@pytest.mark.parametrize("stream", [False, True])
def test_fake_ollama_chat_answers_the_schema(fake_ollama, stream):
    client = ollama.Client(host=fake_ollama.host)
    messages = [{"role": "system", "content": "rate"}, {"role": "user", "content": "job A"}]
    if stream:
        parts = list(client.chat("llama3.1:8b", messages=messages, format=SCHEMA, stream=True))
        content = "".join(p.message.content for p in parts)
        assert parts[-1].done and parts[-1].prompt_eval_count > 0
    else:
        content = client.chat("llama3.1:8b", messages=messages, format=SCHEMA).message.content
    answer = json.loads(content)
    assert 0 <= answer["rating"] <= 100
    assert fake_ollama.chat_requests()[-1]["format"] == SCHEMA
    again = client.chat("llama3.1:8b", messages=messages, format=SCHEMA).message.content
    assert json.loads(again) == answer  # deterministic


def test_fake_ollama_failure_modes(fake_ollama):
    client = ollama.Client(host=fake_ollama.host, timeout=0.5)
    msgs = [{"role": "user", "content": "x"}]
    fake_ollama.set_mode("http500", fail_times=1)
    with pytest.raises(ollama.ResponseError) as info:
        client.chat("llama3.1:8b", messages=msgs)
    assert info.value.status_code == 500
    json.loads(client.chat("llama3.1:8b", messages=msgs).message.content)  # recovered
    fake_ollama.set_mode("broken_json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(client.chat("llama3.1:8b", messages=msgs).message.content)
    fake_ollama.set_mode("missing_model")
    with pytest.raises(ollama.ResponseError) as info:
        client.chat("llama3.1:8b", messages=msgs)
    assert info.value.status_code == 404
    fake_ollama.set_mode("slow")
    fake_ollama.delay = 1.5
    with pytest.raises(Exception, match="timed out"):
        client.chat("llama3.1:8b", messages=msgs)


def test_server_down_is_a_connection_error(isolated_home):
    client = ollama.Client(host="http://127.0.0.1:9")
    with pytest.raises(ConnectionError):
        client.list()


@pytest.mark.allow_blocked_network
def test_network_guard_blocks_non_loopback(network_guard):
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("10.255.255.1", 80), timeout=0.1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    assert len(network_guard) == 2


def test_jobspy_fixtures_are_present_and_shaped():
    from jobspy.model import JobPost

    lines = (FIXTURES / "jobspy_sample.jsonl").read_text().splitlines()
    assert len(lines) == 40
    known = set(JobPost.model_fields)
    for line in lines:
        row = json.loads(line)
        assert {"site", "job_url", "title"} <= set(row)
        assert set(row) - {"location", "city", "state", "country"} <= known
