"""Putting a procedure page back the way it was, steps and all.

django-simple-history keeps a record of every save and delete of a procedure and of its
child rows (preparation and aftercare steps, questions, care cards). Its own "revert"
restores only the procedure row; `restore_children` puts the child rows back as they
were when that version was current, so a revert never pairs old sections with new steps.

"When that version was current" ends just before the procedure's next saved version:
an admin save writes the procedure first and its inline rows a moment later, so the
rows written right after a version belong to it.
"""

import datetime

from django.db import models, transaction
from django.utils import timezone

from procedures.models import FAQ, AftercareStep, CareCard, PreparationStep, Procedure

CHILD_MODELS = [PreparationStep, AftercareStep, FAQ, CareCard]
ONE_TICK = datetime.timedelta(microseconds=1)


def version_end(*, version):
    """The last moment at which `version` (a historical procedure) was the current one."""
    later = (
        Procedure.history.filter(id=version.id, history_date__gt=version.history_date)
        .order_by("history_date")
        .first()
    )
    return later.history_date - ONE_TICK if later else timezone.now()


def _unique_fields(model):
    return {
        name
        for constraint in model._meta.constraints
        if isinstance(constraint, models.UniqueConstraint)
        for name in constraint.fields
        if name != "procedure"
    }


def _tracked_values(row):
    return {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}


@transaction.atomic
def restore_children(*, procedure, as_of, user, reason):
    """Make the procedure's child rows what they were at `as_of`. Returns the number of
    rows changed, re-created or removed. Each change is itself recorded in the history
    (with `user` and `reason`), so a revert can be reverted too."""
    changed = 0
    for model in CHILD_MODELS:
        then = {row.pk: row for row in model.history.as_of(as_of).filter(procedure_id=procedure.pk)}
        now = {row.pk: row for row in model.objects.filter(procedure=procedure)}
        unique = _unique_fields(model)
        # Remove first, so a row put back can never collide with one in its place
        # (a care card is unique per urgency level).
        for pk, row in list(now.items()):
            old = then.get(pk)
            if old is None or any(getattr(old, name) != getattr(row, name) for name in unique):
                row._history_user, row._change_reason = user, reason
                row.delete()
                now.pop(pk)
                changed += 1
        for pk, old in then.items():
            current = now.get(pk)
            if current is not None and _tracked_values(current) == _tracked_values(old):
                continue
            old._history_user, old._change_reason = user, reason
            old.save()
            changed += 1
    return changed
