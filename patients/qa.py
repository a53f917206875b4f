"""Public questions and answers, as the procedure page shows them.

Kept in the shared cache, so the procedure page costs no extra query: every path that
can change what is public (publish, unpublish, mark as spam, a staff edit) calls
forget_published_questions(), and entries expire after CACHE_SECONDS in any case.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction

from patients.models import Message

CACHE_SECONDS = 10 * 60
VERSION_KEY = "patients:published-questions:version"


@dataclass(frozen=True)
class PublicQuestion:
    """Only what the public may see: never the full name, email or phone."""

    first_name: str
    asked_on: datetime.datetime
    question: str
    answer: str


def published_questions_for(*, procedure):
    return all_published_questions().get(procedure.pk, [])


def all_published_questions():
    """{procedure id: [PublicQuestion, newest first]} for every published question.

    One cache entry for all of them: published questions are few and change rarely, and
    then a procedure page never costs a query for them, however many procedures exist.
    """
    version = cache.get(VERSION_KEY)
    if version is None:
        version = secrets.token_hex(8)
        cache.set(VERSION_KEY, version, timeout=None)
    key = f"patients:published-questions:{version}"
    by_procedure = cache.get(key)
    if by_procedure is None:
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
        cache.set(key, by_procedure, timeout=CACHE_SECONDS)
    return by_procedure


def forget_published_questions():
    """Make every procedure page read its questions afresh: now, and again once the
    change is committed, so a page read in between cannot keep the old list."""
    _new_version()
    transaction.on_commit(_new_version)


def _new_version():
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)
