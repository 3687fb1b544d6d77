"""Configuration: defaults, file, environment overrides, validation messages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scanner.config import Settings, describe_defaults, load_settings
from scanner.errors import ConfigError


def test_defaults_work_without_any_file() -> None:
    settings = load_settings(environ={})
    assert settings.data_dir == Path("var")
    assert settings.limits.max_parts > 0


def test_file_then_env_then_flag_precedence(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('data_dir = "/srv/a"\n[limits]\nmax_parts = 7\nmax_depth = 3\n')
    env = {"MAILGUARD_LIMITS_MAX_PARTS": "9", "MAILGUARD_DATA_DIR": "/srv/b"}
    settings = load_settings(config, environ=env)
    assert (settings.limits.max_parts, settings.limits.max_depth) == (9, 3)
    assert settings.data_dir == Path("/srv/b")
    assert load_settings(config, data_dir=Path("/srv/c"), environ=env).data_dir == Path("/srv/c")


def test_config_file_from_environment(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[limits]\nmax_urls = 5\n")
    assert load_settings(environ={"MAILGUARD_CONFIG": str(config)}).limits.max_urls == 5


def test_env_lists_are_json(tmp_path: Path) -> None:
    env = {"MAILGUARD_POLICY_HOLD_CATEGORIES": '["health", "government_id"]'}
    assert load_settings(environ=env).policy.hold_categories == ("health", "government_id")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("[limits]\nmax_parts = 0\n", "limits.max_parts"),
        ("[limits]\nbogus = 1\n", "limits.bogus"),
        ("[limits]\nmax_document_bytes = 0\n", "limits.max_document_bytes"),
        ("[limits]\nmax_document_chars = -1\n", "limits.max_document_chars"),
        ("[limits]\nmax_document_parts = 'many'\n", "limits.max_document_parts"),
        ("[limits]\nmax_document_depth = 0\n", "limits.max_document_depth"),
        ("[limits]\nmax_pdf_bytes = 0\n", "limits.max_pdf_bytes"),
        ("[limits]\nmax_pdf_pages = -2\n", "limits.max_pdf_pages"),
        ("[limits]\nmax_pdf_content_bytes = 'lots'\n", "limits.max_pdf_content_bytes"),
        ("[nosuch]\nx = 1\n", "nosuch"),
        ("[logging]\nformat = 'xml'\n", "logging.format"),
        ("not toml = = =\n", "not valid TOML"),
        ("[review]\nmetadata_retention_seconds = 60\n", "metadata_retention_seconds must be"),
        ("[review]\nreveal_seconds = 0\n", "review.reveal_seconds"),
        ("[review]\nreveal_seconds = 3601\n", "review.reveal_seconds"),
        ("[proxy]\nscan_worker_max_scans = -1\n", "proxy.scan_worker_max_scans"),
        # read per session: a bad network passed the check and hung every session unanswered
        ("[proxy]\nforward_hosts = ['999.1.1.1/8']\n", "proxy.forward_hosts"),
        ("[proxy]\nforward_hosts = ['localhost']\n", "proxy.forward_hosts"),
        # passed the check, then every hold answered 451 (or the UI could not start)
        ("[store]\nurl = 'notaurl'\n", "store.url"),
        ("[store]\nurl = 'mysql://db/queue'\n", "store.url"),
        ("[proxy]\ncustomer_header = 'Bad Header:'\n", "proxy.customer_header"),
        # an entry that never matches a domain would leave its mailboxes aligned by domain
        ("[review]\nshared_mailbox_domains = ['@isp.example']\n", "review.shared_mailbox_domains"),
        ("[review]\nshared_mailbox_domains = ['*.isp.example']\n", "review.shared_mailbox_domains"),
        ("[review]\nshared_mailbox_domains = ['isp']\n", "review.shared_mailbox_domains"),
        ("[review]\nshared_mailbox_domains = 'isp.example'\n", "review.shared_mailbox_domains"),
    ],
)
def test_invalid_files_name_the_problem(tmp_path: Path, content: str, fragment: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text(content)
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    assert fragment in str(caught.value)


def test_shared_mailbox_domains_load_lower_cased_from_file_or_environment(
    tmp_path: Path,
) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[review]\nshared_mailbox_domains = ['Mail.ISP.example', 'bücher.example']\n")
    loaded = load_settings(config, environ={}).review.shared_mailbox_domains
    assert loaded == ("mail.isp.example", "bücher.example")
    env = {"MAILGUARD_REVIEW_SHARED_MAILBOX_DOMAINS": '["alumni.uni.example"]'}
    assert load_settings(environ=env).review.shared_mailbox_domains == ("alumni.uni.example",)


def test_error_never_echoes_the_value() -> None:
    secret = "hunter2-very-secret"
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"MAILGUARD_LIMITS_MAX_PARTS": secret})
    assert secret not in str(caught.value)


def test_a_bad_store_url_is_refused_without_repeating_its_password(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[store]\nurl = 'postgres://queue:s3cret-pw@db/queue'\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    assert "store.url" in str(caught.value)
    assert "s3cret-pw" not in str(caught.value)


def test_store_urls_of_the_supported_databases_load(tmp_path: Path) -> None:
    for url in ("sqlite:////var/lib/mailguard/q.db", "postgresql+psycopg://u@db/queue"):
        assert load_settings(environ={"MAILGUARD_STORE_URL": url}).store.url == url


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings(tmp_path / "absent.toml", environ={})


def test_documented_defaults_are_valid_toml_that_loads_back(tmp_path: Path) -> None:
    text = describe_defaults()
    parsed = tomllib.loads(text)
    config = tmp_path / "defaults.toml"
    config.write_text(text)
    assert load_settings(config, environ={}) == Settings.model_validate(parsed)


def test_an_error_names_the_variable_or_the_file_that_set_the_value(tmp_path: Path) -> None:
    config = tmp_path / "mailguard.toml"
    config.write_text("[limits]\nmax_depth = -3\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={"MAILGUARD_LIMITS_MAX_PARTS": "abc"})
    message = str(caught.value)
    assert "MAILGUARD_LIMITS_MAX_PARTS: limits.max_parts" in message
    assert f"{config}: limits.max_depth" in message


def test_the_test_suite_variables_are_not_taken_for_settings() -> None:
    environ = {"MAILGUARD_SCREENSHOTS": "1", "MAILGUARD_TEST_POSTGRES_URL": "postgresql://x"}
    assert load_settings(environ=environ) == load_settings(environ={})
