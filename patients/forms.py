"""Forms patients fill in: the "leave a message" form and the pain diary's forms. An
allow-list for every field, plain words for every error, saying what to do instead."""

import datetime
import re
import unicodedata

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from patients import diary as diary_rules
from patients.models import Message
from patients.spam import read_form_timer, spam_reason
from procedures.dates import TwoDigitYears
from procedures.forms import (
    BootstrapFormMixin,
    ClinicDateField,
    ClinicTimeField,
    ProcedureChoiceField,
    clinic_datetime,
)
from procedures.models import CLINIC_TIME_ZONE, Procedure, format_clock
from procedures.plan import day_text

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


def check_person_name(name):
    """The name as typed, or a ValidationError when it holds more than a name can."""
    if not all(is_name_character(ch) for ch in name):
        raise forms.ValidationError(_("Use only letters, spaces and . , ' - & ( ) in your name."), code="invalid")
    return name


def check_phone_number(phone):
    """The phone number as typed, or a ValidationError saying what a number may hold."""
    if not PHONE_PATTERN.match(phone):
        raise forms.ValidationError(_("Use only numbers, spaces and + ( ) - in your phone number."), code="invalid")
    digits = sum(ch.isdigit() for ch in phone)
    if not 7 <= digits <= 15:
        raise forms.ValidationError(
            _("Enter a phone number with 7 to 15 digits, like (314) 555-0140."), code="invalid"
        )
    return phone


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
        return check_person_name(self.cleaned_data["name"])

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return check_phone_number(phone) if phone else ""

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


# The diary covers two weeks; a start older than this is most likely a typing mistake.
DIARY_START_MAX_DAYS_AGO = 30
# A patient may set the diary up before going to the clinic.
DIARY_START_MAX_DAYS_AHEAD = 7

PAIN_SCALE_MESSAGE = _("Choose a whole number from 0 (no pain) to 10 (the worst pain you can imagine).")


def when_text(moment):
    """'Thu 4 Dec, 2:30 p.m.' in clinic time."""
    local = timezone.localtime(moment, CLINIC_TIME_ZONE)
    return f"{day_text(local)}, {format_clock(local.time())}"


class PainScaleField(forms.TypedChoiceField):
    """0 to 10 as a row of radio buttons; anything else is refused with one clear message."""

    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", [(n, str(n)) for n in range(diary_rules.PAIN_MIN, diary_rules.PAIN_MAX + 1)])
        kwargs.setdefault("coerce", int)
        kwargs.setdefault(
            "error_messages", {"required": PAIN_SCALE_MESSAGE, "invalid_choice": PAIN_SCALE_MESSAGE}
        )
        super().__init__(**kwargs)


class DiaryStartForm(BootstrapFormMixin, forms.Form):
    procedure = ProcedureChoiceField(label=_("Which procedure did you have?"))
    injection_date = ClinicDateField(label=_("Date of your injection"))
    injection_time = ClinicTimeField(
        label=_("Time of your injection"), help_text=_("St. Louis time. A close guess is fine.")
    )
    baseline_pain = PainScaleField(
        label=_("Your pain just before the injection"),
        help_text=_("0 means no pain. 10 means the worst pain you can imagine."),
    )

    def __init__(self, *args, now=None, **kwargs):
        self.now = now or timezone.now()
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        day, clock = cleaned.get("injection_date"), cleaned.get("injection_time")
        if day is None or clock is None:
            return cleaned
        today = timezone.localtime(self.now, CLINIC_TIME_ZONE).date()
        if day < today - datetime.timedelta(days=DIARY_START_MAX_DAYS_AGO):
            self.add_error(
                "injection_date",
                _("This date is more than %(days)d days ago. Check the year, or call the clinic.")
                % {"days": DIARY_START_MAX_DAYS_AGO},
            )
        elif day > today + datetime.timedelta(days=DIARY_START_MAX_DAYS_AHEAD):
            self.add_error(
                "injection_date",
                _("This date is more than a week away. Start your diary closer to your injection."),
            )
        else:
            cleaned["injected_at"] = clinic_datetime(day, clock)
        return cleaned


class DiaryEntryForm(BootstrapFormMixin, forms.Form):
    time_point = forms.TypedChoiceField(
        label=_("Which score is this?"),
        choices=diary_rules.TimePoint.choices,
        error_messages={
            "required": _("Choose which score this is, like “1 hour after”."),
            "invalid_choice": _("Choose which score this is from the list."),
        },
    )
    pain = PainScaleField(
        label=_("Your pain now"),
        help_text=_("0 means no pain. 10 means the worst pain you can imagine."),
    )
    took_pain_medicine = forms.BooleanField(
        label=_("I took pain medicine since my last score (other than my usual daily medicines)"),
        required=False,
    )
    medicines = forms.CharField(
        label=_("Medicines I took (optional)"),
        max_length=300,
        required=False,
        help_text=_("Name and amount, like “2 Tylenol”."),
        error_messages={"max_length": _("Please keep this under 300 characters.")},
    )
    activities = forms.CharField(
        label=_("Activities I tried (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Things that used to hurt, like walking, bending or sitting for a while."),
        error_messages={"max_length": _("Please keep this under 500 characters.")},
    )

    def __init__(self, *args, diary, now=None, **kwargs):
        self.diary = diary
        self.now = now or timezone.now()
        super().__init__(*args, **kwargs)
        self.fields["time_point"].choices = [
            (point.value, f"{point.label} ({when_text(self.moment(point))})") for point in diary_rules.TimePoint
        ]

    def moment(self, point):
        return diary_rules.moment_for(point=point, injected_at=self.diary.injected_at)

    def clean_time_point(self):
        point = diary_rules.TimePoint(self.cleaned_data["time_point"])
        opens = diary_rules.can_record_from(point=point, injected_at=self.diary.injected_at)
        if opens > self.now:
            raise forms.ValidationError(
                _("It is not time for the “%(point)s” score yet. You can add it from %(when)s.")
                % {"point": point.label, "when": when_text(opens)}
            )
        return point

    def clean_medicines(self):
        return self.cleaned_data["medicines"].strip()

    def clean_activities(self):
        return self.cleaned_data["activities"].strip()


# A date of birth further back than this is a typing mistake in the year.
OLDEST_AGE = 120


class DiarySendForm(BootstrapFormMixin, forms.Form):
    """Who the diary belongs to, for staff. Name and phone follow the message form's rules."""

    patient_name = VisitorTextField(
        single_line=True,
        label=_("Your full name"),
        max_length=NAME_MAX,
        error_messages={
            "required": _("Enter your name, so the clinic knows whose diary this is."),
            "max_length": _("Your name can be at most %(limit_value)d characters (it has %(show_value)d)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    date_of_birth = ClinicDateField(
        two_digit_years=TwoDigitYears.PAST,
        label=_("Your date of birth"),
        error_messages={
            "required": _("Enter your date of birth. The clinic uses it to find your records."),
            "invalid": _("Enter a real date, like 03/15/1956 (month, day, year)."),
        },
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    phone = VisitorTextField(
        single_line=True,
        label=_("A phone number where the clinic can reach you"),
        max_length=PHONE_MAX,
        error_messages={
            "required": _("Enter a phone number, so the clinic can call you about your results."),
            "max_length": _("A phone number can be at most %(limit_value)d characters."),
        },
        widget=TelInput(attrs={"autocomplete": "tel"}),
    )

    def __init__(self, *args, now=None, **kwargs):
        self.now = now or timezone.now()
        super().__init__(*args, **kwargs)

    def clean_patient_name(self):
        return check_person_name(self.cleaned_data["patient_name"])

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localtime(self.now, CLINIC_TIME_ZONE).date()
        if born >= today:
            raise forms.ValidationError(_("Check your date of birth: it should be a date in the past."))
        if born.year < today.year - OLDEST_AGE:
            raise forms.ValidationError(
                _("Check the year of your date of birth: this date is more than %(years)d years ago.")
                % {"years": OLDEST_AGE}
            )
        return born

    def clean_phone(self):
        return check_phone_number(self.cleaned_data["phone"])
