"""The audit chain's head row, and on PostgreSQL triggers making the audit table append-only.

UPDATE and DELETE of an audit row are refused; TRUNCATE is refused while the table has rows
(truncating an empty table loses nothing, and test-database flushes need it).
"""

from django.db import migrations

CREATE_SQL = """
CREATE OR REPLACE FUNCTION verify_auditentry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verify_auditentry is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE OR REPLACE FUNCTION verify_auditentry_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM verify_auditentry) THEN
        RAISE EXCEPTION 'verify_auditentry is append-only: TRUNCATE refused' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER verify_auditentry_append_only BEFORE UPDATE OR DELETE ON verify_auditentry
    FOR EACH ROW EXECUTE FUNCTION verify_auditentry_refuse_change();
CREATE TRIGGER verify_auditentry_no_truncate BEFORE TRUNCATE ON verify_auditentry
    FOR EACH STATEMENT EXECUTE FUNCTION verify_auditentry_refuse_truncate();
"""

DROP_SQL = """
DROP TRIGGER IF EXISTS verify_auditentry_no_truncate ON verify_auditentry;
DROP TRIGGER IF EXISTS verify_auditentry_append_only ON verify_auditentry;
DROP FUNCTION IF EXISTS verify_auditentry_refuse_truncate();
DROP FUNCTION IF EXISTS verify_auditentry_refuse_change();
"""


def triggers_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL, params=None)


def triggers_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL, params=None)


def head_create(apps, schema_editor):
    apps.get_model("verify", "AuditChainHead").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("verify", "0003_role_groups")]

    operations = [
        migrations.RunPython(head_create, migrations.RunPython.noop),
        migrations.RunPython(triggers_create, triggers_drop),
    ]
