from __future__ import annotations

from django import forms

from .models import Category


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
