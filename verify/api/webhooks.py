"""Webhook subscriptions of newsroom systems: create (secret shown once), list, rotate, delete,
and the recent deliveries of a subscription."""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from access.api.permissions import IsNewsroomSystem
from access.callers import caller_of
from config.api.pagination import NewestFirstCursorPagination
from config.api.serializers import StrictSerializer
from verify import selectors
from verify.models.webhooks import WebhookDelivery, WebhookSubscription
from verify.services.webhooks import (
    SUBSCRIBABLE_EVENTS,
    webhook_secret_rotate,
    webhook_subscription_create,
    webhook_subscription_delete,
)

MAX_EVENTS = 10


class WebhookCreateSerializer(StrictSerializer):
    url = serializers.CharField(max_length=2000, help_text="https:// address that receives signed POSTs.")
    events = serializers.ListField(
        child=serializers.ChoiceField(sorted(SUBSCRIBABLE_EVENTS)), min_length=1, max_length=MAX_EVENTS
    )


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookSubscription
        fields = (
            "id",
            "url",
            "events",
            "source_system",
            "is_active",
            "consecutive_failures",
            "disabled_at",
            "disabled_reason",
            "secret_rotated_at",
            "created_at",
        )


class WebhookCreatedSerializer(WebhookSubscriptionSerializer):
    secret = serializers.CharField(help_text="HMAC-SHA256 signing secret; shown only in this response.")

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = (*WebhookSubscriptionSerializer.Meta.fields, "secret")


class WebhookSecretSerializer(serializers.Serializer):
    secret = serializers.CharField(help_text="The new signing secret; shown only in this response.")


class WebhookDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = (
            "id",
            "event_id",
            "event_type",
            "state",
            "attempt_count",
            "status_code",
            "error",
            "created_at",
            "last_attempt_at",
            "delivered_at",
            "next_attempt_at",
        )


class WebhookListView(generics.ListAPIView):
    permission_classes = [IsNewsroomSystem]
    serializer_class = WebhookSubscriptionSerializer
    pagination_class = NewestFirstCursorPagination
    filter_backends: list = []

    def get_queryset(self) -> QuerySet:
        return selectors.subscriptions_owned(self.request.user)

    @extend_schema(summary="Your webhook subscriptions")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Subscribe to events about your articles' claims",
        request=WebhookCreateSerializer,
        responses={201: WebhookCreatedSerializer},
    )
    def post(self, request: Request) -> Response:
        serializer = WebhookCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subscription, secret = webhook_subscription_create(
            owner=request.user, source_system=caller_of(request).source_system, **serializer.validated_data
        )
        subscription.secret = secret
        location = request.build_absolute_uri(reverse("api:webhook-detail", args=[subscription.pk]))
        return Response(
            WebhookCreatedSerializer(subscription).data,
            status=status.HTTP_201_CREATED,
            headers={"Location": location},
        )


class WebhookDetailView(generics.RetrieveDestroyAPIView):
    permission_classes = [IsNewsroomSystem]
    serializer_class = WebhookSubscriptionSerializer

    def get_queryset(self) -> QuerySet:
        return selectors.subscriptions_owned(self.request.user)

    @extend_schema(summary="One of your webhook subscriptions")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="Unsubscribe (its delivery log goes too)")
    def delete(self, request: Request, *args, **kwargs) -> Response:
        return super().delete(request, *args, **kwargs)

    def perform_destroy(self, instance: WebhookSubscription) -> None:
        webhook_subscription_delete(subscription=instance)


class WebhookSecretRotateView(APIView):
    permission_classes = [IsNewsroomSystem]

    @extend_schema(
        summary="Replace the signing secret", request=None, responses={200: WebhookSecretSerializer}
    )
    def post(self, request: Request, pk: int) -> Response:
        subscription = generics.get_object_or_404(selectors.subscriptions_owned(request.user), pk=pk)
        return Response({"secret": webhook_secret_rotate(subscription=subscription)})


class WebhookDeliveryListView(generics.ListAPIView):
    permission_classes = [IsNewsroomSystem]
    serializer_class = WebhookDeliverySerializer
    pagination_class = NewestFirstCursorPagination
    filter_backends: list = []

    @extend_schema(summary="Recent deliveries of a subscription, newest first")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet:
        subscription = generics.get_object_or_404(
            selectors.subscriptions_owned(self.request.user), pk=self.kwargs["pk"]
        )
        return subscription.deliveries.all()
