from __future__ import annotations

from django import forms

from moot.clerk.dates import DateField
from moot.clerk.forms import ClerkForm, declared
from moot.meetings.models import Body, Person

from .models import Category, GrantedBy, Ground


class EntryForm(ClerkForm):
    """An entry in a member's register, as the member (or the clerk on their behalf) adds it.
    A member who sits on more than one council chooses whose register it goes in (only their
    own councils are offered, and any other is refused); with one council there is no choice.
    Dates are typed in day, month and year boxes (a script may still post one whole, as
    2025-05-14)."""

    # Needed for gifts and hospitality only (their labels say so).
    conditional = frozenset({"received_on", "donor", "value"})

    body = forms.ModelChoiceField(
        Body.objects.none(),
        label="Council",
        widget=forms.RadioSelect,
        help_text="You sit on more than one council: the entry goes in this council's "
        "register, and its Monitoring Officer reviews it.",
        error_messages={
            "required": "Choose the council whose register the entry goes in.",
            "invalid_choice": "Choose one of your own councils.",
        },
    )
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
    aware_on = DateField(
        required=False,
        label="Date you became aware of the interest or the change",
        help_text="You have 28 days from this date to register it.",
    )
    received_on = DateField(required=False, label="Gift or hospitality: date received")
    donor = forms.CharField(required=False, max_length=200, label="Gift or hospitality: donor")
    value = forms.DecimalField(
        required=False, max_digits=10, decimal_places=2, label="Gift or hospitality: value (£)"
    )

    def __init__(self, *args, bodies: list[Body], **kw):
        super().__init__(*args, **kw)
        field = declared(self, "body", forms.ModelChoiceField)
        field.queryset = Body.objects.filter(pk__in=[b.pk for b in bodies]).order_by("name")
        self.only = bodies[0] if len(bodies) == 1 else None
        if self.only is not None:
            # One council: nothing to choose. A script posting another is still refused.
            field.required = False
            field.widget = forms.HiddenInput()
            field.initial = self.only.pk

    def clean_body(self) -> Body | None:
        return self.cleaned_data.get("body") or self.only

    def full_clean(self):
        super().full_clean()
        if self.only is not None and self.is_bound and "body" in self.errors:
            # The field is not shown: its message is the form's own.
            self.add_error(None, forms.ValidationError(list(self.errors.pop("body"))))


class ReturnForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Why it is returned")


class DispensationForm(ClerkForm):
    """A dispensation (s.33 Localism Act 2011), as the Monitoring Officer or a clerk records it.
    Its dates are typed as the clerk's other forms ask for them: day, month and year in three
    boxes (a script may still post one whole, as 2025-05-14)."""

    conditional = frozenset({"granted_by_name"})

    person = forms.ModelChoiceField(
        Person.objects.none(), label="Member", empty_label="Choose a member"
    )
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
