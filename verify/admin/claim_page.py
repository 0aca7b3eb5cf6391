"""What the claim page shows, read through the selectors and arranged for its template.

The page is the fact-checker's workspace: the claim in its article, the actions the workflow
allows this user now (``transitions_available``), each with its form, the sources, the notes,
the verdicts and the history. After a refused post the same page is built again with the
refused form open, holding what the person typed and the workflow's field errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import prefetch_related_objects
from django.http import QueryDict

from access import roles
from access.callers import caller_for_user
from claims import search
from claims import selectors as claim_selectors
from verify.action_forms import ActionForm
from verify.actions import ACTIONS, SYSTEM_HISTORY, Action
from verify.admin.forms import action_form
from verify.admin.text import highlight_spans
from verify.models import AuditEntry, Note, ReviewState, Source, VerdictStatus
from verify.selectors import ClaimDossier, claim_dossier

VERDICT_ACTION = "propose_verdict"
SOURCE_ACTIONS = ("source_add", "source_update", "source_remove")
VERDICT_FIELDS = ("attribution", "attribution_rationale", "substance", "substance_rationale", "summary",
                  "recheck_on")


@dataclass(frozen=True)
class Posted:
    """A post the workflow refused: which form, what was typed, and the errors to show."""

    action: str
    data: QueryDict
    errors: dict[str, str]
    source_id: int | None = None
    note_id: int | None = None
    stale: bool = False


@dataclass
class ActionPanel:
    spec: Action
    form: ActionForm
    is_open: bool = False

    @property
    def style(self) -> str:
        return self.spec.style


@dataclass
class SourceRow:
    source: Source
    update: ActionPanel | None = None
    remove: ActionPanel | None = None


@dataclass(frozen=True)
class HistoryRow:
    entry: AuditEntry
    words: str
    from_label: str
    to_label: str


@dataclass
class NoteRow:
    note: Note
    can_edit: bool
    is_open: bool = False
    errors: dict[str, str] = field(default_factory=dict)
    text: str = ""


def claim_workspace(*, user: AbstractBaseUser, claim_id: int, posted: Posted | None = None) -> dict:
    """The template context of the claim page (Claim.DoesNotExist for an unknown claim)."""
    dossier = claim_dossier(caller=caller_for_user(user), claim_id=claim_id)
    claim = dossier.claim
    review = getattr(claim, "review", None)
    specs = {spec.name: spec for spec in dossier.available_actions or []}
    version = review.version if review else 0
    body, spans = claim_selectors.claim_body_and_spans(claim)
    prefetch_related_objects(dossier.notes or [], "revisions")
    return {
        "claim": claim,
        "speaker_role": _speaker_role(claim),
        "review": review,
        "version": version,
        "article_html": highlight_spans(body, spans),
        "actions": [_panel(spec, version=version, posted=posted) for name, spec in specs.items()
                    if name != VERDICT_ACTION and name not in SOURCE_ACTIONS],
        "verdict_panel": _verdict_panel(dossier, specs, version=version, posted=posted),
        "verdicts": dossier.verdicts,
        "source_add": (_panel(specs["source_add"], version=version, posted=posted)
                       if "source_add" in specs else None),
        "sources": [_source_row(source, specs, version=version, posted=posted) for source in dossier.sources],
        "notes": [_note_row(note, user=user, posted=posted) for note in dossier.notes or []],
        "can_write_notes": roles.is_fact_checker(user),
        "note_error": posted.errors.get("text", "") if posted and posted.action == "note_add" else "",
        "note_text": posted.data.get("text", "") if posted and posted.action == "note_add" else "",
        "history": [_history_row(entry) for entry in dossier.transitions or []],
        "same_speaker": list(search.claims_by_speaker(claim)),
        "similar": search.claims_similar_earlier(claim),
    }


def _is_posted(posted: Posted | None, action: str, source_id: int | None = None) -> bool:
    return posted is not None and posted.action == action and posted.source_id == source_id


def _panel(spec: Action, *, version: int, posted: Posted | None, initial: dict | None = None,
           sources: list[Source] = (), source_id: int | None = None) -> ActionPanel:
    """One action's form: fresh, or holding a refused post's input (and its errors)."""
    suffix = f"_{source_id}" if source_id else ""
    auto_id = f"id_{spec.name}{suffix}_%s"
    if not _is_posted(posted, spec.name, source_id):
        form = action_form(spec, version=version, initial=initial, sources=sources, auto_id=auto_id)
        return ActionPanel(spec, form)
    if posted.stale:  # the page changed under them: keep what they typed, unbound, on the new version
        typed = {key: posted.data.getlist(key) if key == "source_ids" else posted.data.get(key)
                 for key in posted.data if key not in ("version", "csrfmiddlewaretoken")}
        form = action_form(spec, version=version, initial=typed, sources=sources, auto_id=auto_id)
        return ActionPanel(spec, form, is_open=True)
    data = posted.data.copy()
    data["version"] = str(version)
    form = action_form(spec, version=version, data=data, sources=sources, auto_id=auto_id)
    form.add_workflow_errors(posted.errors)
    return ActionPanel(spec, form, is_open=True)


def _verdict_panel(
    dossier: ClaimDossier, specs: dict, *, version: int, posted: Posted | None
) -> ActionPanel | None:
    """The verdict form; after a verdict was sent back it starts from that verdict's text."""
    spec = specs.get(VERDICT_ACTION)
    if spec is None:
        return None
    initial = {}
    last = dossier.verdicts[-1] if dossier.verdicts else None
    if last is not None and last.status == VerdictStatus.SENT_BACK:
        initial = {name: getattr(last, name) for name in VERDICT_FIELDS}
        current_ids = {source.pk for source in dossier.sources}
        initial["source_ids"] = [source.pk for source in last.sources.all() if source.pk in current_ids]
    return _panel(spec, version=version, posted=posted, initial=initial, sources=dossier.sources)


def _source_row(source: Source, specs: dict, *, version: int, posted: Posted | None) -> SourceRow:
    row = SourceRow(source)
    if "source_update" in specs:
        initial = {name: getattr(source, name) for name in (
            "url", "stance", "title", "publisher", "published_on", "accessed_on", "excerpt", "archive_url")}
        row.update = _panel(specs["source_update"], version=version, posted=posted,
                            initial={**initial, "source_id": source.pk}, source_id=source.pk)
    if "source_remove" in specs:
        row.remove = _panel(specs["source_remove"], version=version, posted=posted,
                            initial={"source_id": source.pk}, source_id=source.pk)
    return row


def _note_row(note: Note, *, user: AbstractBaseUser, posted: Posted | None) -> NoteRow:
    row = NoteRow(note, can_edit=note.author_id == user.pk, text=note.text)
    if posted is not None and posted.action == "note_edit" and posted.note_id == note.pk:
        row.is_open, row.errors, row.text = True, posted.errors, posted.data.get("text", "")
    return row



def _history_row(entry: AuditEntry) -> HistoryRow:
    """One audit entry in the desk's words: "bob claimed it", "ana proposed a verdict: False"."""
    data, verdict = entry.data or {}, entry.verdict or {}
    source = data.get("source") or {}
    priority = data.get("priority_override")
    details = {
        "assignee": data.get("assignee") or "someone", "due_on": data.get("due_on") or "a date",
        "rating": verdict.get("substance_label") or "",
        "source": source.get("title") or source.get("url") or "",
        "priority": f"{priority:.2f}" if isinstance(priority, int | float) else "the computed score",
        "filled": " and ".join(data.get("after") or {}) or "details",
    }
    action = ACTIONS.get(entry.action)
    template = action.history if action else SYSTEM_HISTORY.get(entry.action, entry.action.replace("_", " "))
    words = template.format(**details).rstrip(": ")
    labels = dict(ReviewState.choices)
    return HistoryRow(entry, words, labels.get(entry.from_state, entry.from_state),
                      labels.get(entry.to_state, entry.to_state))


def _speaker_role(claim) -> str:
    """The speaker's role, unless their name already says it ("A senior U.S. defense official")."""
    speaker = claim.speaker
    if speaker is None or not speaker.role or speaker.role.casefold() in speaker.canonical_name.casefold():
        return ""
    return speaker.role
