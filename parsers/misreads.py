"""OCR misreads of the short code references a scorecard writes everywhere ("PI 3.2"), mended.

tesseract reads a capital I as "l", "|", "1" or "!" (in a sans-serif font the glyphs are one), and a
reference such as "PI 3.2" in a narrow cell, where no sentence gives its language model any context,
comes out as "Pl", "(Pl 32", "P12", "PI61", "P14.2" or "PI11.2". The PI cell of an action-plan row,
the PI column of an evidence table or a heading read so matches no indicator. A word is mended only
towards an abbreviation the document itself is read writing (at least ``MIN_SEEN`` times): the
two-letter abbreviations with an I among the heading prefix words of the layout vocabulary ("PI", and
the Spanish and French "IR", "ID", "IP"), so a document that never writes one keeps its words.

    "Pl" / "P|" / "Pi" / "PI!"    -> "PI"        (no code: look-alikes of the I, never "1": "P1" is a grade)
    "P12" / "PI61" / "PL1.3"      -> "PI 1.2" / "PI 6.1" / "PI 1.3"
    "P14.2" / "PI11.2" / "PI16.1" -> "PI 4.2" / "PI 1.2" / "PI 6.1"  (the I read as "1", or as "I1")
    "(Pl" "32"                    -> "(PI" "3.2"  (a code whose point was lost, after the abbreviation)

A code is a digit from 1 to 9, a point and another (``PI_CODE`` of the region readers): the digits
left after the look-alikes of the I must make exactly one.
"""

from __future__ import annotations

import re
from functools import cache

from swapscore.schemas.framework import layout_vocabulary

MIN_SEEN = 2  # the abbreviation read right this many times at least in the document before its misreads are mended
_LOOKALIKES = "Il1|!iL"  # what tesseract reads a capital I as, inside a code reference
_BARE_LOOKALIKES = "l|!i"  # ... and alone, with no code after it ("P1" and "PL" are words of their own)
_CODE = r"(?P<a>[1-9])[.:,]?(?P<b>[1-9])"
_LOOSE_CODE = re.compile(r"^(?P<a>[1-9])[.:,]?(?P<b>[1-9])(?P<close>[).:,]*)$")


@cache
def abbreviations() -> tuple[str, ...]:
    """The two-letter abbreviations with an I among the heading prefix words, in capitals ("PI", "IR" ...)."""
    words = layout_vocabulary().heading_prefix_words
    return tuple(sorted(w.upper() for w in words if len(w) == 2 and w.isalpha() and "i" in w))


@cache
def _patterns(abbreviation: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(with a code, bare) patterns of the misreads of ``abbreviation``."""
    coded, bare = [], []
    for i, letter in enumerate(abbreviation):
        if letter == "I":
            # the I may be lost after the first letter ("P12"), never be the whole word
            coded.append(f"[{re.escape(_LOOKALIKES)}]{'*?' if i else '+?'}")
            bare.append(f"[{re.escape(_BARE_LOOKALIKES)}I]{{1,2}}")
        else:
            coded.append(re.escape(letter))
            bare.append(re.escape(letter))
    open_, close = r"(?P<open>[(\[]?)", r"(?P<close>[).:,]*)"
    return (re.compile(f"^{open_}{''.join(coded)}{_CODE}{close}$"),
            re.compile(f"^{open_}{''.join(bare)}{close}$"))


def written(texts: list[str]) -> list[str]:
    """The abbreviations the words ``texts`` write as they are at least MIN_SEEN times ("PI", "(PI)", "PI1.1")."""
    out = []
    for abbreviation in abbreviations():
        exact = re.compile(rf"^[(\[]?{abbreviation}(?:[1-9][.][1-9])?[).:,]*$")
        if sum(1 for text in texts if exact.match(text)) >= MIN_SEEN:
            out.append(abbreviation)
    return out


def mend(texts: list[str], known: list[str]) -> list[str]:
    """A line's words with the misreads of the ``known`` abbreviations and of the codes after them mended."""
    out = list(texts)
    for i, text in enumerate(texts):
        for abbreviation in known:
            mended = _mend_word(text, abbreviation)
            if mended is None:
                continue
            out[i] = mended
            if " " not in mended and i + 1 < len(texts):  # no code in the word: perhaps in the next one
                code = _LOOSE_CODE.match(texts[i + 1])
                if code is not None:
                    out[i + 1] = f"{code['a']}.{code['b']}{code['close']}"
            break
    return out


def _mend_word(text: str, abbreviation: str) -> str | None:
    """The word as ``abbreviation`` (with its code), or None when it is no misread of it."""
    coded, bare = _patterns(abbreviation)
    m = coded.match(text)
    if m is not None:
        return f"{m['open']}{abbreviation} {m['a']}.{m['b']}{m['close']}"
    m = bare.match(text)
    if m is not None:
        return f"{m['open']}{abbreviation}{m['close']}"
    return None


def is_code_reference(texts: list[str]) -> bool:
    """The words, once mended towards any of the abbreviations, name a code: "PI1.3", "P| 3.2", not "Pills"."""
    mended = " ".join(mend(texts, list(abbreviations())))
    return any(re.search(rf"(?:^|[\s(\[]){abbreviation} [1-9]\.[1-9]\b", mended) for abbreviation in abbreviations())

