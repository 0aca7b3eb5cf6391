"""On PostgreSQL the audit table is append-only, and tampering behind its back is still found."""

from __future__ import annotations

from io import StringIO

import pgtrigger
import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction

from tests.factories import ReviewFactory
from verify.models import AuditEntry
from verify.services import reviews

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]
APPEND_ONLY = "verify.AuditEntry:append_only"


@pytest.fixture
def chain(fact_checker):
    review = reviews.review_queue(review=ReviewFactory(), actor=fact_checker)
    reviews.review_claim(review=review, actor=fact_checker)
    reviews.review_release(review=review, actor=fact_checker, reason="Out sick")
    return list(AuditEntry.objects.order_by("seq"))


def sql(statement: str, params: list | None = None) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


@pytest.mark.parametrize("statement", [
    "UPDATE verify_auditentry SET reason = 'edited' WHERE seq = 2",
    "DELETE FROM verify_auditentry WHERE seq = 3",
    "TRUNCATE verify_auditentry",
])
def test_the_trigger_refuses_update_delete_and_truncate(chain, statement):
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
        sql(statement)
    assert AuditEntry.objects.count() == 3


def test_the_orm_cannot_update_or_delete_entries_either(chain):
    with pytest.raises(IntegrityError), transaction.atomic():
        AuditEntry.objects.filter(seq=1).update(reason="edited")
    with pytest.raises(IntegrityError), transaction.atomic():
        AuditEntry.objects.filter(seq=1).delete()


def test_tampering_with_the_trigger_ignored_is_found_by_verify_audit_chain(chain):
    with pgtrigger.ignore(APPEND_ONLY):
        sql("UPDATE verify_auditentry SET reason = %s WHERE seq = %s", ["Nothing happened", 3])
    with pytest.raises(CommandError, match="seq 3: hash mismatch"):
        call_command("verify_audit_chain", stdout=StringIO())


def test_a_deleted_row_with_the_trigger_ignored_is_found_as_a_gap(chain):
    with pgtrigger.ignore(APPEND_ONLY):
        sql("DELETE FROM verify_auditentry WHERE seq = 1")
    with pytest.raises(CommandError, match="seq 2: gap: expected seq 1"):
        call_command("verify_audit_chain", stdout=StringIO())
