"""Form fields that read dates and times the way patients type them (the rules are in
procedures.dates), and the procedure plan's form. Every refusal says what to do instead."""

import datetime
import re

from django import forms
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from procedures import plan as plan_rules
from procedures.dates import TwoDigitYears, read_date, read_time
from procedures.models import CLINIC_TIME_ZONE, Procedure, format_clock


class ClinicDateField(forms.DateField):
    """A date as a picker sends it, or as a person types it in the page's language
    (procedures.dates.read_date). `two_digit_years` says which century "50" is in."""

    def __init__(self, *, two_digit_years=TwoDigitYears.NEAR, **kwargs):
        self.two_digit_years = two_digit_years
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        messages = {
            "required": _("Enter the date."),
            "invalid": _("Enter a real date, like 12/04/2025 (month, day, year)."),
        }
        messages.update(kwargs.pop("error_messages", {}))
        super().__init__(error_messages=messages, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        day = read_date(
            value,
            language=translation.get_language(),
            today=timezone.localdate(timezone=CLINIC_TIME_ZONE),
            two_digit_years=self.two_digit_years,
        )
        if day is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return day


class ClinicTimeField(forms.TimeField):
    """A clock time as a picker sends it or as a person types it: 9am, 9:00 a.m., 14:30
    (procedures.dates.read_time)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
        messages = {"required": _("Enter the time."), "invalid": _("Enter a real time, like 9:30 AM.")}
        messages.update(kwargs.pop("error_messages", {}))
        super().__init__(error_messages=messages, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        clock = read_time(value)
        if clock is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return clock


SLUG_PATTERN = re.compile(r"[-a-zA-Z0-9_]{1,50}")


def published_procedure_slug(value):
    """`value` when it names a published procedure, else None.

    Anything that cannot be a slug (a NUL byte, which PostgreSQL refuses outright, or a
    page of text) is turned away before it reaches the database."""
    if not isinstance(value, str) or not SLUG_PATTERN.fullmatch(value):
        return None
    return value if Procedure.objects.published().filter(slug=value).exists() else None


class ProcedureChoiceField(forms.ModelChoiceField):
    """A published procedure, chosen by its slug (so links can preselect one)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Procedure.objects.published())
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("Choose your procedure"))
        message = _("Choose your procedure from the list.")
        kwargs.setdefault("error_messages", {"required": message, "invalid_choice": message})
        super().__init__(**kwargs)

    def to_python(self, value):
        if value not in self.empty_values and not (isinstance(value, str) and SLUG_PATTERN.fullmatch(value)):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


def clinic_datetime(day, clock):
    """A date and a wall-clock time read in clinic time (St. Louis)."""
    return datetime.datetime.combine(day, clock, tzinfo=CLINIC_TIME_ZONE)


class BootstrapFormMixin:
    """Bootstrap classes on every widget, so templates render fields with {{ field }}.

    Django itself adds aria-invalid and aria-describedby (pointing at the
    <id>_helptext and <id>_error elements the field template writes)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.RadioSelect):
                continue
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            widget.attrs["class"] = css


class PlanForm(BootstrapFormMixin, forms.Form):
    """Which procedure, and when. Read from the query string: the plan is never stored."""

    procedure = ProcedureChoiceField(label=_("Your procedure"))
    date = ClinicDateField(label=_("Date of your appointment"))
    time = ClinicTimeField(label=_("Time of your appointment"), help_text=_("St. Louis time."))

    def __init__(self, *args, now=None, **kwargs):
        self.now = now or timezone.now()
        super().__init__(*args, **kwargs)

    def clean_time(self):
        clock = self.cleaned_data["time"]
        if not plan_rules.EARLIEST_APPOINTMENT <= clock <= plan_rules.LATEST_APPOINTMENT:
            raise forms.ValidationError(
                _("Choose a time between %(start)s and %(end)s, when the clinic sees patients.")
                % {
                    "start": format_clock(plan_rules.EARLIEST_APPOINTMENT),
                    "end": format_clock(plan_rules.LATEST_APPOINTMENT),
                }
            )
        return clock

    def clean(self):
        cleaned = super().clean()
        day, clock = cleaned.get("date"), cleaned.get("time")
        if day is None:
            return cleaned
        today = timezone.localtime(self.now, CLINIC_TIME_ZONE).date()
        if day < today:
            self.add_error("date", _("This date has passed. Choose the date of your appointment."))
        elif day > today + datetime.timedelta(days=plan_rules.PLAN_MAX_DAYS_AHEAD):
            self.add_error("date", _("Choose a date within the next year."))
        elif clock is not None:
            appointment = clinic_datetime(day, clock)
            if appointment <= self.now:
                self.add_error("time", _("This time has passed. Choose the time of your appointment."))
            else:
                cleaned["appointment"] = appointment
        return cleaned
