from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Keeping the site running: backups of the database and uploads (`backup`, `restore`)."""

    name = "operations"
    verbose_name = "Running the site"
