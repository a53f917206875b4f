"""Sign-in protection for the staff area (django-axes hooks)."""

from axes.helpers import get_client_username, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def client_ip(request):
    """The visitor's address: the socket's peer, or behind our own proxy the address
    that proxy appended last to X-Forwarded-For (earlier entries are the visitor's to
    invent, so they are never trusted)."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-1]
    return request.META.get("REMOTE_ADDR")


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
