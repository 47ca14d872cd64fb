"""Where the tests' recorded inputs live: all inside the repository (see tests/fixtures/README.md)."""

from pathlib import Path

import moot.demo

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OPARL = FIXTURES / "oparl"
MODERNGOV = FIXTURES / "moderngov"
# The seed page is part of the demo; the tests read the same copy the demo imports.
SEED_PAGE = Path(moot.demo.__file__).resolve().parent / "safer-stockton-partnership-2025-05-14.txt"
