"""Legacy Word .doc files: converted to DOCX with LibreOffice, then read by the DOCX parser."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from parsers import docx
from parsers.errors import DocumentLoadError, EmptyDocumentError
from schemas.records import ParsedDocument

INSTALL_HINT = "apt-get install libreoffice-writer-nogui"


def parse(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise EmptyDocumentError(f"{path.name}: the file is empty (0 bytes)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise DocumentLoadError(f"{path.name}: a legacy .doc needs LibreOffice to be read: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run(
                [soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "docx",
                 "--outdir", tmp, str(path)],
                check=True, capture_output=True, timeout=240,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise DocumentLoadError(f"{path.name}: LibreOffice could not convert the .doc ({exc})") from exc
        converted = Path(tmp) / f"{path.stem}.docx"
        if not converted.exists():
            raise DocumentLoadError(f"{path.name}: LibreOffice could not convert the .doc (no output)")
        parsed = docx.parse(converted)
    return ParsedDocument(source_path=str(path), source_format="docx", n_pages=None, blocks=parsed.blocks,
                          converted_from="doc")
