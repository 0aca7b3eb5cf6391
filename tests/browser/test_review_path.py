"""The desk's main path in a real browser, three people, each in their own browser context.

A fact-checker opens Unassigned, claims the top claim, adds a source and a note and proposes a
verdict; an editor sends it back once, then approves and publishes the second proposal; an
auditor reads the whole history. Screenshots of the front pages and the claim page are written
to test-artifacts/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import log_in, screenshot
from tests.factories import UserFactory
from verify.models import Review, ReviewState
from verify.services.articles import article_ingest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO_ARTICLE = Path(__file__).resolve().parents[2] / "claims" / "demo" / "kyiv-2022-03-15.txt"


@pytest.fixture
def newsroom_desk() -> dict:
    """The demo article ingested and extracted (the real extractor): its claims wait for triage."""
    people = {
        "checker": UserFactory(username="ana", first_name="Ana", roles=["fact_checker"]),
        "editor": UserFactory(username="eddie", first_name="Eddie", roles=["editor"]),
        "auditor": UserFactory(username="audrey", roles=["auditor"]),
    }
    article_ingest(
        source_system="wire", external_id="kyiv-2022-03-15", body=DEMO_ARTICLE.read_text(encoding="utf-8"),
        headline="Ukraine says Russia softening stance in talks as Kyiv is shelled",
    )
    return people


def expect_message(page, text: str) -> None:
    page.locator("ul.messagelist").get_by_text(text, exact=False).wait_for()


def open_action(page, name: str):
    """Open the disclosure of workflow action ``name`` on the claim page; its form."""
    details = page.locator(f'details[data-action="{name}"]').first
    details.locator("summary").click()
    return details.locator("form")


def test_fact_checker_editor_and_auditor_take_a_claim_to_publication(new_page, newsroom_desk):
    # 0. The editor triages the freshly extracted claims: all of them queued for checking at once.
    triage = new_page()
    log_in(triage, "eddie")
    triage.click(".queue-card.queue-to_triage")
    triage.locator("h1.queue-title", has_text="To triage").wait_for()
    triage.check("#action-toggle")
    triage.select_option('select[name="action"]', "queue_for_checking")
    triage.click('button[name="index"]')
    expect_message(triage, "Queued ")
    queued = Review.objects.filter(state=ReviewState.QUEUED).count()
    assert queued > 10 and not Review.objects.filter(state=ReviewState.NEW).exists()
    assert triage.locator("ul.messagelist").inner_text().strip() == f"Queued {queued}."
    screenshot(triage, "triaged")

    checker = new_page()
    log_in(checker, "ana")
    checker.locator(".queue-card.queue-unassigned").wait_for()
    screenshot(checker, "landing-fact-checker")

    # 1. Unassigned, ordered by priority: claim the top claim.
    checker.click(".queue-card.queue-unassigned")
    checker.locator("h1.queue-title", has_text="Unassigned").wait_for()
    screenshot(checker, "queue-unassigned")
    checker.locator("#result_list tbody tr th a").first.click()
    claim_url = checker.url
    checker.click('form[data-action="claim"] button')
    expect_message(checker, "Claimed. It is now in My claims.")
    assert checker.locator('[data-testid="state"]').inner_text() == "In review"

    # 2. A source, a note, a verdict.
    form = open_action(checker, "source_add")
    form.locator('[name="url"]').fill("https://www.unhcr.org/ukraine-refugees-2022-03-15")
    form.locator('[name="stance"]').select_option("supports")
    form.locator('[name="title"]').fill("UNHCR: refugees from Ukraine, 15 March 2022")
    form.locator('[name="publisher"]').fill("UNHCR")
    form.locator("button[type=submit]").click()
    expect_message(checker, "Source added.")

    checker.fill("#new-note", "UNHCR's count matches; asked the ministry for its own figure.")
    checker.click(".cw-note-form button[type=submit]")
    expect_message(checker, "Note added.")
    screenshot(checker, "claim-page-in-review")

    propose_verdict(checker, summary="Accurate: UNHCR counted just over 3 million refugees by 15 March.")
    expect_message(checker, "Verdict proposed.")
    assert checker.locator('[data-testid="state"]').inner_text() == "Verdict proposed"

    # 3. The editor sends it back once.
    editor = new_page()
    log_in(editor, "eddie")
    editor.locator(".queue-card.queue-awaiting_my_approval .queue-count", has_text="1").wait_for()
    screenshot(editor, "landing-editor")
    editor.click(".queue-card.queue-awaiting_my_approval")
    editor.locator("#result_list tbody tr th a").first.click()
    form = open_action(editor, "send_back")
    form.locator('[name="reason"]').fill("Say which agency counted, and link its daily update.")
    form.locator("button[type=submit]").click()
    expect_message(editor, "Sent back to ana")

    # 4. The fact-checker revises (the form starts from the verdict sent back) and proposes again.
    checker.goto(claim_url)
    checker.get_by_text("Say which agency counted, and link its daily update.").first.wait_for()
    propose_verdict(checker, summary="Accurate: the UN refugee agency counted 3,000,000+ refugees by 15 March.",
                    fill_everything=False)
    expect_message(checker, "Verdict proposed.")

    # 5. The editor approves and publishes.
    editor.goto(claim_url)
    editor.click('form[data-action="approve"] button')
    expect_message(editor, "Approved and published.")
    assert editor.locator('[data-testid="state"]').inner_text() == "Published"
    screenshot(editor, "claim-page-published")

    # 6. The auditor reads the whole history.
    auditor = new_page()
    log_in(auditor, "audrey")
    screenshot(auditor, "landing-auditor")
    auditor.click(".queue-card.queue-recently_published")
    auditor.locator("#result_list tbody tr th a").first.click()
    history = auditor.locator('[data-testid="history-entry"]')
    history.nth(6).wait_for()
    story = " | ".join(history.all_inner_texts())
    for step in ("eddie queued it", "ana claimed it", "ana added a source", "ana proposed a verdict",
                 "eddie sent the verdict back", "eddie approved and published the verdict"):
        assert step in story.replace("\n", " "), story
    assert auditor.locator("[data-action]").count() == 0
    screenshot(auditor, "claim-page-auditor")

    # 7. The auditor's other pages: the claim's article, and the exports.
    auditor.click(".cw-source-line a")
    auditor.get_by_text("Re-run extraction").wait_for(state="detached")
    screenshot(auditor, "article-page")
    auditor.click(".desk-nav >> text=Exports")
    auditor.get_by_role("button", name="Download now").wait_for()
    screenshot(auditor, "exports-page")


def propose_verdict(page, *, summary: str, fill_everything: bool = True) -> None:
    form = page.locator('details[data-action="propose_verdict"] form')
    if fill_everything:
        form.locator('[name="attribution"]').select_option("confirmed")
        form.locator('[name="attribution_rationale"]').fill("Reuters and AP carried the same quote from the aide.")
        form.locator('[name="substance"]').select_option("true")
        form.locator('[name="substance_rationale"]').fill("UNHCR's data portal showed 3,000,381 on 15 March 2022.")
        form.locator('[name="source_ids"]').first.check()
    form.locator('[name="summary"]').fill(summary)
    form.locator("button[type=submit]").click()
