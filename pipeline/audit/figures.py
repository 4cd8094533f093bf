"""Figures stated in findings text: percentages, "38 of 78" fractions and "Of the 78 ..., 38" bases.

A blank English spaCy pipeline with a sentencizer and a rule-based Matcher:
no model is downloaded.  Ranges such as "33-50 percent" are criteria, not
figures, and are skipped.  The words around the numbers are those of every
language on file (``schemas/languages/``): "49 %", "49 por ciento", "49 pour
cent", "38 de 78", "38 sur 78"; a decimal comma ("49,5 %") reads as a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from swapscore.schemas.language import FigureWords, languages

NUMBER = r"^\d{1,3}(\.\d+|,\d{1,2})?$"
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})  # French "49\u202f%"


@cache
def _words() -> FigureWords:
    """The figure words of every language on file, together."""
    every = [lang.figures for lang in languages()]
    return FigureWords(
        percent=tuple(dict.fromkeys(seq for f in every for seq in f.percent)),
        of=tuple(dict.fromkeys(w for f in every for w in f.of)),
        the=tuple(dict.fromkeys(w for f in every for w in f.the)),
        range_=tuple(dict.fromkeys(w for f in every for w in f.range_)),
    )


@dataclass(frozen=True, slots=True)
class Figure:
    """A share in percent, the base it is a share of (when stated), and its sentence."""

    percent: float
    base: int | None
    sentence: str


@cache
def _nlp() -> tuple[spacy.language.Language, Matcher]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = Matcher(nlp.vocab)
    number = {"TEXT": {"REGEX": NUMBER}}
    words = _words()
    percent_after = [[{"LOWER": w.lower()} for w in seq] for seq in words.percent]
    of, the = {"LOWER": {"IN": list(words.of)}}, {"LOWER": {"IN": list(words.the)}}
    matcher.add("PERCENT", [*([number, *seq] for seq in percent_after), [{"TEXT": {"REGEX": r"^\d{1,3}([.,]\d+)?%$"}}]])
    matcher.add("FRACTION", [[number, of, {**the, "OP": "?"}, number]])
    matcher.add("BASE", [[of, the, number]])
    matcher.add("RANGE", [*([number, {"LOWER": {"IN": list(words.range_)}}, number, *seq] for seq in percent_after),
                          [{"TEXT": {"REGEX": r"^\d{1,3}[-–]\d{1,3}%?$"}}]])
    return nlp, matcher


def prepare() -> None:
    """Build the pipeline and the patterns now (the write stage does so while the workers read files)."""
    _nlp()
    _may_state_a_share()


def _number(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text.replace(",", ".")))


@cache
def _may_state_a_share() -> re.Pattern[str]:
    """A line that can state a share: a number before a percent word ("%", "percent", "por ciento"), or
    "N of (the) M" in a language on file."""
    words = _words()
    percent = "|".join(r"\s+".join(re.escape(w) for w in seq) + (r"\b" if seq[-1][-1].isalnum() else "")
                       for seq in words.percent)
    of, the = "|".join(map(re.escape, words.of)), "|".join(map(re.escape, words.the))
    return re.compile(rf"\d\s*({percent})|\d\s+({of})\s+(({the})\s+)?\d", re.I)


def figures(text: str, keywords: tuple[str, ...]) -> list[Figure]:
    """Every share stated in a sentence that holds one of ``keywords`` (case-insensitive).

    Findings hold one paragraph a line and no sentence spans two paragraphs, so
    only the lines that may state a share are tokenized (long findings sections
    cost a hundredth of the time).
    """
    nlp, matcher = _nlp()
    text = text.translate(SPACES)
    doc: Doc = nlp("\n".join(line for line in text.split("\n") if _may_state_a_share().search(line)))
    found: list[Figure] = []
    for sentence in doc.sents:
        lowered = sentence.text.lower()
        if not any(k.lower() in lowered for k in keywords):
            continue
        found.extend(_sentence_figures(sentence, matcher))
    return found


def _sentence_figures(sentence: Span, matcher: Matcher) -> list[Figure]:
    matches = [(sentence.doc.vocab.strings[m], sentence[s:e]) for m, s, e in matcher(sentence)]
    in_range = {t.i for label, span in matches if label == "RANGE" for t in span}
    percents = [span for label, span in matches if label == "PERCENT" and not in_range & {t.i for t in span}]
    fractions = [span for label, span in matches if label == "FRACTION"]
    bases = [span for label, span in matches if label == "BASE"]
    out = []
    for percent in percents:
        base = _nearest_base(percent, fractions, bases)
        out.append(Figure(_number(percent[0].text), base, sentence.text.strip()))
    if not percents:  # a fraction alone states its share too
        for fraction in fractions:
            part, whole = _number(fraction[0].text), _number(fraction[-1].text)
            if whole:
                out.append(Figure(round(100 * part / whole, 1), int(whole), sentence.text.strip()))
    return out


def _nearest_base(percent: Span, fractions: list[Span], bases: list[Span]) -> int | None:
    candidates = [(abs(f.start - percent.start), int(_number(f[-1].text))) for f in fractions]
    candidates += [(abs(b.start - percent.start), int(_number(b[-1].text))) for b in bases]
    return min(candidates)[1] if candidates else None


def pick(found: list[Figure], rule: str) -> Figure | None:
    """The figure a rating depends on: the first one, or the share of the largest base."""
    if not found:
        return None
    if rule == "largest_base":
        with_base = [f for f in found if f.base is not None]
        return max(with_base, key=lambda f: f.base) if with_base else found[0]
    return found[0]
