"""The bulk export for download: the latest ``moot export`` zip of the public archive."""

from __future__ import annotations

from django.http import FileResponse
from django.views.decorators.http import require_safe

from moot.documents import serving

from .export import latest_zip


@require_safe
def export_zip(request):
    """The cached export zip (``MEDIA_ROOT/exports``), rebuilt after any change or a day.

    The zip holds only what the API serves the public; building it reads the database in
    one snapshot and writes nothing but the cached file.
    """
    path = latest_zip()
    response = serving.harden(
        FileResponse(
            path.open("rb"), as_attachment=True, filename=path.name, content_type="application/zip"
        )
    )
    response["Access-Control-Allow-Origin"] = "*"
    # Revalidate every time: a take-down must not live on in a cache.
    response["Cache-Control"] = "no-cache"
    return response
