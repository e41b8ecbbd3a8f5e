"""Use cases: one service call = one transaction = change + audit row + outbox row."""
