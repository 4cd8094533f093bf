"""Reading ratings and yes/no answers as reports write them (phrasings come from schemas/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from swapscore.parsers.text import collapse_ws
from swapscore.schemas.framework import layout_vocabulary, vocabulary
from swapscore.schemas.language import strip_accents

_PUNCT = re.compile(r"[^\w/&.\s]")


def _norm(text: str) -> str:
    """Lower case, accents off ("mínimos" reads as "minimos"), punctuation but / & . to spaces."""
    text = _PUNCT.sub(" ", strip_accents(text.lower().replace("’", "'")))
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
    if norm in _answers()[True]:
        return True
    if norm in _answers()[False]:
        return False
    return None


@cache
def _answers() -> dict[bool, frozenset[str]]:
    vocab = vocabulary()
    return {True: frozenset(_norm(w) for w in vocab.yes), False: frozenset(_norm(w) for w in vocab.no)}


# --- the grammar of ratings and answers (schemas/vocabulary.json) ---------------------


@cache
def _grammar() -> tuple[list[tuple[str, str]], frozenset[str], dict[str, tuple[str, ...]]]:
    """The vocabulary's rating stems (longest first), tail words and answer first words, normalized."""
    vocab = vocabulary()
    stems = sorted(((_words(stem), level) for stem, level in vocab.rating_stems), key=lambda pair: len(pair[0]), reverse=True)
    first = {"yes": tuple(_norm(w) for w in vocab.yes_first_words), "no": tuple(_norm(w) for w in vocab.no_first_words)}
    return stems, frozenset(_words(t) for t in vocab.rating_tails), first


@cache
def _articles() -> tuple[frozenset[str], frozenset[str]]:
    """Words skipped after a stem inside a sentence, and tails that are no rating there ("meets the needs")."""
    vocab = vocabulary()
    return frozenset(_words(a) for a in vocab.rating_articles), frozenset(_words(a) for a in vocab.not_in_a_sentence)


def _words(text: str) -> str:
    """_norm, with dots and slashes as spaces too: the form the grammar compares words in."""
    return " ".join(_norm(text).replace(".", " ").replace("/", " ").split())


def rating_by_grammar(text: str | None, *, allow_short: bool) -> str | None:
    """A level read as a stem followed only by tail words ("Meets minimum standards"); the stem alone
    ("APPROACHING") only where ``allow_short``. None for anything else."""
    if not text:
        return None
    stems, tails, _ = _grammar()
    norm = _words(text)
    for stem, level in stems:
        if norm == stem:
            return level if allow_short or " " in stem else None
        if norm.startswith(stem + " "):
            rest = norm[len(stem):].split()
            if rest and all(word in tails for word in rest):
                return level
    return None


def rating_in_sentence(text: str) -> str | None:
    """A full phrasing ("meets minimum requirements", "cumple los requisitos mínimos") anywhere in a
    sentence: a stem, then articles, then a tail word that is no article."""
    stems, tails, _ = _grammar()
    articles, not_tails = _articles()
    words = " ".join(_norm(text).replace(".", " ").split()).split()
    for i in range(len(words)):
        for stem, level in stems:
            n = len(stem.split())
            if " ".join(words[i:i + n]) != stem:
                continue
            j = i + n
            while j < len(words) and words[j] in articles:
                j += 1
            if j < len(words) and words[j] in tails and words[j] not in articles and words[j] not in not_tails:
                return level
    return None


def answer(text: str | None) -> bool | None:
    """Yes / no read from the first word(s) of an answer: "Yes, reassessed", "Not reassessed", "N"."""
    exact = yes_no(text)
    if exact is not None or not text:
        return exact
    norm = " ".join(_norm(text).replace("-", " ").split())
    _, _, first = _grammar()
    for value, words in ((True, first["yes"]), (False, first["no"])):
        if any(norm == w or norm.startswith(w + " ") for w in words):
            return value
    return None


class _SentenceLevels:
    """A one-word level inside a sentence ("... was rated MEETS", "calificado como CUMPLE"; only where the
    sentence names the rating or the indicator): the vocabulary's ``sentence_levels``, accents optional."""

    @cache  # noqa: B019 - one instance, for the life of the process
    def _pattern(self) -> re.Pattern[str]:
        levels = sorted({_norm(w) for w in vocabulary().sentence_levels}, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in levels) + r")\b")

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern().search(_norm(text))


SHORT_LEVEL = _SentenceLevels()


def level_of(text: str | None) -> str | None:
    """The level a rating text states: a whole value (short forms too, it sits where a rating stands),
    else a full phrasing inside a sentence, else a one-word level inside a sentence that names the rating."""
    if not text:
        return None
    level = rating_level(text, allow_short=True) or rating_by_grammar(text, allow_short=True)
    if level is None:
        level = rating_in_sentence(text)
    if level is None and len(text) < 300:
        found = SHORT_LEVEL.search(text)
        level = rating_by_grammar(found.group(1), allow_short=True) if found else None
    return level


# --- values written as a form's tick boxes -----------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    """A value that lists several options (the rating levels, yes and no) instead of stating one."""

    chosen: str | None  # the option ticked; None when not exactly one is


def choice_of(text: str | None) -> Choice | None:
    """The option ticked in a value written as a form's options with their boxes: "☐ Missing ☐ Approaches ☒ Meets
    ☐ Exceeds", or the options then the boxes in the same order ("Yes No ☒ ☐", as a PDF export prints a form whose
    boxes are drawn apart). A value naming two options or more with no box ticked is a choice too, with none
    chosen. None for a value that is no such list."""
    if not text:
        return None
    pattern = _mark_pattern()
    marks = [m.group(0) for m in pattern.finditer(text)]
    if not marks:  # "Missing Approaches Meets Exceeds": every option, none ticked (or the ticks not printed)
        values = [_option_value(option) for option in _options(text.split())]
        return Choice(None) if None not in values and len(set(values)) >= 2 and _one_kind(values) \
            and _option_value(text) is None else None
    ticked = [mark in _marks()[0] for mark in marks]
    if pattern.match(text.strip()):  # each box before its option
        options = [collapse_ws(part) for part in pattern.split(text.strip())[1:]]
    else:  # the options, then their boxes
        options = _options(pattern.split(text)[0].split())
    if len(options) != len(marks) or sum(ticked) != 1:
        return Choice(None)
    return Choice(options[ticked.index(True)] or None)


def _one_kind(values: list[str | bool | None]) -> bool:
    """Options of one kind: rating levels, or answers (with "not applicable" beside either). A "no" before a level
    is no option of its own but the level negated ("No cumple con los requisitos mínimos": "does not meet")."""
    kinds = {isinstance(value, bool) for value in values if value != "not_applicable"}
    return len(kinds) <= 1


def _option_value(text: str) -> str | bool | None:
    """The rating level or the answer an option states whole, nothing more ("Not applicable" and "(N/A)" state one,
    "No –" and "not reassessed" another: no choice between them)."""
    level = rating_level(text, allow_short=True) or rating_by_grammar(text, allow_short=True)
    return level if level is not None else yes_no(text)


@cache
def _marks() -> tuple[frozenset[str], frozenset[str]]:
    marks = layout_vocabulary().choice_marks
    return frozenset(marks.get("checked", ())), frozenset(marks.get("unchecked", ()))


@cache
def _mark_pattern() -> re.Pattern[str]:
    checked, unchecked = _marks()
    return re.compile("|".join(re.escape(m) for m in sorted(checked | unchecked, key=len, reverse=True)))


def _options(words: list[str]) -> list[str]:
    """The words parted where an option opens: a rating level's stem or short form, yes or no."""
    stems, _, first = _grammar()
    openers = {stem.split()[0] for stem, _ in stems} | set(first["yes"]) | set(first["no"])
    short = _rating_tables()[1]
    starts = [i for i, word in enumerate(words) if _words(word) in openers or _norm(word) in short]
    return [" ".join(words[a:b]) for a, b in zip(starts, [*starts[1:], len(words)])]
