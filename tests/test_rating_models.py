"""Rating with the models people run: thinking models, models that ignore ``format``, stalls
and cut-off answers, all through the real ``ollama`` client against the stand-in."""

import pytest

from jobtui.db.models import Rating
from jobtui.events import Notice
from jobtui.rating.capabilities import ModelInfo, concurrency_warning, think_value
from jobtui.rating.rater import Rater, RatingFailure
from jobtui.store import ratings
from tests.rating_data import add_fixture_jobs, add_resume, add_search
from tests.test_rating_processor import assert_no_half_rows, drain

PLAYED = ["qwen3:8b", "deepseek-r1:8b", "gpt-oss:20b", "fenced:4b", "chatty:3b"]
THINK_SENT = {"qwen3:8b": False, "deepseek-r1:8b": False, "gpt-oss:20b": "low"}


@pytest.fixture
def models_session(fake_ollama, session):
    fake_ollama.models[:] = [*PLAYED, "prose:1b", "llama3.1:8b"]
    session.settings.rating.host = fake_ollama.host
    search = add_search(session.user)
    resume = add_resume(session.user)
    return session, resume, add_fixture_jobs(search)


@pytest.mark.parametrize("model", PLAYED)
def test_every_fixture_job_is_rated_by_each_model(models_session, fake_ollama, model):
    session, _, jobs = models_session
    summary, events = drain(session, model=model)
    assert (summary.rated, summary.failed) == (len(jobs), 0)
    sent = fake_ollama.chat_requests()
    assert len(sent) == len(jobs)  # no answer asked for twice
    if model in THINK_SENT:
        assert {repr(r["think"]) for r in sent} == {repr(THINK_SENT[model])}
    else:
        assert all("think" not in r for r in sent)
    assert all(r["stream"] is True for r in sent)
    shows = [r for r in fake_ollama.requests if r.path == "/api/show"]
    assert len(shows) == 1  # capabilities asked once per model
    assert_no_half_rows()


def test_a_thinking_model_with_think_on_gets_its_own_budget(models_session, fake_ollama):
    session, _, jobs = models_session
    session.settings.rating.think = "on"
    summary, _ = drain(session, model="qwen3:8b", limit=2)
    assert summary.rated == 2
    request = fake_ollama.chat_requests()[0]
    assert request["think"] is True
    assert request["options"]["num_predict"] == 300 + 1024


def test_an_answer_cut_off_by_thinking_is_one_clear_line(models_session, fake_ollama):
    session, _, _ = models_session
    session.settings.rating.think = "on"
    session.settings.rating.think_tokens = 100  # the stand-in's qwen3 reasons for 700
    summary, events = drain(session, model="qwen3:8b", limit=1)
    assert (summary.rated, summary.failed) == (0, 1)
    [row] = Rating.select()
    assert row.error == ("the answer was cut off after 400 tokens (400 of them thinking): "
                         "raise rating.answer_tokens or set rating.think = off")
    assert len(fake_ollama.chat_requests()) == 1  # the same request would be cut again
    assert_no_half_rows()


def test_a_model_without_format_support_fails_with_one_line(models_session):
    session, _, _ = models_session
    summary, _ = drain(session, model="prose:1b", limit=1)
    assert summary.failed == 1
    [row] = Rating.select()
    assert row.error == ("answer has no JSON object (the model may not support structured "
                         "output; `jobtui models` compares the installed ones) (after 2 answers)")
    assert "\n" not in row.error
    assert_no_half_rows()


def test_a_stalled_stream_fails_after_the_idle_timeout_without_half_rows(models_session,
                                                                         fake_ollama):
    session, _, _ = models_session
    session.settings.rating.timeout = 0.3
    fake_ollama.set_mode("stall", fail_times=2)
    fake_ollama.delay = 5
    summary, _ = drain(session, limit=2)
    assert (summary.rated, summary.failed) == (1, 1)
    failed = Rating.get(Rating.status == "failed")
    assert failed.error == ("Ollama stopped answering: no token for 0.3 s after 3 tokens "
                            "(after 2 attempts)")
    assert_no_half_rows()


def test_a_slow_answer_is_not_killed_while_tokens_keep_coming(fake_ollama, settings):
    from tests.fake_ollama_models import Speed

    # A token every 10 ms for over 0.7 s in all, never 0.2 s without one.
    fake_ollama.speed = Speed(prefill_tps=1000, decode_tps=100)
    settings.rating.host, settings.rating.timeout = fake_ollama.host, 0.2
    rater = Rater(settings.rating)
    result = rater.rate("system", "job", 4096)
    assert result.eval_ms > 3 * 200  # the answer took longer than the timeout, as it may
    rater.close()


def test_the_context_window_can_be_set(models_session, fake_ollama):
    session, _, _ = models_session
    session.settings.rating.num_ctx = 3072
    drain(session, limit=2)
    assert {r["options"]["num_ctx"] for r in fake_ollama.chat_requests()} == {3072}


def test_num_ctx_never_exceeds_the_models_context_length(models_session, fake_ollama):
    from tests.fake_ollama_models import ModelProfile

    session, _, _ = models_session
    fake_ollama.profiles["llama3.1:8b"] = ModelProfile(context_length=2048)
    drain(session, limit=1)
    assert fake_ollama.chat_requests()[0]["options"]["num_ctx"] == 2048


def test_too_much_concurrency_is_warned_about(models_session, monkeypatch):
    session, _, _ = models_session
    monkeypatch.delenv("OLLAMA_NUM_PARALLEL", raising=False)
    session.settings.rating.concurrency = 3
    summary, events = drain(session, limit=3)
    notes = [e.message for e in events if isinstance(e, Notice)]
    assert notes == [concurrency_warning(3)]
    assert "OLLAMA_NUM_PARALLEL is not set" in notes[0]
    assert concurrency_warning(3, {"OLLAMA_NUM_PARALLEL": "4"}) == ""
    assert "serves 2 request(s)" in concurrency_warning(3, {"OLLAMA_NUM_PARALLEL": "2"})
    assert summary.rated == 3 and ratings.queue_size() > 0


@pytest.mark.parametrize("info, mode, sent", [
    (ModelInfo("llama3.1:8b"), "on", None),
    (ModelInfo("qwen3:8b", capabilities=("thinking",)), "off", False),
    (ModelInfo("qwen3:8b", capabilities=("thinking",)), "low", True),
    (ModelInfo("gpt-oss:20b", "gptoss", ("thinking",)), "off", "low"),
    (ModelInfo("gpt-oss:20b", "gptoss", ("thinking",)), "on", "medium"),
])
def test_think_value(info, mode, sent):
    assert think_value(info, mode) == sent


def test_a_rater_failure_on_cut_off_is_not_transient(fake_ollama, settings):
    fake_ollama.models.append("qwen3:8b")
    settings.rating.host, settings.rating.think, settings.rating.think_tokens = (
        fake_ollama.host, "on", 0)
    rater = Rater(settings.rating, model="qwen3:8b")
    with pytest.raises(RatingFailure, match="cut off after 300 tokens") as info:
        rater.rate("system", "job", 4096)
    assert not info.value.transient
    rater.close()
