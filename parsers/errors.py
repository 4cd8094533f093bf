"""Every error a parser raises on purpose. Anything else escaping a parser is a bug.

Raise a ``DocumentLoadError`` subclass when the bytes of a file cannot be read
as the format they claim; the pipeline turns it into a ``failed`` status row
with the message, and the batch goes on.
"""


class SwapscoreError(Exception):
    """Base of every error swapscore raises on purpose."""


class DocumentLoadError(SwapscoreError):
    """The file's bytes cannot be read as the format its name claims."""


class EmptyDocumentError(DocumentLoadError):
    """The file has no bytes."""


class EncryptedDocumentError(DocumentLoadError):
    """The file is encrypted and opens with no password we have."""


class UnsupportedFormatError(DocumentLoadError):
    """The file's extension names no format swapscore reads."""
