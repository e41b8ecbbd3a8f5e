"""SquadDesk domain rules and services (plain Python: no Qt, no SQL strings)."""
