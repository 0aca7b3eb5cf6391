"""Check the whole audit trail's hash chain; print its head, or exit non-zero naming the first bad row.

The head (last seq and its hash, as ``SEQ:HASH``) is what an auditor notes down or publishes:
``tools/verify_export.py --expect-head SEQ:HASH`` then proves a JSON Lines export is this chain.
An export made a while ago ends at an earlier seq (its header names it); ``--head-at SEQ`` prints
the head the chain had at that seq, taken from the chain just checked.
"""

from django.core.management.base import BaseCommand, CommandError

from verify.services.audit import audit_chain_check, audit_hash_at

CHECK_EXPORT = "  python tools/verify_export.py --expect-head {head} EXPORT.jsonl"


class Command(BaseCommand):
    help = (
        "Check every audit entry's hash, link and sequence number (streams the table) and print "
        "the chain head as SEQ:HASH, to note down or publish."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--head-at", type=int, metavar="SEQ",
            help="also print the head the chain had at this seq (for an export that ends there)",
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
            + CHECK_EXPORT.format(head=result.head_text)
        )
        if options["head_at"] is not None:
            earlier = _head_at(options["head_at"], last_seq=result.head_seq)
            self.stdout.write(
                f"Head at seq {options['head_at']}: {earlier}\n" + CHECK_EXPORT.format(head=earlier)
            )


def _head_at(seq: int, *, last_seq: int) -> str:
    if not 0 <= seq <= last_seq:
        raise CommandError(f"--head-at {seq}: the chain holds seq 0 (the genesis) to {last_seq}.")
    return f"{seq}:{audit_hash_at(seq)}"
