"""moot backup FILE — database and documents in one file, taken while the site runs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moot.api.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Back up the database and every stored file into one tar (gzipped if FILE ends in "
        ".gz) with a manifest of checksums. The database is read in one consistent "
        "snapshot, so the site may keep running. Restore with `moot restore FILE`."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup file to write, e.g. moot-2025-05-14.tar.gz.")

    def handle(self, *args, **options):
        try:
            summary = write_backup(Path(options["file"]))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backed up {summary.rows} rows and {summary.files} files to {summary.path}"
        )
