"""Patient pages: leaving a message, and the pain diary.

Messages: a valid message is stored (as Spam when it looks like a robot's) and the
visitor is redirected to the thank-you page (Post/Redirect/Get). A form with mistakes
comes back with every value kept. Over the rate limit, the filled form comes back on a
429 page.

Pain diary: a diary page is reached only through its private link. Those pages are
never cached, never indexed and never send the link on as a Referer to another site. A
link that opens no diary (mistyped, tampered with, or deleted) gets a calm 404 page,
never a 500. Their <head> never carries the link either (see `private_diary_context`).
Starting a diary and sending one to the clinic (which e-mails the staff) count toward a
per-address rate limit of their own; over it, the filled form comes back on a 429 page.

Every page gives base.html its breadcrumb trail (procedures.views.page_context), which
it shows and also emits as the schema.org BreadcrumbList.
"""

import functools
import math

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django.views.generic import TemplateView

from patients import diary as diary_rules
from patients import diary_services, services
from patients.diary_report import diary_report_context
from patients.forms import DiaryEntryForm, DiarySendForm, DiaryStartForm, MessageForm
from patients.models import Message
from patients.ratelimit import Bucket, client_ip, register_submission
from patients.services import message_submit
from patients.spam import sign_form_start, sign_form_start_for_resend
from procedures.forms import published_procedure_slug
from procedures.models import Procedure
from procedures.views import PageMixin, page_context


class MessageFormView(View):
    """GET shows the form; POST stores the message or shows the form again."""

    template_name = "patients/message_page.html"
    with_procedure_choice = False

    def get_procedure(self):
        return None

    def get(self, request, *args, **kwargs):
        procedure = self.get_procedure()
        initial = {"topic": Message.Topic.PROCEDURE_QUESTION} if procedure else {}
        form = MessageForm(initial=initial, with_procedure_choice=self.with_procedure_choice)
        return self.render_form(form, procedure=procedure, form_started=sign_form_start())

    def post(self, request, *args, **kwargs):
        procedure = self.get_procedure()
        form = MessageForm(request.POST, with_procedure_choice=self.with_procedure_choice)
        if not form.is_valid():
            return self.render_form(form, procedure=procedure, form_started=timer_for_resend(form))
        decision = register_submission(client=client_ip(request))
        if not decision.allowed:
            return self.render_rate_limited(form, procedure=procedure, decision=decision)
        data = form.cleaned_data
        message = message_submit(
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            topic=data["topic"],
            body=data["body"],
            consent_to_publish=data["consent_to_publish"],
            procedure=procedure or data.get("procedure"),
            spam_reason=form.spam_reason,
        )
        return redirect("patients:thanks", reference=message.reference)

    def render_form(self, form, *, procedure, form_started, status=200, template_name=None, **extra):
        context = {
            "form": form,
            "procedure": procedure,
            "form_started": form_started,
            "form_action": self.request.path,
            **page_context(breadcrumbs=message_breadcrumbs(procedure=procedure)),
            **extra,
        }
        return render(self.request, template_name or self.template_name, context, status=status)

    def render_rate_limited(self, form, *, procedure, decision):
        response = self.render_form(
            form,
            procedure=procedure,
            form_started=self.request.POST.get("form_started", ""),
            status=429,
            template_name="patients/rate_limited.html",
            **retry_context(decision),
        )
        return with_retry_after(response, decision)


def message_breadcrumbs(*, procedure):
    """The message page's trail: under its procedure's page when it is about one."""
    trail = []
    if procedure is not None:
        trail = [(_("Procedures"), reverse("procedures:list")), (procedure.name, procedure.get_absolute_url())]
    return [*trail, (_("Leave a message"), None)]


def retry_context(decision):
    """When a visitor over the rate limit may try again, for the 429 page's notice."""
    return {
        "retry_at": timezone.localtime(decision.retry_at),
        "retry_minutes": max(1, math.ceil(decision.retry_after_seconds / 60)),
    }


def with_retry_after(response, decision):
    response["Retry-After"] = str(decision.retry_after_seconds)
    return response


def timer_for_resend(form):
    """Keep the visitor's own timer when it is sound; a fresh one otherwise."""
    timer = getattr(form, "timer", None)
    if timer is not None and not timer.problem:
        return form.data.get("form_started", "")
    if timer is not None and timer.expired:
        return sign_form_start_for_resend()
    return sign_form_start()


class ContactView(MessageFormView):
    """/contact/: the visitor chooses the topic and, if they like, the procedure."""

    with_procedure_choice = True


class ProcedureMessageView(MessageFormView):
    """A message about one procedure. Its page carries this form; mistakes come back here."""

    def get_procedure(self):
        return get_object_or_404(Procedure.objects.published(), slug=self.kwargs["slug"])


def csrf_failure(request, reason=""):
    """A failed CSRF check (old page, blocked cookie) must not lose a visitor's message.

    On the message pages the form comes back filled in, with a fresh token and a plain
    explanation; anywhere else a short page says what to do. Nothing is stored: the
    request is not trusted, so the visitor sends it again themselves.
    """
    match = request.resolver_match
    view_class = getattr(getattr(match, "func", None), "view_class", None)
    if request.method == "POST" and view_class is not None and issubclass(view_class, MessageFormView):
        view = view_class(request=request, args=match.args, kwargs=match.kwargs)
        view.setup(request, *match.args, **match.kwargs)
        try:
            procedure = view.get_procedure()
        except Http404:
            procedure = None
        form = MessageForm(request.POST, with_procedure_choice=view.with_procedure_choice)
        form.is_valid()  # shows any other mistakes at the same time
        return view.render_form(
            form,
            procedure=procedure,
            form_started=timer_for_resend(form),
            status=403,
            template_name="patients/csrf_failed.html",
        )
    return render(request, "403_csrf.html", status=403)


class ThanksView(PageMixin, TemplateView):
    """The same page for every stored message, spam or not: robots learn nothing."""

    template_name = "patients/thanks.html"

    def get_breadcrumbs(self, context):
        return [(_("Message sent"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["message"] = get_object_or_404(
            Message.objects.select_related("procedure"), reference=self.kwargs["reference"]
        )
        return context


DIARY_NEW_TAG = "diary-new"


def private_page(view):
    """No caching, no indexing, no Referer to other sites: the address is the key.

    "same-origin", not "no-referrer": with no-referrer browsers send `Origin: null` on
    form posts, which Django's CSRF check rightly refuses.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapper)


def with_diary(view):
    """Look the diary up from the link's token; an unknown token gets the 404 page."""

    @functools.wraps(view)
    def wrapper(request, token, *args, **kwargs):
        diary = diary_services.diary_find(token=token)
        if diary is None:
            context = private_diary_context((_("We could not find this diary"), None))
            return render(request, "patients/diary_not_found.html", context, status=404)
        return view(request, diary, token, *args, **kwargs)

    return wrapper


def diary_url(token, name="detail"):
    return reverse(f"patients:diary_{name}", kwargs={"token": token})


def diary_breadcrumbs(*steps):
    """The trail to a diary page: the aftercare guide, the diary's start page (the page
    itself when no `steps` follow), then `steps`."""
    return [
        (_("After your procedure"), reverse("procedures:aftercare")),
        (_("Pain diary"), reverse("patients:diary_start") if steps else None),
        *steps,
    ]


def private_diary_context(*steps):
    """base.html's context for a page whose address holds a diary's private link.

    `public_path` (the start page) stands for the page in the <head>: there is no
    canonical link, og:url points at the start page and the JSON-LD trail ends there,
    so the link is never handed to a link preview or a search engine's structured data.
    """
    start = reverse("patients:diary_start")
    return {**page_context(breadcrumbs=diary_breadcrumbs(*steps)), "public_path": start}


def render_rate_limited(request, template_name, context, *, decision):
    """The page of a diary form over the rate limit: status 429, the form as typed."""
    response = render(request, template_name, {**context, **retry_context(decision)}, status=429)
    return with_retry_after(response, decision)


# HEAD is a GET without the body: link checkers and previewers send it.
GET_AND_POST = ["GET", "HEAD", "POST"]


@private_page
@require_http_methods(GET_AND_POST)
def diary_start(request):
    context = page_context(breadcrumbs=diary_breadcrumbs())
    if request.method == "POST":
        form = DiaryStartForm(request.POST)
        if form.is_valid():
            decision = register_submission(client=client_ip(request), bucket=Bucket.DIARY)
            if not decision.allowed:
                return render_rate_limited(request, "patients/diary_start.html", {**context, "form": form}, decision=decision)
            _diary, token = diary_services.diary_start(
                procedure=form.cleaned_data["procedure"],
                injected_at=form.cleaned_data["injected_at"],
                baseline_pain=form.cleaned_data["baseline_pain"],
            )
            messages.success(request, _("Your pain diary is ready."), extra_tags=DIARY_NEW_TAG)
            return redirect(diary_url(token))
    else:
        form = DiaryStartForm(initial={"procedure": published_procedure_slug(request.GET.get("procedure"))})
    return render(request, "patients/diary_start.html", {**context, "form": form})


@private_page
@require_http_methods(GET_AND_POST)
@with_diary
def diary_detail(request, diary, token):
    now = timezone.now()
    recorded = {entry.time_point for entry in diary.entries.all()}
    if request.method == "POST":
        form = DiaryEntryForm(request.POST, diary=diary, now=now)
        if form.is_valid():
            data = form.cleaned_data
            _entry, created = diary_services.diary_record_entry(
                diary=diary,
                time_point=data["time_point"],
                pain=data["pain"],
                activities=data["activities"],
                medicines=data["medicines"],
                took_pain_medicine=data["took_pain_medicine"],
                now=now,
            )
            template = _("Saved: your score for “%(point)s”.") if created else _("Changed: your score for “%(point)s”.")
            messages.success(request, template % {"point": data["time_point"].label})
            return redirect(diary_url(token) + "#scores")
    else:
        form = DiaryEntryForm(
            diary=diary,
            now=now,
            initial={"time_point": diary_rules.suggested_point(injected_at=diary.injected_at, now=now, recorded=recorded)},
        )
    context = diary_report_context(diary=diary, now=now)
    context.update(
        private_diary_context((_("Your pain diary"), None)),
        form=form,
        token=token,
        diary_link=request.build_absolute_uri(diary_url(token)),
        started=diary.injected_at > now,
    )
    return render(request, "patients/diary_detail.html", context)


@private_page
@require_http_methods(GET_AND_POST)
@with_diary
def diary_send(request, diary, token):
    if diary.sent_at:
        messages.info(request, _("You already sent this diary to the clinic. New scores you add are shown to the clinic too."))
        return redirect(diary_url(token))
    context = diary_report_context(diary=diary, now=timezone.now())
    context.update(
        private_diary_context((_("Your pain diary"), diary_url(token)), (_("Send to the clinic"), None)),
        token=token,
    )
    if request.method == "POST":
        form = DiarySendForm(request.POST)
        if form.is_valid():
            decision = register_submission(client=client_ip(request), bucket=Bucket.DIARY)
            if not decision.allowed:
                return render_rate_limited(request, "patients/diary_send.html", {**context, "form": form}, decision=decision)
            diary_services.diary_send(diary=diary, **form.cleaned_data)
            services.notify_staff_of_diary(diary=diary)
            messages.success(
                request,
                _("Sent. The clinic's staff can now see your diary. They will call you if they need to."),
            )
            return redirect(diary_url(token))
    else:
        form = DiarySendForm()
    return render(request, "patients/diary_send.html", {**context, "form": form})


@private_page
@require_safe
@with_diary
def diary_print(request, diary, token):
    now = timezone.now()
    context = diary_report_context(diary=diary, now=now)
    context.update(token=token, printed_on=timezone.localdate(now))
    return render(request, "patients/diary_print.html", context)


@private_page
@require_http_methods(GET_AND_POST)
@with_diary
def diary_delete(request, diary, token):
    if request.method == "POST":
        diary_services.diary_delete(diary=diary)
        messages.success(request, _("Your pain diary is deleted. Its link no longer opens anything."))
        return redirect("patients:diary_start")
    context = private_diary_context((_("Your pain diary"), diary_url(token)), (_("Delete"), None))
    return render(request, "patients/diary_delete.html", {**context, "diary": diary, "token": token})
