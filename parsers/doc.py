"""Legacy Word .doc files: converted to DOCX with LibreOffice, then read by the DOCX parser.

Only bytes that can be a Word file go to LibreOffice (which would otherwise
import any bytes as plain text): the OLE2 header of Word 97-2003, or RTF,
which Word also saves under .doc.  A DOCX named .doc is read as the DOCX it
is.  LibreOffice runs in its own process group, killed whole when it
overruns its time (``failed: timeout``, not cached), and dies with the
worker; its profile and output go to a temporary folder under the run's.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from swapscore.parsers import docx
from swapscore.parsers.children import die_with_parent
from swapscore.parsers.errors import DocumentLoadError, EmptyDocumentError
from swapscore.schemas.records import ParsedDocument

INSTALL_HINT = "apt-get install libreoffice-writer-nogui"
TIMEOUT_S = 240
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF = b"{\\rtf"
ZIP = b"PK\x03\x04"


def parse(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise EmptyDocumentError(f"{path.name}: the file is empty (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(ZIP):
        return docx.parse(path)
    if not head.startswith((OLE2, RTF)):
        raise DocumentLoadError(f"{path.name}: not a Word .doc (its bytes start with neither the OLE2 header of "
                                f"Word 97-2003 nor RTF nor a DOCX zip: {head.hex(' ')})")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise DocumentLoadError(f"{path.name}: a legacy .doc needs LibreOffice to be read: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            _run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "docx",
                  "--outdir", tmp, str(path)])
        except subprocess.CalledProcessError as exc:
            raise DocumentLoadError(f"{path.name}: LibreOffice could not convert the .doc ({exc})") from exc
        converted = Path(tmp) / f"{path.stem}.docx"
        if not converted.exists():
            raise DocumentLoadError(f"{path.name}: LibreOffice could not convert the .doc (no output)")
        parsed = docx.parse(converted)
    return ParsedDocument(source_path=str(path), source_format="docx", n_pages=None, blocks=parsed.blocks,
                          converted_from="doc")


def _run(command: list[str]) -> None:
    """LibreOffice in its own process group (it starts helpers of its own), all killed on a timeout."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=die_with_parent)
    try:
        out, err = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, out, err)
