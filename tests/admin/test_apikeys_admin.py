"""API keys in the admin: made with the plaintext shown once, checked before saving, revoked."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from access import apikeys
from access.models import ApiKey
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:access_apikey_add")
LIST_URL = reverse("admin:access_apikey_changelist")


@pytest.fixture
def admin_client_() -> Client:
    client = Client()
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def test_a_new_key_is_shown_once_and_only_its_hash_is_kept(admin_client_, people):
    response = admin_client_.post(
        ADD_URL, {"user": people["newsroom"].pk, "name": "CMS", "source_system": "cms-a"}, follow=True
    )
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    plaintext = next(text.rsplit(" ", 1)[1] for text in shown if "will not be shown again" in text)
    key = apikeys.apikey_authenticate(plaintext)
    assert key.source_system == "cms-a" and plaintext not in (key.hashed_key, key.prefix)
    assert plaintext not in admin_client_.get(reverse("admin:access_apikey_change", args=[key.pk])).content.decode()


def test_a_newsroom_systems_key_needs_its_source_system(admin_client_, people):
    response = admin_client_.post(ADD_URL, {"user": people["newsroom"].pk, "name": "CMS", "source_system": ""})
    assert response.status_code == 200
    assert "needs the source system its articles come from" in response.content.decode()
    assert not ApiKey.objects.exists()


def test_a_staff_script_key_needs_no_source_system(admin_client_, people):
    admin_client_.post(ADD_URL, {"user": people["editor"].pk, "name": "Editor script", "source_system": ""})
    assert ApiKey.objects.get().user == people["editor"]


def test_revoking_from_the_list(admin_client_, people):
    created = apikeys.apikey_create(user=people["newsroom"], name="CMS", source_system="cms-a")
    admin_client_.post(LIST_URL, {"action": "revoke_keys", "_selected_action": [created.api_key.pk]})
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(created.plaintext)


@pytest.mark.parametrize("role", ["fact_checker", "editor", "auditor"])
def test_desk_roles_do_not_manage_keys(clients, role):
    assert clients[role].get(ADD_URL).status_code == 403
