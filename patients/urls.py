"""Patient pages: messages to the clinic and the pain diary.

The pain diary lives under /after-your-procedure/, a path the procedures app owns only as
the exact page /after-your-procedure/, so both apps' patterns match different addresses
and the include order in clinic_site/urls.py does not matter.
"""

from django.db import transaction
from django.urls import path

from patients import views

app_name = "patients"

# Never inside a request-wide transaction: each message (and each diary sent to the
# clinic) is committed on its own before any e-mail is tried (patients.services).
urlpatterns = [
    path("contact/", transaction.non_atomic_requests(views.ContactView.as_view()), name="contact"),
    path(
        "contact/about/<slug:slug>/",
        transaction.non_atomic_requests(views.ProcedureMessageView.as_view()),
        name="procedure_message",
    ),
    path("contact/thanks/<str:reference>/", views.ThanksView.as_view(), name="thanks"),
    path("after-your-procedure/pain-diary/", views.diary_start, name="diary_start"),
    path("after-your-procedure/pain-diary/<str:token>/", views.diary_detail, name="diary_detail"),
    path(
        "after-your-procedure/pain-diary/<str:token>/send/",
        transaction.non_atomic_requests(views.diary_send),
        name="diary_send",
    ),
    path("after-your-procedure/pain-diary/<str:token>/print/", views.diary_print, name="diary_print"),
    path("after-your-procedure/pain-diary/<str:token>/delete/", views.diary_delete, name="diary_delete"),
]
