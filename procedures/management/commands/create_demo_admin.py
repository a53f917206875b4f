"""A local demo login for `make run`. Refuses to run outside debug, so production never
gets a known password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "demo-admin"
DEMO_PASSWORD = "local-demo-only-2026"


class Command(BaseCommand):
    help = "Create a local demo staff login (debug only) and print its credentials."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "The demo admin is for local development only (DJANGO_DEBUG=1). "
                "In production, use: python manage.py createsuperuser"
            )
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME, defaults={"is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Staff login for this local copy: http://127.0.0.1:8000/admin/ "
                f"user “{DEMO_USERNAME}”, password “{DEMO_PASSWORD}” "
                f"(created only with DJANGO_DEBUG=1; use createsuperuser elsewhere)."
            )
        )
