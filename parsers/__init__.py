"""File parsers: each turns one format into the same intermediate document.

Which parser reads a file is a plain table keyed by file extension.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from swapscore.parsers import doc, docx, pdf
from swapscore.parsers.errors import UnsupportedFormatError
from swapscore.schemas.records import ParsedDocument

PARSERS: dict[str, Callable[[Path], ParsedDocument]] = {
    ".pdf": pdf.parse,
    ".docx": docx.parse,
    ".doc": doc.parse,
}


def parse(path: Path) -> ParsedDocument:
    """Read one file into the intermediate document; raises DocumentLoadError on bad bytes."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise UnsupportedFormatError(f"{path.name}: no parser for {path.suffix!r} files")
    return parser(path)
