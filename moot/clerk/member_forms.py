"""The back office's forms for members' public records: party or group, ward, term of office,
published contact details, photo, posts held; and a body's parties and wards. One form a
page, as the other clerk forms (``forms.py``)."""

from __future__ import annotations

from django import forms

from moot.meetings.members import PHOTO_MAX_BYTES, Party, PersonRole, Ward, photo_type
from moot.meetings.models import Committee, Person

from .forms import ClerkForm, ClerkModelForm, DateField


class PersonRecordForm(ClerkModelForm):
    class Meta:
        model = Person
        fields = ["party", "ward", "co_opted", "term_start", "term_end"]
        field_classes = {"term_start": DateField, "term_end": DateField}
        labels = {
            "party": "Party or group",
            "co_opted": "Co-opted member (not elected)",
            "term_start": "Term of office starts",
            "term_end": "Term of office ends",
        }

    def __init__(self, *args, bodies=None, **kw):
        super().__init__(*args, **kw)
        party = self.fields["party"]
        ward = self.fields["ward"]
        assert isinstance(party, forms.ModelChoiceField)
        assert isinstance(ward, forms.ModelChoiceField)
        if bodies is not None:
            party.queryset = Party.objects.filter(body_id__in=bodies)
            ward.queryset = Ward.objects.filter(body_id__in=bodies)
        party.empty_label = "None"
        ward.empty_label = "None"

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if (
            data.get("term_start")
            and data.get("term_end")
            and data["term_end"] < data["term_start"]
        ):
            raise forms.ValidationError("The term of office must end after it starts.")
        return data


class PersonContactForm(ClerkModelForm):
    class Meta:
        model = Person
        fields = ["public_email", "public_phone", "public_address"]
        labels = {
            "public_email": "Public email address",
            "public_phone": "Public telephone number",
            "public_address": "Public postal address",
        }
        help_texts = {
            "public_email": "Shown on the person's public page. Leave empty to publish none.",
            "public_phone": "Shown on the person's public page.",
            "public_address": "Shown on the person's public page.",
        }
        widgets = {"public_address": forms.Textarea(attrs={"rows": 3})}


class PersonPhotoForm(ClerkForm):
    photo = forms.FileField(
        required=False,
        help_text="A JPEG or PNG image, at most 2 MB. Leave empty to keep the current photo.",
    )
    photo_alt = forms.CharField(
        label="Alternative text",
        max_length=300,
        help_text='What the photo shows, for those who cannot see it: "Councillor Ann Able".',
    )

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if upload is None:
            return None
        if upload.size > PHOTO_MAX_BYTES:
            raise forms.ValidationError("The photo must be smaller than 2 MB.")
        content = upload.read()
        if photo_type(content[:16]) is None:
            raise forms.ValidationError("The photo must be a JPEG or PNG image.")
        return content


class PersonRoleForm(ClerkModelForm):
    class Meta:
        model = PersonRole
        fields = ["kind", "title", "start", "end"]
        field_classes = {"start": DateField, "end": DateField}
        labels = {"kind": "Kind of post", "start": "Holds it from", "end": "Holds it until"}

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError("The post must end after it starts.")
        return data


class PartyForm(ClerkModelForm):
    class Meta:
        model = Party
        fields = ["name", "short_name", "colour"]
        labels = {"short_name": "Short name"}

    def clean_colour(self):
        colour = self.cleaned_data.get("colour", "")
        if colour and not (
            len(colour) == 7
            and colour.startswith("#")
            and all(c in "0123456789abcdefABCDEF" for c in colour[1:])
        ):
            raise forms.ValidationError('Enter the colour as "#" and six hex digits: "#d50000".')
        return colour.lower()


class WardForm(ClerkModelForm):
    class Meta:
        model = Ward
        fields = ["name"]


class QuorumForm(ClerkModelForm):
    class Meta:
        model = Committee
        fields = ["quorum"]
        help_texts = {
            "quorum": "How many voting members (substitutes included) must be present. "
            "Leave empty if the committee has none set."
        }
