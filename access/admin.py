"""Admin for API keys: create one (its plaintext shown once, in a message), revoke, inspect.

The desk's roles do not manage keys: only superusers (Django's model permissions) reach this page.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework_api_key.models import APIKey as LibraryApiKey

from access import apikeys
from access.errors import DomainError
from access.models import ApiKey


class ApiKeyCreateForm(forms.ModelForm):
    class Meta:
        model = ApiKey
        fields = ("user", "name", "source_system")

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors:
            try:
                apikeys.apikey_check(user=data["user"], name=data["name"], source_system=data["source_system"])
            except DomainError as error:
                raise forms.ValidationError(str(error)) from error
        return data


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "user", "source_system", "created", "last_used_at", "revoked_at")
    list_filter = ("source_system", "revoked")
    search_fields = ("name", "prefix", "user__username", "source_system")
    list_select_related = ("user",)
    readonly_fields = ("user", "name", "source_system", "prefix", "created", "last_used_at", "revoked_at",
                       "expiry_date")
    actions = ["revoke_keys"]

    def get_form(self, request: HttpRequest, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ApiKeyCreateForm
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> tuple:
        return self.readonly_fields if obj else ()

    def get_fields(self, request: HttpRequest, obj=None):
        return self.readonly_fields if obj else ApiKeyCreateForm.Meta.fields

    def save_model(self, request: HttpRequest, obj: ApiKey, form, change: bool) -> None:
        if change:
            return
        created = apikeys.apikey_create(
            user=form.cleaned_data["user"],
            name=form.cleaned_data["name"],
            source_system=form.cleaned_data["source_system"],
        )
        obj.pk, obj.prefix = created.api_key.pk, created.api_key.prefix
        self.message_user(
            request,
            f"Key created. Copy it now, it will not be shown again: {created.plaintext}",
            messages.WARNING,
        )

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.action(description="Revoke selected keys", permissions=["change"])
    def revoke_keys(self, request: HttpRequest, queryset: QuerySet) -> None:
        for key in queryset:
            apikeys.apikey_revoke(api_key=key)
        self.message_user(request, f"Revoked {queryset.count()} key(s).")


# The library registers its own (unused) concrete key model; keys are made here only.
if admin.site.is_registered(LibraryApiKey):
    admin.site.unregister(LibraryApiKey)
