"""The site's address book: each app owns its own urls; this file only wires them."""

import os

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from clinic_site.health import healthz

admin.site.site_header = "Clinic website: staff editing"
admin.site.site_title = "Clinic staff"
admin.site.index_title = "What would you like to edit?"

ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(ADMIN_URL, admin.site.urls),
]

# Patient pages: English at /procedures/…, the same page in Spanish at /es/procedures/….
urlpatterns += i18n_patterns(
    path("", include("procedures.urls")),
    path("", include("patients.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

handler500 = "procedures.views.server_error"
