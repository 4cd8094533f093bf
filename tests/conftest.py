from __future__ import annotations

import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "documents"
REFERENCE = ROOT.parent / "shared" / "reference" / "kazakhstan-2022"
SUFFIXES = (".pdf", ".docx")


def corpus_documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES)


def reference_documents() -> list[Path]:
    return sorted(p for p in REFERENCE.iterdir() if p.suffix in SUFFIXES) if REFERENCE.exists() else []


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> Path:
    """Every corpus and reference document extracted once, in one batch, to one output folder."""
    from swapscore.pipeline.batch import run_batch

    out = tmp_path_factory.mktemp("datasets")
    run_batch(corpus_documents() + reference_documents(), out, jobs=2)
    return out


def interruptible() -> None:
    """``preexec_fn`` for a child the tests interrupt as a terminal's Ctrl-C would: SIGINT back to its default
    (a shell's background job inherits it ignored, and Python then installs no KeyboardInterrupt for it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
