"""Create the desk's role groups (the data migration does so too; this repairs a flushed database)."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from access import roles


class Command(BaseCommand):
    help = "Create the role groups fact_checker, editor, auditor and newsroom_system if missing."

    def handle(self, *args, **options) -> None:
        created = [name for name in roles.ALL if Group.objects.get_or_create(name=name)[1]]
        self.stdout.write(f"Created: {', '.join(created)}." if created else "All role groups exist.")
