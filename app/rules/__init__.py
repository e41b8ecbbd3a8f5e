"""Domain rules: every number from DOMAIN.md lives once, in a module here."""
