"""Sign-in protection for the staff area (the django-axes lockout page)."""

from axes.helpers import get_client_username, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the admin when sign-in is paused, in the admin's look."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": f"Sign-in is paused for {minutes} minutes",
        "username": get_client_username(request, credentials) or "",
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=429)
