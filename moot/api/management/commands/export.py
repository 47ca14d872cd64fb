"""moot export DIR | moot export --zip FILE — the public archive as OParl JSON lines."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from moot.api.export import build_zip, write_export


class Command(BaseCommand):
    help = (
        "Write the public archive as open data: one OParl JSON-lines file per object type "
        "(the same JSON the API serves, public material only), the public document files "
        "and a manifest with checksums. Read from one consistent snapshot while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Folder to write (created if missing).")
        parser.add_argument("--zip", metavar="FILE", help="Write one zip file instead of a folder.")

    def handle(self, *args, **options):
        directory, zipped = options["directory"], options["zip"]
        if bool(directory) == bool(zipped):
            raise CommandError("give either a folder (moot export DIR) or --zip FILE")
        progress = None if options["verbosity"] < 1 else (lambda it, **kw: tqdm(it, **kw))
        if zipped:
            manifest = build_zip(Path(zipped), progress=progress)
            where = zipped
        else:
            path = Path(directory)
            if path.exists() and any(path.iterdir()):
                raise CommandError(f"{path} is not empty; choose a new folder")
            manifest = write_export(path, progress=progress)
            where = directory
        counts = ", ".join(
            f"{entry['count']} {name}"
            for name, entry in manifest["types"].items()
            if entry["count"]
        )
        self.stdout.write(f"Exported to {where}: {counts}; {len(manifest['files'])} document files")
