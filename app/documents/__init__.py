"""Enforcement documents (执法文书): PDF layouts, 一案一码 signed QR codes, seals and keys.

Plain Python (no Qt, no database access except through app.services.documents): layouts take
plain dataclasses and return PDF bytes.
"""
