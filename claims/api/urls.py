"""Routes of the claims app under /api/v1/ (included by config.urls)."""

from django.urls import path

from claims.api import views

urlpatterns = [
    path("speakers", views.SpeakerListView.as_view(), name="speaker-list"),
]
