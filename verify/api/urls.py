"""Routes of the review workflow under /api/v1/ (included by config.urls)."""

from django.urls import path

from verify.api import articles, exports, views, webhooks

urlpatterns = [
    path("articles", articles.ArticleSubmitView.as_view(), name="article-list"),
    path("articles/<int:pk>", articles.ArticleStatusView.as_view(), name="article-detail"),
    path("claims", articles.ClaimListView.as_view(), name="claim-list"),
    path("claims/<int:pk>", views.ClaimDetailView.as_view(), name="claim-detail"),
    path("claims/<int:pk>/transitions", views.ClaimTransitionView.as_view(), name="claim-transitions"),
    path("claims/<int:pk>/sources", views.ClaimSourceListView.as_view(), name="claim-sources"),
    path("claims/<int:pk>/notes", views.ClaimNoteListView.as_view(), name="claim-notes"),
    path("verdicts", views.VerdictListView.as_view(), name="verdict-list"),
    path("exports/verdicts", exports.VerdictExportView.as_view(), name="export-verdicts"),
    path("webhooks", webhooks.WebhookListView.as_view(), name="webhook-list"),
    path("webhooks/<int:pk>", webhooks.WebhookDetailView.as_view(), name="webhook-detail"),
    path(
        "webhooks/<int:pk>/rotate-secret",
        webhooks.WebhookSecretRotateView.as_view(),
        name="webhook-rotate-secret",
    ),
    path(
        "webhooks/<int:pk>/deliveries", webhooks.WebhookDeliveryListView.as_view(), name="webhook-deliveries"
    ),
]
