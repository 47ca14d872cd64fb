"""moot restore FILE — put back a backup made by moot backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moot.api.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore the database and stored files from a `moot backup` file. Checks every "
        "checksum and the migrations first; refuses a database that already holds records "
        "unless --force is given. Run `moot reindex` afterwards to rebuild search."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A file written by moot backup.")
        parser.add_argument(
            "--force", action="store_true", help="Replace whatever the database holds now."
        )

    def handle(self, *args, **options):
        try:
            manifest = restore(Path(options["file"]), force=options["force"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        files = sum(1 for name in manifest["members"] if name.startswith("media/"))
        self.stdout.write(
            f"Restored {rows} rows and {files} files from a backup of {manifest['created']}. "
            "Run `moot reindex` to rebuild the search index."
        )
