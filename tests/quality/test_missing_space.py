"""A missing space at any boundary inside a token: digits run into a word ("Paragraph 3of",
"2107in", "1706/1Apologies"), a word run into digits ("Schedule12A"), a colon or an opening
quote with no space ("RESOLVED:That", 'after"local') and a capitalised function word run into
the next word ("TheGordon"); and the near misses that are written so on purpose."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(*paragraphs, check="spacing"):
    return [f.text for f in check_meeting([item("T/1/25", *paragraphs)]) if f.check == check]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Exempt as defined in Paragraph 3of Part 1 of the Schedule.", "3of"),
        ("The meeting held on Monday 12th May 2108in the Village Hall was quorate.", "2108in"),
        ("Members agreed to meet at 7pm on 4 June, 2 weeks after 14to discuss it.", "14to"),
        ("1806/1Apologies for absence were received from all members.", "1Apologies"),
        ("1806/4Clerk's report was noted by the council.", "1806/4Clerk"),
        ("The matter at item 7Planning was deferred to the next meeting.", "7Planning"),
    ],
)
def test_it_finds_digits_run_into_a_word(sentence, slip):
    assert any(slip in f or f in slip for f in found(sentence)), found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 1st, 22nd, 3rd and 4th items were taken together.",
        "The meeting started at 10.00am and ended at 2pm, or 15:00hrs.",
        "A route of 5km at 20mph, with 10mm gaps, a 65KB file and a 3MB one.",
        "A grant of £2m and a loan of £1.5bn in the 1990s, a 2x increase.",
        "Site 12A at WS14 9HH under S106 next to the A38 and the M1.",
        "Application 22/01440/FUH was approved; COVID-19 and 4G and 5G masts were noted.",
        "The scheme proposes 2no dwellings and 3bed houses of 2storey height.",
        "Application 21/00123/Full was approved.",
        "Units 4A and 4B were let; the report was 3pp long.",
    ],
)
def test_numbers_written_so_on_purpose_pass(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Exempt under paragraph 12 of Schedule12A of the Act.", "Schedule12A"),
        ("The information in paragraphs1 and 2 was exempt.", "paragraphs1"),
        ("An agreement under Section106 was completed.", "Section106"),
    ],
)
def test_it_finds_a_word_run_into_digits(sentence, slip):
    assert found(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sites at WS14 and CV37 and the NHS111 service were discussed.",
        "Staff were told of Covid19 and the move to Office365 and Windows10.",
        "Details are at https://example.gov.uk/page12 or email clerk12@example.org.uk.",
        "The ward and Year6 pupils joined in.",
    ],
)
def test_codes_and_names_with_digits_pass(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("RESOLVED:That the information be noted.", "RESOLVED:That"),
        ("AGREED:That the appeal be defended.", "AGREED:That"),
        ('The wording "and other agencies" be added after"local authorities".', 'after"local'),
    ],
)
def test_it_finds_a_mark_with_no_space_after_it(sentence, slip):
    assert found(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting began at 10:30 and the ratio was 3:1.",
        "Papers at https://example.org/minutes and C:\\Reports\\Budget.docx were shared.",
        "Some items, e.g. the budget, i.e. the main one, were noted by Mr. Smith.",
        "The 2023/24 budget of 1.5 million was set.",
        'The Chair said "thank you" to the Clerk.',
        'He read "Local authorities" aloud.',
        "RESOLVED: That the report be noted.",
    ],
)
def test_marks_written_so_on_purpose_pass(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The meeting was held at TheGordon Hotel, Tomintoul.", "TheGordon"),
        ("Members of the Board AndThe Committee attended.", "AndThe"),
        ("A letter FromThe Minister was read.", "FromThe"),
    ],
)
def test_it_finds_a_capitalised_function_word_run_into_a_word(sentence, slip):
    assert found(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr McDonald, Mrs MacLeod and Ms DeVito attended.",
        "The InTouch and OnTrack schemes were praised.",
        "Theodore and Andrew and Tobias attended.",
        "TheWorks was named. TheWorks was later renamed.",
    ],
)
def test_names_written_solid_pass(sentence):
    assert found(sentence) == []


def test_a_file_path_is_not_prose():
    sentence = "ADMINLG L:\\_CNPA Board\\Board Minutes\\Board minutes 10 october 2003.doc 15/12/03"
    assert found(sentence, check="spelling") == []
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The Chair invited members todeclare any interests.", "todeclare"),
        ("The precept was approved bymembers present.", "bymembers"),
        ("The grant would cover atleast half of the cost.", "atleast"),
        ("The accounts would beaudited in the autumn.", "beaudited"),
    ],
)
def test_a_short_word_run_into_the_next_is_a_lost_space(sentence, slip):
    findings = check_meeting([item("T/1/25", sentence)])
    assert [(f.check, f.text) for f in findings] == [("spacing", slip)]
    assert f'"{slip[:2]} {slip[2:]}"' in findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "The parish bylaws were reviewed.",
        "A byproduct of the works was noise.",
        "The service was moved inhouse last year.",
        "Parking onsite was limited.",
        "Staff would upskill over the year.",
    ],
)
def test_compounds_that_start_with_a_short_word_are_not_a_lost_space(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The plan for 2010 -2015 was adopted.", "2010 -2015"),
        ("The budget for 2019- 20 was set.", "2019- 20"),
        ("Members declared a non- pecuniary interest in item 5.", "non- pecuniary"),
        ("The Chair thanked officers for their co- operation.", "co- operation"),
    ],
)
def test_a_space_on_one_side_of_a_hyphen_or_dash(sentence, slip):
    assert found(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan for 2010 - 2015 was adopted.",
        "The plan for 2010-2015 was adopted.",
        "Papers were sent pre- and post-meeting.",
        "Both short- or long-term options were costed.",
        "Members declared a non-pecuniary interest.",
        "Call 01234 -567890 for details.",
    ],
)
def test_dashes_and_hyphens_spaced_as_meant_pass(sentence):
    assert found(sentence) == []
