"""The site's address book: each app owns its own urls; this file only wires them."""

import os

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve

from clinic_site.health import healthz
from patients.sitemaps import SITEMAPS as PATIENT_SITEMAPS
from procedures.sitemaps import SITEMAPS
from procedures.views import RobotsTxtView

admin.site.site_header = "Clinic website: staff editing"
admin.site.site_title = "Clinic staff"
admin.site.index_title = "What would you like to edit?"

ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"
DEFAULT_ADMIN_URL = "admin/"
# robots.txt is public: naming a custom (less obvious) admin path there would hand it to
# exactly the robots the custom path keeps away, so only the default path is listed.
ROBOTS_DISALLOW = ["/" + ADMIN_URL] if ADMIN_URL == DEFAULT_ADMIN_URL else []

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {**SITEMAPS, **PATIENT_SITEMAPS}}, name="sitemap"),
    path("robots.txt", RobotsTxtView.as_view(disallow=ROBOTS_DISALLOW), name="robots_txt"),
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
