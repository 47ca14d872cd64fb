"""Headers every stored file is served with (documents, papers, the export zip).

A file Moot serves comes from outside: an officer's upload, a page or API imported, a PDF
that may carry script, an HTML/PDF polyglot. ``Content-Security-Policy: sandbox`` makes the
browser treat the response as a unique origin with scripts, forms, plugins and pop-ups off, so
nothing in it runs with the site's cookies or can reach its pages; ``nosniff`` stops a browser
from reading a file as another type than the one Moot names. Browsers' built-in PDF viewers
still show PDFs inline under the sandbox.
"""

from __future__ import annotations

SANDBOX = "sandbox"


def harden(response):
    """``response`` with the headers a stored file is served with."""
    response["Content-Security-Policy"] = SANDBOX
    response["X-Content-Type-Options"] = "nosniff"
    return response
