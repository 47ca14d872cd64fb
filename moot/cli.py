"""The ``moot`` console script: Django's management commands with Moot's settings."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    from django.core.management import execute_from_command_line

    args = list(argv if argv is not None else sys.argv[1:])
    # Commands are spelt with dashes on the command line (moot import-page) and with
    # underscores as Python modules (import_page).
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["moot", *args])


if __name__ == "__main__":
    main()
