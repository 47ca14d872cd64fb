"""Reading OParl JSON: pure functions, no database.

Every vendor quirk the importer copes with lives here, in one place:

- URLs with doubled slashes in the path (``https://ris.example.org//oparl/v1//body/1``):
  collapsed, so the same object is never imported twice under two ids;
- deleted objects without a ``type`` (OParl says a deleted object keeps its type; several
  servers drop it): the type is taken from the list being read;
- GeoJSON points with latitude first (``[50.12, 10.43]``, copied from the specification's own
  examples): swapped when the first number cannot be a longitude of the point's latitude
  (see ``fix_point``);
- HTML in names and titles (``<b>Haushalt</b> &amp; Finanzen``): reduced to plain text;
- times without an offset: read in the site's time zone.

Bad input raises ``OParlDataError`` naming the object (its id) or the page (its URL).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from typing import Any, TypeAlias
from urllib.parse import urlsplit, urlunsplit

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.html import strip_tags

OPARL_TYPE = re.compile(r"^https?://schema\.oparl\.org/1\.[01]/(\w+)$")

# An OParl object as JSON decodes it.
JSONObject: TypeAlias = dict[str, Any]


class OParlDataError(Exception):
    """The server sent something that is not readable OParl; the message names it."""


def clean_url(url: str) -> str:
    """The canonical form of an OParl URL: doubled slashes in the path collapsed."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if not parts.scheme:
        return url
    path = re.sub(r"/{2,}", "/", parts.path)
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, parts.query, parts.fragment))


def load(data: bytes, url: str) -> JSONObject:
    """A JSON object from a response body, or an error naming the URL."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise OParlDataError(f"{url}: the answer is not UTF-8 ({exc.reason})") from exc
    except RecursionError as exc:
        raise OParlDataError(f"{url}: the JSON is nested too deep to read") from exc
    except json.JSONDecodeError as exc:
        cut = "" if data.rstrip().endswith((b"}", b"]")) else " — the answer looks cut short"
        raise OParlDataError(
            f"{url}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}){cut}"
        ) from exc
    if not isinstance(value, dict):
        raise OParlDataError(f"{url}: expected a JSON object, got {type(value).__name__}")
    return value


def type_name(obj: JSONObject, expected: str | None = None) -> str:
    """The OParl type of ``obj`` ("Meeting"). A deleted object without a type takes
    ``expected`` (the type of the list it came from)."""
    raw = obj.get("type")
    if not raw:
        if expected and obj.get("deleted"):
            return expected
        raise OParlDataError(f"{label(obj)}: has no type")
    match = OPARL_TYPE.match(str(raw).strip())
    if not match:
        raise OParlDataError(f"{label(obj)}: unknown type {raw!r}")
    return match.group(1)


def object_id(obj: JSONObject) -> str:
    ident = obj.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise OParlDataError(f"an object without an id: {json.dumps(obj)[:120]}")
    return clean_url(ident)


def label(obj: JSONObject, kind: str | None = None) -> str:
    """How an error names an object: its type and id."""
    kind = kind or str(obj.get("type") or "").rsplit("/", 1)[-1] or "object"
    return f"{kind} {str(obj.get('id', '(no id)'))[:300]}"


def text(value: object, limit: int | None = None) -> str:
    """Plain text of a name or title: tags removed, entities decoded, spaces collapsed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    if "<" in value or "&" in value:
        value = html.unescape(strip_tags(value))
    value = re.sub(r"\s+", " ", value).strip()
    return value[:limit] if limit else value


def moment(obj: JSONObject, field: str, *, required: bool = False) -> datetime | None:
    """A date-time field, aware; a bare date means its midnight in the site's time zone."""
    raw = obj.get(field)
    if raw in (None, ""):
        if required:
            raise OParlDataError(f"{label(obj)}: has no {field}")
        return None
    value = None
    if isinstance(raw, str):
        try:
            value = parse_datetime(raw.strip())
            if value is None and (day := parse_date(raw.strip())) is not None:
                value = datetime.combine(day, datetime.min.time())
        except ValueError:
            value = None
    if value is None:
        raise OParlDataError(f"{label(obj)}: {field} {raw!r} is not a date-time")
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def day(obj: JSONObject, field: str) -> date | None:
    raw = obj.get(field)
    if raw in (None, ""):
        return None
    value = None
    if isinstance(raw, str):
        try:
            value = parse_date(raw.strip()[:10])
        except ValueError:
            value = None
    if value is None:
        raise OParlDataError(f"{label(obj)}: {field} {raw!r} is not a date")
    return value


def urls(obj: JSONObject, field: str) -> list[str]:
    """A field holding one URL or a list of them, as a list of clean URLs."""
    value = obj.get(field)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise OParlDataError(f"{label(obj)}: {field} is not a list of URLs")
    out = []
    for entry in value:
        if isinstance(entry, dict):
            entry = entry.get("id")
        if isinstance(entry, str) and entry.strip():
            out.append(clean_url(entry))
    return out


def objects(obj: JSONObject, field: str) -> list[JSONObject | str]:
    """A field holding embedded objects or their URLs, one or a list (one real server gives
    a single ``auxiliaryFile`` object instead of a list), as a list; entries that are neither
    are left out. Anything else (a number, say) is an error naming the object and field."""
    value = obj.get(field)
    if value is None or value == "":
        return []
    if isinstance(value, dict | str):
        value = [value]
    if not isinstance(value, list):
        raise OParlDataError(
            f"{label(obj)}: {field} is a {type(value).__name__}, not an object or a list"
        )
    return [
        entry.strip() if isinstance(entry, str) else entry
        for entry in value
        if isinstance(entry, dict) or (isinstance(entry, str) and entry.strip())
    ]


def web_address(obj: JSONObject, field: str) -> tuple[str, str]:
    """An optional web address (``website``): (the address, "") when it is one, else
    ("", a warning naming the object and field). Never fails the object."""
    raw = obj.get(field)
    if raw in (None, ""):
        return "", ""
    value = raw.strip() if isinstance(raw, str) else ""
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and len(value) <= 200:
        return value, ""
    return "", f"{label(obj)}: {field} {str(raw)[:120]!r} is not a web address; left out"


def fix_point(geojson: JSONObject | None) -> tuple[float, float] | None:
    """(longitude, latitude) of a GeoJSON point or Feature, put right when given the wrong
    way round.

    GeoJSON is ``[longitude, latitude]``. The OParl examples, and servers that copied them,
    give ``[latitude, longitude]``. A pair is swapped when the second number cannot be a
    latitude (beyond ±90), or when both could be either and the first is larger: councils
    publishing OParl lie in Europe, where the latitude (47–61°) is always the larger number.
    """
    if not isinstance(geojson, dict):
        return None
    geometry = geojson.get("geometry") if geojson.get("type") == "Feature" else geojson
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return None
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) < 2:
        return None
    try:
        first, second = float(coords[0]), float(coords[1])
    except (TypeError, ValueError):
        return None
    if abs(second) > 90 or (abs(first) <= 90 and abs(first) > abs(second)):
        first, second = second, first
    return first, second


def with_since(url: str, since: str | None) -> str:
    """The list URL asking only for objects modified since ``since`` (OParl filter)."""
    if not since:
        return url
    from urllib.parse import parse_qsl, urlencode

    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query["modified_since"] = since
    return urlunsplit(parts._replace(query=urlencode(query)))
