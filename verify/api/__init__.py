"""REST endpoints of the review workflow: transitions, sources, notes, verdicts, webhooks."""
