"""Landscape pages stored as rotated portrait pages (``/Rotate 90``), as Word and Acrobat often print them.

The page keeps its look: its content is turned a quarter counter-clockwise onto a
portrait media box, and ``/Rotate 90`` turns it back for display.
"""

from __future__ import annotations

from pathlib import Path


def store_landscape_rotated(path: Path) -> int:
    """Rewrite every landscape page of ``path`` in place; returns how many pages were rewritten."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    rotated = 0
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if width > height and not page.rotation:
            # (x, y) on the landscape page -> (height - y, x) on the stored portrait page
            page.add_transformation(Transformation().rotate(90).translate(height, 0))
            page.mediabox = RectangleObject([0, 0, height, width])
            page.cropbox = RectangleObject([0, 0, height, width])
            page.rotation = 90
            rotated += 1
    with open(path, "wb") as handle:
        writer.write(handle)
    return rotated
