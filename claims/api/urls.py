"""Routes of the claims app under /api/v1/ (included by config.api.urls)."""

from django.urls import path

from claims.api import views

urlpatterns = [
    path("articles", views.ArticleSubmitView.as_view(), name="article-list"),
    path("articles/<int:pk>", views.ArticleStatusView.as_view(), name="article-detail"),
    path("claims", views.ClaimListView.as_view(), name="claim-list"),
    path("speakers", views.SpeakerListView.as_view(), name="speaker-list"),
]
