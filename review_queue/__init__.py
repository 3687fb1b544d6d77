"""mailguard's human review queue: held-message store, reviewers, decisions, retention."""
