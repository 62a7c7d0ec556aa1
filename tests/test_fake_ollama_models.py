"""The stand-in plays the models people run as Ollama documents them (real ``ollama`` client)."""

import json

import httpx
import ollama
import pytest

from tests.fake_ollama_models import Speed

MSGS = [{"role": "system", "content": "rate"}, {"role": "user", "content": "job A"}]
MODELS = ["qwen3:8b", "deepseek-r1:8b", "gpt-oss:20b", "fenced:4b", "chatty:3b", "prose:1b",
          "llama3.1:8b"]


@pytest.fixture
def client(fake_ollama):
    fake_ollama.models[:] = MODELS
    return ollama.Client(host=fake_ollama.host, timeout=5)


def test_show_lists_capabilities_and_context_length(client):
    shown = client.show("qwen3:8b")
    assert "thinking" in shown.capabilities
    assert shown.modelinfo["qwen3.context_length"] == 40960
    assert "thinking" not in client.show("llama3.1:8b").capabilities
    assert client.show("gpt-oss:20b").details.family == "gptoss"


@pytest.mark.parametrize("stream", [False, True])
def test_think_true_puts_reasoning_in_the_thinking_field(client, stream):
    if stream:
        parts = list(client.chat("qwen3:8b", messages=MSGS, think=True, stream=True))
        thinking = "".join(p.message.thinking or "" for p in parts)
        content = "".join(p.message.content for p in parts)
    else:
        message = client.chat("qwen3:8b", messages=MSGS, think=True).message
        thinking, content = message.thinking, message.content
    assert thinking.startswith("Let me compare")
    json.loads(content)


def test_without_think_the_reasoning_is_tagged_in_the_content(client):
    content = client.chat("qwen3:8b", messages=MSGS).message.content
    assert content.startswith("<think>") and "</think>" in content
    message = client.chat("qwen3:8b", messages=MSGS, think=False).message
    assert not message.thinking
    json.loads(message.content)


def test_gpt_oss_ignores_false_and_takes_levels(client):
    off = client.chat("gpt-oss:20b", messages=MSGS, think=False)
    low = client.chat("gpt-oss:20b", messages=MSGS, think="low")
    assert off.message.thinking and low.message.thinking
    assert len(low.message.thinking) < len(off.message.thinking)
    assert low.eval_count < off.eval_count


def test_think_on_a_model_without_the_capability_is_refused(client):
    with pytest.raises(ollama.ResponseError) as info:
        client.chat("llama3.1:8b", messages=MSGS, think=True)
    assert info.value.status_code == 400 and "does not support thinking" in info.value.error


def test_thinking_uses_up_num_predict(client):
    response = client.chat("qwen3:8b", messages=MSGS, think=True, options={"num_predict": 50})
    assert response.message.content == "" and response.message.thinking
    assert response.done_reason == "length" and response.eval_count == 50
    assert client.chat("qwen3:8b", messages=MSGS, think=False).done_reason == "stop"


def test_models_that_ignore_format(client):
    fenced = client.chat("fenced:4b", messages=MSGS, format="json").message.content
    assert fenced.startswith("```json\n") and fenced.endswith("\n```")
    chatty = client.chat("chatty:3b", messages=MSGS, format="json").message.content
    assert chatty.startswith("Sure!") and "{" in chatty
    prose = client.chat("prose:1b", messages=MSGS, format="json").message.content
    assert "{" not in prose


def test_a_stalled_stream_trips_the_read_timeout(fake_ollama, client):
    fake_ollama.set_mode("stall")
    fake_ollama.delay = 5
    slow = ollama.Client(host=fake_ollama.host, timeout=httpx.Timeout(0.3, connect=5))
    parts = []
    with pytest.raises(httpx.ReadTimeout):
        for part in slow.chat("llama3.1:8b", messages=MSGS, stream=True):
            parts.append(part)
    assert len(parts) == 3  # tokens came, then nothing


def test_speed_sets_ollamas_durations_and_reuses_the_prompt_cache(fake_ollama, client):
    fake_ollama.speed = Speed(prefill_tps=60, decode_tps=8, time_scale=0.001)
    long = [{"role": "system", "content": "x" * 4000}, {"role": "user", "content": "y" * 400}]
    first = client.chat("llama3.1:8b", messages=long)
    second = client.chat("llama3.1:8b", messages=long)
    assert first.prompt_eval_count == 1100 and second.prompt_eval_count == 100
    assert first.prompt_eval_duration == pytest.approx(1100 / 60 * 1e9, rel=1e-6)
    assert first.eval_duration == pytest.approx(first.eval_count / 8 * 1e9, rel=1e-6)
