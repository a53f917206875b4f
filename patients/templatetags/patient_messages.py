"""What the procedure page shows from this app, without `procedures` importing it:
the "leave a message" form and the published visitors' questions."""

from django import template
from django.urls import reverse

from patients import qa
from patients.forms import MessageForm
from patients.models import Message
from patients.spam import FORM_TIMER_HOLE
from procedures import page_cache

register = template.Library()


@register.inclusion_tag("patients/includes/procedure_message_form.html", takes_context=True)
def message_form(context, procedure):
    """An empty form tied to `procedure`; mistakes come back on the procedure's message page."""
    return {
        "procedure": procedure,
        "form": MessageForm(initial={"topic": Message.Topic.PROCEDURE_QUESTION}),
        "form_action": reverse("patients:procedure_message", kwargs={"slug": procedure.slug}),
        # Fresh for each visitor, also when the page comes from the page cache.
        "form_started": page_cache.visitor_value(context.get("request"), FORM_TIMER_HOLE),
        "clinic": context.get("clinic"),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def published_questions_for(context, procedure):
    """The procedure's published questions and answers, newest first."""
    return qa.published_questions_for(procedure=procedure, request=context.get("request"))


@register.inclusion_tag("patients/includes/published_questions.html")
def published_questions(questions):
    return {"questions": questions}
