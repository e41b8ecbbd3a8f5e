"""Tables of issued enforcement documents, their number counters and the seal images.

Imported by local_db.models (so Base.metadata knows them); the migration is
local_db/migrations/versions/doc01_documents.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from local_db.models import Base, SyncMixin, UTCDateTime


class Seal(SyncMixin, Base):
    """An official seal image (印章): PNG with alpha, stored AES-GCM encrypted; the key lives
    only in the OS keyring (app.documents.keys). Retired seals are tombstoned (deleted)."""

    __tablename__ = "seal"

    owner_kind: Mapped[str] = mapped_column(String(16))  # township | department
    owner_name: Mapped[str] = mapped_column(String(128))
    encrypted_png: Mapped[bytes] = mapped_column(LargeBinary)  # ciphertext + GCM tag
    nonce: Mapped[bytes] = mapped_column(LargeBinary)  # 12 bytes, fresh per encryption
    sha256: Mapped[str] = mapped_column(String(64))  # of the plaintext PNG
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IssuedDocument(SyncMixin, Base):
    """An issued (numbered) document: the exact PDF bytes, kept for identical reprints.

    `doc_version` counts reissues of one number (the sync column `version` is something
    else); a reissue points at the document it replaces through `supersedes_id`.
    """

    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint(
            "township_id", "doc_type", "year", "seq_no", "doc_version", name="uq_issued_number"
        ),
    )

    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    doc_type: Mapped[str] = mapped_column(String(32))  # app.documents.types.DocType code
    year: Mapped[int] = mapped_column(Integer)
    seq_no: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(128), index=True)
    doc_version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("issued_document.id"), nullable=True
    )
    content_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    seal_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("seal.id"), nullable=True)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DocNumberCounter(Base):
    """Next free number per document type and year (not synced: each store numbers its own;
    multi-device townships will draw from per-device blocks, DESIGN.md "Offline numbering")."""

    __tablename__ = "doc_number_counter"

    doc_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    township_id: Mapped[str] = mapped_column(String(36))
    next_no: Mapped[int] = mapped_column(Integer, default=1)


__all__ = ["DocNumberCounter", "IssuedDocument", "Seal"]
