from django.db import transaction
from django.urls import path

from patients import views

app_name = "patients"

# Never inside a request-wide transaction: each message is committed on its own before
# any e-mail is tried (patients.services).
urlpatterns = [
    path("contact/", transaction.non_atomic_requests(views.ContactView.as_view()), name="contact"),
    path(
        "contact/about/<slug:slug>/",
        transaction.non_atomic_requests(views.ProcedureMessageView.as_view()),
        name="procedure_message",
    ),
    path("contact/thanks/<str:reference>/", views.ThanksView.as_view(), name="thanks"),
]
