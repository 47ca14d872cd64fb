"""The docs live in the repository and are checked against the code."""

from pathlib import Path

from django.conf import settings

from moot.meetings.management.commands.cli_reference import moot_commands, reference

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_setting_read_from_the_environment_is_documented():
    documented = (DOCS / "settings.md").read_text()
    missing = [name for name in settings.ENV_NAMES if f"`{name}`" not in documented]
    assert missing == []


def test_the_cli_reference_is_generated_from_the_real_help(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert (DOCS / "cli.md").read_text() == reference(), (
        "run: COLUMNS=100 moot cli-reference > docs/cli.md"
    )


def test_every_command_is_in_the_cli_reference():
    text = (DOCS / "cli.md").read_text()
    assert [
        name for name, _app in moot_commands() if f"`moot {name.replace('_', '-')}`" not in text
    ] == []
