"""Dialogs: first-run wizard, login, password change, damaged-store recovery."""
