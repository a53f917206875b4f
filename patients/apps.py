from django.apps import AppConfig


class PatientsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "patients"
    verbose_name = "Patients and visitors"

    def ready(self):
        from patients.models import Message
        from patients.spam import FORM_TIMER_HOLE, sign_form_start
        from procedures import page_cache

        # Published questions are on the procedure pages: a change to them renders the
        # pages anew. Private messages are not, so a new message changes nothing there.
        page_cache.register_content(Message, visible=Message.objects.published())
        # The message form's "shown at" time is per visitor: fresh on every request.
        page_cache.register_hole(FORM_TIMER_HOLE, fill=lambda request: sign_form_start())
