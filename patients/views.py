"""Leaving a message: the form pages, the thank-you page and the "please wait" page.

A valid message is stored (as Spam when it looks like a robot's) and the visitor is
redirected to the thank-you page (Post/Redirect/Get). A form with mistakes comes back
with every value kept. Over the rate limit, the filled form comes back on a 429 page.
"""

import math

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from patients.forms import MessageForm
from patients.models import Message
from patients.ratelimit import client_ip, register_submission
from patients.services import message_submit
from patients.spam import sign_form_start, sign_form_start_for_resend
from procedures.models import Procedure


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
            **extra,
        }
        return render(self.request, template_name or self.template_name, context, status=status)

    def render_rate_limited(self, form, *, procedure, decision):
        seconds = decision.retry_after_seconds
        response = self.render_form(
            form,
            procedure=procedure,
            form_started=self.request.POST.get("form_started", ""),
            status=429,
            template_name="patients/rate_limited.html",
            retry_at=timezone.localtime(decision.retry_at),
            retry_minutes=max(1, math.ceil(seconds / 60)),
        )
        response["Retry-After"] = str(seconds)
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


class ThanksView(TemplateView):
    """The same page for every stored message, spam or not: robots learn nothing."""

    template_name = "patients/thanks.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["message"] = get_object_or_404(
            Message.objects.select_related("procedure"), reference=self.kwargs["reference"]
        )
        return context
