"""What a randomized report is made of, before any producer draws it: a flat list of blocks.

``compose.py`` turns a report's content and its layout draw into these blocks;
one renderer per producer family (``html.py``, ``docx_blocks.py``,
``reportlab_blocks.py``) draws them.  Keeping presentation decisions in one
place means the five producers draw the same report, each in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A paragraph. ``role``: body, title, subtitle, h1, h2, h3, band (a heading on a shaded band)."""

    text: str
    role: str = "body"
    bold: bool = False
    caps: bool = False


@dataclass(frozen=True)
class Badge:
    """A label, then a value printed in white on a coloured box (how web platforms show a rating)."""

    label: str
    value: str
    colour: str


@dataclass(frozen=True)
class ListBlock:
    """Items of a list. ``marker``: auto (the producer's own numbering), bullet, none, or a typed
    pattern such as ``"{n})"``, ``"{n}."``, ``"{a})"`` written into the text."""

    items: tuple[str, ...]
    marker: str


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    colspan: int = 1
    rowspan: int = 1
    fill: str | None = None


@dataclass(frozen=True)
class TableBlock:
    """A ruled table. ``rows`` hold ``None`` where a span covers the position.

    ``widths`` are relative; ``repeat_header`` repeats the header rows on each page;
    ``rule_at_break`` draws a rule where a row splits over a page break (producers that can choose).
    """

    header: tuple[tuple[Cell | None, ...], ...]
    rows: tuple[tuple[Cell | None, ...], ...]
    widths: tuple[float, ...]
    repeat_header: bool = True
    rule_at_break: bool = True
    font_size: float = 9.0


@dataclass(frozen=True)
class Box:
    """A one-column ruled frame (a card) holding a PI section's heading, rating, text and lists."""

    children: tuple[Block, ...]
    fill: str | None = None


@dataclass(frozen=True)
class PageBreak:
    """Start a new page; ``landscape`` turns the following pages landscape (True) or back (False)."""

    landscape: bool | None = None


Block = Text | Badge | ListBlock | TableBlock | Box | PageBreak


def typed_marker(pattern: str, n: int) -> str:
    """``"{n})"`` -> ``"3)"``; ``"{a})"`` -> ``"c)"``; ``"{r}."`` -> ``"iii."``."""
    return pattern.format(n=n, a="abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26], r=_roman(n))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out
