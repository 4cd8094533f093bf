"""A report that lost part of a region says so: each region's content is deleted from a corpus document
(in its parsed blocks) and the right note must appear, with the report ``partial``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from swapscore import parsers
from swapscore.parsers.text import cell_text
from swapscore.pipeline.process import extract_document
from swapscore.schemas.records import Block, Paragraph, ParsedDocument, Table, TableRow
from tests.conftest import CORPUS

DOC = CORPUS / "uzbekistan-2023-annual.docx"


@cache
def parsed() -> ParsedDocument:
    return parsers.parse(DOC)


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else "\n".join(cell_text(c) for r in block.rows for c in r.cells)


def _index(blocks: list[Block], predicate: Callable[[Block], bool], after: int = 0) -> int:
    return next(i for i, b in enumerate(blocks) if i >= after and predicate(b))


def _section_start(blocks, code: str) -> int:
    return _index(blocks, lambda b: isinstance(b, Paragraph) and b.text.startswith(f"PI {code} "))


def drop_list_items(blocks, code="1.1"):
    start = _section_start(blocks, code)
    label = _index(blocks, lambda b: isinstance(b, Paragraph) and b.text.startswith("List Means of Verification"), start)
    end = _index(blocks, lambda b: isinstance(b, Paragraph) and b.style == "heading", label + 1)
    return blocks[:label + 1] + blocks[end:]


def drop_section_rating(blocks, code="1.1"):
    start = _section_start(blocks, code)
    box = _index(blocks, lambda b: isinstance(b, Table), start)
    table = blocks[box]
    first = table.rows[0]
    cells = tuple("\n".join(line for line in (c or "").split("\n") if "REQUIREMENTS" not in line) if c else c for c in first.cells)
    return blocks[:box] + [Table(rows=(TableRow(cells, first.page), *table.rows[1:]))] + blocks[box + 1:]


def drop_reassessed_answer(blocks, code="1.1"):
    start = _section_start(blocks, code)
    question = _index(blocks, lambda b: isinstance(b, Paragraph) and b.text.startswith("Did you reassess"), start)
    return blocks[:question + 1] + blocks[question + 2:]


def drop_both_flags(blocks, code="1.2"):
    blocks = drop_reassessed_answer(blocks, code)
    start = _section_start(blocks, code)
    question = _index(blocks, lambda b: isinstance(b, Paragraph) and b.text.startswith("Did you reassess"), start)
    blocks = blocks[:question] + blocks[question + 1:]
    overview = _index(blocks, lambda b: isinstance(b, Table) and "Rating Level" in _text(b))
    rows = tuple(TableRow((r.cells[0], r.cells[1], "")) if (r.cells[0] or "").startswith(f"PI {code} ") else r
                 for r in blocks[overview].rows)
    return blocks[:overview] + [Table(rows=rows)] + blocks[overview + 1:]


def drop_all_sections(blocks):
    first = _section_start(blocks, "1.1")
    plan = _index(blocks, lambda b: isinstance(b, Table) and "Action Points" in _text(b))
    return blocks[:first] + blocks[plan - 2:]


def drop_action_rows(blocks):
    plan = _index(blocks, lambda b: isinstance(b, Table) and "Action Points" in _text(b))
    return blocks[:plan] + [Table(rows=blocks[plan].rows[:1])] + blocks[plan + 1:]


def rename_first_section(blocks, code="1.1"):
    """Every PI heading written with its bare code ("1.2 Cooperation Framework Outcomes"), PI 1.1's under a name
    neither the framework nor the report's tables give it: its section is not read, and the heading says so."""
    out = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.style == "heading" and block.text.startswith("PI "):
            text = block.text[3:]
            block = dataclasses.replace(block, text=f"{code} Country situation review" if text.startswith(f"{code} ") else text)
        out.append(block)
    return out


CASES = [
    (drop_list_items, "region-empty", "1.1"),
    (drop_section_rating, "section-rating-missing", "1.1"),
    (drop_reassessed_answer, "label-without-value", "1.1"),
    (drop_both_flags, "reassessed-missing", "1.2"),
    (drop_all_sections, "sections-missing", None),
    (rename_first_section, "section-unread", "1.1"),
]


def _extract(blocks):
    doc = dataclasses.replace(parsed(), blocks=tuple(blocks))
    return extract_document(doc, Path(DOC), "x" * 64)


def test_the_untouched_document_is_ok_with_no_note():
    extraction = _extract(list(parsed().blocks))
    assert extraction.report.status == "ok" and not extraction.notes


@pytest.mark.parametrize(("mutate", "code", "pi"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_deleted_region_is_a_note_and_the_report_is_partial(mutate, code, pi):
    extraction = _extract(mutate(list(parsed().blocks)))
    assert extraction.report.status == "partial"
    assert (code, pi) in {(n.code, n.pi) for n in extraction.notes}, [(n.code, n.pi, n.message) for n in extraction.notes]
    assert code in extraction.report.error or any(n.message in extraction.report.error for n in extraction.notes if n.code == code)


def test_an_action_plan_read_empty_is_a_note():
    extraction = _extract(drop_action_rows(list(parsed().blocks)))
    assert extraction.report.status == "partial"
    assert "region-empty" in {n.code for n in extraction.notes}
    assert extraction.report.n_action_rows == 0


def test_the_report_row_counts_what_was_read():
    report = _extract(list(parsed().blocks)).report
    assert (report.n_indicators, report.n_sections) == (15, 15)
    assert report.n_means_of_verification > 0 and report.n_action_rows > 0
    dropped = _extract(drop_list_items(list(parsed().blocks))).report
    assert dropped.n_means_of_verification < report.n_means_of_verification
