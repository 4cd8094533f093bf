"""Reading ratings and yes/no answers as reports write them (phrasings come from schemas/)."""

from __future__ import annotations

import re
from functools import cache

from parsers.text import collapse_ws
from schemas.framework import vocabulary

_PUNCT = re.compile(r"[^\w/&.\s]")


def _norm(text: str) -> str:
    text = _PUNCT.sub(" ", text.lower().replace("’", "'"))
    return collapse_ws(text).strip(" .:")


@cache
def _rating_tables() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    vocab = vocabulary()
    full = {_norm(p): r.level for r in vocab.rating_scale for p in r.phrases}
    short = {_norm(p): r.level for r in vocab.rating_scale for p in r.short}
    labels = tuple(sorted((_norm(x) for x in vocab.rating_labels), key=len, reverse=True))
    return full, short, labels


def strip_rating_label(text: str) -> tuple[bool, str]:
    """Split a leading "Rating:" label off: (had_label, rest)."""
    norm = _norm(text)
    for label in _rating_tables()[2]:
        if norm.startswith(label + " ") or norm == label:
            return True, norm[len(label):].strip(" :")
    return False, norm


def rating_level(text: str | None, *, allow_short: bool) -> str | None:
    """The rating level a whole text states, or None.

    Full phrasings ("Meets minimum requirements") are trusted anywhere; short
    ones ("MEETS", "N/A") only where ``allow_short`` says the text sits in a
    rating cell, or after a "Rating:" label.
    """
    if not text:
        return None
    full, short, _ = _rating_tables()
    labelled, norm = strip_rating_label(text)
    if norm in full:
        return full[norm]
    if allow_short or labelled:
        return short.get(norm)
    return None


def yes_no(text: str | None) -> bool | None:
    if not text:
        return None
    norm = _norm(text)
    vocab = vocabulary()
    if norm in vocab.yes:
        return True
    if norm in vocab.no:
        return False
    return None
