"""``manage.py apikey``: create, list and revoke the API keys of newsroom systems."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from access import apikeys
from access.errors import DomainError
from access.models import ApiKey


class Command(BaseCommand):
    help = "Manage API keys. `create` prints the key once; only its hash is stored."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a key for an existing user")
        create.add_argument("--user", required=True, help="username the key acts as")
        create.add_argument("--name", required=True, help="what the key is for")
        create.add_argument("--source-system", default="", help="source system of a newsroom key")
        listing = sub.add_parser("list", help="list keys (never their secrets)")
        listing.add_argument("--user", help="only this user's keys")
        revoke = sub.add_parser("revoke", help="revoke a key by its prefix")
        revoke.add_argument("prefix", help="the key prefix shown by `list`")

    def handle(self, *args, **options) -> None:
        action = options["action"]
        if action == "create":
            self._create(options["user"], options["name"], options["source_system"])
        elif action == "list":
            self._list(options.get("user"))
        else:
            self._revoke(options["prefix"])

    def _create(self, username: str, name: str, source_system: str) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        try:
            created = apikeys.apikey_create(user=user, name=name, source_system=source_system)
        except DomainError as exc:
            raise CommandError(str(exc)) from exc
        self.stderr.write(f"Created key {created.api_key.prefix} for {username}; it is shown only now:")
        self.stdout.write(created.plaintext)

    def _list(self, username: str | None) -> None:
        keys = ApiKey.objects.select_related("user").order_by("created", "id")
        if username:
            keys = keys.filter(user__username=username)
        for key in keys:
            state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
            used = f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never"
            self.stdout.write(
                f"{key.prefix}  {key.user.username}  {key.source_system or '-'}  {key.name}  {state}  "
                f"last used {used}"
            )

    def _revoke(self, prefix: str) -> None:
        key = ApiKey.objects.filter(prefix=prefix).first()
        if key is None:
            raise CommandError(f"No key with prefix {prefix!r}.")
        apikeys.apikey_revoke(api_key=key)
        self.stdout.write(f"Revoked {prefix}.")
