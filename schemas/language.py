"""The languages reports are written in, as data (``schemas/languages/*.json``).

Each file names a language (ISO 639-1), its stop words (for detection), its
connectors (articles, prepositions, conjunctions: no phrase ends with one), the
endings of many of its long words, its month names, the words the figure check reads, and the wording it adds to the
English lists of ``layout.json``, ``vocabulary.json`` and ``countries.json``.
A new language is a new file; nothing here names a word of any language.

Cue words are compared in one folded form (``fold``): lower case, accents
taken off, punctuation turned into spaces, so "Medios de verificación" and
"MEDIOS DE VERIFICACION" read alike.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGE_DIR = Path(__file__).parent / "languages"
_NON_WORD = re.compile(r"[^\w#&/]+")


def strip_accents(text: str) -> str:
    """"Evaluación" -> "Evaluacion"; the ordinal signs of "N.º", "Nº", "N°" dropped ("N."). Letters without a
    decomposition stay."""
    if text.isascii():
        return text  # nothing to strip (most of an English report)
    decomposed = unicodedata.normalize("NFKD", text.replace("º", "").replace("°", ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case, accents off, apostrophes and hyphens and other punctuation to spaces, one space between
    words (no padding)."""
    text = strip_accents(text.lower().replace("’", "'").replace("-", " "))
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class FigureWords:
    """Words the audit's figure check reads: "49 %", "49 por ciento", "38 of 78", "38 sur 78"."""

    percent: tuple[tuple[str, ...], ...]  # token sequences after a number that make it a percentage
    of: tuple[str, ...]  # "38 of 78"
    the: tuple[str, ...]  # "38 of the 78", "de los 78"
    range_: tuple[str, ...]  # "33-50 percent", "33 a 50 por ciento"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1
    name: str
    stop_words: frozenset[str]
    months: tuple[str, ...]
    scorecard_marks: tuple[str, ...]  # regular expressions naming the scorecard in this language
    layout: dict  # lists to add to layout.json's
    layout_own: dict  # lists to add only while a report in this language is read (words that mean else in English)
    layout_drop: dict  # English cue words to leave out while a report in this language is read ("file" in French)
    vocabulary: dict  # lists to add to vocabulary.json's
    figures: FigureWords
    countries: dict[str, str]  # spelling in this language -> canonical name
    short_words: frozenset[str]  # words of two or three letters that stand alone at the head of a line ("de", "des")
    one_letter_words: frozenset[str]  # words of one letter ("y", "e", "à"): no tail of a word broken before its last letter
    word_endings: tuple[str, ...]  # endings of many long words ("mente"): a narrow column breaks inside one often
    connectors: frozenset[str]  # articles, prepositions, conjunctions: a phrase goes on after one ("of", "de", "du")


def _language(data: dict) -> Language:
    figures = data.get("figures", {})
    return Language(
        code=data["language"],
        name=data["name"],
        stop_words=frozenset(w.lower() for w in data["stop_words"]),
        months=tuple(data.get("months", ())),
        scorecard_marks=tuple(data.get("scorecard_marks", ())),
        layout=data.get("layout", {}),
        layout_own=data.get("layout_own", {}),
        layout_drop=data.get("layout_drop", {}),
        vocabulary=data.get("vocabulary", {}),
        figures=FigureWords(
            percent=tuple(tuple(seq) for seq in figures.get("percent_words", ())),
            of=tuple(figures.get("of_words", ())),
            the=tuple(figures.get("the_words", ())),
            range_=tuple(figures.get("range_words", ())),
        ),
        countries=dict(data.get("countries", {})),
        short_words=frozenset(w.lower() for w in data.get("short_words", ())),
        one_letter_words=frozenset(w.lower() for w in data.get("one_letter_words", ())),
        word_endings=tuple(data.get("word_endings", ())),
        connectors=frozenset(w.lower() for w in data.get("connectors", ())),
    )


@cache
def languages() -> tuple[Language, ...]:
    """Every language on file, English first, then by code."""
    found = [_language(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(LANGUAGE_DIR.glob("*.json"))]
    return tuple(sorted(found, key=lambda lang: (lang.code != "en", lang.code)))


@cache
def short_words() -> frozenset[str]:
    """The short words of every language on file: a line holding one alone is no tail of a broken word."""
    return frozenset(w for lang in languages() for w in lang.short_words)


@cache
def one_letter_words() -> frozenset[str]:
    """The one-letter words of every language on file ("y", "e", "à")."""
    return frozenset(w for lang in languages() for w in lang.one_letter_words)


@cache
def word_endings() -> tuple[str, ...]:
    """The common long-word endings of every language on file ("mente", "ment")."""
    return tuple(e for lang in languages() for e in lang.word_endings)


@cache
def connectors() -> frozenset[str]:
    """The connectors of every language on file: a line ending with one goes on in the next."""
    return frozenset(w for lang in languages() for w in lang.connectors)


def language_codes() -> tuple[str, ...]:
    return tuple(lang.code for lang in languages())


def merged(base, extra):
    """``base`` with ``extra``'s lists appended to its lists (without repeats) and its dicts merged key by key;
    ``base`` is left as it was."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merged(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return base


def with_languages(base: dict, part: str) -> dict:
    """A data file's content (``layout`` or ``vocabulary``) with every language's additions merged in."""
    out = base
    for lang in languages():
        out = merged(out, getattr(lang, part))
    return out


# --- the language of the report being read ---------------------------------------------------------------

_READING: ContextVar[str | None] = ContextVar("swapscore_reading_language", default=None)


def reading_language() -> str | None:
    """ISO 639-1 code of the report being read (set by ``reading_in``), None outside one."""
    return _READING.get()


@contextmanager
def reading_in(code: str | None) -> Iterator[None]:
    """While reading a report in language ``code``, its ``layout_own`` words count too."""
    token = _READING.set(code)
    try:
        yield
    finally:
        _READING.reset(token)


def own_layout(code: str | None) -> tuple[dict, dict]:
    """The ``layout_own`` and ``layout_drop`` lists of language ``code`` (empty for None or English)."""
    lang = next((lang for lang in languages() if lang.code == code), None)
    return (lang.layout_own, lang.layout_drop) if lang else ({}, {})


def without(base, drop):
    """``base`` with the items of ``drop``'s lists taken out of its lists, key by key."""
    if isinstance(base, dict) and isinstance(drop, dict):
        return {key: without(value, drop[key]) if key in drop else value for key, value in base.items()}
    if isinstance(base, list) and isinstance(drop, list):
        return [x for x in base if x not in drop]
    return base
