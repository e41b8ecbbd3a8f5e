"""Case archive (卷宗): issued documents concatenated into one PDF, in the order given."""

from __future__ import annotations

import io
from collections.abc import Iterable


def concatenate(pdfs: Iterable[bytes], *, max_pages: int | None = None) -> bytes:
    """One PDF holding the pages of `pdfs` in order (at most `max_pages` pages)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    pages = 0
    for pdf in pdfs:
        reader = PdfReader(io.BytesIO(pdf))
        take = len(reader.pages)
        if max_pages is not None:
            take = min(take, max_pages - pages)
        if take <= 0:
            break
        writer.append(reader, pages=(0, take))
        pages += take
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
