"""Check the whole audit trail's hash chain; print its head, or exit non-zero naming the first bad row.

The head (last seq and its hash, as ``SEQ:HASH``) is what an auditor notes down or publishes:
``tools/verify_export.py --expect-head SEQ:HASH`` then proves a JSON Lines export is this chain.
"""

from django.core.management.base import BaseCommand, CommandError

from verify.services.audit import audit_chain_check


class Command(BaseCommand):
    help = (
        "Check every audit entry's hash, link and sequence number (streams the table) and print "
        "the chain head as SEQ:HASH, to note down or publish."
    )

    def handle(self, *args, **options) -> None:
        result = audit_chain_check()
        if not result.ok:
            raise CommandError(
                f"Audit chain broken at seq {result.bad_seq}: {result.problem} "
                f"({result.checked} entries before it are intact)."
            )
        written = f"last entry written {result.head_at}" if result.head_at else "the chain is empty"
        self.stdout.write(
            f"Audit chain intact: {result.checked} entries.\n"
            f"Chain head: {result.head_text}\n"
            f"  (seq {result.head_seq}, hash {result.head_hash}, {written})\n"
            "Note it down or publish it; check a JSON Lines export against it with:\n"
            f"  python tools/verify_export.py --expect-head {result.head_text} EXPORT.jsonl"
        )
