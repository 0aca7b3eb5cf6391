"""The audit table's append-only triggers, now declared on the model with django-pgtrigger.

Drops the hand-written triggers of migration 0004 and installs the same rules (UPDATE and
DELETE refused; TRUNCATE refused while the table has rows) as pgtrigger triggers, which
``pgtrigger.ignore`` can lift for one block. PostgreSQL only, like the triggers themselves.
"""

import importlib

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations

HAND_WRITTEN = importlib.import_module("verify.migrations.0004_audit_append_only")


def hand_written_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HAND_WRITTEN.DROP_SQL, params=None)


def hand_written_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(HAND_WRITTEN.CREATE_SQL, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('verify', '0006_exportjob'),
    ]

    operations = [
        migrations.RunPython(hand_written_drop, hand_written_create),
        pgtrigger.migrations.AddTrigger(
            model_name='auditentry',
            trigger=pgtrigger.compiler.Trigger(name='append_only', sql=pgtrigger.compiler.UpsertTriggerSql(func="RAISE EXCEPTION 'verify_auditentry is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';", hash='9f23fe9e4ea6ab1add1d0fc8ce4a6d4ea1f1c450', operation='UPDATE OR DELETE', pgid='pgtrigger_append_only_f11e1', table='verify_auditentry', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='auditentry',
            trigger=pgtrigger.compiler.Trigger(name='no_truncate_with_rows', sql=pgtrigger.compiler.UpsertTriggerSql(func="IF EXISTS (SELECT 1 FROM verify_auditentry) THEN RAISE EXCEPTION 'verify_auditentry is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation'; END IF; RETURN NULL;", hash='a99bd2aa2fdf78234aad07a5f213f0c4f2f2c46e', level='STATEMENT', operation='TRUNCATE', pgid='pgtrigger_no_truncate_with_rows_be272', table='verify_auditentry', when='BEFORE')),
        ),
    ]
