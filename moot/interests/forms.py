from __future__ import annotations

from django import forms

from moot.clerk.dates import DateField
from moot.clerk.forms import ClerkForm
from moot.meetings.models import Person

from .models import Category, GrantedBy, Ground


class EntryForm(forms.Form):
    category = forms.ChoiceField(choices=Category.choices)
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For a disclosable pecuniary interest, yours or your spouse's or partner's "
        "(the register does not say which).",
    )
    sensitive = forms.BooleanField(
        required=False,
        label="Sensitive interest (section 32): register it, but never publish the details",
    )
    aware_on = forms.DateField(
        required=False,
        label="Date you became aware of the interest or the change",
        help_text="You have 28 days from this date to register it. As 2025-05-14.",
    )
    received_on = forms.DateField(required=False, label="Gift or hospitality: date received")
    donor = forms.CharField(required=False, max_length=200, label="Gift or hospitality: donor")
    value = forms.DecimalField(
        required=False, max_digits=10, decimal_places=2, label="Gift or hospitality: value (£)"
    )


class ReturnForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Why it is returned")


class DispensationForm(ClerkForm):
    """A dispensation (s.33 Localism Act 2011), as the Monitoring Officer or a clerk records it.
    Its dates are typed as the clerk's other forms ask for them: day, month and year in three
    boxes (a script may still post one whole, as 2025-05-14)."""

    conditional = frozenset({"granted_by_name"})

    person = forms.ModelChoiceField(Person.objects.none(), label="Member")
    granted_by = forms.ChoiceField(choices=GrantedBy.choices, label="Granted by")
    granted_by_name = forms.CharField(
        required=False,
        max_length=200,
        label="Which committee or officer",
        help_text="Only when granted by another committee or officer.",
    )
    granted_on = DateField(label="Date granted")
    valid_from = DateField(label="In force from")
    valid_to = DateField(
        label="In force until", help_text="At most four years after it comes into force."
    )
    scope = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Scope",
        help_text="The matters or items it covers, e.g. “any item on council tax setting”. "
        "Shown to the public where a declaration cites it: never the details of a sensitive "
        "interest.",
    )
    may_speak = forms.BooleanField(required=False, initial=True, label="Lets the member speak")
    may_vote = forms.BooleanField(required=False, label="Lets the member vote")
    ground = forms.ChoiceField(choices=Ground.choices, label="Ground (section 33(2))")
    reason = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Reason"
    )

    def __init__(self, *args, members, **kw):
        super().__init__(*args, **kw)
        field = self.fields["person"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = members
