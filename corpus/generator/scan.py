"""Scans for measurement: PDFs turned into image-only PDFs as a scanner would give them, truth copied.

Each page is rasterized in grey at a chosen resolution, turned by a small
random angle (a sheet never lies straight on the glass), JPEG-compressed and
wrapped as an image-only PDF page of the original size.  The angle of every
page comes from a generator seeded by ``seed`` and the file's name, so the
same command writes the same scans whatever the order or number of files.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

MAX_ANGLE = 0.5  # degrees, either way
JPEG_QUALITY = 60
DPIS = (150, 200, 300)


@dataclass(frozen=True, slots=True)
class ScanResult:
    source: Path
    scan: Path
    truth: Path | None
    angles: tuple[float, ...]


def scan_name(source: Path, dpi: int) -> str:
    return f"{source.stem}-scan{dpi}.pdf"


def page_angles(name: str, pages: int, seed: int, max_angle: float = MAX_ANGLE) -> tuple[float, ...]:
    """The tilt of each page of the file ``name``: uniform in [-max_angle, max_angle], seeded."""
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    draw = random.Random(int.from_bytes(digest[:8], "big"))
    return tuple(round(draw.uniform(-max_angle, max_angle), 3) for _ in range(pages))


def scan_document(source: Path, target: Path, dpi: int, seed: int, max_angle: float = MAX_ANGLE,
                  quality: int = JPEG_QUALITY) -> tuple[float, ...]:
    """Write the image-only scan of ``source`` to ``target``; the angle each page was turned by."""
    import pypdfium2 as pdfium
    from PIL import Image

    try:
        pdf = pdfium.PdfDocument(str(source))
    except pdfium.PdfiumError as exc:
        raise ValueError(f"{source.name}: not a readable PDF ({exc})") from exc
    try:
        angles = page_angles(source.name, len(pdf), seed, max_angle)
        images = []
        for page, angle in zip(pdf, angles):
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=quality)
            images.append(Image.open(io.BytesIO(buffer.getvalue())))
    finally:
        pdf.close()
    if not images:
        raise ValueError(f"{source.name}: the PDF has no pages to scan")
    images[0].save(str(target), format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return angles


def scan_all(sources: list[Path], out_dir: Path, dpi: int, seed: int, max_angle: float = MAX_ANGLE) -> list[ScanResult]:
    """Scans of every PDF in ``sources`` (files, or folders searched for ``*.pdf``) into ``out_dir``, each with
    a copy of its ``NAME.truth.json`` (or of the folder's ``truth.json``, as ``SCAN.truth.json``) where there is one."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for source in _pdfs(sources):
        target = out_dir / scan_name(source, dpi)
        angles = scan_document(source, target, dpi, seed, max_angle)
        truth = _truth_of(source)
        copied = None
        if truth is not None:
            copied = out_dir / (target.stem + ".truth.json")
            shutil.copyfile(truth, copied)
        results.append(ScanResult(source, target, copied, angles))
    return results


def _pdfs(sources: list[Path]) -> list[Path]:
    found: list[Path] = []
    for source in sources:
        if source.is_dir():
            found += sorted(p for p in source.rglob("*.pdf") if p.is_file())
        elif source.is_file():
            found.append(source)
        else:
            raise ValueError(f"{source}: no such file or folder")
    return found


def _truth_of(pdf: Path) -> Path | None:
    own = pdf.with_suffix(".truth.json")
    if own.is_file():
        return own
    shared = pdf.parent / "truth.json"
    return shared if shared.is_file() else None
