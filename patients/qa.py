"""Public questions and answers, as the procedure page shows them.

On a page the page cache renders they come from the shared cache, under the version of
the published messages (procedures.page_cache), which changes whenever a published
question changes however it was changed (admin, services, `manage.py shell`): every
worker reads them afresh at once, and a warm render costs no query for them.
"""

import datetime
from dataclasses import dataclass

from patients.models import Message
from procedures import page_cache


@dataclass(frozen=True)
class PublicQuestion:
    """Only what the public may see: never the full name, email or phone."""

    first_name: str
    asked_on: datetime.datetime
    question: str
    answer: str


def published_questions_for(*, procedure, request=None):
    return all_published_questions(request=request).get(procedure.pk, [])


def all_published_questions(*, request=None):
    """{procedure id: [PublicQuestion, newest first]} for every published question.

    One cache entry for all of them: published questions are few and change rarely, and
    then a procedure page never costs a query for them, however many procedures exist.
    """
    return page_cache.cached_content(request, [Message], "published-questions", _read_published_questions)


def _read_published_questions():
    by_procedure = {}
    published = Message.objects.published().exclude(procedure=None).order_by("-published_at", "-pk")
    for message in published:
        by_procedure.setdefault(message.procedure_id, []).append(
            PublicQuestion(
                first_name=message.first_name,
                asked_on=message.created_at,
                question=message.question_for_public,
                answer=message.staff_reply,
            )
        )
    return by_procedure
