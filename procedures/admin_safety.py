"""Base classes for every ModelAdmin of the project (procedures and patients), so that no
address or form the admin answers ends in a server error: ids that cannot be read get a
404 or a clear message on the list, never a 500 (the house rule)."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from simple_history.admin import SimpleHistoryAdmin

UNREADABLE_SELECTION = (
    "The selected items could not be found (the list may be out of date). "
    "Nothing was changed: select the items again and repeat the action."
)


def readable_key(field, raw):
    """`raw` (text from an address or a form) as a value of the key `field`, or
    ValidationError: not a number for a numeric id, or out of the database's range."""
    value = field.to_python(raw)
    if value is None:
        raise ValidationError("No id given.")
    field.run_validators(value)
    return value


class SafeActionsMixin:
    """An action posted with selected ids that are not ids (`_selected_action=abc`, or a
    number too large for the database) ends with an error message on the list, instead
    of the 500 Django's `queryset.filter(pk__in=...)` gives."""

    def response_action(self, request, queryset):
        try:
            for raw in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
                readable_key(self.model._meta.pk, raw)
        except ValidationError:
            self.message_user(request, UNREADABLE_SELECTION, messages.ERROR)
            return None  # Django goes back to the list, which shows the message
        return super().response_action(request, queryset)


class SafeModelAdmin(SafeActionsMixin, admin.ModelAdmin):
    """The project's plain ModelAdmin."""


class SafeHistoryAdmin(SafeActionsMixin, SimpleHistoryAdmin):
    """simple-history's admin where a history address with an id that is not an id
    (`/history/abc/`, `/abc/history/`) answers 404, as a missing version does."""

    def _key_or_404(self, field, raw):
        try:
            return readable_key(field, raw)
        except ValidationError:
            raise Http404(f"No {field.model._meta.verbose_name} with the id {raw!r}.") from None

    def history_version_or_404(self, object_id, version_id):
        """The historical record `version_id` of the row `object_id`, or Http404."""
        history_model = getattr(self.model, self.model._meta.simple_history_manager_attribute).model
        object_pk = self._key_or_404(self.model._meta.pk, unquote(object_id))
        version_pk = self._key_or_404(history_model._meta.pk, version_id)
        return get_object_or_404(history_model, **{self.model._meta.pk.attname: object_pk, "history_id": version_pk})

    def history_view(self, request, object_id, extra_context=None):
        self._key_or_404(self.model._meta.pk, unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self.history_version_or_404(object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)
