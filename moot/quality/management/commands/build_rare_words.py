"""``moot build_rare_words RARE COMMON FREQUENT``: write moot/quality/rare_words.txt.gz."""

from __future__ import annotations

import gzip
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from moot.quality import dictionary

DEBIAN = "/usr/share/dict/british-english"


class Command(BaseCommand):
    help = (
        "Write the minutes checks' list of rare words (moot/quality/rare_words.txt.gz) from "
        "SCOWL's British word lists, one word a line, as Debian installs them: RARE the size 95 "
        f"list (wbritish-huge, {DEBIAN}-huge), COMMON the size 50 one (wbritish, {DEBIAN}), "
        f"FREQUENT the size 70 one (wbritish-large, {DEBIAN}-large). Keeps the words of RARE "
        "in lower case of five letters or more that Hunspell en_GB rejects, less those one "
        "letter from a word of COMMON that FREQUENT lacks."
    )

    def add_arguments(self, parser):
        parser.add_argument("rare", help="SCOWL's size 95 British list.")
        parser.add_argument("common", help="SCOWL's size 50 British list.")
        parser.add_argument("frequent", help="SCOWL's size 70 British list.")
        parser.add_argument(
            "--output",
            default=str(Path(dictionary.__file__).with_name(dictionary.RARE_WORDS)),
            help="Where to write the list (default: the one the checks read).",
        )

    def handle(self, *args, rare: str, common: str, frequent: str, output: str, **options):
        lists = [self._read(Path(path)) for path in (rare, common, frequent)]
        words = dictionary.rare_words_from(*lists)
        if not words:
            raise CommandError(f"{rare} holds no word the list would keep.")
        data = gzip.compress(("\n".join(words) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
        Path(output).write_bytes(data)
        self.stdout.write(f"Wrote {len(words):,} words to {output} ({len(data):,} bytes).")

    @staticmethod
    def _read(path: Path) -> list[str]:
        try:
            return path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read the word list {path}: {error}") from error
