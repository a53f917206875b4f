"""The "leave a message" form: an allow-list for every field, plain words for every error."""

import re
import unicodedata

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.utils.translation import gettext_lazy as _

from patients.models import Message
from patients.spam import read_form_timer, spam_reason
from procedures.models import Procedure

NAME_MAX = 100
BODY_MAX = 5000
PHONE_MAX = 30

# Letters from any language, accents, spaces and the marks names really contain.
NAME_PUNCTUATION = set(".,'’-&()")
PHONE_PATTERN = re.compile(r"^[0-9+()\- ]+$")
# Line breaks and tabs are kept in a message; other control characters are dropped.
KEPT_CONTROL_CHARACTERS = {"\n", "\t"}


def without_control_characters(value):
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in value if ch in KEPT_CONTROL_CHARACTERS or unicodedata.category(ch) not in {"Cc", "Cs"}
    )


def is_name_character(ch):
    return ch == " " or ch in NAME_PUNCTUATION or unicodedata.category(ch)[0] in {"L", "M"}


class VisitorTextField(forms.CharField):
    """Text as typed, minus invisible control characters, before any length is checked.

    Browsers send a line break as two characters; it is counted as one, as the
    browser's own character limit does.
    """

    def __init__(self, *, single_line=False, **kwargs):
        self.single_line = single_line
        super().__init__(**kwargs)

    def to_python(self, value):
        value = without_control_characters(super().to_python(value))
        if self.single_line:
            # Invisible format marks (zero-width, right-to-left override) only hide things in a name.
            value = "".join(ch for ch in value if unicodedata.category(ch) != "Cf")
            return " ".join(value.split())
        return value.strip()


class TelInput(forms.TextInput):
    input_type = "tel"


class MessageForm(forms.ModelForm):
    name = VisitorTextField(
        single_line=True,
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={
            "required": _("Enter your name."),
            "max_length": _("Your name can be at most %(limit_value)d characters (it has %(show_value)d)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We use it only to answer you. It is never published."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
            "max_length": _("Your email address can be at most %(limit_value)d characters."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = VisitorTextField(
        single_line=True,
        label=_("Your phone number (optional)"),
        required=False,
        max_length=PHONE_MAX,
        help_text=_("If you would like us to call you. Numbers, spaces and + ( ) - only."),
        error_messages={
            "max_length": _("A phone number can be at most %(limit_value)d characters."),
        },
        widget=TelInput(attrs={"autocomplete": "tel"}),
    )
    topic = forms.ChoiceField(
        label=_("What is your message about?"),
        choices=[("", _("Choose a topic")), *Message.Topic.choices],
        error_messages={
            "required": _("Choose what your message is about."),
            "invalid_choice": _("Choose one of the topics in the list."),
        },
    )
    body = VisitorTextField(
        label=_("Your message"),
        max_length=BODY_MAX,
        help_text=_("Please do not include your date of birth or insurance numbers."),
        error_messages={
            "required": _("Write your message."),
            "max_length": _("Your message can be at most %(limit_value)d characters (it has %(show_value)d)."),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent_to_publish = forms.BooleanField(
        label=_(
            "You may publish my question and your answer on this website, with my first name only "
            "(never my full name, email or phone)."
        ),
        required=False,
    )
    # The honeypot: hidden from people (and from screen readers and the Tab key); robots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    # Signed "form shown at" time; read by patients.spam, rendered by the template.
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Message
        fields = ["name", "email", "phone", "topic", "body", "consent_to_publish"]

    def __init__(self, *args, with_procedure_choice=False, **kwargs):
        super().__init__(*args, **kwargs)
        if with_procedure_choice:
            self.fields["procedure"] = forms.ModelChoiceField(
                label=_("Which procedure is it about? (optional)"),
                queryset=Procedure.objects.published().only("pk", "name"),
                required=False,
                empty_label=_("Not about one procedure"),
                error_messages={"invalid_choice": _("Choose one of the procedures in the list.")},
            )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "name",
            "email",
            "phone",
            "topic",
            *(["procedure"] if with_procedure_choice else []),
            "body",
            "consent_to_publish",
            Div(Field("website"), css_class="hp-field", aria_hidden="true"),
        )

    def clean_name(self):
        name = self.cleaned_data["name"]
        if not all(is_name_character(ch) for ch in name):
            raise forms.ValidationError(
                _("Use only letters, spaces and . , ' - & ( ) in your name."), code="invalid"
            )
        return name

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if not phone:
            return ""
        if not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(
                _("Use only numbers, spaces and + ( ) - in your phone number."), code="invalid"
            )
        digits = sum(ch.isdigit() for ch in phone)
        if not 7 <= digits <= 15:
            raise forms.ValidationError(
                _("Enter a phone number with 7 to 15 digits, like (314) 555-0140."), code="invalid"
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        self.timer = read_form_timer(token=cleaned.get("form_started", ""))
        if self.timer.expired:
            raise forms.ValidationError(
                _(
                    "This page was open for more than a day, so we could not send your message yet. "
                    "Please check it and press “Send message” again."
                ),
                code="expired",
            )
        return cleaned

    @property
    def spam_reason(self):
        """Why this valid message looks like a robot's ("" for a person's). Only after is_valid()."""
        data = self.cleaned_data
        return spam_reason(
            honeypot=data.get("website", ""),
            timer=self.timer,
            texts=[data.get("name", ""), data.get("body", "")],
        )

    @property
    def error_summary(self):
        """(field id or "", error) for every error: form-wide ones first, then field by field."""
        items = [("", error) for error in self.non_field_errors()]
        for name in self.fields:
            if name in self.errors and name != "form_started":
                items.extend((self[name].id_for_label, error) for error in self.errors[name])
        return items
