"""What the clinic publishes: procedures with their steps, imaging areas, offices and
physicians, and the clinic-wide details shown on every page."""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from procedures.images import CheckedImageField, validate_image_upload

CLINIC_TIME_ZONE = zoneinfo.ZoneInfo("America/Chicago")

MARKDOWN_HELP = (
    "Plain text. Simple Markdown works: a blank line starts a new paragraph, "
    "a line starting with “- ” is a bullet, **two stars** make bold text."
)


class ContentQuerySet(models.QuerySet):
    """Rows the public pages show.

    update() stamps updated_at, as save() does through auto_now, so the page cache
    (procedures.page_cache), which keys pages on the newest updated_at, sees changes made
    by admin actions and by code (`Procedure.objects.filter(...).update(...)`) too.
    """

    def update(self, **kwargs):
        kwargs.setdefault("updated_at", timezone.now())
        return super().update(**kwargs)


def image_size_field():
    """An uploaded image's width or height, stored with it so pages never open the file."""
    return models.PositiveIntegerField(
        null=True, blank=True, editable=False, help_text="Filled in when the image is stored."
    )


class PublishedQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(is_published=True)


class ClinicSettings(models.Model):
    """The clinic's name and phone lines, shown on every page. There is one row."""

    name = models.CharField("clinic name", max_length=120)
    tagline = models.CharField(
        max_length=200, blank=True, help_text="One short line under the name on the home page."
    )
    main_phone = models.CharField(
        "main phone", max_length=30, help_text="Shown on every page as a tap-to-call link."
    )
    after_hours_phone = models.CharField(
        "after-hours line",
        max_length=30,
        help_text="For urgent questions about a procedure at night and on weekends.",
    )
    email = models.EmailField("public e-mail", blank=True)
    emergency_sentence = models.CharField(
        max_length=200,
        default="If you have a medical emergency, call 911 or go to the nearest emergency room.",
        help_text="Shown at the top of every page.",
    )
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        verbose_name = "clinic settings"
        verbose_name_plural = "clinic settings"
        constraints = [
            # One row only: the primary key is pinned to 1 by load().
            models.CheckConstraint(condition=Q(pk=1), name="clinic_settings_single_row"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The settings row, or an unsaved default when the content is not loaded yet."""
        return cls.objects.filter(pk=1).first() or cls(
            pk=1, name="Spine and Joint Injection Clinic", main_phone="", after_hours_phone=""
        )

    @property
    def main_phone_uri(self):
        return phone_uri(self.main_phone)

    @property
    def after_hours_phone_uri(self):
        return phone_uri(self.after_hours_phone)


def phone_uri(number):
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits and not digits.startswith("+"):
        digits = "+1" + digits if len(digits) == 10 else digits
    return f"tel:{digits}"


class Physician(models.Model):
    name = models.CharField(max_length=120, help_text="Full name without “Dr.”, e.g. Anna Reyes.")
    slug = models.SlugField(unique=True, help_text="Used in the page address.")
    credentials = models.CharField(max_length=60, help_text="For example: MD, or DO, FACR.")
    specialty = models.CharField(max_length=200)
    photo = CheckedImageField(
        upload_to="physicians/",
        blank=True,
        validators=[validate_image_upload],
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = image_size_field()
    photo_height = image_size_field()
    photo_alt = models.CharField(
        "photo description", max_length=200, blank=True, help_text="Needed when there is a photo."
    )
    bio = models.TextField(blank=True, help_text=MARKDOWN_HELP)
    offices = models.ManyToManyField("Office", blank=True, related_name="physicians")
    procedures = models.ManyToManyField(
        "Procedure", blank=True, related_name="physicians", verbose_name="procedures performed"
    )
    is_published = models.BooleanField("published", default=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"Dr. {self.name}, {self.credentials}" if self.credentials else f"Dr. {self.name}"

    def clean(self):
        if self.photo and not self.photo_alt:
            raise ValidationError({"photo_alt": "Describe the photo for people who cannot see it."})

    def get_absolute_url(self):
        return reverse("procedures:physician_detail", kwargs={"slug": self.slug})


class Office(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True, help_text="Used in the page address.")
    street = models.CharField(max_length=200)
    city = models.CharField(max_length=100, default="St. Louis")
    state = models.CharField(max_length=2, default="MO")
    postal_code = models.CharField("ZIP code", max_length=10)
    phone = models.CharField(max_length=30)
    fax = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    directions = models.TextField(
        "directions and parking", blank=True, help_text=MARKDOWN_HELP
    )
    photo = CheckedImageField(
        upload_to="offices/",
        blank=True,
        validators=[validate_image_upload],
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = image_size_field()
    photo_height = image_size_field()
    photo_alt = models.CharField(
        "photo description", max_length=200, blank=True, help_text="Needed when there is a photo."
    )
    is_published = models.BooleanField("published", default=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.photo and not self.photo_alt:
            raise ValidationError({"photo_alt": "Describe the photo for people who cannot see it."})

    def get_absolute_url(self):
        return reverse("procedures:office_detail", kwargs={"slug": self.slug})

    @property
    def phone_uri(self):
        return phone_uri(self.phone)

    @property
    def one_line_address(self):
        return f"{self.street}, {self.city}, {self.state} {self.postal_code}"

    def _hours(self):
        # Uses prefetched rows when the view prefetched them, so no extra query.
        return list(self.opening_hours.all())

    def weekly_hours(self):
        """Every weekday with its opening rows (empty when closed), Monday first."""
        hours = self._hours()
        return [
            (label, [row for row in hours if row.weekday == day])
            for day, label in OpeningHours.Weekday.choices
        ]

    def hours_summary(self):
        """Open days in short lines, neighbouring days with the same hours joined:
        [("Monday–Friday", "8:00 a.m.–4:30 p.m.")]. Closed days are left out."""
        runs = []  # [first label, last label, last weekday, times]
        for (label, rows), day in zip(self.weekly_hours(), OpeningHours.Weekday.values):
            if not rows:
                continue
            times = ", ".join(f"{format_clock(row.opens)}–{format_clock(row.closes)}" for row in rows)
            if runs and runs[-1][3] == times and runs[-1][2] == day - 1:
                runs[-1][1:3] = [label, day]
            else:
                runs.append([label, label, day, times])
        return [(first if first == last else f"{first}–{last}", times) for first, last, _, times in runs]

    def is_open_at(self, moment):
        """Whether the office is open at `moment` (an aware datetime), in clinic time."""
        local = timezone.localtime(moment, CLINIC_TIME_ZONE)
        return any(
            row.weekday == local.weekday() and row.opens <= local.time() < row.closes
            for row in self._hours()
        )

    def next_opening_after(self, moment):
        """The clinic-time datetime the office next opens after `moment`, or None."""
        local = timezone.localtime(moment, CLINIC_TIME_ZONE)
        hours = self._hours()
        for days_ahead in range(0, 8):
            day = local.date() + datetime.timedelta(days=days_ahead)
            for row in sorted(hours, key=lambda r: r.opens):
                if row.weekday != day.weekday():
                    continue
                opening = datetime.datetime.combine(day, row.opens, tzinfo=CLINIC_TIME_ZONE)
                if opening > local:
                    return opening
        return None

    def open_status(self, moment=None):
        """A short sentence for patients: “Open now until 4:30 p.m.” or when it opens."""
        moment = moment or timezone.now()
        local = timezone.localtime(moment, CLINIC_TIME_ZONE)
        if self.is_open_at(moment):
            closing = next(
                row.closes
                for row in self._hours()
                if row.weekday == local.weekday() and row.opens <= local.time() < row.closes
            )
            return True, gettext("Open now, until %(time)s") % {"time": format_clock(closing)}
        opening = self.next_opening_after(moment)
        if opening is None:
            return False, gettext("Closed")
        time = format_clock(opening.time())
        if opening.date() == local.date():
            return False, gettext("Closed — opens today %(time)s") % {"time": time}
        if opening.date() == local.date() + datetime.timedelta(days=1):
            return False, gettext("Closed — opens tomorrow %(time)s") % {"time": time}
        day = OpeningHours.Weekday(opening.weekday()).label
        return False, gettext("Closed — opens %(day)s %(time)s") % {"day": day, "time": time}


def format_clock(value):
    """8:00 a.m. style, the way US patients read times."""
    hour = value.hour % 12 or 12
    suffix = gettext("a.m.") if value.hour < 12 else gettext("p.m.")
    return f"{hour}:{value.minute:02d} {suffix}"


class OpeningHours(models.Model):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField(help_text="Clinic time (St. Louis), e.g. 08:00.")
    closes = models.TimeField(help_text="Clinic time (St. Louis), e.g. 16:30.")
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"
        constraints = [
            models.CheckConstraint(condition=Q(closes__gt=models.F("opens")), name="hours_close_after_open"),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {format_clock(self.opens)}–{format_clock(self.closes)}"


class ImagingArea(models.Model):
    """A part of the body the clinic images and treats (spine, neck, legs…), or a group of
    patients it cares for in a special way (children)."""

    class Kind(models.TextChoices):
        BODY_PART = "body_part", "Part of the body"
        PATIENT_GROUP = "patient_group", "Group of patients"

    name = models.CharField(max_length=80)
    kind = models.CharField(
        max_length=16,
        choices=Kind.choices,
        default=Kind.BODY_PART,
        help_text=(
            "“Part of the body” (spine, joints, neck…) or “Group of patients” (children). "
            "Search engines are told only the parts of the body where a procedure is done."
        ),
    )
    slug = models.SlugField(unique=True, help_text="Used in the page address.")
    summary = models.CharField(max_length=250, help_text="One sentence for lists.")
    description = models.TextField(help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    is_published = models.BooleanField("published", default=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("procedures:imaging_area_detail", kwargs={"slug": self.slug})


class ReviewedContent(models.Model):
    """Clinical text a named physician has checked, with the date it is due again."""

    reviewed_by = models.ForeignKey(
        Physician,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="reviewing physician",
        help_text="The physician who checked this page is medically correct.",
    )
    last_reviewed = models.DateField("last reviewed")
    next_review_due = models.DateField(
        "next review due", help_text="Usually one year after the last review."
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            raise ValidationError({"next_review_due": "The next review must come after the last one."})


class Procedure(ReviewedContent):
    class Kind(models.TextChoices):
        SPINE = "spine", _("Spine")
        JOINT = "joint", _("Joint")

    class Purpose(models.TextChoices):
        DIAGNOSTIC = "diagnostic", _("To find the source of pain")
        THERAPEUTIC = "therapeutic", _("To relieve pain")
        BOTH = "both", _("To find the source of pain and to relieve it")

    # Whole phrases, not "{kind} injection": word order differs between languages.
    KIND_NAMES = {
        Kind.SPINE: (_("Spine injection"), _("Spine injections")),
        Kind.JOINT: (_("Joint injection"), _("Joint injections")),
    }

    # The sections in the order a patient reads them, with their headings.
    SECTIONS = [
        ("what_it_is", _("What it is")),
        ("why_done", _("Why it is done")),
        ("how_done", _("How it is done")),
        ("what_you_feel", _("What you will feel")),
        ("risks", _("Risks")),
        ("results", _("Results")),
        ("duration", _("How long it takes")),
    ]

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True, help_text="Used in the page address.")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    purpose = models.CharField(max_length=12, choices=Purpose.choices)
    summary = models.CharField(max_length=250, help_text="One sentence for the procedure cards.")
    what_it_is = models.TextField("what it is", help_text=MARKDOWN_HELP)
    why_done = models.TextField("why it is done", help_text=MARKDOWN_HELP)
    how_done = models.TextField("how it is done", help_text=MARKDOWN_HELP)
    what_you_feel = models.TextField("what you will feel", help_text=MARKDOWN_HELP)
    risks = models.TextField(help_text=MARKDOWN_HELP)
    results = models.TextField(help_text=MARKDOWN_HELP)
    duration = models.TextField("how long it takes", help_text=MARKDOWN_HELP)
    illustration = CheckedImageField(
        upload_to="procedures/",
        validators=[validate_image_upload],
        width_field="illustration_width",
        height_field="illustration_height",
        help_text="A drawing of where the needle and medicine go. JPEG, PNG or WebP, up to 10 MB.",
    )
    illustration_width = image_size_field()
    illustration_height = image_size_field()
    illustration_alt = models.CharField(
        "illustration description",
        max_length=300,
        help_text="What the drawing shows, for people who cannot see it.",
    )
    imaging_areas = models.ManyToManyField(ImagingArea, blank=True, related_name="procedures")
    offices = models.ManyToManyField(
        Office, blank=True, related_name="procedures", verbose_name="offered at"
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    is_published = models.BooleanField(
        "published", default=False, help_text="Only published procedures are shown to the public."
    )
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    @property
    def sections(self):
        return [(field, heading, getattr(self, field)) for field, heading in self.SECTIONS]

    @property
    def care_cards_by_urgency(self):
        return sorted(self.care_cards.all(), key=lambda card: card.urgency_rank)

    @property
    def kind_name(self):
        """“Spine injection” or “Joint injection”, in the reader's language."""
        return self.KIND_NAMES[self.kind][0]

    @property
    def is_diagnostic(self):
        return self.purpose in {self.Purpose.DIAGNOSTIC, self.Purpose.BOTH}


class ProcedureStep(models.Model):
    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE)
    title = models.CharField(max_length=150, help_text="A short instruction, e.g. “Arrange a driver”.")
    details = models.TextField(blank=True, help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self):
        return self.title


class PreparationStep(ProcedureStep):
    class Timing(models.TextChoices):
        DAYS_BEFORE = "days_before", _("Days before")
        DAY_BEFORE = "day_before", _("The day before")
        DAY_OF = "day_of", _("The day of your procedure")

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="preparation_steps"
    )
    timing = models.CharField(max_length=12, choices=Timing.choices)

    class Meta(ProcedureStep.Meta):
        verbose_name = "preparation step"


class AftercareStep(ProcedureStep):
    class Timing(models.TextChoices):
        RIGHT_AFTER = "right_after", _("Right after")
        FIRST_24_HOURS = "first_24_hours", _("The first 24 hours")
        NEXT_DAY = "next_day", _("The next day")
        FOLLOWING_WEEKS = "following_weeks", _("The following weeks")

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="aftercare_steps"
    )
    timing = models.CharField(max_length=16, choices=Timing.choices)

    class Meta(ProcedureStep.Meta):
        verbose_name = "aftercare step"


class FAQ(models.Model):
    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="faqs")
    question = models.CharField(max_length=250)
    answer = models.TextField(help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "question and answer"
        verbose_name_plural = "questions and answers"

    def __str__(self):
        return self.question


class CareCard(models.Model):
    """When to get help after a procedure, at one level of urgency."""

    class Level(models.TextChoices):
        EMERGENCY = "emergency", _("Emergency: call 911")
        URGENT = "urgent", _("Urgent: call the clinic now")
        OFFICE_HOURS = "office_hours", _("Call the clinic during office hours")

    # Most urgent first, the order a frightened reader needs.
    URGENCY_ORDER = [Level.EMERGENCY, Level.URGENT, Level.OFFICE_HOURS]

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="care_cards")
    level = models.CharField(max_length=16, choices=Level.choices)
    title = models.CharField(max_length=150, help_text="For example: Call 911 or go to the emergency room.")
    signs = models.TextField(help_text="One sign per line. Each line becomes a bullet.")
    advice = models.TextField(blank=True, help_text=MARKDOWN_HELP)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["procedure", "level"]
        verbose_name = "care card"
        constraints = [
            models.UniqueConstraint(fields=["procedure", "level"], name="one_care_card_per_level"),
        ]

    def __str__(self):
        return f"{self.procedure}: {self.get_level_display()}"

    @property
    def sign_list(self):
        return [line.strip(" -•\t") for line in self.signs.splitlines() if line.strip(" -•\t")]

    @property
    def urgency_rank(self):
        return self.URGENCY_ORDER.index(self.level)


class PatientGuide(ReviewedContent):
    """A general page that is not about one procedure: typical preparations, aftercare."""

    class Topic(models.TextChoices):
        PREPARING = "preparing", _("Typical preparations")
        AFTERCARE = "aftercare", _("After your procedure")

    topic = models.CharField(max_length=12, choices=Topic.choices, unique=True)
    title = models.CharField(max_length=150)
    intro = models.TextField(help_text="One short paragraph at the top.")
    body = models.TextField(help_text=MARKDOWN_HELP + " “### ” starts a subheading.")
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["topic"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # Each topic has its own fixed page (/preparing/, /after-your-procedure/).
        return reverse("procedures:preparing" if self.topic == self.Topic.PREPARING else "procedures:aftercare")


class SearchSynonym(models.Model):
    """A word or phrase patients use for a procedure (“steroid shot”, “sciatica”).

    When a search contains the phrase, site search puts the linked procedures first.
    """

    phrase = models.CharField(
        max_length=80,
        unique=True,
        help_text=(
            "What a patient might type, e.g. “cortisone shot” or “pinched nerve”. "
            "Upper or lower case and word endings (shot, shots) do not matter."
        ),
    )
    procedures = models.ManyToManyField(
        Procedure,
        related_name="search_synonyms",
        help_text="The procedure pages this phrase should find first.",
    )
    note = models.CharField(
        max_length=200,
        blank=True,
        help_text="Optional, for staff only: why this phrase is here.",
    )

    class Meta:
        ordering = ["phrase"]
        verbose_name = "search synonym"

    def __str__(self):
        return self.phrase


class GlossaryTerm(models.Model):
    """A medical word the pages use, explained in plain words on the glossary page.

    On clinical pages the first use of the word links to its explanation.
    """

    term = models.CharField(
        max_length=80, unique=True, help_text="The word as patients see it, e.g. “fluoroscopy”."
    )
    slug = models.SlugField(unique=True, help_text="Used in the link to this word on the glossary page.")
    other_forms = models.TextField(
        "other forms",
        blank=True,
        help_text=(
            "Other ways the pages write this word, one per line: plurals and other names "
            "(e.g. “steroids”, “corticosteroid”). Letters, spaces, hyphens and apostrophes only."
        ),
    )
    definition = models.TextField(
        help_text="One to three short sentences in plain words (aim for a reader aged 13)."
    )
    is_published = models.BooleanField("published", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return reverse("procedures:glossary") + f"#{self.slug}"

    @property
    def forms(self):
        """The term and its other forms, as written."""
        lines = [line.strip() for line in self.other_forms.splitlines()]
        return [self.term] + [line for line in lines if line]
