from __future__ import annotations

from typing import cast

from django import forms

from moot.access import policy

from .events import PUBLIC


class SubscribeForm(forms.Form):
    """Follow a committee (by slug) or a search. The committee is a hidden field on a
    committee page and a choice on the alerts page."""

    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    committee = forms.ChoiceField(label="Committee", required=False)
    q = forms.CharField(label="Or words to look for", required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.committees = {
            c.slug: c for c in policy.committees(PUBLIC).filter(active=True).order_by("name")
        }
        cast(forms.ChoiceField, self.fields["committee"]).choices = [("", "Choose a committee")] + [
            (slug, c.name) for slug, c in self.committees.items()
        ]

    def clean(self):
        super().clean()
        data = self.cleaned_data
        committee = self.committees.get(data.get("committee") or "")
        query = (data.get("q") or "").strip()
        if committee is None and not query:
            raise forms.ValidationError("Choose a committee or type the words to look for.")
        if committee is not None and query:
            raise forms.ValidationError(
                "Choose a committee or type words, not both: subscribe twice for both."
            )
        data["committee_obj"] = committee
        data["q"] = query
        return data
