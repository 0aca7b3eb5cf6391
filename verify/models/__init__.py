"""The verify app's models, one module per area; everything is re-exported here."""

from verify.models.audit import HEAD_ID, AuditChainHead, AuditEntry
from verify.models.evidence import (
    MetadataStatus,
    Note,
    NoteRevision,
    Source,
    Stance,
    Verdict,
    VerdictStatus,
)
from verify.models.exports import ExportFormat, ExportJob, ExportJobState  # noqa: E402,F401
from verify.models.review import Review

# Outgoing side effects (webhooks, notifications) are imported below by their own module.
from verify.models.webhooks import *  # noqa: E402,F401,F403
from verify.workflow import ReviewState

__all__ = [
    "HEAD_ID",
    "AuditChainHead",
    "AuditEntry",
    "MetadataStatus",
    "Note",
    "NoteRevision",
    "Review",
    "ReviewState",
    "Source",
    "Stance",
    "Verdict",
    "VerdictStatus",
]
