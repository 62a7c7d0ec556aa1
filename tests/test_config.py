import pytest

from jobtui.config import (
    ConfigError,
    load_settings,
    normalize_host,
    save_settings,
)


def write_config(isolated_home, text):
    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_defaults_without_a_file(isolated_home):
    s = load_settings(env={})
    assert s.scraping.interval_hours == 3.0
    assert s.rating.host == "http://127.0.0.1:11434"
    assert s.db_path == isolated_home / "data" / "jobtui.db"
    assert s.config_path == isolated_home / "config" / "config.toml"
    assert s.user


def test_precedence_defaults_file_env_flags(isolated_home, tmp_path):
    write_config(isolated_home, '[rating]\nmodel = "from-file"\ntemperature = 0.3\n'
                 '[scraping]\ninterval_hours = 6\n')
    s = load_settings(env={})
    assert (s.rating.model, s.rating.temperature, s.scraping.interval_hours) == (
        "from-file", 0.3, 6.0)
    env = {"JOBTUI_MODEL": "from-env", "OLLAMA_HOST": "10.0.0.5:1234",
           "JOBTUI_DB": str(tmp_path / "env.db")}
    s = load_settings(env=env)
    assert s.rating.model == "from-env"
    assert s.rating.host == "http://10.0.0.5:1234"
    assert s.db_path == tmp_path / "env.db"
    s = load_settings(db=tmp_path / "flag.db", user="sam", env=env)
    assert s.db_path == tmp_path / "flag.db"
    assert s.user == "sam"


def test_config_flag_and_env_pick_the_file(tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('[ui]\nnotify_rating = 90\n')
    assert load_settings(config=other, env={}).ui.notify_rating == 90
    assert load_settings(env={"JOBTUI_CONFIG": str(other)}).ui.notify_rating == 90
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(config=tmp_path / "missing.toml", env={})


@pytest.mark.parametrize(
    "text, expected",
    [
        ('[rating]\nmodle = "x"\n', r"unknown key 'rating.modle'"),
        ('[rating]\ntemperature = "hot"\n', r"'rating.temperature' must be a number, got 'hot'"),
        ('[scraping]\nboards = "indeed"\n', r"'scraping.boards' must be a list of texts"),
        ('[scraping]\nresults_wanted = true\n', r"'scraping.results_wanted' must be a whole"),
        ('[nope]\nx = 1\n', r"unknown section '\[nope\]'"),
        ('rating = 3\n', r"'rating' must be a table"),
        ('[rating\nmodel = 1\n', r"not valid TOML"),
        ('[rating]\ntemperature = 5\n', r"'rating.temperature' must be between 0 and 2"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(isolated_home, text, expected):
    path = write_config(isolated_home, text)
    with pytest.raises(ConfigError, match=expected) as info:
        load_settings(env={})
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))


def test_save_and_reload_round_trip(isolated_home):
    s = load_settings(env={})
    s.rating.model = "qwen2.5:7b"
    s.scraping.proxies = ["user:pw@proxy:8080"]
    path = save_settings(s)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = load_settings(env={})
    assert again.rating.model == "qwen2.5:7b"
    assert again.scraping.proxies == ["user:pw@proxy:8080"]


@pytest.mark.parametrize(
    "raw, url",
    [
        ("0.0.0.0", "http://127.0.0.1:11434"),
        ("localhost:9999", "http://localhost:9999"),
        ("http://gpu-box", "http://gpu-box:11434"),
        ("https://ollama.example.org/", "https://ollama.example.org:443"),
    ],
)
def test_ollama_host_forms(raw, url):
    assert normalize_host(raw) == url


@pytest.mark.parametrize("raw", ["http://not a url::", "localhost:abc", "127.0.0.1:99999", "http://[::1"])
def test_bad_ollama_host_is_a_config_error(raw):
    with pytest.raises(ConfigError, match="not a valid URL"):
        normalize_host(raw)


def test_a_folder_as_the_config_file_is_an_error(isolated_home, tmp_path):
    with pytest.raises(ConfigError, match="not a file"):
        load_settings(config=tmp_path, env={})
    (isolated_home / "config" / "config.toml").mkdir(parents=True)  # the default location
    with pytest.raises(ConfigError, match="not a file"):
        load_settings(env={})
