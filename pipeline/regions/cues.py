"""Small readers shared by the region readers: cue words, labels with values, PI codes in headings.

Cue words come from ``schemas/layout.json`` and match whole words of the
lower-cased text with punctuation turned into spaces.
"""

from __future__ import annotations

import functools
import re
from functools import cache

from swapscore.parsers.text import collapse_ws
from swapscore.pipeline.phrases import rating_by_grammar, rating_level
from swapscore.schemas.framework import layout_vocabulary, vocabulary
from swapscore.schemas.language import strip_accents

PI_CODE = re.compile(r"(?<![\d.])([1-9])\s?\.\s?([1-9])(?!\d|\.\d|\s?%)")
_NON_WORD = re.compile(r"[^\w#&/]+")
_SEPARATOR = re.compile(r"[\s(–—|:-]+")
_LABEL = re.compile(r"^(?P<label>[^:?]{1,120}?)\s*(?P<mark>[:?])\s*(?P<value>\S.*)?$")


@functools.lru_cache(maxsize=16384)  # the readers ask the same lines for one cue after another
def words(text: str) -> str:
    """Lower case, accents off, punctuation to spaces, one space between words, padded with a space each side
    (the form of the layout vocabulary's cue words)."""
    return " " + " ".join(_NON_WORD.sub(" ", strip_accents(text.lower()).replace("’", "'").replace("-", " ")).split()) + " "


def has_cue(text: str, cues: tuple[str, ...] | frozenset[str]) -> bool:
    folded = words(text)
    return any(f" {cue} " in folded for cue in cues)


def label_cues(kind: str) -> tuple[str, ...]:
    return layout_vocabulary().labels[kind]


@cache
def answer_cues() -> tuple[str, ...]:
    """The first words of a yes/no answer, every language ("yes", "no", "sí", "oui", "non" ...)."""
    vocab = vocabulary()
    return tuple(dict.fromkeys(words(w).strip() for w in (*vocab.yes_first_words, *vocab.no_first_words)))


def split_label(text: str) -> tuple[str, str | None] | None:
    """("Rating", "Meets") for "Rating: Meets"; ("Reassessed?", None) for a label standing alone.

    A label is at most ``max_label_words`` words before a colon or a question mark.
    """
    m = _LABEL.match(collapse_ws(text))
    if not m:
        return None
    label = m.group("label")
    if len(label.split()) > layout_vocabulary().label_limits["max_label_words"] or PI_CODE.search(label) or "," in label:
        return None  # a clause ("The UNCT, in its meeting: ...") is no label
    value = m.group("value")
    return label + (m.group("mark") if m.group("mark") == "?" else ""), (value.strip() if value else None)


def rating_value(text: str | None, *, labelled: bool) -> str | None:
    """The level a whole value states; a one-word level ("Approaches") only after a label or in a cell."""
    if not text:
        return None
    return rating_level(text, allow_short=labelled) or rating_by_grammar(text, allow_short=labelled)


@cache
def _prefix_words() -> frozenset[str]:
    return layout_vocabulary().heading_prefix_words


def pi_code_in_heading(text: str) -> tuple[str, str] | None:
    """(code, name) for "PI 1.1: Name", "Performance Indicator (PI) 1.1 – Name", "1.1 Name",
    "Name (PI 1.1)" or "Name – Indicator 1.1"; None when the code is not where a heading puts it."""
    text = collapse_ws(text)
    limits = layout_vocabulary().heading_limits
    m = PI_CODE.search(text)
    if not m:
        return None
    code = f"{m.group(1)}.{m.group(2)}"
    before, after = text[:m.start()], text[m.end():]
    if _is_prefix(before, limits["max_prefix_chars"]):
        return code, after.strip(" :.-–—|)").strip()
    if "(" in before and _is_prefix(before.rsplit("(", 1)[-1], limits["max_prefix_chars"]) and after.strip() in (")", "", ")."):
        return code, before.rsplit("(", 1)[0].strip(" :.-–—|")
    if after.strip(" )"):
        return None
    for sep in _SEPARATOR.finditer(before):  # "Name – Indicator 1.1": the longest prefix that is one
        if _is_prefix(before[sep.end():], limits["max_prefix_chars"]) and before[:sep.start()].strip():
            return code, before[:sep.start()].strip(" :.-–—|")
    return None


def _is_prefix(text: str, limit: int) -> bool:
    """Nothing, or a few words such as "Performance Indicator (PI)" before a code."""
    if len(text) > limit or any(ch.isdigit() for ch in text):
        return False
    tokens = words(text).split()
    return all(token in _prefix_words() for token in tokens)


_OVERFLOW = re.compile(r"^(?:[a-z][\w'-]*,?\s+){1,6}$")  # a few lowercase words: the end of the text of the cell above


def pi_cell_code(label: str) -> str | None:
    """The PI code of a table's PI cell: at its start, or after the last words of the merged cell above that a
    renderer let run over into it ("gender mainstreaming 6.1 Adequate resources ...", the two lines overlapping
    on the page); then the code is followed by the PI's name, capitalised."""
    code = code_at_start(label)
    if code is not None:
        return code
    m = PI_CODE.search(label[:80])
    if m and _OVERFLOW.match(label[:m.start()]) and label[m.end():].lstrip()[:1].isupper():
        return f"{m.group(1)}.{m.group(2)}"
    return None


def code_at_start(label: str) -> str | None:
    """The PI code a table label starts with ("PI 1.1 ...", "1.1 Common ...", "Indicator 1.1:")."""
    m = PI_CODE.search(label[:40])
    if not m or not _is_prefix(label[:m.start()], 40):
        return None
    return f"{m.group(1)}.{m.group(2)}"
