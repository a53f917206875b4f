from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "procedures"
    verbose_name = "Clinic content"

    def ready(self):
        from procedures import models, page_cache

        # Every table the public pages show: a change to any of them renders pages anew.
        page_cache.register_content(
            models.ClinicSettings,
            models.Physician,
            models.Office,
            models.OpeningHours,
            models.ImagingArea,
            models.Procedure,
            models.PreparationStep,
            models.AftercareStep,
            models.FAQ,
            models.CareCard,
            models.PatientGuide,
            models.GlossaryTerm,
        )
