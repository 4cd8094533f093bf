"""Values read by OCR that hold a word read with a low confidence, as informational notes.

tesseract gives each word a confidence (0-100); the parser keeps the words under
``ocr.LOW_CONFIDENCE`` with their page (``ParsedDocument.ocr_doubtful``).  Every value
extracted from such a page (a PI's rating and reassessed answer, a means-of-verification
item or supporting document, an action-plan row's cells) that contains one of them gets a
note naming the value, the word, its confidence and the page, so a reader knows which
values to check against the scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from swapscore.schemas.records import DoubtfulWord, NoteRecord, RawReport

_TOKEN = re.compile(r"\w[\w'/.-]*\w|\w")
CODE = "ocr-low-confidence"


def _tokens(text: str) -> set[str]:
    return {token.lower() for token in _TOKEN.findall(text)}


def low_confidence_notes(doubtful: Iterable[DoubtfulWord], raw: RawReport, report_id: str) -> list[NoteRecord]:
    """One note per value holding a doubtful word of its page."""
    by_page: dict[int, dict[str, float]] = {}
    for word in doubtful:
        for token in _tokens(word.text):
            words = by_page.setdefault(word.page, {})
            words[token] = min(word.confidence, words.get(token, 100.0))
    if not by_page:
        return []
    notes = []
    for pi, what, text, page in _values(raw):
        if page is None or not text:
            continue
        hits = sorted((token, conf) for token, conf in by_page.get(page, {}).items() if token in _tokens(text))
        if hits:
            words = ", ".join(f"{token!r} ({conf:.0f})" for token, conf in hits)
            label = f"PI {pi}: " if pi else ""
            notes.append(NoteRecord(report_id, CODE, pi, f"{label}{what} {_short(text)!r} (page {page}) holds words "
                                                         f"OCR read with low confidence: {words}", page))
    return notes


def _values(raw: RawReport) -> Iterable[tuple[str | None, str, str, int | None]]:
    for indicator in raw.indicators:
        where = "overview" if indicator.source == "overview" else "section"
        yield indicator.code, f"{where} rating", indicator.rating_text or "", indicator.page
        yield indicator.code, f"{where} reassessed answer", indicator.reassessed_text or "", indicator.page
    for item in raw.evidence:
        kind = item.kind.replace("_", " ")
        yield item.code, kind, item.text, item.page
    for row in raw.action_plan:
        yield row.code, "action-plan row", " ".join([row.action, *(cell.text for cell in row.progress)]), row.page


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
