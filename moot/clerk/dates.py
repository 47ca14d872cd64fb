"""Dates typed as GOV.UK asks for them: a day, a month and a year in three boxes (and a time
in a fourth where one is needed), never the browser's date picker. A date that is not whole or
not real is refused with a message naming the field ("Starts must include a month"); nothing
typed in one box is read as a whole date."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from django import forms
from django.forms.utils import from_current_timezone
from django.utils import timezone

MONTHS = {
    name: n
    for n in range(1, 13)
    for name in (
        datetime(2000, n, 1).strftime("%B").lower(),
        datetime(2000, n, 1).strftime("%b").lower(),
    )
}
TIME = re.compile(r"^(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?$")
TIME_HINT = "Type a time as 9.00am, 2.30pm or 14:30."
DATE_HINT = "For example, 14 5 2025"


def _box(width: int, numeric: bool = True) -> forms.TextInput:
    attrs = {"class": f"input input--width-{width}", "autocomplete": "off"}
    if numeric:
        attrs |= {"inputmode": "numeric", "spellcheck": "false"}
    return forms.TextInput(attrs=attrs)


def time_text(value: time) -> str:
    """09:00 → "9.00am"; 14:30 → "2.30pm"."""
    hour = value.hour % 12 or 12
    return f"{hour}.{value.minute:02d}{'am' if value.hour < 12 else 'pm'}"


class DateParts(forms.MultiWidget):
    """Day, month and year boxes, each labelled; ``clerk/_field.html`` puts them in a fieldset
    whose legend is the field's label."""

    template_name = "clerk/widgets/date_parts.html"
    input_type = "date-parts"
    has_time = False
    LABELS = {"day": "Day", "month": "Month", "year": "Year", "time": "Time"}

    def __init__(self, attrs: dict[str, Any] | None = None):
        boxes: dict[str, forms.Widget | type[forms.Widget]] = {
            "day": _box(2),
            "month": _box(2),
            "year": _box(4),
        }
        if self.has_time:
            boxes["time"] = _box(5, numeric=False)
        super().__init__(boxes, attrs)

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, str):
            value = _iso(value, with_time=self.has_time)
        if isinstance(value, datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return [local.day, local.month, local.year, time_text(local.time())]
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None] * len(self.widgets)

    def value_from_datadict(self, data, files, name):
        parts = super().value_from_datadict(data, files, name)
        if not any(parts) and data.get(name):
            return data.get(name)  # posted whole by a script, as 2025-05-14 or 2025-05-14T09:00
        return parts

    def value_omitted_from_data(self, data, files, name):
        return name not in data and super().value_omitted_from_data(data, files, name)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        base = context["widget"]["attrs"].get("id")
        names = self.widgets_names  # type: ignore[attr-defined]
        for sub, key in zip(context["widget"]["subwidgets"], names, strict=True):
            sub["label"] = self.LABELS[key.lstrip("_")]
            if base:
                sub["attrs"]["id"] = f"{base}{key}"  # id_start_day, as the error summary links
        return context

    def id_for_label(self, id_: str) -> str:
        return f"{id_}_day" if id_ else id_


class DateTimeParts(DateParts):
    has_time = True


def _iso(value: str, *, with_time: bool) -> date | datetime | None:
    """A date posted whole, in the ISO form only (2025-05-14, 2025-05-14T09:00)."""
    value = value.strip()
    try:
        if with_time:
            return from_current_timezone(
                datetime.strptime(value.replace(" ", "T"), "%Y-%m-%dT%H:%M")
            )
        return date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


def _and(words: list[str]) -> str:
    return " and ".join(words)


class DateField(forms.Field):
    """A date from three boxes. Its messages name the field by its label."""

    widget = DateParts
    with_time = False

    @property
    def name(self) -> str:
        return str(self.label or "The date")

    def _refuse(self, problem: str) -> forms.ValidationError:
        return forms.ValidationError(f"{self.name} {problem}", code="invalid")

    def _date(self, parts: list[str]) -> date:
        missing = [n for n, p in zip(("day", "month", "year"), parts, strict=True) if not p]
        if missing:
            raise self._refuse(f"must include a {_and(missing)}")
        day, month, year = parts
        month_number = MONTHS.get(month.lower(), int(month) if month.isdigit() else 0)
        if not (day.isdigit() and len(day) <= 2 and len(month) <= 9 and month_number):
            raise self._refuse("must be a real date")
        if not year.isdigit():
            raise self._refuse("must be a real date")
        if len(year) != 4:
            raise self._refuse("must include a year of 4 numbers")
        try:
            return date(int(year), month_number, int(day))
        except ValueError:
            raise self._refuse("must be a real date") from None

    def _parts(self, value: Any) -> list[str] | None:
        parts = [str(v).strip() if v is not None else "" for v in value]
        return parts if any(parts) else None

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            found = _iso(value, with_time=False)
            if not isinstance(found, date):
                raise self._refuse("must be a real date")
            return found
        parts = self._parts(value)
        return self._date(parts[:3]) if parts else None


class DateTimeField(DateField):
    """A date from three boxes and a time from a fourth (9.00am, 2.30pm, 14:30); an aware
    datetime in the current time zone."""

    widget = DateTimeParts
    with_time = True

    def _time(self, typed: str) -> time:
        if not typed:
            raise self._refuse("must include a time, like 9.00am or 14:30")
        text = typed.lower().replace(" ", "")
        if text in ("midday", "noon", "12noon"):
            return time(12, 0)
        found = TIME.match(text)
        if found:
            hour, minute = int(found["hour"]), int(found["minute"] or 0)
            half = (found["half"] or "").replace(".", "")
            if half and 1 <= hour <= 12:
                hour = hour % 12 + (12 if half == "pm" else 0)
                half = "ok"
            if (half == "ok" or (not half and found["minute"])) and hour < 24 and minute < 60:
                return time(hour, minute)
        raise self._refuse("must have a real time, like 9.00am or 14:30")

    def to_python(self, value: Any) -> datetime | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value
        if isinstance(value, str):
            found = _iso(value, with_time=True)
            if not isinstance(found, datetime):
                raise self._refuse("must be a real date and time")
            return found
        parts = self._parts(value)
        if not parts:
            return None
        day = self._date(parts[:3])
        return from_current_timezone(datetime.combine(day, self._time(parts[3])))
