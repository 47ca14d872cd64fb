"""The back office's forms for decision makers, a body's executive rules and the forward plan
(moot/executive/plan.py)."""

from __future__ import annotations

from django import forms

from moot.executive.models import (
    DecisionMaker,
    ExecutiveRules,
    MakerKind,
    PlanEntry,
    PlanException,
)
from moot.meetings.choices import exempt_paragraphs, schedule_12a_part
from moot.meetings.members import Ward
from moot.meetings.models import Body, Committee

from .forms import ClerkForm, ClerkModelForm, DateField, declared


class MakerForm(ClerkModelForm):
    class Meta:
        model = DecisionMaker
        fields = ["kind", "title", "slug", "committee", "person", "remit", "active"]
        labels = {
            "kind": "Kind of decision maker",
            "person": "Post holder",
            "remit": "Post title and remit",
        }
        help_texts = {
            "slug": "Letters, numbers and hyphens, for the address of its pages.",
            "person": "A portfolio holder must be named; an officer may be.",
            "remit": "Which decisions it may take (the scheme of delegation or the portfolio).",
        }
        widgets = {"kind": forms.RadioSelect, "remit": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, body: Body, **kw):
        super().__init__(*args, **kw)
        self.body = body
        committee = declared(self, "committee", forms.ModelChoiceField)
        committee.queryset = Committee.objects.filter(body=body)

    def clean(self):
        data = super().clean() or {}
        kind = data.get("kind")
        if kind in (MakerKind.EXECUTIVE, MakerKind.COMMITTEE) and not data.get("committee"):
            self.add_error("committee", "The cabinet, or a committee of it, meets as a committee.")
        if kind == MakerKind.EXECUTIVE_MEMBER and not data.get("person"):
            self.add_error("person", "Name the portfolio holder.")
        slug = data.get("slug")
        taken = DecisionMaker.objects.filter(body=self.body, slug=slug)
        if slug and taken.exclude(pk=self.instance.pk).exists():
            self.add_error("slug", "Another decision maker of this body has this slug.")
        return data


class RulesForm(ClerkModelForm):
    class Meta:
        model = ExecutiveRules
        fields = [
            "key_decision_threshold",
            "notice_clear_days",
            "exception_clear_days",
            "private_notice_clear_days",
            "call_in_working_days",
            "scrutiny_committee",
        ]
        labels = {"key_decision_threshold": "Key decision threshold (pounds)"}

    def __init__(self, *args, body: Body, **kw):
        super().__init__(*args, **kw)
        committee = declared(self, "scrutiny_committee", forms.ModelChoiceField)
        committee.queryset = Committee.objects.filter(body=body)


class EntryForm(ClerkModelForm):
    conditional = frozenset({"decision_on", "period", "private_reason", "second_notice_on"})
    exempt_paragraphs = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Paragraphs of Schedule 12A",
        help_text="For a decision to be taken in private.",
    )
    publish = forms.BooleanField(
        required=False,
        label="Publish on the forward plan now",
        help_text="The clear days are counted from the day it is first published.",
    )

    class Meta:
        model = PlanEntry
        fields = [
            "maker",
            "matter",
            "decision_on",
            "period",
            "key_decision",
            "over_threshold",
            "wards",
            "documents",
            "contact",
            "representations_by",
            "private",
            "exempt_paragraphs",
            "private_reason",
            "exempt_detail",
            "second_notice_on",
            "representations_received",
            "response",
        ]
        field_classes = {
            "decision_on": DateField,
            "representations_by": DateField,
            "second_notice_on": DateField,
        }
        labels = {
            "maker": "Decision maker",
            "decision_on": "Date of the decision",
            "key_decision": "A key decision",
            "over_threshold": "Over the body's financial threshold",
            "wards": "Wards affected",
            "contact": "Representations to",
            "representations_by": "Representations by",
            "private": "To be taken in private",
            "private_reason": "Public reason for privacy",
            "exempt_detail": "Exempt detail (never published)",
            "second_notice_on": "Date of the second notice",
        }
        widgets = {
            "wards": forms.CheckboxSelectMultiple,
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in (
                    "documents",
                    "private_reason",
                    "exempt_detail",
                    "representations_received",
                    "response",
                )
            },
        }

    def __init__(self, *args, body: Body, **kw):
        super().__init__(*args, **kw)
        maker = declared(self, "maker", forms.ModelChoiceField)
        maker.queryset = DecisionMaker.objects.filter(body=body, active=True)
        wards = declared(self, "wards", forms.ModelMultipleChoiceField)
        wards.queryset = Ward.objects.filter(body=body)
        known = exempt_paragraphs(body.jurisdiction)
        paragraphs = declared(self, "exempt_paragraphs", forms.ChoiceField)
        paragraphs.choices = [(n, f"{n}. {t}") for n, t in known.items()]
        paragraphs.label = f"Paragraphs of {schedule_12a_part(body.jurisdiction)} of Schedule 12A"
        if self.instance.first_published_on:
            del self.fields["publish"]

    def clean(self):
        data = super().clean() or {}
        if not data.get("decision_on") and not data.get("period"):
            self.add_error("decision_on", "Give the date of the decision or the period.")
        if data.get("key_decision") and not (
            data.get("over_threshold") or len(data.get("wards") or []) >= 2
        ):
            self.add_error(
                "key_decision",
                "Say why it is key: over the threshold, or two or more wards affected.",
            )
        if data.get("private") and not data.get("private_reason"):
            self.add_error("private_reason", "Give the public reason it is taken in private.")
        return data


class MoveForm(ClerkForm):
    decision_on = DateField(label="New date of the decision", required=False)
    period = forms.CharField(required=False, label="Or the new period")

    def clean(self):
        data = super().clean() or {}
        if not data.get("decision_on") and not data.get("period"):
            raise forms.ValidationError("Give the new date or period.")
        return data


class WithdrawForm(ClerkForm):
    reason = forms.CharField(
        required=False, label="Why (public)", widget=forms.Textarea(attrs={"rows": 2})
    )


class TakeForm(ClerkForm):
    taken_on = DateField(label="Date the decision was taken")


class ExceptionForm(ClerkForm):
    kind = forms.ChoiceField(
        choices=[c for c in PlanException.choices if c[0]],
        widget=forms.RadioSelect,
        label="Which exception",
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Why the 28 days' notice is impracticable (public)",
    )
    chair = forms.CharField(label="Chair of the scrutiny committee")
    on = DateField(
        label="Date",
        help_text="General exception: the day the chair was told and the notice published. "
        "Special urgency: the day the chair agreed.",
    )


class PeriodForm(ClerkForm):
    start = DateField(label="From")
    end = DateField(label="To")
