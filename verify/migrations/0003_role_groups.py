"""The desk's roles as groups. They carry no Django permissions: the workflow decides every write."""

from django.db import migrations

ROLE_NAMES = ("fact_checker", "editor", "auditor", "newsroom_system")


def groups_create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


def groups_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("verify", "0002_review_workflow"),
    ]

    operations = [migrations.RunPython(groups_create, groups_delete)]
