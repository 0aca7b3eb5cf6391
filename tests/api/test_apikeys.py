"""API keys: shown once, stored hashed, revocable, last use recorded at most once a minute."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from access import apikeys
from access.models import ApiKey
from tests.factories import article_with_claims

pytestmark = pytest.mark.django_db


@pytest.fixture
def system_user(people):
    return people["cms-a-system"]


def test_only_the_hash_of_a_key_is_stored(system_user):
    created = apikeys.apikey_create(user=system_user, name="cms", source_system="cms-a")
    row = ApiKey.objects.get()
    assert created.plaintext not in (row.hashed_key, row.prefix)
    assert row.hashed_key == apikeys.apikey_hash(created.plaintext)
    assert created.plaintext.startswith(f"fck_{row.prefix}_")


def test_authenticate_returns_the_key_and_records_last_use(system_user):
    created = apikeys.apikey_create(user=system_user, name="cms", source_system="cms-a")
    key = apikeys.apikey_authenticate(created.plaintext)
    assert key.pk == created.api_key.pk and key.user == system_user
    assert ApiKey.objects.get().last_used_at is not None


def test_last_use_is_written_at_most_once_a_minute(system_user, django_assert_num_queries):
    created = apikeys.apikey_create(user=system_user, name="cms", source_system="cms-a")
    apikeys.apikey_authenticate(created.plaintext)
    with django_assert_num_queries(1):  # the lookup only, no UPDATE
        apikeys.apikey_authenticate(created.plaintext)
    ApiKey.objects.update(last_used_at=timezone.now() - timedelta(minutes=2))
    with django_assert_num_queries(2):
        apikeys.apikey_authenticate(created.plaintext)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda k: k[:-1] + ("A" if k[-1] != "A" else "B"),
        lambda k: "fck_x_y",
        lambda k: "",
        lambda k: k.replace("fck_", "abc_"),
    ],
)
def test_wrong_keys_are_refused(system_user, mangle):
    created = apikeys.apikey_create(user=system_user, name="cms", source_system="cms-a")
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(mangle(created.plaintext))


def test_revoked_key_and_inactive_user_are_refused(system_user):
    created = apikeys.apikey_create(user=system_user, name="cms", source_system="cms-a")
    apikeys.apikey_revoke(api_key=created.api_key)
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(created.plaintext)
    other = apikeys.apikey_create(user=system_user, name="cms 2", source_system="cms-a")
    system_user.is_active = False
    system_user.save()
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(other.plaintext)


def test_revoked_key_gets_401_over_http(newsroom):
    article = article_with_claims()
    assert newsroom.get(f"/api/v1/articles/{article.pk}").status_code == 200
    apikeys.apikey_revoke(api_key=newsroom.api_key)
    assert newsroom.get(f"/api/v1/articles/{article.pk}").status_code == 401


def test_command_creates_lists_and_revokes(system_user):
    out, err = StringIO(), StringIO()
    call_command(
        "apikey",
        "create",
        "--user",
        "cms-a-system",
        "--name",
        "CMS",
        "--source-system",
        "cms-a",
        stdout=out,
        stderr=err,
    )
    plaintext = out.getvalue().strip()
    key = apikeys.apikey_authenticate(plaintext)
    assert key.source_system == "cms-a"
    listing = StringIO()
    call_command("apikey", "list", stdout=listing)
    assert key.prefix in listing.getvalue() and plaintext not in listing.getvalue()
    call_command("apikey", "revoke", key.prefix, stdout=StringIO())
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(plaintext)


def test_command_refuses_unknown_user_and_prefix(db):
    with pytest.raises(CommandError):
        call_command(
            "apikey", "create", "--user", "nobody", "--name", "x", stdout=StringIO(), stderr=StringIO()
        )
    with pytest.raises(CommandError):
        call_command("apikey", "revoke", "000000000000", stdout=StringIO())


def test_command_refuses_a_newsroom_key_without_its_source_system(system_user):
    with pytest.raises(CommandError, match="needs the source system"):
        call_command("apikey", "create", "--user", "cms-a-system", "--name", "CMS", stdout=StringIO(),
                     stderr=StringIO())
    assert not ApiKey.objects.exists()
