"""Settings come from the environment, refuse bad values and work from a bare checkout."""

import os
import subprocess
import sys


def _settings(env: dict) -> subprocess.CompletedProcess:
    code = "import moot.settings as s; print(s.DATABASES['default']['ENGINE'])"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("MOOT_")}, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_bare_checkout_gets_its_var_folder(tmp_path):
    var = tmp_path / "not-yet" / "var"
    result = _settings({"MOOT_VAR_DIR": str(var), "MOOT_DATABASE_URL": ""})
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout
    assert var.is_dir()


def test_a_postgres_url_selects_postgresql(tmp_path):
    result = _settings({"MOOT_DATABASE_URL": "postgres://u:p@127.0.0.1:5432/moot"})
    assert "postgresql" in result.stdout


def test_a_bad_value_is_refused_naming_the_variable():
    result = _settings({"MOOT_DEBUG": "perhaps"})
    assert result.returncode != 0
    assert "MOOT_DEBUG='perhaps' is not a yes/no value" in result.stderr


def test_production_needs_a_secret_key():
    result = _settings({"MOOT_DEBUG": "false", "MOOT_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "MOOT_SECRET_KEY must be set" in result.stderr
