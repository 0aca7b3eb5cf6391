"""The append-only audit trail of the review workflow, hash-chained row to row.

Every transition and verdict change writes one ``AuditEntry`` in its own transaction. ``seq`` is
gap-free: it is taken from the singleton ``AuditChainHead`` row under ``select_for_update``, so
a rolled-back transaction gives its number back. ``hash`` covers the row's canonical form and
the previous row's hash (``verify.audit_chain``). On PostgreSQL, django-pgtrigger triggers
refuse UPDATE and DELETE of a row, and TRUNCATE while the table has rows (truncating an empty
table loses nothing, and test-database flushes need it); ``pgtrigger.ignore`` lifts them for
one block, which only the tests that prove tampering is found use.

References to users, claims and reviews are plain ids without database constraints: the log
must outlive the rows it mentions and must never be updated to forget them, so ``claim_id`` and
``actor_username`` are what the hash covers.
"""

import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models import Q

from verify.audit_chain import GENESIS_HASH

HEAD_ID = 1
# restrict_violation: Django raises IntegrityError, as for any other refused write.
_REFUSE = "RAISE EXCEPTION '{table} is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';"


class AppendOnly(pgtrigger.Protect):
    """django-pgtrigger's Protect, refusing with an IntegrityError that says the table is append-only."""

    def get_func(self, model: type[models.Model]) -> str:
        return _REFUSE.format(table=model._meta.db_table)


TRUNCATE_WITH_ROWS = pgtrigger.Trigger(
    name="no_truncate_with_rows",
    when=pgtrigger.Before,
    operation=pgtrigger.Truncate,
    level=pgtrigger.Statement,
    func=pgtrigger.Func(
        "IF EXISTS (SELECT 1 FROM {meta.db_table}) THEN "
        + _REFUSE.replace("{table}", "{meta.db_table}")
        + " END IF; RETURN NULL;"
    ),
)


class AuditEntry(models.Model):
    seq = models.BigIntegerField(unique=True)
    occurred_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False,
        related_name="+", help_text="Null when the system acted.",
    )
    actor_username = models.CharField(max_length=150, blank=True)
    claim = models.ForeignKey(
        "claims.Claim", on_delete=models.DO_NOTHING, db_constraint=False, related_name="audit_entries"
    )
    review = models.ForeignKey(
        "verify.Review", null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False,
        related_name="audit_entries",
    )
    action = models.CharField(max_length=40)
    from_state = models.CharField(max_length=20)
    to_state = models.CharField(max_length=20)
    reason = models.TextField(blank=True)
    verdict = models.JSONField(null=True, blank=True, help_text="Snapshot of the verdict this entry is about.")
    source_ids = models.JSONField(default=list, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "audit entries"
        constraints = [models.CheckConstraint(condition=Q(seq__gte=1), name="audit_seq_positive")]
        indexes = [models.Index(fields=["occurred_at"], name="audit_occurred_idx")]
        triggers = [
            AppendOnly(name="append_only", operation=pgtrigger.Update | pgtrigger.Delete),
            TRUNCATE_WITH_ROWS,
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} claim {self.claim_id} by {self.actor_username or 'system'}"


class AuditChainHead(models.Model):
    """The one row (id 1) holding the last ``seq`` and ``hash``; locking it serialises appends."""

    last_seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=HEAD_ID), name="audit_head_singleton")]

    def __str__(self) -> str:
        return f"Audit chain at #{self.last_seq}"
