"""Words a narrow table column broke inside, mended with the document's own words.

A word too long for its column is broken where the line is full, with no hyphen
("organizationa" / "l culture survey", "gend" / "er-sensitive inputs"). Nothing in
one cell tells such a break from a line wrapped between two words, but the rest of
the document does: the whole word is written unbroken elsewhere ("Organizational
Culture"), and one of its two pieces is no word the document writes anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from swapscore.schemas.language import one_letter_words
from swapscore.schemas.records import Block, Paragraph, Table

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def _core(token: str) -> str:
    return _EDGE.sub("", token).lower()


def known_words(texts: Iterable[str], continued: Iterable[str] = ()) -> set[str]:
    """The words written whole somewhere: every token but those next to a line break of a cell. ``continued``
    are the cells of rows that open a page: such a cell may go on from the row a page break split, so its first
    word is next to a break too ("communicatio" / "n and advocacy" over two pages)."""
    whole: set[str] = set()  # the tokens as written; their cores are taken once each (a document repeats its words)
    marked = [(text, False) for text in texts] + [(text, True) for text in continued]
    for text, goes_on in marked:
        lines = [line.split() for line in text.split("\n")]
        for i, tokens in enumerate(lines):
            first = 1 if i > 0 or goes_on else 0
            last = len(tokens) - 1 if i < len(lines) - 1 else len(tokens)
            whole.update(tokens[first:last])
    known = {_core(token) for token in whole}
    for token in whole:
        if "/" in token:  # "Comunicación/Incidencia": each word of the pair is written whole, too
            known.update(_core(part) for part in token.split("/") if len(_core(part)) >= 3)  # not "N/A"
    known.discard("")
    return known


def mend_cell(text: str, known: set[str]) -> str:
    """Join a cell's lines where a word was broken across them (``known``: the document's whole words)."""
    lines = text.split("\n")
    out = [lines[0]]
    for number, line in enumerate(lines[1:], start=2):
        before, after = out[-1].rstrip(), line.lstrip()
        head = before.rsplit(" ", 1)[-1]
        tail = after.split(" ", 1)[0]
        if _broken(head, tail, known) or (number == len(lines) and _last_letter(head, after)):
            out[-1] = before + after
        else:
            out.append(line)
    return "\n".join(out)


def _broken(head: str, tail: str, known: set[str]) -> bool:
    if not head or not tail or not head[-1].isalpha() or not (tail[0].islower() or (head.isupper() and tail[0].isupper())):
        return False
    whole = _core(head + tail)
    if len(_core(tail)) == 1 and _core(tail) not in ("a", "i") and _core(tail) not in known \
            and _core(tail) not in one_letter_words() and len(_core(head)) >= 5 and head.isalpha():
        return True  # one letter alone ("UNDERTAKE" / "N IN YEAR 1"), no word ("y", "e", "à" are: languages/*.json)
    if len(_core(head)) == 1 and head.isupper() and tail.isupper() and len(_core(tail)) >= 5 \
            and _core(head) not in known and not _one_letter_word(_core(head), _core(tail)):
        return True  # one capital alone at a line's end before a word in capitals ("ACTIVITIES U" / "NDERTAKEN")
    if "/" in head:  # "Comunicación/Incidenci" + "a": the word after the slash is the one broken
        head, whole = head.rsplit("/", 1)[1], whole.rsplit("/", 1)[1]
    return whole in known and (_core(head) not in known or _core(tail) not in known)


def _one_letter_word(letter: str, following: str) -> bool:
    """A one-letter word of a language read here, where it stands before ``following`` (Spanish "u" means
    "or" only before a word that opens with an o sound: "siete u ocho")."""
    if letter == "u":
        return following.startswith(("o", "ho"))
    return letter in one_letter_words()


def _last_letter(head: str, line: str) -> bool:
    """A cell's last line that is one lowercase letter after a long word ("Comunicación/Incidenci" / "a"):
    the word's end. A one-letter word ("a", "y", "à") never ends a cell's text: its object would follow."""
    core = _core(line)
    return len(core) == 1 and line.strip() == core and core.isalpha() and core.islower() \
        and len(_core(head.rsplit("/", 1)[-1])) >= 5 and head[-1:].isalpha()


def mend_broken_words(blocks: list[Block]) -> list[Block]:
    """The blocks with the words broken inside table cells joined again."""
    rows = [row for block in blocks if isinstance(block, Table) for row in block.rows]
    cells = [cell for row in rows for cell in row.cells if cell]
    texts = [block.text for block in blocks if isinstance(block, Paragraph)]
    known = known_words(texts + [cell for row in rows if not row.page_start for cell in row.cells if cell],
                        [cell for row in rows if row.page_start for cell in row.cells if cell])
    if not any("\n" in cell for cell in cells):
        return blocks
    return [_mended_table(block, known) if isinstance(block, Table) else block for block in blocks]


def _mended_table(table: Table, known: set[str]) -> Table:
    rows = tuple(replace(row, cells=tuple(mend_cell(c, known) if c and "\n" in c else c for c in row.cells))
                 for row in table.rows)
    return replace(table, rows=rows)
