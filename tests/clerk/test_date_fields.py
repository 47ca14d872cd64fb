"""Dates are typed as GOV.UK asks: three boxes (day, month, year) in a fieldset whose legend is
the question, with a time box beside them where a time is asked for; never the browser's date
picker, which in an English locale read 10122026 as 12 October. A date that is not whole or not
real is refused, saying which field and what is wrong."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from django.utils import timezone

from moot.clerk import forms
from moot.meetings.models import Meeting


def _new_meeting(personas) -> str:
    return f"/clerk/committees/{personas.committee.pk}/meetings/new/"


def _errors(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_it_asks_for_a_date_as_day_month_and_year_boxes_in_a_fieldset(personas):
    page = personas.clerk.get(_new_meeting(personas)).content.decode()
    assert 'type="date' not in page and "datetime-local" not in page
    fieldset = page[page.index('<fieldset class="fieldset" id="id_start"') :]
    fieldset = fieldset[: fieldset.index("</fieldset>")]
    assert re.search(r'<legend class="legend">\s*Starts\s*</legend>', fieldset)
    assert "For example, 14 5 2025" in fieldset
    for part, width in (("day", 2), ("month", 2), ("year", 4)):
        box = re.search(rf'<input[^>]*name="start_{part}"[^>]*>', fieldset)
        assert box, part
        assert 'inputmode="numeric"' in box.group(0)
        assert f"input--width-{width}" in box.group(0)
        assert f'<label class="date-input__label" for="id_start_{part}">' in fieldset
    assert re.search(r'<input[^>]*name="start_time"', fieldset)
    assert "9.00am" in fieldset and "14:30" in fieldset  # what the time box accepts


def test_it_says_optional_once_in_the_legend_of_an_optional_date(personas):
    page = personas.clerk.get(_new_meeting(personas)).content.decode()
    legend = re.search(r'<fieldset class="fieldset" id="id_end".*?</legend>', page, re.S)
    assert legend and _errors(legend.group(0)) == "Ends (optional)"


def test_it_schedules_a_meeting_from_the_three_boxes_and_the_time(personas):
    response = personas.clerk.post(
        _new_meeting(personas),
        {"start_day": "12", "start_month": "6", "start_year": "2030", "start_time": "2.30pm"},
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(committee=personas.committee)
    start = timezone.localtime(meeting.start)
    assert (start.date(), start.time()) == (date(2030, 6, 12), time(14, 30))


def test_it_never_reads_a_number_typed_in_one_box_as_a_date(personas):
    response = personas.clerk.post(
        _new_meeting(personas), {"start_day": "10122026", "start_time": "9.00am"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Starts must include a month and year" in _errors(page)
    assert 'href="#id_start_day"' in page  # the error summary goes to the day box
    assert not Meeting.objects.filter(committee=personas.committee).exists()


@pytest.mark.parametrize(
    ("day", "month", "year", "said"),
    [
        ("31", "2", "2030", "Starts must be a real date"),
        ("12", "", "2030", "Starts must include a month"),
        ("", "", "2030", "Starts must include a day and month"),
        ("12", "6", "30", "Starts must include a year of 4 numbers"),
        ("twelve", "6", "2030", "Starts must be a real date"),
    ],
)
def test_it_says_what_is_wrong_with_a_date_naming_the_field(personas, day, month, year, said):
    response = personas.clerk.post(
        _new_meeting(personas),
        {"start_day": day, "start_month": month, "start_year": year, "start_time": "9.00am"},
    )
    assert said in _errors(response.content.decode())


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9.00am", time(9, 0)),
        ("9am", time(9, 0)),
        ("09:00", time(9, 0)),
        ("14:30", time(14, 30)),
        ("2.30 pm", time(14, 30)),
        ("12pm", time(12, 0)),
        ("12.15am", time(0, 15)),
        ("midday", time(12, 0)),
    ],
)
def test_it_reads_the_times_its_hint_names(typed, meant):
    form = forms.MeetingForm(
        {"start_day": "14", "start_month": "5", "start_year": "2025", "start_time": typed}
    )
    assert form.is_valid(), form.errors
    assert timezone.localtime(form.cleaned_data["start"]).time() == meant


@pytest.mark.parametrize("typed", ["", "9", "25:00", "13pm", "soon"])
def test_it_refuses_a_time_it_cannot_read(typed):
    form = forms.MeetingForm(
        {"start_day": "14", "start_month": "5", "start_year": "2025", "start_time": typed}
    )
    assert not form.is_valid()
    assert (
        "Starts must include a time" in form.errors["start"][0]
        or "Starts must have a real" in (form.errors["start"][0])
    )


def test_an_optional_date_may_be_left_empty_and_a_part_filled_is_not(db):
    assert forms.ActionForm({"text": "Circulate the notes"}).is_valid()
    form = forms.ActionForm({"text": "Circulate the notes", "due_day": "3"})
    assert not form.is_valid()
    assert form.errors["due"] == ["By when must include a month and year"]


def test_a_membership_s_dates_are_three_boxes_too(personas):
    form = forms.MembershipForm()
    html = str(form["start"])
    assert 'name="start_day"' in html and 'type="date"' not in html
