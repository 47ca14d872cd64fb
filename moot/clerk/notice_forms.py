"""The back office's forms for decision notices and call-ins (moot/executive/notices.py)."""

from __future__ import annotations

from django import forms

from moot.executive.models import CallInOutcome, DecisionMaker, DecisionNotice, PlanEntry
from moot.meetings.choices import Restriction, exempt_paragraphs, schedule_12a_part
from moot.meetings.members import Ward
from moot.meetings.models import Body, Meeting

from .forms import ClerkForm, ClerkModelForm, DateField, declared

PDF = "application/pdf"


class NoticeForm(ClerkModelForm):
    conditional = frozenset(
        {"restriction_reason", "public_interest", "public_summary", "urgency_reason"}
    )
    restriction = forms.ChoiceField(
        choices=Restriction.choices, widget=forms.RadioSelect, label="Basis", required=False
    )
    exempt_paragraphs = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Paragraphs of Schedule 12A",
        help_text="For exempt information only.",
    )

    class Meta:
        model = DecisionNotice
        fields = [
            "maker",
            "taken_by",
            "title",
            "decision",
            "taken_on",
            "reasons",
            "alternatives",
            "interests",
            "dispensations",
            "report_title",
            "report",
            "key_decision",
            "plan_entry",
            "wards",
            "restriction",
            "exempt_paragraphs",
            "restriction_reason",
            "public_interest",
            "public_summary",
            "urgent",
            "urgency_reason",
        ]
        field_classes = {"taken_on": DateField}
        labels = {
            "maker": "Decision maker",
            "taken_on": "Date of decision",
            "report": "Report considered (PDF)",
            "key_decision": "A key decision",
            "plan_entry": "Forward plan entry",
            "restriction_reason": "Public reason",
            "public_interest": "Public interest test",
            "public_summary": "Public summary",
            "urgent": "Taken under urgency (exempt from call-in)",
            "urgency_reason": "Why it could not wait",
        }
        help_texts = {
            "public_summary": "For a restricted notice: what the public reads instead of the "
            "decision.",
            "urgency_reason": "Needed for an urgent decision; the public sees it.",
        }
        widgets = {
            "wards": forms.CheckboxSelectMultiple,
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in (
                    "reasons",
                    "alternatives",
                    "interests",
                    "dispensations",
                    "restriction_reason",
                    "public_interest",
                    "public_summary",
                    "urgency_reason",
                )
            },
        }

    def __init__(self, *args, body: Body, **kw):
        super().__init__(*args, **kw)
        maker = declared(self, "maker", forms.ModelChoiceField)
        maker.queryset = DecisionMaker.objects.filter(body=body, active=True)
        plan_entry = declared(self, "plan_entry", forms.ModelChoiceField)
        plan_entry.queryset = PlanEntry.objects.filter(body=body)
        wards = declared(self, "wards", forms.ModelMultipleChoiceField)
        wards.queryset = Ward.objects.filter(body=body)
        known = exempt_paragraphs(body.jurisdiction)
        paragraphs = declared(self, "exempt_paragraphs", forms.ChoiceField)
        paragraphs.choices = [(n, f"{n}. {t}") for n, t in known.items()]
        paragraphs.label = f"Paragraphs of {schedule_12a_part(body.jurisdiction)} of Schedule 12A"

    def clean_report(self):
        report = self.cleaned_data.get("report")
        if report and getattr(report, "content_type", PDF) != PDF:
            if not bytes(report.read(5)).startswith(b"%PDF-"):
                raise forms.ValidationError("The report must be a PDF file.")
            report.seek(0)
        return report


class ValidityForm(ClerkForm):
    valid = forms.TypedChoiceField(
        choices=[("yes", "Valid"), ("no", "Not valid")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        label="Is the call-in valid?",
    )
    note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Why (public)"
    )
    meeting = forms.ModelChoiceField(
        queryset=Meeting.objects.none(),
        required=False,
        label="Scrutiny meeting that considers it",
    )

    def __init__(self, *args, committee_id: int | None = None, **kw):
        super().__init__(*args, **kw)
        meeting = declared(self, "meeting", forms.ModelChoiceField)
        meeting.queryset = Meeting.objects.filter(committee_id=committee_id).order_by("-start")


class OutcomeForm(ClerkForm):
    outcome = forms.ChoiceField(
        choices=[c for c in CallInOutcome.choices if c[0]],
        widget=forms.RadioSelect,
        label="What the scrutiny committee decided",
    )
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    on = DateField(label="Date", required=False)
