"""What patients and visitors leave with the clinic."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from patients import diary as diary_rules
from procedures.models import ContentQuerySet, Procedure

# No 0/O, 1/I/L, 5/S, 8/B: a reference read out over the phone is heard right.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXYZ234679"
REFERENCE_LENGTH = 8


def new_reference():
    """A short random code such as "K7QM-2XWD": it says nothing about how many messages exist."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


class MessageQuerySet(ContentQuerySet):
    """Its update() stamps updated_at (procedures.models.ContentQuerySet): published
    questions are on the procedure pages, which the page cache keys on that column."""

    def published(self):
        """Questions and answers the public may read: consented, answered, published."""
        return self.filter(is_published=True, consent_to_publish=True).exclude(
            staff_reply=""
        ).exclude(status=Message.Status.SPAM)

    def waiting_for_notification(self):
        """Real messages staff have not been told about yet (sending failed or was skipped)."""
        return self.filter(staff_notified=False).exclude(status=Message.Status.SPAM)


class Message(models.Model):
    """A message a visitor left on the website. Private: it may hold health information."""

    class Topic(models.TextChoices):
        PROCEDURE_QUESTION = "procedure_question", _("A question about a procedure")
        PREPARING = "preparing", _("Preparing for an appointment")
        AFTER_PROCEDURE = "after_procedure", _("How I feel after my procedure")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in_progress", "In progress"
        ANSWERED = "answered", "Answered"
        SPAM = "spam", "Spam"
        ARCHIVED = "archived", "Archived"

    reference = models.CharField(
        max_length=9,
        unique=True,
        default=new_reference,
        editable=False,
        help_text="The code the visitor was given. Ask for it when they call about their message.",
    )
    # What the visitor sent: shown to staff read-only, exactly as typed.
    name = models.CharField(max_length=100)
    email = models.EmailField("e-mail", help_text="Never shown on the website.")
    phone = models.CharField(max_length=30, blank=True, help_text="Never shown on the website.")
    topic = models.CharField(max_length=20, choices=Topic.choices)
    procedure = models.ForeignKey(
        "procedures.Procedure",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visitor_messages",
        help_text="The procedure page the message was sent from, if any.",
    )
    body = models.TextField("message", max_length=5000)
    consent_to_publish = models.BooleanField(
        "may be published",
        default=False,
        help_text="The visitor agreed that the question may be shown on the website with their first name only.",
    )
    created_at = models.DateTimeField("received", auto_now_add=True, db_index=True)

    # How staff handle it.
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW, db_index=True)
    spam_reason = models.CharField(
        max_length=100,
        blank=True,
        help_text="Why the website held this message as spam. Empty for normal messages.",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_messages",
        help_text="The staff member who answers this message.",
    )
    staff_reply = models.TextField(
        "staff answer",
        blank=True,
        help_text=(
            "Your answer. It is not e-mailed to the visitor: reply by phone or e-mail as usual "
            "and keep a note of it here. If the question is published, this answer is shown under it."
        ),
    )
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="answered by",
    )
    replied_at = models.DateTimeField("answered at", null=True, blank=True)

    # Telling staff that it is waiting.
    staff_notified = models.BooleanField(
        "staff notified",
        default=False,
        help_text="Whether the “new message” e-mail reached the mail server. "
        "If not, manage.py send_pending_notifications tries again.",
    )
    notified_at = models.DateTimeField(null=True, blank=True)

    # The public question and answer on the procedure page.
    public_question = models.TextField(
        "question as published",
        blank=True,
        max_length=5000,
        help_text="What the website shows as the question. Leave empty to show the visitor's "
        "words as sent. Remove anything that could tell who they are.",
    )
    is_published = models.BooleanField(
        "published",
        default=False,
        help_text="Shown on the procedure page. Only possible with the visitor's consent and an answer.",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("publish_message", "Can publish a message as a public question and answer"),
            ("export_message", "Can export messages as a CSV file"),
        ]
        constraints = [
            # Nothing reaches the public without the visitor's consent and a staff answer.
            models.CheckConstraint(
                condition=Q(is_published=False)
                | (Q(consent_to_publish=True) & ~Q(staff_reply="") & ~Q(status="spam")),
                name="published_message_needs_consent_and_answer",
                violation_error_message="A published question needs the visitor's consent and a "
                "staff answer, and cannot be spam.",
            ),
        ]

    def __str__(self):
        return f"Message {self.reference}"

    def get_admin_url(self):
        return reverse("admin:patients_message_change", args=[self.pk])

    @property
    def first_name(self):
        """The only part of the visitor's name the public may see."""
        parts = self.name.split()
        return parts[0][:40] if parts else ""

    @property
    def question_for_public(self):
        return self.public_question or self.body

    @property
    def can_be_published(self):
        return self.consent_to_publish and bool(self.staff_reply.strip()) and self.status != self.Status.SPAM


class PainDiaryQuerySet(models.QuerySet):
    def sent(self):
        return self.filter(sent_at__isnull=False)

    def waiting_for_notification(self):
        """Sent to the clinic, but the e-mail telling staff has not gone out yet."""
        return self.filter(sent_at__isnull=False, staff_notified_at__isnull=True)

    def with_entries(self):
        return self.select_related("procedure").prefetch_related("entries")


class PainDiary(models.Model):
    """A patient's pain scores after one injection, reached only through a private link.

    The link carries a random token; only its SHA-256 hash is stored, so a copy of the
    database does not open anyone's diary. Nothing identifies the patient until they
    choose to send the diary to the clinic. A diary never sent is deleted 90 days after
    its last change (management command delete_old_pain_diaries).
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    procedure = models.ForeignKey(
        Procedure,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The injection the patient had.",
    )
    injected_at = models.DateTimeField("injection time", help_text="Clinic time (St. Louis).")
    baseline_pain = models.PositiveSmallIntegerField(
        "pain before the injection",
        validators=[MinValueValidator(diary_rules.PAIN_MIN), MaxValueValidator(diary_rules.PAIN_MAX)],
        help_text="0 is no pain, 10 the worst pain imaginable.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_changed_at = models.DateTimeField(
        "last changed", help_text="A diary never sent is deleted 90 days after this."
    )
    sent_at = models.DateTimeField("sent to the clinic", null=True, blank=True)
    patient_name = models.CharField("patient's name", max_length=100, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    staff_notified_at = models.DateTimeField(
        "staff notified",
        null=True,
        blank=True,
        help_text="When the e-mail telling staff about this diary went out. Empty: not yet.",
    )
    is_reviewed = models.BooleanField(
        "reviewed by staff", default=False, help_text="Tick once someone has read this diary."
    )

    objects = PainDiaryQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "-created_at"]
        verbose_name = "pain diary"
        verbose_name_plural = "pain diaries"
        constraints = [
            models.CheckConstraint(
                condition=Q(baseline_pain__gte=diary_rules.PAIN_MIN, baseline_pain__lte=diary_rules.PAIN_MAX),
                name="pain_diary_baseline_0_to_10",
            ),
        ]

    def __str__(self):
        who = self.patient_name or "Not sent"
        procedure = self.procedure.name if self.procedure else "procedure removed"
        return f"{who}: {procedure}, {self.injected_at:%Y-%m-%d}"

    def get_admin_url(self):
        return reverse("admin:patients_paindiary_change", args=[self.pk])

    def entries_in_order(self):
        """Entries in time-point order (uses prefetched rows when there are any)."""
        order = list(diary_rules.TimePoint)
        return sorted(self.entries.all(), key=lambda entry: order.index(entry.time_point))

    def readings(self):
        return [
            diary_rules.Reading(
                hours=diary_rules.hours_after(point=entry.time_point, injected_at=self.injected_at),
                pain=entry.pain,
                took_pain_medicine=entry.took_pain_medicine,
                medicines=entry.medicines,
                label=entry.get_time_point_display(),
                key=entry.time_point,
            )
            for entry in self.entries_in_order()
        ]

    def summary(self):
        return diary_rules.summarise(baseline=self.baseline_pain, readings=self.readings())


class DiaryEntry(models.Model):
    """One pain score in a pain diary, at one of the fixed time points."""

    diary = models.ForeignKey(PainDiary, on_delete=models.CASCADE, related_name="entries")
    time_point = models.CharField(max_length=16, choices=diary_rules.TimePoint.choices)
    pain = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(diary_rules.PAIN_MIN), MaxValueValidator(diary_rules.PAIN_MAX)],
        help_text="0 is no pain, 10 the worst pain imaginable.",
    )
    activities = models.CharField(
        "activities tried", max_length=500, blank=True, help_text="What the patient tried to do."
    )
    medicines = models.CharField("medicines taken", max_length=300, blank=True)
    took_pain_medicine = models.BooleanField(
        "took pain medicine", default=False, help_text="Extra pain medicine since the last score."
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["diary", "recorded_at"]
        verbose_name = "diary entry"
        verbose_name_plural = "diary entries"
        constraints = [
            models.UniqueConstraint(fields=["diary", "time_point"], name="one_entry_per_time_point"),
            models.CheckConstraint(
                condition=Q(pain__gte=diary_rules.PAIN_MIN, pain__lte=diary_rules.PAIN_MAX),
                name="diary_entry_pain_0_to_10",
            ),
        ]

    def __str__(self):
        return f"{self.get_time_point_display()}: {self.pain}/10"
