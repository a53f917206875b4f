from django.urls import path

from procedures import views
from procedures.models import PatientGuide

app_name = "procedures"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("procedures/", views.ProcedureListView.as_view(), name="list"),
    path("procedures/<slug:slug>/", views.ProcedureDetailView.as_view(), name="detail"),
    path("procedures/<slug:slug>/print/", views.ProcedurePrintView.as_view(), name="print"),
    path("imaging-areas/", views.ImagingAreaListView.as_view(), name="imaging_area_list"),
    path("imaging-areas/<slug:slug>/", views.ImagingAreaDetailView.as_view(), name="imaging_area_detail"),
    path("offices/", views.OfficeListView.as_view(), name="office_list"),
    path("offices/<slug:slug>/", views.OfficeDetailView.as_view(), name="office_detail"),
    path("physicians/", views.PhysicianListView.as_view(), name="physician_list"),
    path("physicians/<slug:slug>/", views.PhysicianDetailView.as_view(), name="physician_detail"),
    path("preparing/", views.GuideView.as_view(topic=PatientGuide.Topic.PREPARING), name="preparing"),
    path("preparing/plan/", views.PlanView.as_view(), name="plan"),
    path("preparing/plan/calendar.ics", views.PlanView.as_view(calendar=True), name="plan_calendar"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
    path(
        "after-your-procedure/",
        views.GuideView.as_view(topic=PatientGuide.Topic.AFTERCARE),
        name="aftercare",
    ),
]
