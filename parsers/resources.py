"""Failures of the machine's resources (memory, disk, file handles) told apart from bad bytes, by type.

A parser that turns any exception of a library into "not a readable file"
calls ``raise_if_resource_failure`` first, so that a run that ran out of
memory or disk says so (and is not cached) instead of blaming the file.
"""

from __future__ import annotations

import errno

from lxml import etree

RESOURCE_ERRNOS = frozenset({errno.ENOMEM, errno.ENOSPC, errno.EDQUOT, errno.EMFILE, errno.ENFILE})


def raise_if_resource_failure(exc: BaseException) -> None:
    """Re-raise ``exc`` (as MemoryError for libxml2's failed allocations) when the machine, not the file,
    failed: libxml2 reports an allocation failure as an XMLSyntaxError "unknown error" whose code is
    ERR_NO_MEMORY; an OSError carries its errno."""
    if isinstance(exc, etree.LxmlError):
        codes = {getattr(exc, "code", None), *(entry.type for entry in getattr(exc, "error_log", ()))}
        if etree.ErrorTypes.ERR_NO_MEMORY in codes:
            raise MemoryError(f"libxml2 ran out of memory ({type(exc).__name__})") from exc
    if isinstance(exc, OSError) and exc.errno in RESOURCE_ERRNOS:
        raise exc
