"""Blocks built in memory for the reader tests: a table of text rows and a paragraph, both on page 1."""

from __future__ import annotations

from swapscore.schemas.records import Paragraph, Table, TableRow


def table(*rows, page_starts=()) -> Table:
    """A table of the given rows (tuples of cell texts, None for a merged-away cell); the rows whose
    index is in ``page_starts`` open a page."""
    return Table(rows=tuple(TableRow(tuple(r), page=1, page_start=(i in page_starts)) for i, r in enumerate(rows)))


def p(text: str, style: str = "body", bold: bool = False) -> Paragraph:
    return Paragraph(text, page=1, style=style, bold=bold)
